#!/usr/bin/env bash
# terminal.sh CASEWALK TESTS [window] — nothing casewalk prints carries a control character from a
# scenario, a record, a file name or the command line. Every command runs over tests/terminal/
# hostile.lua (OSC 0, OSC 52, CSI 6n, CSI 2K, CSI 8m, C1 CSI and OSC, bare CR, BEL, newlines in
# one-line fields), over records forged with jq to carry the same in the pseudonym and a reason,
# and over files whose names hold ESC, BEL, a newline and a raw 0x9B byte. Standard output and
# standard error must be valid UTF-8 with no C0 control but newline and tab, no DEL and no C1
# control; what was escaped must still be readable (\x1b, \u009b, \n, \r); and `casewalk check`
# must call the control characters errors, naming file and line.
set -u
bin=$1
tests=$2
window=${3:-}
here=$tests/terminal
. "$tests/lib.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
unset DISPLAY WAYLAND_DISPLAY
export SDL_VIDEODRIVER=dummy SDL_RENDER_DRIVER=software XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data
export COLUMNS=100
hostile=$here/hostile.lua
functions=$here/functions.lua

# run NAME WANT -- COMMAND...: runs COMMAND with stdout in $tmp/NAME.out and stderr in
# $tmp/NAME.err, checks the exit status, and checks both files byte by byte.
run() {
    local name=$1 want=$2
    shift 3
    "$@" >"$tmp/$name.out" 2>"$tmp/$name.err"
    local got=$?
    if [ "$got" = "$want" ]; then ok; else bad "$name: exit $got, wanted $want"; tail -3 "$tmp/$name.err" >&2; fi
    for stream in out err; do
        local file=$tmp/$name.$stream
        if LC_ALL=C grep -q -a -P '[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]' "$file"; then
            bad "$name: a control character on std$stream"
            LC_ALL=C grep -n -a -P '[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]' "$file" | head -3 | cat -A >&2
        elif ! iconv -f UTF-8 -t UTF-8 "$file" >/dev/null 2>&1; then
            bad "$name: std$stream is not UTF-8 (a raw byte such as 0x9B got through)"
        else
            ok
        fi
    done
}

# shows NAME STREAM TEXT DESCRIPTION: the escaped text is there to read.
shows() {
    if grep -qF -- "$3" "$tmp/$1.$2"; then ok; else bad "$4: '$3' not in $1's std$2"; head -c 800 "$tmp/$1.$2" >&2; fi
}

# The names of hostile files: ESC ] 0 ; ... BEL (window title), a newline, a raw 0x9B byte.
evil=$'evil\e]0;pwned\a\nname\x9b'
evil_shown='evil\x1b]0;pwned\x07\nname\x9b'

# ---- scenarios: list, check, play ---------------------------------------------------------------
mkdir -p "$tmp/scenarios"
cp "$hostile" "$functions" "$tmp/scenarios/"
printf 'return scenario {\n  id = "broken",\n  title = = "x",\n}\n' >"$tmp/scenarios/$evil.lua"
export CASEWALK_SCENARIOS=$tmp/scenarios

run list 1 -- "$bin" list
shows list out 'Hostile \x1b]0;owned\x07title' "list shows the title escaped"
shows list err "$evil_shown.lua:3:" "list names the broken file, escaped"
run list_json 1 -- "$bin" list --json
expect_eq "$(jq -r '.[] | select(.id == "hostile") | .summary' "$tmp/list_json.out")" \
          "Summary "$'\e]52;c;cm0gLXJmIH4=\a'" clipboard" "list --json keeps the text (escaped as JSON)"
expect_eq "$(jq -r '.[] | select(.id == "hostile") | .roles | length' "$tmp/list_json.out")" "2" "list --json roles"

# check: each control character is an error naming the file and line; text from functions too.
line() { grep -n -- "$1" "$2" | head -1 | cut -d: -f1; }
run check_hostile 1 -- "$bin" check "$hostile"
shows check_hostile out "$hostile:$(line 'return scenario {' "$hostile"): scenario: 'title' holds control character U+001B" "check: title"
shows check_hostile out "$hostile:$(line 'return scenario {' "$hostile"): scenario: 'jurisdiction' holds control character U+0007" "check: BEL"
shows check_hostile out "$hostile:$(line 'return scenario {' "$hostile"): scenario: a content note holds control character U+009B" "check: C1"
shows check_hostile out "$hostile:$(line 'return scenario {' "$hostile"): a role: 'name' holds control character U+001B" "check: role name"
door=$(($(line 'id = "door"' "$hostile") - 1))
shows check_hostile out "$hostile:$door: scene 'door': 'speaker' holds control character U+000D" "check: bare CR"
shows check_hostile out "$hostile:$(($(line 'id = "talk"' "$hostile") - 1)): choice 'talk' in scene 'door': 'feedback' holds control character U+000D" "check: feedback"
shows check_hostile out "$hostile:$(line 'id = "two"' "$hostile"): scene 'draft': a clause's 'text' holds control character U+009B" "check: clause"
shows check_hostile out "scene 'ending_good': 'title' holds control character U+001B" "check: ending title"
run check_functions 1 -- "$bin" check "$functions"
fdoor=$(($(line 'id = "door"' "$functions") - 1))
fdraft=$(($(line 'id = "draft"' "$functions") - 1))
shows check_functions out "$functions:$fdoor: scene 'door' (as played): the text holds control character U+001B" "check: text a function gave"
shows check_functions out "$functions:$fdraft: scene 'draft' (as played): a flagged phrase holds control character U+009B" "check: a rubric's flag"
shows check_functions out "$functions:$(line 'id = "end"' "$functions"): scene 'end' (as played): the text holds control character U+000D" "check: an ending's text"
run check_evil 1 -- "$bin" check "$tmp/scenarios/$evil.lua"
shows check_evil out "$evil_shown.lua:3:" "check names the hostile file escaped"
run check_missing 1 -- "$bin" check "$tmp/$evil-missing.lua"
shows check_missing out "$evil_shown-missing.lua" "check: missing hostile file"
run check_clean 0 -- "$bin" check "$tests/fixtures/small-example.lua"

# play, scripted: both roles, both endings, practice and assessment.
run play_cps 0 -- "$bin" play "$hostile" --role cps --trainee owl --records "$tmp/rec-cps" --choose '@talk:"why",1+2'
shows play_cps out 'Hostile \x1b]0;owned\x07title' "play: title"
shows play_cps out 'You play: CPS \x1b]0;owned\x07\nfake line.' "play: role name on one line"
shows play_cps out '[phase\nfake line \x1b[6n · decision 1]' "play: phase on one line"
shows play_cps out 'Speaker \r\x1b[2K:' "play: speaker, bare CR"
shows play_cps out 'Text from a function \x1b]52;c;cm0gLXJmIH4=\x07' "play: text from a function (OSC 52)"
shows play_cps out 'Leave \x1b[8mhidden\r' "play: hidden text"
shows play_cps out 'Feedback \r\x1b[2K \u009b31m\u009d0;c1\u009c' "play: C1 controls"
shows play_cps out 'Flagged: flag \x1b]0;owned\x07' "play: a rubric's flag"
shows play_cps out 'Ending: Good \x1b]0;owned\x07\nfake ending (positive)' "play: ending title on one line"
run play_dv 0 -- "$bin" play "$hostile" --role dv --trainee owl --mode assessment --records "$tmp/rec-dv" --choose @leave
shows play_dv out 'You play: DV \u009b31m\u009d0;c1\u009c.' "play: C1 in a role name"
shows play_dv out 'Bad ending \x1b[6n' "play: an ending's text from a function"
# typed answers: the role list, the reason prompt and a paused record to resume
# Seed 1 shows "talk" first (checked here, so a change in how orders are drawn fails loudly).
run seed_check 0 -- "$bin" play "$hostile" --role cps --seed 1 --records "$tmp/rec-seed" --choose 1,1+2
expect_eq "$(jq -r 'select(.type=="decision") | .chosen' "$tmp"/rec-seed/*.jsonl)" "talk" "seed 1 shows talk first"
printf '1\nowl\n\n1\nbecause\n' >"$tmp/answers"
run play_typed 3 -- "$bin" play "$hostile" --seed 1 --records "$tmp/rec-typed" <"$tmp/answers"
shows play_typed out '1. CPS \x1b]0;owned\x07\nfake line' "play: the role list"
shows play_typed out 'Why \x1b[6n\nfake prompt (optional, Enter to skip)' "play: the reason prompt"
paused=$(ls "$tmp"/rec-typed/*.jsonl)
run resume 0 -- "$bin" play --resume "$paused" --choose 1
shows resume out 'Resuming Hostile \x1b]0;owned\x07title at decision 2.' "resume: title"
printf '' >"$tmp/none"
run play_menu 0 -- env SDL_VIDEODRIVER=x11 "$bin" play <"$tmp/none"
shows play_menu out 'Hostile \x1b]0;owned\x07title (5 min)' "play: the scenario menu"
run play_evil 1 -- "$bin" play "$tmp/scenarios/$evil.lua" --choose 1
shows play_evil err "casewalk: $tmp/scenarios/$evil_shown.lua:3:" "play: error naming the hostile file"
run unknown_command 2 -- "$bin" $'\e]0;x\a\n'
shows unknown_command err "unknown command '"'\x1b]0;x\x07\n'"'" "unknown command, escaped"
run unknown_option 2 -- "$bin" list $'--\e[6n'
shows unknown_option err "unknown option '--"'\x1b[6n'"'" "usage error, escaped"
run bad_choose 2 -- "$bin" play "$hostile" --choose $'1:"\e[6n'

# ---- records: forged pseudonyms and reasons, hostile file names -----------------------------
# A reason may hold any text and is shown escaped; a pseudonym with a control character is refused
# by every reader, and the refusal itself is shown escaped.
mkdir -p "$tmp/records" "$tmp/named"
pseudonym=$'owl\e]0;pwn\a\r\e[2K\nfake \xc2\x9b6n'
reason=$'because\e]52;c;eA==\a\nfake\r\e[8m'
jq -c --arg r "$reason" \
   'if .type == "header" then .trainee = "owl-forged" elif .type == "decision" then .reason = $r else . end' \
   "$tmp"/rec-cps/*.jsonl >"$tmp/records/forged.jsonl"
jq -c --arg t "$pseudonym" 'if .type == "header" then .trainee = $t else . end' \
   "$tmp"/rec-cps/*.jsonl >"$tmp/named/forged-name.jsonl"
run debrief_name 1 -- "$bin" debrief "$tmp/named/forged-name.jsonl" --scenario "$hostile"
shows debrief_name err "forged-name.jsonl:1: the trainee pseudonym holds a control character" \
      "debrief: a pseudonym with control characters refused"
run summary_name 1 -- "$bin" summary "$tmp/named" --scenario "$hostile" --min-group 1
shows summary_name err "forged-name.jsonl:1: the trainee pseudonym holds a control character" \
      "summary: a pseudonym with control characters set aside"
run xapi_name 1 -- "$bin" xapi "$tmp/named"
shows xapi_name err "forged-name.jsonl:1: the trainee pseudonym holds a control character" \
      "xapi: a pseudonym with control characters refused"
cp "$tmp"/rec-dv/*.jsonl "$tmp/records/$evil.jsonl"
printf '{"type":"header",\n' >"$tmp/records/$evil-malformed.jsonl"
head -c -20 "$tmp/records/forged.jsonl" >"$tmp/records/$evil-torn.jsonl"

run debrief 0 -- "$bin" debrief "$tmp/records/forged.jsonl" --scenario "$hostile"
shows debrief out 'Trainee owl-forged' "debrief: pseudonym"
shows debrief out 'Your reason: because\x1b]52;c;eA==\x07\nfake\r\x1b[8m' "debrief: reason"
shows debrief out 'Debrief: Hostile \x1b]0;owned\x07title (version 1.0\x1b[6n)' "debrief: title and version"
run debrief_no_scenario 0 -- env CASEWALK_SCENARIOS="$tmp/empty" "$bin" debrief "$tmp/records/forged.jsonl"
shows debrief_no_scenario err 'the scenario "hostile" is not at hand' "debrief without the scenario"
run debrief_html 0 -- "$bin" debrief "$tmp/records/forged.jsonl" --scenario "$hostile" --html -
run debrief_evil 0 -- "$bin" debrief "$tmp/records/$evil.jsonl" --scenario "$hostile"
run debrief_torn 0 -- "$bin" debrief "$tmp/records/$evil-torn.jsonl" --scenario "$hostile"
shows debrief_torn err "casewalk debrief: $tmp/records/$evil_shown-torn.jsonl:" "debrief: torn record named escaped"
run debrief_malformed 1 -- "$bin" debrief "$tmp/records/$evil-malformed.jsonl"
shows debrief_malformed err "casewalk debrief: $tmp/records/$evil_shown-malformed.jsonl" "debrief: malformed record named escaped"

run summary 0 -- "$bin" summary "$tmp/records" --scenario "$hostile" --min-group 1
shows summary out 'Group summary: Hostile \x1b]0;owned\x07title' "summary: title"
shows summary out "$evil_shown-malformed.jsonl" "summary: a set-aside file named escaped"
shows summary err "set aside $tmp/records/$evil_shown-malformed.jsonl" "summary: set aside, on stderr"
run summary_json 0 -- "$bin" summary "$tmp/records" --scenario "$hostile" --min-group 1 --json -
expect_eq "$(jq -r '.scenario.title // .title // empty' "$tmp/summary_json.out" | head -1)" \
          "Hostile "$'\e]0;owned\a'"title" "summary --json keeps the title (escaped as JSON)"

run xapi 1 -- "$bin" xapi "$tmp/records"
shows xapi err "$evil_shown-malformed.jsonl" "xapi: the malformed file named escaped"
rm "$tmp/records/$evil-malformed.jsonl"
run xapi_good 0 -- "$bin" xapi "$tmp/records"
shows xapi_good err "$evil_shown-torn.jsonl" "xapi: the torn file named escaped"
expect_eq "$(jq -r '[.[].result.extensions // {} | to_entries[] | select(.key | endswith("rationale")) | .value]
                    | map(select(startswith("because"))) | .[0]' "$tmp/xapi_good.out")" \
          "$reason" "xapi keeps the reason (escaped as JSON)"
run xapi_send 0 -- "$bin" xapi "$tmp/records" --send http://127.0.0.1:9/xAPI --dry-run
shows xapi_send out "$evil_shown-torn.jsonl: " "xapi --send --dry-run: the file named escaped"
shows xapi_send err "$evil_shown-torn.jsonl" "xapi --send: the torn file named escaped"

# ---- the window: its messages on standard error, and what --screenshot prints ------------------
if [ "$window" = window ]; then
    run window_play 0 -- "$bin" play "$hostile" --ui gui --role cps --trainee owl --records "$tmp/rec-gui" \
        --choose '1,1+2' --screenshot "$tmp/play.bmp"
    run window_evil 1 -- "$bin" play "$tmp/scenarios/$evil.lua" --ui gui --choose 1
    shows window_evil err "casewalk: $tmp/scenarios/$evil_shown.lua:3:" "window: error naming the hostile file"
    run workshop 0 -- "$bin" workshop "$hostile" --records "$tmp/rec-room" --name room \
        --votes 'cps=1/0;dv=1/0,draft=1+2' --screenshot "$tmp/room.bmp"
    run workshop_votes 1 -- "$bin" workshop "$hostile" --records "$tmp/rec-room2" --name room --votes $'cps\e[6n=1/0'
    shows workshop_votes err "the case has no role 'cps\x1b[6n'" "workshop: a --votes error quoting the role"
    run workshop_evil 1 -- "$bin" workshop "$tmp/scenarios/$evil.lua" --votes 'cps=1/0'
    shows workshop_evil err "$tmp/scenarios/$evil_shown.lua:3:" "workshop: error naming the hostile file"
    run watch 0 -- "$bin" summary "$tmp/records" --watch --scenario "$hostile" --screenshot "$tmp/watch.bmp"
    shows watch out 'decision 1 door' "watch: the counts"
fi
finish terminal
