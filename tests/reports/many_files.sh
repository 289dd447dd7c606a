#!/usr/bin/env bash
# many_files.sh CASEWALK MAKE_MANY RECORDS_DIR [COUNT] — a folder of COUNT (default 100,000) small records,
# half CPS and half DV sessions each with its own session id, made by make_many.c from two played records.
# `casewalk summary` and `casewalk xapi` must read them all within the test's time and in bounded
# memory; the times and peak memory are printed for the record.
set -uo pipefail
export COLUMNS=1000 # the checks below look for whole lines of the terminal text
casewalk=$1
make_many=$2
records=$3
count=${4:-100000}
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../lib.sh"
# In memory where there is a tmpfs: making and removing 100,000 files on a shared disk takes
# minutes that say nothing about casewalk (the records are read from the page cache either way).
if [ -d /dev/shm ] && [ -w /dev/shm ]; then work=$(mktemp -d -p /dev/shm); else work=$(mktemp -d); fi
trap 'rm -rf "$work"' EXIT

record_of() { grep -l "\"trainee\":\"$1\"" "$records"/group/report-fixture_*.jsonl | head -n 1; }
mkdir "$work/many"
start=$(date +%s.%N)
"$make_many" "$(record_of c1)" "$(record_of d1)" "$work/many" "$count" || bad "records not made"
made=$(ls "$work/many" | wc -l)
expect_eq "$made" "$count" "records made"
printf 'made %d records in %.1f s\n' "$made" "$(echo "$(date +%s.%N) - $start" | bc)"

# measure NAME COMMAND...: runs the command under /usr/bin/time, printing wall time and peak memory.
measure() {
    local name=$1
    shift
    /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >"$work/$name.out" 2>"$work/$name.err"
    local status=$?
    read -r seconds kib < "$work/time.txt"
    printf '%s: %s records in %s s, peak memory %d MiB\n' "$name" "$count" "$seconds" $((kib / 1024))
    peak_mib=$((kib / 1024))
    return $status
}

# Memory must not grow with the records (a few bytes a session for telling copies apart): under
# 64 MiB. AddressSanitizer keeps freed memory in quarantine, so a sanitized build is not held to it.
sanitized=0
grep -qa __asan_init "$casewalk" && sanitized=1
check_peak() {
    if [ "$sanitized" = 1 ] || [ "$peak_mib" -lt 64 ]; then ok; else bad "$1 peak memory $peak_mib MiB"; fi
}

if measure summary timeout 500 "$casewalk" summary "$work/many" --json "$work/summary.json"; then ok; else
    bad "summary of $count records failed"; tail -3 "$work/summary.err" >&2; fi
expect_eq "$(jq -c '.records | [.read, .used, .set_aside]' "$work/summary.json")" "[$count,$count,0]" \
    "every record read and used"
check_peak "summary"
# xapi to a pipe: one statement a line, counted as they pass (1.7 GB for 100,000 records)
measure xapi bash -c 'timeout 500 "$1" xapi "$2" | grep -c "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/initialized\""' \
    xapi "$casewalk" "$work/many"
expect_eq "$(cat "$work/xapi.out")" "$count" "one session's statements per record"
check_peak "xapi"
finish many_files
