#!/usr/bin/env bash
# copies.sh CASEWALK RECORDS_DIR — the same session collected twice counts once. A finished
# session, a byte-identical copy and a torn mid-session copy (under other names) are one session
# in `casewalk summary` (counted from the finished copy, the copies listed by name in the text,
# the page and the JSON) and in `casewalk xapi` (one session's statements, each id once); and
# copies cannot make a role group big enough to pass the small-group privacy threshold.
set -uo pipefail
export COLUMNS=1000 # the checks below look for whole lines of the terminal text
casewalk=$1
records=$2
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../lib.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

record_of() { grep -l "\"trainee\":\"$1\"" "$records"/group/report-fixture_*.jsonl | head -n 1; }
c1=$(record_of c1)
one=$work/one
mkdir "$one"
cp "$c1" "$one/a-finished.jsonl"
cp "$c1" "$one/b-copy.jsonl"
# taken while the second scene was being written: sorts first, but is the least complete
{ head -n 4 "$c1"; sed -n 5p "$c1" | head -c 30; } > "$one/0-midsession.jsonl"
cp "$(record_of d1)" "$one/d1.jsonl"

expect_status 0 "summary of a session and its copies" -- \
    "$casewalk" summary "$one" --min-group 1 --json "$work/one.json" --html "$work/one.html"
expect_eq "$(jq -c '.records | [.read, .used, .finished, .used_in_part, .set_aside, .duplicates]' "$work/one.json")" \
    "[4,2,2,0,0,2]" "four files, two sessions, two copies"
expect_eq "$(jq '[.sessions_by_role[].answered] | add' "$work/one.json")" 2 "sessions by role"
expect_eq "$(jq -r '[.duplicates[] | (.file | sub(".*/"; "")) + "<" + (.counted_from | sub(".*/"; ""))] | join(" ")' "$work/one.json")" \
    "0-midsession.jsonl<a-finished.jsonl b-copy.jsonl<a-finished.jsonl" "copies listed, counted from the finished one"
session=$(head -n 1 "$c1" | jq -r .session)
expect_eq "$(jq -r '[.duplicates[].session] | unique | join(" ")' "$work/one.json")" "$session" "the copies' session"
expect_eq "$(jq '[.decisions[0].choices[].count] | add' "$work/one.json")" 2 "the first decision answered twice, not four times"
text=$("$casewalk" summary "$one" --min-group 1 2>/dev/null)
expect_in "$text" "Note: 2 records not counted: copies of sessions, or other tries of a trainee in the same role" "text note"
expect_in "$text" "copy: $one/0-midsession.jsonl (session counted from $one/a-finished.jsonl)" "text lists the torn copy"
expect_in "$text" "copy: $one/b-copy.jsonl (session counted from $one/a-finished.jsonl)" "text lists the same copy"
expect_in "$(cat "$work/one.html")" "<a href=\"#copies\">the copies</a>" "page note"
expect_in "$(cat "$work/one.html")" "<tr><td><code>$one/b-copy.jsonl</code></td><td><code>$one/a-finished.jsonl</code></td></tr>" \
    "page lists the copy"

# xapi: one session's statements for c1, each statement id once, the copies named.
expect_status 0 "xapi of a session and its copies" -- "$casewalk" xapi "$one" --out "$work/one-xapi.json"
expect_in "$out" "b-copy.jsonl: a copy of a session exported once, from $one/a-finished.jsonl" "xapi names a copy"
expect_eq "$(jq '[.[].id] | length == (unique | length)' "$work/one-xapi.json")" true "statement ids unique"
expect_status 0 "xapi of the finished copy alone" -- "$casewalk" xapi "$one/a-finished.jsonl" "$one/d1.jsonl" --out "$work/alone.json"
expect_eq "$(jq -c '[.[].id] | sort' "$work/one-xapi.json")" "$(jq -c '[.[].id] | sort' "$work/alone.json")" \
    "the statements of the finished copy and d1, no more"

# Privacy: three CPS sessions and two DV sessions, the DV ones copied to five files. DV has two
# members, fewer than 3: it is not broken out (at most pooled with CPS as "Other roles").
small=$work/small
mkdir "$small"
for t in c1 c2 c4; do cp "$(record_of $t)" "$small/$t.jsonl"; done
for k in 1 2 3; do cp "$(record_of d1)" "$small/d1-copy$k.jsonl"; done
for k in 1 2; do cp "$(record_of d2)" "$small/d2-copy$k.jsonl"; done
expect_status 0 "summary of a small group and copies" -- "$casewalk" summary "$small" --json "$work/small.json"
expect_eq "$(jq -c '.records | [.used, .duplicates]' "$work/small.json")" "[5,3]" "five sessions, three copies"
expect_eq "$(jq '.sessions_by_role | length' "$work/small.json")" 0 "sessions not broken out by role"
expect_eq "$(jq '[.decisions[].by_role[] | select(.role == "dv")] | length' "$work/small.json")" 0 \
    "no decision breaks DV out"
# The same folder with a third DV session is broken out: the check above can fail.
cp "$(record_of d3)" "$small/d3.jsonl"
expect_status 0 "summary with three DV sessions" -- "$casewalk" summary "$small" --json "$work/three.json"
expect_eq "$(jq -c '[.sessions_by_role[] | [.label, .answered]]' "$work/three.json")" '[["CPS",3],["DV",3]]' \
    "three and three are broken out"
expect_eq "$(jq '[.decisions[].by_role[] | select(.role == "dv")] | length > 0' "$work/three.json")" true \
    "decisions break DV out"
# One trainee's tries at the case count once: an abandoned first try and a finished second one
# (two sessions, one person) are one trainee and one session, counted from the finished try, the
# other listed as another try; another trainee in the same folder still counts.
tries=$work/tries
fixture=$here/fixture.lua
"$casewalk" play "$fixture" --role cps --trainee kite --records "$tries" --choose @call_first >/dev/null 2>&1
"$casewalk" play "$fixture" --role cps --trainee kite --records "$tries" --choose @call_first,@separate,1+2 \
    >/dev/null 2>&1
"$casewalk" play "$fixture" --role cps --trainee moth --records "$tries" --choose @visit_now,@joint,1+2 \
    >/dev/null 2>&1
expect_eq "$(ls "$tries"/*.jsonl | wc -l | tr -d ' ')" 3 "three records: two tries of kite, one of moth"
text=$("$casewalk" summary "$tries" --scenario "$fixture" --min-group 1 --json "$work/tries.json" 2>&1)
expect_eq "$(jq -c '.records | [.trainees, .trainee_sessions, .duplicates]' "$work/tries.json")" "[2,2,1]" \
    "two trainees, two sessions, one other try"
expect_eq "$(jq -r '.duplicates[0].kind' "$work/tries.json")" "other try" "listed as another try"
expect_eq "$(jq '.decisions[0].answered' "$work/tries.json")" 2 "the first decision answered once per trainee"
text=$("$casewalk" summary "$tries" --scenario "$fixture" --min-group 1 2>&1)
expect_in "$text" "Read: 2 trainees in 2 sessions, and 0 rooms." "the header counts people"
expect_in "$text" "another try: " "the text lists the other try"
# A room participant's own record (header "workshop": the room's id, and "discipline": the role
# they took, as engine/session_room.c writes both) is kept apart from solo
# practice: counted in a line that points to summary --workshop ID, in no decision's counts.
room=0b9f4a52-3c1e-4f7a-9d2b-6a1c2e3f4a5b
# Each of their answers names the room's choice beside it (here the same as theirs).
jq -c --arg w "$room" 'if .type == "header" then . + {workshop: $w, discipline: .role, trainee: "pip"}
    elif .type == "decision" then . + {room: .chosen} elif .type == "draft" then . + {room: .clauses}
    else . end' \
    "$(grep -l '"trainee":"moth"' "$tries"/*.jsonl)" >"$tries/participant.jsonl"
text=$("$casewalk" summary "$tries" --scenario "$fixture" --min-group 1 --json "$work/p.json" 2>&1)
expect_eq "$(jq -c '.records | [.trainees, .room_participants, .participant_rooms]' "$work/p.json")" "[2,1,1]" \
    "the participant is counted apart"
expect_eq "$(jq '.decisions[0].answered' "$work/p.json")" 2 "the participant is in no decision's count"
text=$("$casewalk" summary "$tries" --scenario "$fixture" --min-group 1 2>&1)
expect_in "$text" "Room participants: 1 in 1 room, kept apart from solo practice; for a room: casewalk summary --workshop $room" \
    "the line pointing to the room's summary"
finish copies
