#!/usr/bin/env bash
# watch.sh CASEWALK BMP_PROBE — `casewalk summary FOLDER --watch` in the window: records added to
# the folder while the watch runs are counted ("answered N of M"), results stay hidden until
# revealed, and a role group smaller than 3 is not broken out (no DV bars drawn).
set -euo pipefail
casewalk=$1
probe=$2
here=$(cd "$(dirname "$0")" && pwd)
case_file=$here/room-case.lua
tmp=$(mktemp -d)
watcher=""
trap '[ -n "$watcher" ] && kill "$watcher" 2>/dev/null; rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data
fail() { echo "watch.sh: $*" >&2; exit 1; }
contains() { grep -qF -- "$2" "$1" || fail "$1 lacks: $2 ($(cat "$1"))"; }

# play NAME ROLE ANSWERS: one trainee's session, its record kept in $tmp/staging/NAME.jsonl.
mkdir -p "$tmp/staging" "$tmp/shared"
play() {
  "$casewalk" play "$case_file" --records "$tmp/play/$1" --role "$2" --trainee "$1" --seed 5 \
    --choose "$3" >/dev/null
  mv "$tmp/play/$1"/*.jsonl "$tmp/staging/$1.jsonl"
}
play c1 cps '1,1,1+2'
play c2 cps '2,1,1+2'
play c3 cps '1,2,3'
play d1 dv '1,1,1+2'
play d2 dv '2,3,1+2'
play d3 dv '1,1,1'

# 1. Two records in the folder, four expected; two more arrive while the watch runs.
cp "$tmp/staging/c1.jsonl" "$tmp/staging/d1.jsonl" "$tmp/shared/"
start=$(date +%s)
"$casewalk" summary "$tmp/shared" --watch --expect 4 --scenario "$case_file" \
  --screenshot "$tmp/live.bmp" >"$tmp/live.out" 2>"$tmp/live.err" &
watcher=$!
sleep 1
cp "$tmp/staging/c2.jsonl" "$tmp/shared/"
sleep 2.5
cp "$tmp/staging/d2.jsonl" "$tmp/shared/"
status=0
wait "$watcher" || status=$?
watcher=""
elapsed=$(( $(date +%s) - start ))
[ "$status" -eq 0 ] || fail "watch exit status $status: $(cat "$tmp/live.err")"
contains "$tmp/live.out" "records 4"
contains "$tmp/live.out" "decision 1 note: answered 4 of 4, hidden"
[ "$elapsed" -lt 15 ] || fail "the watch took $elapsed s to see the new records"

# 2. The same folder, hidden and revealed: the count shows, the bars only after the reveal.
#    Two DV records are fewer than 3: the roles are pooled, so no DV (striped amber) bar appears.
"$casewalk" summary "$tmp/shared" --watch --scenario "$case_file" --screenshot "$tmp/hidden.bmp" >"$tmp/h.out"
contains "$tmp/h.out" "decision 2 plan: answered 4 of 4, hidden"
"$casewalk" summary "$tmp/shared" --watch --reveal --scenario "$case_file" --screenshot "$tmp/pooled.bmp" >"$tmp/p.out"
contains "$tmp/p.out" "decision 1 note: answered 4 of 4, revealed"
read -r w h _ < <("$probe" "$tmp/hidden.bmp" 8A4B08)
[ "$w $h" = "1100 760" ] || fail "screenshot size $w x $h"
read -r _ _ pooled_dv < <("$probe" "$tmp/pooled.bmp" 8A4B08)
[ "$pooled_dv" -eq 0 ] || fail "a DV group of 2 was broken out ($pooled_dv pixels)"
read -r _ _ pooled_grey < <("$probe" "$tmp/pooled.bmp" 4A4A4A)
read -r _ _ hidden_grey < <("$probe" "$tmp/hidden.bmp" 4A4A4A)
[ "$pooled_grey" -gt $((hidden_grey + 500)) ] || fail "no pooled bars after the reveal ($hidden_grey → $pooled_grey)"

# 3. Six records (three per role): broken out by role once revealed, with M given.
cp "$tmp/staging/c3.jsonl" "$tmp/staging/d3.jsonl" "$tmp/shared/"
"$casewalk" summary "$tmp/shared" --watch --reveal --scenario "$case_file" --screenshot "$tmp/split.bmp" >"$tmp/s.out"
contains "$tmp/s.out" "decision 1 note: answered 6 of 6, revealed"
read -r _ _ split_dv < <("$probe" "$tmp/split.bmp" 8A4B08)
[ "$split_dv" -gt 1000 ] || fail "the DV group of 3 was not broken out ($split_dv pixels)"

# 4. Usage: --expect without --watch, --watch with --html.
status=0; "$casewalk" summary "$tmp/shared" --expect 3 2>/dev/null || status=$?
[ "$status" -eq 2 ] || fail "--expect without --watch: status $status"
status=0; "$casewalk" summary "$tmp/shared" --watch --html "$tmp/x.html" 2>/dev/null || status=$?
[ "$status" -eq 2 ] || fail "--watch with --html: status $status"
echo "watch.sh: all checks passed"
