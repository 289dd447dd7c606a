#!/usr/bin/env bash
# memory.sh CASEWALK [sanitized] — `casewalk summary --lrs` of 200 and of 1,000 sessions from the
# fake store (ten scripted sessions, copied with fresh ids, a day apart): every session is used,
# and the peak resident memory does not grow with the number of statements. Prints the time and
# peak memory of each. Under the sanitizers memory is not flat by design (freed memory is held
# in quarantine), so there only the counts are checked.
set -uo pipefail
casewalk=$1
sanitized=${2:-}
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../lib.sh"
work=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
export CASEWALK_LRS_AUTH=memory-key:memory-secret

# Ten sessions, both roles, answers by id.
mkdir -p "$work/base"
n=0
while read -r role kind answers ending; do
    n=$((n + 1))
    "$casewalk" play night-call --records "$work/base" --role "$role" --trainee "m$n" --seed "$n" \
        --choose "$answers" >/dev/null 2>&1
done < <( (grep -E '^cps ' "$here/../paths/night-call.paths" | head -5
           grep -E '^dv ' "$here/../paths/night-call.paths" | head -5))
"$casewalk" xapi "$work/base" --out "$work/base.json" 2>/dev/null
expect_eq "$(ls "$work/base" | wc -l)" 10 "ten sessions recorded"

# run COPIES: the summary of COPIES x 10 sessions; "seconds peak_kib" in $figures.
run() {
    : > "$work/log"
    rm -f "$work/port"
    node "$here/fake_lrs.js" "$work/port" "$CASEWALK_LRS_AUTH" "$work/log" "$work/base.json+$1" &
    pid=$!
    for _ in $(seq 200); do [ -s "$work/port" ] && break; sleep 0.1; done
    /usr/bin/time -f "%e %M %U %S" -o "$work/time" "$casewalk" summary --lrs "http://127.0.0.1:$(cat "$work/port")/xAPI" \
        --scenario night-call --json "$work/summary-$1.json" >/dev/null 2>"$work/err"
    expect_eq "$?" 0 "summary of $1 x 10 sessions"
    kill "$pid"
    wait "$pid" 2>/dev/null
    pid=
    expect_eq "$(jq .records.used "$work/summary-$1.json")" $(($1 * 10)) "every one of $1 x 10 sessions used"
    expect_eq "$(jq '[.decisions[].answered] | add' "$work/summary-$1.json")" \
        "$(jq "[.decisions[].answered] | add * $1" "$work/summary-1.json" 2>/dev/null || echo "?")" \
        "$1 times the answers of one copy"
    figures=$(cat "$work/time")
    echo "summary --lrs of $(($1 * 10)) sessions: $(grep -o 'Read [0-9]* statements' "$work/err"), $(echo "$figures" | awk '{printf "%.2f s (%.2f s CPU), peak RSS %.1f MiB", $1, $3 + $4, $2 / 1024}')"
}
run 1
run 20
rss_200=$(echo "$figures" | cut -d' ' -f2)
run 100
rss_1000=$(echo "$figures" | cut -d' ' -f2)
if [ -z "$sanitized" ]; then
    [ "$rss_1000" -le $((rss_200 + 2048)) ] && ok ||
        bad "peak memory grew from $rss_200 KiB (200 sessions) to $rss_1000 KiB (1,000 sessions)"
fi
finish lrs_memory
