#!/usr/bin/env bash
# folders.sh CASEWALK RECORDS_DIR — a collected folder is data, not a file system to explore:
# `casewalk summary` and `casewalk xapi` over a folder holding a FIFO, a link to /dev/zero, a link
# to a record outside the folder, link loops and a deep nesting must finish (each run under
# `timeout`), read only the regular records inside, and say what they passed over.
set -uo pipefail
export COLUMNS=1000 # the checks below look for whole lines of the terminal text
casewalk=$1
records=$2
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../lib.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

record_of() { grep -l "\"trainee\":\"$1\"" "$records"/group/report-fixture_*.jsonl | head -n 1; }
folder=$work/collected
mkdir -p "$folder" "$work/outside"
cp "$(record_of c1)" "$folder/c1.jsonl"
cp "$(record_of d1)" "$folder/d1.jsonl"
cp "$(record_of c2)" "$work/outside/c2.jsonl"
mkfifo "$folder/waiting.jsonl"                 # opening it for reading would wait for a writer
ln -s /dev/zero "$folder/zero.jsonl"           # endless bytes
ln -s ../outside/c2.jsonl "$folder/outside.jsonl" # a record outside the folder
ln -s ../outside "$folder/outside-folder"      # a folder outside
ln -s . "$folder/self"                         # a loop to itself
ln -s loop-b "$folder/loop-a.jsonl"            # a loop of two links
ln -s loop-a.jsonl "$folder/loop-b"
# 40 nested folders: the record 3 deep is read, the one 40 deep is beyond the depth searched.
deep=$folder
for ((i = 1; i <= 40; i++)); do
    deep=$deep/n
    mkdir "$deep"
    [ "$i" = 3 ] && cp "$(record_of d2)" "$deep/d2.jsonl"
done
cp "$(record_of d3)" "$deep/d3.jsonl"

expect_status 0 "summary over the folder finishes" -- \
    timeout 30 "$casewalk" summary "$folder" --min-group 1 --json "$work/summary.json"
expect_in "$out" "passed over in the folders: 6 symbolic links (not followed), 1 FIFO, socket or device, 1 folder nested too deep" \
    "summary says what it passed over"
expect_eq "$(jq -c '.records | [.read, .used, .set_aside]' "$work/summary.json")" "[3,3,0]" \
    "summary reads c1, d1 and the record 3 deep, nothing else"
expect_eq "$(jq '[.sessions_by_role[].answered] | add' "$work/summary.json")" 3 "sessions counted"

expect_status 0 "xapi over the folder finishes" -- \
    timeout 30 "$casewalk" xapi "$folder" --out "$work/all.json"
expect_in "$out" "passed over in the folders: 6 symbolic links" "xapi says what it passed over"
expect_eq "$(jq '[.[] | select(.verb.id | endswith("/initialized"))] | length' "$work/all.json")" 3 \
    "xapi exports three sessions"
expect_eq "$(jq '[.[].context.registration] | unique | length' "$work/all.json")" 3 \
    "the three sessions are c1, d1 and d2"
outside_session=$(head -n 1 "$work/outside/c2.jsonl" | jq -r .session)
expect_eq "$(jq --arg s "$outside_session" '[.[] | select(.context.registration == $s)] | length' "$work/all.json")" 0 \
    "nothing of the record outside the folder"

# Named on the command line, a FIFO or a device is refused at once, never waited on or read.
expect_status 1 "xapi of a FIFO named" -- timeout 10 "$casewalk" xapi "$folder/waiting.jsonl" --out "$work/f.json"
expect_in "$out" "waiting.jsonl: not a regular file" "the FIFO is named"
expect_status 1 "summary of /dev/zero named" -- timeout 10 "$casewalk" summary /dev/zero
expect_in "$out" "no readable record among the 1 files given" "the device is not read"
# A link named on the command line is the user's choice: it is followed.
ln -s "$folder" "$work/link-to-folder"
expect_status 0 "summary of a link named" -- timeout 30 "$casewalk" summary "$work/link-to-folder" --json "$work/linked.json"
expect_eq "$(jq .records.used "$work/linked.json")" 3 "the named link is read as the folder"
finish folders
