#!/usr/bin/env bash
# room_records.sh CASEWALK MAKE_ROOM SCENARIOS — two rooms play night-call into one folder
# (make_room: a group record and a record of each participant's own); then `casewalk debrief`
# shows a participant's own votes beside the room's, and `casewalk summary --workshop` takes one
# room's participants only, split by their discipline (every participant followed the CPS role).
#
# Room 1 has 8 participants: disciplines cps, dv, other, cps, dv, other, cps, dv (3 cps, 3 dv,
# 2 other). cps always votes the room's choice; dv always votes another; other does not answer
# odd-numbered decisions and votes the room's choice on even ones (tests/room_play.h).
set -uo pipefail
casewalk=$1
make_room=$2
scenarios=$3
. "$(dirname "$0")/../lib.sh"
# debrief and summary wrap their text at the terminal's width: compare with line breaks undone
flat() { printf '%s' "$1" | tr '\n' ' ' | tr -s ' '; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
records=$work/records

"$make_room" "$scenarios/night-call.lua" "$records" 8 cps 42 0 >"$work/room1.txt" || bad "room 1 was not played"
"$make_room" "$scenarios/night-call.lua" "$records" 4 cps 7 2 >"$work/room2.txt" || bad "room 2 was not played"
w1=$(head -1 "$work/room1.txt")
w2=$(head -1 "$work/room2.txt")
decisions=$(($(wc -l <"$work/room1.txt") - 1))
[ "$decisions" -ge 4 ] && ok || bad "room 1 made only $decisions decisions"
expect_eq "$(ls "$records" | wc -l | tr -d ' ')" 14 "records written: 2 group records, 12 participants'"

# Every participant record names its workshop and discipline and follows the CPS role.
record_of() { grep -l "\"trainee\":\"$1\"" "$records"/*.jsonl | while read -r f; do
    [ "$(head -1 "$f" | jq -r .workshop)" = "$2" ] && echo "$f"; done; }
heron2=$(record_of heron-2 "$w1")
heron3=$(record_of heron-3 "$w1")
expect_eq "$(head -1 "$heron2" | jq -r '[.discipline, .role, .group] | @tsv')" "dv	cps	false" "heron-2's header"
expect_eq "$(jq -r 'select(.type == "followed") | .decision' "$heron3" | tr '\n' ' ')" \
    "$(seq 1 2 "$decisions" | tr '\n' ' ')" "heron-3 did not answer the odd decisions"

# ---- debrief of a participant ---------------------------------------------------------------
expect_status 0 "debrief of a participant who voted otherwise" -- "$casewalk" debrief "$heron2"
out=$(flat "$out")
expect_in "$out" "Room participant · discipline dv · workshop $w1 · $decisions of $decisions decisions answered" "heron-2's debrief header"
expect_in "$out" "The room chose: " "the room's choice beside heron-2's own"
expect_in "$out" "First vote: " "heron-2 changed their vote after a revote"
# reports name a choice by its text: the room's first choice is looked up in the scenario file
# (the first `text = "..."` after the choice's `id = "..."`)
choice_text() { awk -v want="id = \"$1\"" 'index($0, want) { found = 1 }
    found && /text = "/ { sub(/^.*text = "/, ""); sub(/",?[ \t]*$/, ""); gsub(/\\"/, "\""); print; exit }' \
    "$scenarios/night-call.lua"; }
first_room=$(sed -n 2p "$work/room1.txt" | cut -d' ' -f3)
first_room_text=$(choice_text "$first_room")
[ -n "$first_room_text" ] && ok || bad "no text found for the room's first choice '$first_room'"
expect_in "$out" "; the room chose $first_room_text" "the path names the room's first choice"
case "$out" in *"the room chose $first_room "*|*"the room chose $first_room)"*) bad "the debrief shows the id $first_room" ;; *) ok ;; esac

expect_status 0 "debrief of a participant who did not always answer" -- "$casewalk" debrief "$heron3"
out=$(flat "$out")
expect_in "$out" "$((decisions / 2)) of $decisions decisions answered" "heron-3 answered the even decisions"
expect_in "$out" "did not answer (the room chose $first_room_text)" "heron-3's first decision followed the room"
case "$out" in *"The room chose: "*) bad "heron-3 voted with the room whenever they answered" ;; *) ok ;; esac

expect_status 0 "HTML debrief of a participant" -- "$casewalk" debrief "$heron2" --html "$work/heron2.html"
expect_in "$(cat "$work/heron2.html")" "<strong>The room chose:</strong> " "the HTML debrief shows the room's choice"
expect_status 0 "HTML debrief of a participant who did not answer" -- "$casewalk" debrief "$heron3" --html "$work/heron3.html"
expect_in "$(cat "$work/heron3.html")" "<em>Did not answer</em> (the room chose: " "the HTML debrief shows what was not answered"

# a participant's unfinished record is the room's to reopen, not a player's
head -n 12 "$heron2" >"$work/cut.jsonl"
expect_status 1 "play --resume of a participant's record" -- "$casewalk" play --resume "$work/cut.jsonl"
expect_in "$out" "this is a room participant's record: the room reopens it" "play refuses a participant's record"

# ---- summary of one workshop ------------------------------------------------------------------
expect_status 0 "summary of room 1 by an 8-digit prefix" -- "$casewalk" summary "$records" --workshop "${w1:0:8}" --json "$work/w1.json"
expect_eq "$(jq -r .workshop "$work/w1.json")" "$w1" "the workshop settled on"
expect_eq "$(jq -c '.records | [.used, .finished, .workshops, .other_workshops, .set_aside]' "$work/w1.json")" \
    "[8,8,1,5,0]" "room 1's participants used, its group record found, room 2's five records passed over"
expect_eq "$(jq -c '.records | [.trainees, .trainee_sessions]' "$work/w1.json")" "[8,8]" \
    "8 participants in 8 sessions: the room's group record is not one of them"
expect_eq "$(jq -r '.decisions | length' "$work/w1.json")" "$decisions" "every decision of room 1's path"
expect_eq "$(jq -r '.decisions[0].answered' "$work/w1.json")" 6 "decision 1: 'other' did not answer"
expect_eq "$(jq -r '.decisions[1].answered' "$work/w1.json")" 8 "decision 2: everyone answered"
# the 'other' group (2) is smaller than the default minimum (3): nothing is broken out by role
expect_eq "$(jq -r '.sessions_by_role | length' "$work/w1.json")" 0 "groups smaller than 3 are not broken out"

expect_status 0 "summary of room 1 with groups of 2 broken out" -- "$casewalk" summary "$records" --workshop "$w1" --min-group 2 --json "$work/w1b.json"
expect_eq "$(jq -c '[.sessions_by_role[] | [.role, .answered]]' "$work/w1b.json")" '[["cps",3],["dv",3],["other",2]]' \
    "participants split by discipline, not by the role followed"
# decision 1: cps all voted the room's choice, dv all another, other did not answer
room_at=$(jq -r --arg c "$first_room" '.decisions[0].choices | map(.id) | index($c)' "$work/w1b.json")
expect_eq "$(jq -c --argjson k "$room_at" '[.decisions[0].by_role[] | [.role, .answered, .counts[$k]]]' "$work/w1b.json")" \
    '[["cps",3,3],["dv",3,0]]' "decision 1 split by discipline ('other' did not answer)"
expect_eq "$(jq -c '[.decisions[1].by_role[] | [.role, .answered]]' "$work/w1b.json")" \
    '[["cps",3],["dv",3],["other",2]]' "decision 2 split by discipline"

expect_status 0 "text summary of room 2" -- "$casewalk" summary "$records" --workshop "$w2"
out=$(flat "$out")
expect_in "$out" "4 used" "room 2 has four participants"
expect_in "$out" "Workshop $w2: its participants' own records, by discipline; the room's group record found; 9 other records passed over." "room 2's workshop line"

expect_status 1 "a prefix of no workshop" -- "$casewalk" summary "$records" --workshop 00000000
expect_in "$out" "no record of workshop 00000000" "no such workshop"
expect_status 1 "a prefix too short" -- "$casewalk" summary "$records" --workshop "${w1:0:7}"
expect_in "$out" "at least its first 8 hex digits" "short prefix"
expect_status 2 "--workshop with --lrs" -- "$casewalk" summary --workshop "$w1" --lrs https://lrs.example --scenario night-call
# a record of another workshop whose id starts the same way: the prefix no longer names one
mkdir "$work/twin"
cp "$records"/*.jsonl "$work/twin/"
twin=$(record_of heron-1 "$w2" | head -1)
sed "s/$w2/${w1:0:8}-0000-4000-8000-000000000000/" "$twin" >"$work/twin/twin.jsonl"
expect_status 1 "a prefix two workshops share" -- "$casewalk" summary "$work/twin" --workshop "${w1:0:8}"
expect_in "$out" "starts more than one workshop's id" "ambiguous prefix"
expect_status 0 "the full id still names one" -- "$casewalk" summary "$work/twin" --workshop "$w1"

finish room_records
