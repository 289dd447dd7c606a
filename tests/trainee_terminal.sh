#!/usr/bin/env bash
# trainee_terminal.sh CASEWALK TESTS — the trainee at a terminal: answers are whole numbers only,
# practice feedback waits for Enter on a 24-row terminal (and never in piped runs), and the
# debrief is wrapped on word boundaries at the terminal's width, or 80 columns when piped.
set -u
bin=$1
tests=$2
. "$tests/lib.sh"
tmp=$(mktemp -d)
session=cw-trainee
# A tmux server of the test's own (its socket in $tmp), so no other test's server is touched; it
# ends with the test.
tmux() { command tmux -S "$tmp/tmux.sock" -f /dev/null "$@"; }
trap 'tmux kill-server 2>/dev/null; rm -rf "$tmp"' EXIT
export CASEWALK_SCENARIOS=$tests/../scenarios
unset DISPLAY WAYLAND_DISPLAY COLUMNS
small=$tests/fixtures/small-example.lua
talk=$(shown_at "$bin" "$small" cps 5 "Ask to speak with Ms. Okafor privately.")
expect_eq "${talk:+found}" "found" "the seeded order lists the private talk"

# --- 8. only a whole number is an answer ---------------------------------------------------------
out=$(printf '\n2.5\n %sx\n+%s\n %s \nbecause\n1 2\n\n' "$talk" "$talk" "$talk" |
      "$bin" play "$small" --role cps --seed 5 --trainee pipe --records "$tmp/r1" 2>&1)
expect_eq "$?" "0" "piped play with refused answers ends"
expect_eq "$(grep -c 'Please type a number from 1 to' <<<"$out")" "3" "2.5, ${talk}x and +$talk refused"
expect_eq "$(jq -r 'select(.type=="decision") | .chosen' "$tmp"/r1/*.jsonl)" "talk_alone" \
          "' $talk ' (spaces trimmed) chose the private talk"
# --- 7. piped runs never wait for Enter ------------------------------------------------------------
case "$out" in *"Press Enter to go on"*) bad "a piped run asked for Enter" ;; *) ok ;; esac

# --- 9. the debrief, piped: at most 80 columns, words whole ------------------------------------------
rm -rf "$tmp/r2"
"$bin" play night-call --role cps --trainee owl --records "$tmp/r2" --choose \
    @scott_first,@promise_home,@accept_screen,@three_way_yes,@mother_reluctant,@mutual_conflict,@kin_only,@rachel_tells,@cooperative,@screen_out \
    >/dev/null 2>&1
record=$(ls "$tmp"/r2/*.jsonl)
"$bin" debrief "$record" >"$tmp/debrief.txt" 2>&1
python3 - "$tmp/debrief.txt" 80 "$CASEWALK_SCENARIOS/night-call.lua" scott_first <<'EOF'
import re, sys
path, width, scenario, choice = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
lines = open(path, encoding="utf-8").read().split("\n")
long = [l for l in lines if len(l) > width]
if long:
    sys.exit("lines over %d columns: %r" % (width, long[:3]))
# The feedback the scenario writes on one line for the first choice reads whole once the lines
# are joined (taken from the scenario file: the first feedback after the choice's id).
source = open(scenario, encoding="utf-8").read()
found = re.search(r'id = "%s".*?feedback = "((?:[^"\\]|\\.)*)"' % re.escape(choice), source, re.S)
if not found or len(found.group(1)) <= width:
    sys.exit("no feedback of more than %d characters for %s in %s" % (width, choice, scenario))
want = found.group(1).replace('\\"', '"')
text = " ".join(l.strip() for l in lines)
if want not in text:
    sys.exit("the feedback was broken mid-word or lost: %r" % want)
EOF
expect_eq "$?" "0" "piped debrief wrapped at 80 on word boundaries"

# --- 7 and 9 in a 24-row terminal (tmux) -------------------------------------------------------------
if command -v tmux >/dev/null; then
    screen() { tmux capture-pane -p -t "$session"; }
    wait_for() { # wait_for TEXT: up to 10 s for TEXT on the screen
        for _ in $(seq 100); do screen | grep -qF -- "$1" && return 0; sleep 0.1; done
        return 1
    }
    tmux new-session -d -s "$session" -x 80 -y 24 \
        "'$bin' play '$small' --role cps --seed 5 --trainee tty --records '$tmp/r3'; echo EXITED \$?; sleep 30"
    wait_for "Press Enter to begin"
    tmux send-keys -t "$session" Enter
    wait_for "Your choice (1-" && ok || bad "tmux: no choice prompt"
    tmux send-keys -t "$session" "$talk" Enter
    wait_for "Why did you choose this?" && ok || bad "tmux: no reason prompt"
    tmux send-keys -t "$session" "she asked" Enter
    if wait_for "[Press Enter to go on]"; then ok; else bad "tmux: no pause after feedback"; screen >&2; fi
    # the feedback is on the screen while it waits, and the next scene is not yet
    screen >"$tmp/paused.txt"
    grep -q "^Recommended:" "$tmp/paused.txt" && ok || { bad "tmux: the feedback is not on screen"; cat "$tmp/paused.txt" >&2; }
    grep -q "Clauses in the order" "$tmp/paused.txt" && bad "tmux: went on without Enter" || ok
    tmux send-keys -t "$session" Enter
    wait_for "Clauses in the order" && ok || bad "tmux: Enter did not go on"
    tmux send-keys -t "$session" "1 2" Enter
    wait_for "Add a sentence" && tmux send-keys -t "$session" Enter
    wait_for "[Press Enter to go on]" && tmux send-keys -t "$session" Enter
    wait_for "EXITED 0" && ok || { bad "tmux: the session did not end"; screen >&2; }

    # the debrief at a 60-column terminal is wrapped at 60 (the new window opens before the old one
    # closes: a server left without sessions exits, and a session asked of it meanwhile is lost)
    first=$session
    session=cw-debrief
    tmux new-session -d -s "$session" -x 60 -y 24 "script -qc \"'$bin' debrief '$record'\" '$tmp/tty.txt' >/dev/null; sleep 30"
    tmux kill-session -t "$first"
    for _ in $(seq 100); do grep -q "Close with" "$tmp/tty.txt" 2>/dev/null && break; sleep 0.1; done
    tr -d '\r' <"$tmp/tty.txt" >"$tmp/tty-clean.txt"
    python3 - "$tmp/tty-clean.txt" 60 <<'EOF'
import sys
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
long = [l for l in lines if len(l) > int(sys.argv[2]) and not l.startswith("Script ")]
if long or not any("Close with" in l for l in lines):
    sys.exit("debrief at a 60-column terminal: %r" % long[:3])
EOF
    expect_eq "$?" "0" "debrief at a 60-column terminal wrapped at 60"
else
    bad "tmux is not installed (tools/quickstart installs it)"
fi

finish "trainee_terminal"
