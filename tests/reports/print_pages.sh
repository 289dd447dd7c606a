#!/usr/bin/env bash
# print_pages.sh CASEWALK MAKE_ROOM ROOT — the pages print on US letter in few pages: every
# shipped scenario's debrief, for each role along its longest path in tests/paths/ID.paths, fits
# at most 4 pages, and the summary of a realistic folder (12 trainees of night-call, some of them
# with an abandoned first try, and a room's votes) at most 6. Printed to PDF by headless Chromium
# (the command a facilitator's browser runs when printing), pages counted by pdfinfo.
set -uo pipefail
casewalk=$1
make_group_record=$2
root=$3
. "$root/tests/lib.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export CASEWALK_SCENARIOS=$root/scenarios
max_debrief=4
max_summary=6

pages() { # pages HTML: prints the page count of the HTML printed to PDF
    local pdf=${1%.html}.pdf
    timeout 120 chromium --headless=new --no-sandbox --user-data-dir="$work/chromium" \
        --print-to-pdf="$pdf" --no-pdf-header-footer "$1" >/dev/null 2>&1
    pdfinfo "$pdf" 2>/dev/null | sed -n 's/^Pages: *//p'
}

# The longest path of each role: the line with the most answers.
for paths in "$root"/tests/paths/*.paths; do
    id=$(basename "$paths" .paths)
    for role in $(grep -v '^#' "$paths" | awk 'NF {print $1}' | sort -u); do
        answers=$(python3 -c '
import sys
best = ""
for line in open(sys.argv[1], encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    role, kind, rest = line.split(None, 2)
    answers = rest.rsplit(None, 1)[0]  # the last field is the ending
    if role == sys.argv[2] and answers.count(",") > best.count(","):
        best = answers
print(best)' "$paths" "$role")
        dir=$work/$id-$role
        if ! "$casewalk" play "$id" --role "$role" --trainee "print-$role" --records "$dir" \
                --choose "$answers" >/dev/null 2>&1; then
            bad "$id $role: the scripted play did not reach an ending"
            continue
        fi
        "$casewalk" debrief "$(ls "$dir"/*.jsonl)" --html "$work/$id-$role.html" >/dev/null 2>&1
        n=$(pages "$work/$id-$role.html")
        echo "debrief $id $role: ${n:-?} pages"
        if [ -n "$n" ] && [ "$n" -le "$max_debrief" ]; then ok; else bad "$id $role debrief: ${n:-no} pages, at most $max_debrief"; fi
    done
done

# A realistic folder: 12 trainees, six per role, along night-call's paths; two of them gave up a
# first try (a record stopped after two decisions); and one room's votes.
folder=$work/folder
mapfile -t cps < <(grep -v '^#' "$root/tests/paths/night-call.paths" | awk '$1 == "cps" {print $3}')
mapfile -t dv < <(grep -v '^#' "$root/tests/paths/night-call.paths" | awk '$1 == "dv" {print $3}')
for i in 0 1 2 3 4 5; do
    "$casewalk" play night-call --role cps --trainee "owl-$i" --records "$folder" \
        --choose "${cps[$((i % ${#cps[@]}))]}" >/dev/null 2>&1 || bad "cps trainee $i did not finish"
    "$casewalk" play night-call --role dv --trainee "wren-$i" --records "$folder" \
        --choose "${dv[$((i % ${#dv[@]}))]}" >/dev/null 2>&1 || bad "dv trainee $i did not finish"
done
"$casewalk" play night-call --role cps --trainee owl-0 --records "$folder" \
    --choose "$(cut -d, -f1-2 <<<"${cps[0]}")" >/dev/null 2>&1
"$casewalk" play night-call --role dv --trainee wren-0 --records "$folder" \
    --choose "$(cut -d, -f1-2 <<<"${dv[0]}")" >/dev/null 2>&1
"$make_group_record" "$root/scenarios/night-call.lua" "$folder" || bad "the room's record was not made"
expect_eq "$(ls "$folder"/*.jsonl | wc -l | tr -d ' ')" "15" "12 trainees, 2 first tries and a room"
"$casewalk" summary "$folder" --html "$work/summary.html" >/dev/null 2>&1
n=$(pages "$work/summary.html")
echo "summary of 12 trainees and a room: ${n:-?} pages"
if [ -n "$n" ] && [ "$n" -le "$max_summary" ]; then ok; else bad "summary: ${n:-no} pages, at most $max_summary"; fi
grep -q "@page{size:letter" "$work/summary.html" && ok || bad "the page asks for US letter"

finish "print pages"
