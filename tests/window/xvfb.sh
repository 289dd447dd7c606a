#!/usr/bin/env bash
# xvfb.sh — the window in a real X11 server (Xvfb), driven by synthetic key presses (xdotool):
# play two decisions with the keyboard (a choice is selected, may be changed, then confirmed with
# Enter), pause with Esc and carry on, F1 shows the keys, Ctrl+A replaces a reason, then Esc and
# "Save and quit" write the pause; Ctrl+= is remembered in window.conf (0600 in a 0700 folder); the
# reason box takes typing, Home/End, Backspace and a Ctrl+V paste. Then the launcher: a blank or
# unusable pseudonym goes no further than the launcher, the suggested one is used; the same
# pseudonym as before lists the unfinished session, which is resumed and finished with the
# keyboard (Enter submits the draft); "Open my debrief" writes a private page and hands it to the
# browser; the facilitator area writes the group summary and a trainee's debrief. In assessment
# mode, too, a choice is selected first and recorded only when Enter confirms it.
# Usage: xvfb.sh CASEWALK FIXTURES_DIR CLIPBOARD_OWNER
set -euo pipefail
casewalk=$1
fixtures=$2
clipboard_owner=$3

fail() { echo "xvfb.sh: $*" >&2; exit 1; }
for tool in Xvfb xdotool import compare convert identify jq; do
  command -v "$tool" >/dev/null || fail "$tool is required (the project's setup installs xvfb, xdotool, imagemagick and jq)"
done

tmp=$(mktemp -d)
app="" xvfb=""
cleanup() {
  [ -n "$app" ] && kill "$app" 2>/dev/null || true
  [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

# Xvfb picks a free display and writes its number to fd 3.
Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp 3>"$tmp/display" 2>"$tmp/xvfb.log" &
xvfb=$!
for _ in $(seq 100); do [ -s "$tmp/display" ] && break; sleep 0.1; done
[ -s "$tmp/display" ] || fail "Xvfb did not start: $(cat "$tmp/xvfb.log")"
export DISPLAY=":$(head -n 1 "$tmp/display")"
unset SDL_VIDEODRIVER
export XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" CASEWALK_SCENARIOS="$fixtures"
# Pages for the browser go to a private runtime folder; "the browser" here only notes the URL.
export XDG_RUNTIME_DIR="$tmp/run"
mkdir -m 700 "$XDG_RUNTIME_DIR" "$tmp/bin"
printf '#!/bin/sh\necho "$1" >>"%s/opened"\n' "$tmp" >"$tmp/bin/xdg-open"
chmod +x "$tmp/bin/xdg-open"
export PATH="$tmp/bin:$PATH"
pages="$XDG_RUNTIME_DIR/casewalk-pages"
records="$XDG_DATA_HOME/casewalk/records"

# Runs a check until it succeeds, for 15 s at most.
wait_for() {
  for _ in $(seq 150); do "$@" >/dev/null 2>&1 && return 0; sleep 0.1; done
  fail "timed out waiting for: $*"
}

# Starts casewalk with the given arguments and gives its window the keyboard focus.
open_window() {
  "$casewalk" "$@" >"$tmp/stdout" 2>"$tmp/stderr" &
  app=$!
  wait_for xdotool search --onlyvisible --name '^casewalk$'
  local win
  win=$(xdotool search --onlyvisible --name '^casewalk$' | head -n 1)
  xdotool windowfocus --sync "$win"
  sleep 0.3
}

# Presses keys one at a time, as a person would.
press() {
  for key in "$@"; do
    xdotool key --clearmodifiers "$key"
    sleep 0.15
  done
}

# Waits for the window to close and checks its exit status.
closed_with() {
  local status=0
  wait "$app" || status=$?
  app=""
  [ "$status" -eq "$1" ] || fail "exit status $status, wanted $1; stderr: $(cat "$tmp/stderr")"
}

record() { ls "$records"/window-late-referral_*.jsonl 2>/dev/null | head -n 1; }
decisions() { grep -c '"type":"\(decision\|draft\)"' "$(record)"; }
has_decisions() { [ "$(decisions)" -ge "$1" ]; }
# The last line of a record: a running session's writer keeps spaces after it (record_write.c).
last_line() { grep '^{' "$1" | tail -n 1; }
last_type_is() { last_line "$(record)" | grep -q "\"type\":\"$1\""; }

# Choice order is drawn per session: a scripted run with the same seed and the same decisions
# says at which number each choice is shown, so the keys below press the right ones.
"$casewalk" play "$fixtures/late-referral.lua" --role cps --seed 7 --records "$tmp/dry" \
  --choose @talk_privately,@ask_witness,1+2+5,@decline >/dev/null 2>&1 || fail "the scripted dry run failed"
shown_at() { jq -r "select(.type==\"decision\" and .chosen==\"$1\") | .position" "$tmp"/dry/*.jsonl; }
talk=$(shown_at talk_privately) witness=$(shown_at ask_witness) decline=$(shown_at decline)
[ -n "$talk" ] && [ -n "$witness" ] && [ -n "$decline" ] || fail "the dry run's record lacks a position"
tell=$(( witness == 3 ? 2 : 3 )) # another choice of decision 2, selected first and then changed
[ "$(jq -r 'select(.type=="decision" and .chosen=="ask_witness") | .shown | length' "$tmp"/dry/*.jsonl)" -eq 3 ] ||
  fail "decision 2 does not show three choices"
downs=()
for _ in $(seq "$decline"); do downs+=(Down); done

# 1. Content notes → Begin (Enter); decision 1 by its number, a reason typed and edited (Home,
#    End, Backspace, a paste), Enter; the feedback, Enter; decision 2: the harmful choice selected
#    by its number, then changed to ask_witness before Enter confirms it; the feedback; Esc shows
#    the pause screen and Enter carries on; F1 shows the keys and Esc closes them; Esc again and
#    "Save and quit" (Tab, Enter) write the pause.
open_window play "$fixtures/late-referral.lua" --ui gui --role cps --seed 7 --trainee heron-12 --records "$records"
press Return "$talk"
xdotool type --delay 40 "she called for help herselfx"
press BackSpace Home
xdotool type --delay 40 "Because "
press End
"$clipboard_owner" ", Zoë said so." 4 >"$tmp/clipboard" &
wait_for grep -q ready "$tmp/clipboard"
press ctrl+v
press Return
wait_for has_decisions 1
press Return "$tell" "$witness"
sleep 0.5
[ "$(decisions)" -eq 1 ] || fail "a choice was recorded on selection, before Enter confirmed it"
press Return
wait_for has_decisions 2
press Return
sleep 0.3
press ctrl+equal Escape
sleep 0.5
last_type_is paused && fail "Esc wrote the pause before the trainee chose Save and quit"
press Return F1 Escape Escape Tab Return
wait_for last_type_is paused
closed_with 3
[ "$(decisions)" -eq 2 ] || fail "the record holds $(decisions) decisions, wanted 2"
grep -q '"reason":"Because she called for help herself, Zoë said so."' "$(record)" ||
  fail "the edited and pasted reason is not in the record: $(grep -o '"reason":"[^"]*"' "$(record)")"
grep -q '"type":"decision".*"chosen":"ask_witness"' "$(record)" || fail "decision 2 (ask_witness, by arrows) not recorded"
conf="$XDG_CONFIG_HOME/casewalk/window.conf"
grep -q '^text_size = 110$' "$conf" || fail "Ctrl+= not remembered in $conf"
[ "$(stat -c %a "$conf")" = 600 ] || fail "$conf is $(stat -c %a "$conf"), wanted 600"
[ "$(stat -c %a "$XDG_CONFIG_HOME/casewalk")" = 700 ] || fail "the settings folder is not 0700"

# 2. casewalk with no arguments: the launcher. Start with the box blank, then with an e-mail
#    address: both stay on the launcher and record nothing.
open_window
press Return shift+Tab # the blank box: Start goes to the pseudonym offered; back to the box
sleep 0.3
xdotool type --delay 40 "zoe@example.org"
press Return
sleep 0.5
[ "$(ls "$records" | wc -l)" -eq 1 ] || fail "a blank or e-mail pseudonym went past the launcher"
xdotool search --onlyvisible --name '^casewalk$' >/dev/null || fail "the window closed"
#    Ctrl+A and typing replace it with the same pseudonym as before, which lists the unfinished
#    session; Tab reaches it, Enter resumes at the drafting step. Clauses 1, 2, 3 by number,
#    Backspace takes the 3rd back, 5 added; Enter submits; the last decision by arrows, Enter
#    selects and Enter confirms, Enter shows the end screen, where Tab and Enter open the debrief.
press ctrl+a
xdotool type --delay 40 "heron-12"
sleep 2 # the list of unfinished sessions is reread 350 ms after the last keystroke
press Tab Return
sleep 0.5
win=$(xdotool search --onlyvisible --name '^casewalk$' | head -n 1)
xdotool windowsize --sync "$win" 1100 1000
press ctrl+minus ctrl+minus ctrl+minus # the whole drafting page in view
sleep 0.5
press 1 2 3 BackSpace 5
for _ in $(seq 9); do press Tab; done # past 5 clauses and 3 draft sentences: the own-sentence box
sleep 0.3
import -window "$win" "$tmp/before.png"
xdotool type --delay 30 "Scratch that"
press ctrl+a
xdotool type --delay 30 "He must leave the home, and she may stay."
sleep 0.3
import -window "$win" "$tmp/after.png"
# Typing changes the box and the draft's one-line preview of it; nothing below them may move.
changed=$(compare -metric AE "$tmp/before.png" "$tmp/after.png" -compose src -highlight-color black \
            -lowlight-color white png:- 2>/dev/null | convert png:- -trim -format "%h %Y" info: | tr -d "+" || true)
read -r changed_h changed_y <<<"$changed"
bottom=$(identify -format '%h' "$tmp/after.png")
[ "$changed_h" -gt 0 ] || fail "typing in the own-sentence box changed nothing on screen"
[ $((changed_y + changed_h)) -lt $((bottom - 60)) ] && [ "$changed_h" -lt 200 ] ||
  fail "typing moved what is below the own-sentence box (rows $changed_y to $((changed_y + changed_h)) of $bottom changed)"
press ctrl+0 Return # Enter in the box submits the draft
wait_for has_decisions 3
grep -q '"own":"He must leave the home, and she may stay."' "$(record)" || fail "Ctrl+A did not replace the own sentence"
press Return "${downs[@]}" Return Return
wait_for last_type_is ending
press Return # from the last feedback to the end screen
sleep 0.3
press Tab Return
wait_for grep -q "file://$pages/debrief-" "$tmp/opened"
debrief_page=$(sed -n 's|^file://||p' "$tmp/opened" | tail -n 1)
[ "$(stat -c %a "$debrief_page")" = 600 ] || fail "the debrief page is not 0600"
[ "$(stat -c %a "$pages")" = 700 ] || fail "the pages folder is not 0700"
grep -q "heron-12" "$debrief_page" || fail "the debrief page does not name the pseudonym"
case "$debrief_page" in *heron*) fail "the page's file name holds the pseudonym";; esac
press ctrl+q
closed_with 0

grep -q '"type":"resumed"' "$(record)" || fail "no resumed line in the record"
grep -q '"clauses":\["his_acts","her_steps","relief"\]' "$(record)" || fail "the draft is not clauses 1, 2, 5"
grep -q '"type":"ending".*"ending":"ending_home"' "$(record)" || fail "not the expected ending"

# 3. A new trainee leaves the pseudonym blank and takes the suggestion (Tab to "Use ...", Enter),
#    Start (Enter); the session's record carries the suggested pseudonym, not "anonymous".
open_window
press Tab Return
sleep 0.3
press Return
sleep 0.5
press Return
wait_for test "$(ls "$records" | wc -l)" -eq 2
press Escape Tab Return
closed_with 3
second=$(ls -t "$records"/*.jsonl | head -n 1)
trainee=$(head -n 1 "$second" | jq -r .trainee)
[[ "$trainee" =~ ^[a-z]+-[a-z]+-[0-9]+$ ]] || fail "the suggested pseudonym was not used: $trainee"

# 4. A window size remembered from a larger screen opens within this one (1280x1024). Then the
#    facilitator area (Shift+Tab from the pseudonym box): the summary in the browser, then the
#    finished session's debrief picked from the list, and the live view started.
sed -i 's/^width = .*/width = 3000/; s/^height = .*/height = 2400/' "$conf"
open_window
eval "$(xdotool getwindowgeometry --shell "$(xdotool search --onlyvisible --name '^casewalk$' | head -n 1)")"
[ "$WIDTH" -le 1280 ] && [ "$HEIGHT" -le 1024 ] || fail "a 3000x2400 window opened as ${WIDTH}x${HEIGHT} on a 1280x1024 screen"
press shift+Tab Return
sleep 0.5
press Return
wait_for grep -q "file://$pages/summary-" "$tmp/opened"
press Tab Tab Tab Return Return
wait_for test "$(grep -c "file://$pages/debrief-" "$tmp/opened")" -eq 2
#    From "Open this debrief", back past the session to "Start the live view": a window of its own.
main_win=$(xdotool search --onlyvisible --name '^casewalk$' | head -n 1)
press shift+Tab shift+Tab Return
wait_for xdotool search --onlyvisible --name '^casewalk summary'
watch_pid=$(xdotool getwindowpid "$(xdotool search --onlyvisible --name '^casewalk summary' | head -n 1)")
kill "$watch_pid"
xdotool windowfocus --sync "$main_win"
sleep 0.3
press ctrl+q
closed_with 0
summary_page=$(sed -n 's|^file://||p' "$tmp/opened" | grep summary- | tail -n 1)
grep -q "A late referral" "$summary_page" || fail "the summary page does not name the case"
# 5. Assessment mode: a number key only selects there too; nothing is recorded until Enter
#    confirms, and the next decision follows without feedback. ? shows the keys; Esc, "Save and
#    quit".
assessed="$tmp/assessed"
open_window play "$fixtures/late-referral.lua" --ui gui --role cps --seed 7 --mode assessment --trainee wren-8 \
  --records "$assessed"
assessed_decisions() { grep -c '"type":"decision"' "$(ls "$assessed"/*.jsonl | head -n 1)"; }
has_assessed() { [ "$(assessed_decisions)" -ge "$1" ]; }
press Return "$talk"
sleep 0.5
[ "$(assessed_decisions)" -eq 0 ] || fail "assessment: a choice was recorded on selection, before Enter"
press Return
wait_for has_assessed 1
press "$tell" "$witness"
sleep 0.5
[ "$(assessed_decisions)" -eq 1 ] || fail "assessment: decision 2 was recorded on selection, before Enter"
press Return
wait_for has_assessed 2
grep -q '"type":"decision".*"chosen":"ask_witness"' "$(ls "$assessed"/*.jsonl)" ||
  fail "assessment: decision 2 is not the choice selected last (ask_witness)"
#    ? opens the keys (Esc closes them: were it the pause menu instead, the Esc after would close
#    that, and Tab, Enter would not reach "Save and quit")
assessed_paused() { last_line "$(ls "$assessed"/*.jsonl | head -n 1)" | grep -q '"type":"paused"'; }
press question Escape Escape Tab Return
wait_for assessed_paused
closed_with 3

echo "xvfb: played, paused, resumed from the launcher, finished with the keyboard; pages opened"
