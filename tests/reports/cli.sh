#!/usr/bin/env bash
# cli.sh CASEWALK RECORDS_DIR — `casewalk debrief` and `casewalk summary` as a user runs them:
# help and usage errors, the terminal text, the pages written whole and private, and clear
# messages for records that cannot be read. The numbers are those worked out in
# test_report_group.c and test_report_debrief.c.
set -euo pipefail
export COLUMNS=1000 # the checks below look for whole lines of the terminal text
casewalk=$1
records=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "cli.sh: $*" >&2; exit 1; }

# expect CODE COMMAND...: runs the command and checks its exit status.
expect() {
    local code=$1; shift
    set +e
    "$@" >"$work/out.txt" 2>"$work/err.txt"
    local got=$?
    set -e
    [ "$got" = "$code" ] || { cat "$work/err.txt" >&2; fail "$* exited $got, not $code"; }
}
has() { grep -qF -- "$1" "$2" || fail "'$1' not in $2: $(head -c 600 "$2")"; }

for command in debrief summary xapi; do
    expect 0 "$casewalk" "$command" --help
    has "Usage: casewalk $command" "$work/out.txt"
    expect 2 "$casewalk" "$command"
    expect 2 "$casewalk" "$command" --no-such-option x
done
expect 2 "$casewalk" summary "$records/group" --min-group 0
expect 2 "$casewalk" xapi "$records/debrief" --homepage "mailto:a@b.example"
expect 2 "$casewalk" debrief "$records/debrief" "$records/small"

# debrief: text, and a page written 0600
c3=$(ls "$records/debrief"/*.jsonl)
expect 0 "$casewalk" debrief "$c3" --html "$work/debrief.html"
[ "$(cat "$work/out.txt")" = "Debrief page written to $work/debrief.html" ] ||
    fail "debrief --html printed more than where the page went: $(head -c 300 "$work/out.txt")"
expect 0 "$casewalk" debrief "$c3"
has "Chose:       Go to the home unannounced this evening." "$work/out.txt"
has "Rating:      harmful, 0 of 3" "$work/out.txt"
has "Your reason: I wanted to see the home for myself." "$work/out.txt"
has "I noticed you chose “Hold one joint meeting with both parents.”" "$work/out.txt"
[ "$(stat -c %a "$work/debrief.html")" = 600 ] || fail "the debrief page is not 0600"
has "<svg" "$work/debrief.html"
has "@media print" "$work/debrief.html"
! grep -q "<script" "$work/debrief.html" || fail "a script in the page"
expect 0 "$casewalk" debrief "$c3" --html -
has "<!DOCTYPE html>" "$work/out.txt"

# debrief: unreadable records name their file and line; a torn one is used with a warning
expect 1 "$casewalk" debrief "$records/group/malformed.jsonl"
has "malformed.jsonl:3: not valid JSON" "$work/err.txt"
expect 1 "$casewalk" debrief "$records/group/empty.jsonl"
has "empty.jsonl: the record is empty" "$work/err.txt"
expect 1 "$casewalk" debrief "$work/no-such-record.jsonl"
has "no-such-record.jsonl" "$work/err.txt"
expect 0 "$casewalk" debrief "$records/group/torn-t1.jsonl"
has "torn-t1.jsonl:5: the last line is torn" "$work/err.txt"

# summary: both roles, counts, the records set aside with reasons; with --html and --json a line
# says where each file went instead of the text
expect 0 "$casewalk" summary "$records/group" --html "$work/summary.html" --json "$work/summary.json"
has "Summary page written to $work/summary.html" "$work/out.txt"
has "Summary JSON written to $work/summary.json" "$work/out.txt"
[ "$(wc -l <"$work/out.txt")" = 2 ] || fail "summary --html --json printed more than where the files went"
expect 0 "$casewalk" summary "$records/group"
has "     CPS 3. Ask for an emergency placement of the children tonight." "$work/out.txt"
has "12 records read: 8 used (7 finished, 1 only in part), 4 set aside." "$work/out.txt"
has "Sessions by role: CPS 5 · DV 3" "$work/out.txt"
has "1. Removal · Mia told the counsellor her father shouted that…: CPS and DV differ by 47% of their answers" "$work/out.txt"
has "set aside:   $records/group/empty.jsonl: the record is empty" "$work/out.txt"
has "set aside:   $records/group/malformed.jsonl:3: not valid JSON" "$work/out.txt"
has "partly used: $records/group/torn-t1.jsonl:5: the last line is torn" "$work/out.txt"
has "another scenario (\"report-fixture-b\")" "$work/out.txt"
has "another version of the scenario (1.1.0)" "$work/out.txt"
has "set aside $records/group/malformed.jsonl:3: not valid JSON" "$work/err.txt"
for file in summary.html summary.json; do
    [ "$(stat -c %a "$work/$file")" = 600 ] || fail "$file is not 0600"
done
has '"used":	8' "$work/summary.json"
has "Where CPS and DV chose most differently" "$work/summary.html"
for name in c1 c2 c3 c4 d1 d2 d3; do
    ! grep -q "\"$name\"\|>$name<" "$work/summary.html" "$work/summary.json" || fail "pseudonym $name shown"
done

# summary: a DV group of two is not broken out unless --min-group allows it
expect 0 "$casewalk" summary "$records/small"
has "Sessions by role: not broken out (a role group is smaller than 3)" "$work/out.txt"
has "(not split by role: a role group has fewer than 3 answers here)" "$work/out.txt"
expect 0 "$casewalk" summary "$records/small" --min-group 2
has "Sessions by role: CPS 4 · DV 2" "$work/out.txt"

# summary: nothing usable, or a path that is not there
mkdir "$work/none"
cp "$records/group/empty.jsonl" "$work/none/"
expect 1 "$casewalk" summary "$work/none"
expect 1 "$casewalk" summary "$work/not-there"
has "not-there" "$work/err.txt"
# night-call, three CPS and three DV sessions (each answering the same number all through)
night_call="$(cd "$(dirname "$0")/../.." && pwd)/scenarios/night-call.lua"
mkdir "$work/night"
for seed in 1 2 3; do
    for role in cps dv; do
        answers=$(printf "$seed,%.0s" $(seq 30))
        expect 0 "$casewalk" play "$night_call" --role "$role" --seed "$seed" --trainee "night-$role-$seed" \
            --records "$work/night" --choose "${answers%,}"
    done
done
expect 0 "$casewalk" summary "$work/night" --scenario "$night_call"
cp "$work/out.txt" "$work/night-summary.txt"
# The choices of each role are numbered from 1 at every decision, in order: DV's do not go on
# from CPS's. At "the screen" CPS has four choices and DV four: DV 1. to DV 4., no DV 5.
awk '
    $1 ~ /^[0-9]+\.$/ { n["CPS"] = 0; n["DV"] = 0; decision = $0 }
    { f = $1 == "✓" ? 2 : 1 }
    ($f == "CPS" || $f == "DV") && $(f + 1) ~ /^[0-9]+\.$/ {
        if ($(f + 1) + 0 != ++n[$f]) { print $f " " $(f + 1) " after " n[$f] - 1 " at" decision; bad = 1 } }
    END { exit bad }' "$work/night-summary.txt" >&2 || fail "choices not numbered from 1 for each role"
grep -q "CPS 4\. Record the screen" "$work/night-summary.txt" || fail "no decision with four CPS choices in the summary"
awk '/^ *[0-9]+\. / { if (hit) exit; block = "" } { block = block $0 "\n" } /CPS 4\. Record the screen/ { hit = 1 }
     END { printf "%s", block }' "$work/night-summary.txt" >"$work/screen.txt"
has "DV 1. " "$work/screen.txt"
! grep -q "CPS 5\.\|DV 5\." "$work/screen.txt" || fail "a fifth choice numbered at a decision of four: $(cat "$work/screen.txt")"

# What a facilitator reads names scenes, choices and endings in words: no id of night-call
# (those written as identifiers, with _) in the text of the debrief and summary pages. Attribute
# values (data-scene anchors) are not read, so tags are taken out first.
night_record=$(ls "$work/night"/*.jsonl | head -n 1)
expect 0 "$casewalk" debrief "$night_record" --scenario "$night_call" --html "$work/night-debrief.html"
expect 0 "$casewalk" summary "$work/night" --scenario "$night_call" --html "$work/night-summary.html"
grep -o 'id = "[a-z0-9_]*_[a-z0-9_]*"' "$night_call" | sed 's/id = "\(.*\)"/\1/' | sort -u >"$work/night-ids.txt"
[ "$(wc -l <"$work/night-ids.txt")" -ge 20 ] || fail "too few ids read from night-call.lua"
for page in night-debrief.html night-summary.html; do
    tr '\n' ' ' <"$work/$page" | sed -e 's|<style[^>]*>.*</style>||' -e 's/<[^>]*>/ /g' >"$work/$page.txt"
    has "Arriving after midnight" "$work/$page.txt"
    ! grep -owFf "$work/night-ids.txt" "$work/$page.txt" | sort -u >"$work/found.txt" || true
    [ ! -s "$work/found.txt" ] || fail "$page shows ids: $(tr '\n' ' ' <"$work/found.txt")"
done

# The debrief's start in local time, in words, with its zone; the record keeps the UTC time.
started=$(head -n 1 "$night_record" | jq -r .time)
expect 0 env TZ=CST6 "$casewalk" debrief "$night_record" --scenario "$night_call"
has "started $(TZ=CST6 date -d "$started" '+%A, %B %-d, %Y at %-I:%M %p %Z')" "$work/out.txt"
! grep -q "started [0-9]\{4\}-" "$work/out.txt" || fail "the debrief prints the raw start time"
grep -q "\"$started\"" "$night_record" || fail "the record does not keep the ISO time"
echo "cli: ok"
