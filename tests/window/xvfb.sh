#!/usr/bin/env bash
# xvfb.sh — the window in a real X11 server (Xvfb), driven by synthetic key presses (xdotool):
# play two decisions with the keyboard, pause with Esc and check the record; Ctrl+= is remembered
# in window.conf (0600 in a 0700 folder); the reason box takes typing, Home/End, Backspace and a
# Ctrl+V paste; then open the launcher, type the same pseudonym, resume the session from the list,
# finish it with the keyboard and check the record again.
# Usage: xvfb.sh CASEWALK FIXTURES_DIR CLIPBOARD_OWNER
set -euo pipefail
casewalk=$1
fixtures=$2
clipboard_owner=$3

fail() { echo "xvfb.sh: $*" >&2; exit 1; }
for tool in Xvfb xdotool; do
  command -v "$tool" >/dev/null || fail "$tool is required (the project's setup installs xvfb and xdotool)"
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
last_type_is() { tail -n 1 "$(record)" | grep -q "\"type\":\"$1\""; }

# Choice order is drawn per session: a scripted run with the same seed and the same decisions
# says at which number each choice is shown, so the keys below press the right ones.
"$casewalk" play "$fixtures/late-referral.lua" --role cps --seed 7 --records "$tmp/dry" \
  --choose @talk_privately,@ask_witness,1+2+5,@decline >/dev/null 2>&1 || fail "the scripted dry run failed"
shown_at() { jq -r "select(.type==\"decision\" and .chosen==\"$1\") | .position" "$tmp"/dry/*.jsonl; }
talk=$(shown_at talk_privately) witness=$(shown_at ask_witness) decline=$(shown_at decline)
[ -n "$talk" ] && [ -n "$witness" ] && [ -n "$decline" ] || fail "the dry run's record lacks a position"
downs=()
for _ in $(seq "$witness"); do downs+=(Down); done

# 1. Content notes → Begin (Enter); decision 1 by its number, a reason typed and edited (Home,
#    End, Backspace, a paste), Enter; the feedback, Enter; decision 2 by arrows and Enter; the
#    feedback; then Esc pauses.
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
press Return "${downs[@]}" Return
wait_for has_decisions 2
press Return
sleep 0.3
press ctrl+equal Escape
wait_for last_type_is paused
press ctrl+q
closed_with 3

[ "$(decisions)" -eq 2 ] || fail "the record holds $(decisions) decisions, wanted 2"
grep -q '"reason":"Because she called for help herself, Zoë said so."' "$(record)" ||
  fail "the edited and pasted reason is not in the record: $(grep -o '"reason":"[^"]*"' "$(record)")"
grep -q '"type":"decision".*"chosen":"ask_witness"' "$(record)" || fail "decision 2 (ask_witness, by arrows) not recorded"
conf="$XDG_CONFIG_HOME/casewalk/window.conf"
grep -q '^text_size = 110$' "$conf" || fail "Ctrl+= not remembered in $conf"
[ "$(stat -c %a "$conf")" = 600 ] || fail "$conf is $(stat -c %a "$conf"), wanted 600"
[ "$(stat -c %a "$XDG_CONFIG_HOME/casewalk")" = 700 ] || fail "the settings folder is not 0700"

# 2. casewalk with no arguments: the launcher. The same pseudonym lists the unfinished session;
#    Tab reaches it, Enter resumes at the drafting step. Clauses 1, 2, 3 by number, Backspace takes
#    the 3rd back, 5 added; Ctrl+Enter submits; then the last decision and the end screen.
open_window
xdotool type --delay 40 "heron-12"
sleep 2 # the list of unfinished sessions is reread 350 ms after the last keystroke
press Tab Return
sleep 0.5
press 1 2 3 BackSpace 5 ctrl+Return
wait_for has_decisions 3
press Return "$decline"
wait_for last_type_is ending
press ctrl+q
closed_with 0

grep -q '"type":"resumed"' "$(record)" || fail "no resumed line in the record"
grep -q '"clauses":\["his_acts","her_steps","relief"\]' "$(record)" || fail "the draft is not clauses 1, 2, 5"
grep -q '"type":"ending".*"ending":"ending_home"' "$(record)" || fail "not the expected ending"
echo "xvfb: played, paused, resumed from the launcher and finished with the keyboard"
