#!/usr/bin/env bash
# make_records.sh CASEWALK MAKE_WORKSHOP OUT_DIR — plays scripted sessions of tests/reports/fixture.lua with
# `casewalk play --choose`, so the report tests know exactly what the records hold. Answers name
# choices by id (@id): the order shown is drawn per session.
#
#   OUT/group    c1..c4 (CPS), d1..d3 (DV), t1 (CPS, torn after decision 1), and four records
#                that must be set aside: another version, another scenario, a malformed line,
#                an empty file
#   OUT/small    four CPS sessions and two DV sessions: a DV group of two
#   OUT/debrief  c3's record alone
#   OUT/workshop one workshop record with known votes (make_workshop.c)
#
# The expected counts are worked out by hand in test_report_group.c.
set -euo pipefail
casewalk=$1
make_workshop=$2
out=$3
here=$(cd "$(dirname "$0")" && pwd)
fixture=$here/fixture.lua
rm -rf "$out"
mkdir -p "$out/group" "$out/small" "$out/debrief" "$out/workshop" "$out/tmp"

# play NAME ROLE ANSWERS DEST [SCENARIO]: plays one session and moves its record into DEST.
play() {
    local name=$1 role=$2 answers=$3 dest=$4 scenario=${5:-$fixture}
    local dir=$out/tmp/$name
    "$casewalk" play "$scenario" --records "$dir" --role "$role" --trainee "$name" --seed 7 \
        --choose "$answers" >/dev/null || [ $? -eq 3 ]
    mv "$dir"/*.jsonl "$dest/"
    rmdir "$dir"
}

play c1 cps '@call_first,@separate,1+2' "$out/group"
play c2 cps '@call_first,@separate,1+2' "$out/group"
play c3 cps '@visit_now:"I wanted to see the home for myself.",@joint,3' "$out/debrief"
cp "$out/debrief"/*.jsonl "$out/group/"
play c4 cps '@place_now' "$out/group"
play d1 dv '@call_first,@separate,1+2' "$out/group"
play d2 dv '@visit_now,@share_plan,1' "$out/group"
play d3 dv '@visit_now,@joint,2+1' "$out/group"

# t1: a session whose record was torn while the second scene was being written.
play t1 cps '@call_first,@separate,1+2' "$out/tmp"
t1=$(ls "$out/tmp"/*.jsonl)
{ head -n 4 "$t1"; sed -n 5p "$t1" | head -c 20; } > "$out/group/torn-t1.jsonl"
rm "$t1"

# Another version and another scenario of the fixture.
sed 's/version = "1.0.0"/version = "1.1.0"/' "$fixture" > "$out/tmp/fixture-v11.lua"
play v1 cps '@call_first,@separate,1+2' "$out/group" "$out/tmp/fixture-v11.lua"
sed 's/id = "report-fixture"/id = "report-fixture-b"/' "$fixture" > "$out/tmp/fixture-b.lua"
play b1 dv '@call_first,@separate,1+2' "$out/group" "$out/tmp/fixture-b.lua"

# A malformed line in the middle (line 3), and an empty file.
c1=$(grep -l '"trainee":"c1"' "$out/group"/*.jsonl)
sed '3s/.*/{"type":"scene", broken/' "$c1" > "$out/group/malformed.jsonl"
: > "$out/group/empty.jsonl"

for name in s1 s2 s3 s4; do play "$name" cps '@call_first,@separate,1+2' "$out/small"; done
for name in s5 s6; do play "$name" dv '@call_first,@separate,1+2' "$out/small"; done
"$make_workshop" "$fixture" "$out/workshop"
rm -rf "$out/tmp"
