#!/usr/bin/env bash
# smoke.sh — each benchmark in tools/ runs on a tiny input and prints its figures: bench_vs_ink
# (30 scenes, 0.2 s; inkjs only where tools/bench_vs_ink installed it in this build folder before),
# bench_story, bench_records, bench_engine and bench_summary. The figures themselves are not
# checked (too noisy for a test); what they are made of is.
# Usage: smoke.sh SOURCE_DIR BUILD_DIR
here=$(cd "$(dirname "$0")/.." && pwd)
. "$here/lib.sh"
src=$1 build=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The generator writes the same story in both formats: 30 scenes, 3 choices each, one condition each.
expect_status 0 "bench_story_gen" -- "$build/bench_story_gen" 3 10 "$tmp/s.lua" "$tmp/s.ink"
expect_eq "$(jq .scenes <<<"$out")" 30 "scenes generated"
chars=$(jq .text_chars_per_scene <<<"$out")
[ "$chars" -ge 300 ] && [ "$chars" -le 360 ] && ok || bad "text per scene: $chars characters, wanted about 330"
expect_eq "$(grep -c '^    scene {' "$tmp/s.lua")" 30 "scenes in the Lua file"
expect_eq "$(grep -c '^=== s' "$tmp/s.ink")" 30 "knots in the ink file"
expect_eq "$(grep -c 'choice { id' "$tmp/s.lua")" 90 "choices in the Lua file"
expect_eq "$(grep -c '^+ ' "$tmp/s.ink")" 90 "choices in the ink file"
expect_eq "$(grep -c 'when = function' "$tmp/s.lua")" 30 "conditions in the Lua file"
expect_eq "$(grep -c '^+ {trust >= 1}' "$tmp/s.ink")" 30 "conditions in the ink file"

# casewalk's side: every playthrough makes one decision per layer; a file it refuses is a row.
expect_status 0 "bench_story" -- "$build/bench_story" "$tmp/s.lua" 0.2 7 2
expect_eq "$(jq '.loads_ms | length' <<<"$out")" 2 "loads timed"
expect_eq "$(jq '[.loads_cpu_ms[] | select(. > 0)] | length' <<<"$out")" 2 "loads timed by CPU too"
expect_eq "$(jq '.decisions == 3 * .playthroughs and .decisions > 0' <<<"$out")" true "3 decisions per playthrough"
expect_eq "$(jq '.cpu_seconds > 0 and .decisions_per_cpu_s > 0' <<<"$out")" true "playthroughs timed by CPU"
echo 'return 1' >"$tmp/bad.lua"
expect_status 1 "bench_story on a file casewalk refuses" -- "$build/bench_story" "$tmp/bad.lua" 0.2
expect_in "$(jq -r .refused <<<"$out")" "bad.lua" "the refusal names the file"

expect_status 0 "bench_vs_ink" -- "$src/tools/bench_vs_ink" --build "$build" --sizes 30 --layers 3 \
  --seconds 0.2 --rounds 2 --ink-if-installed --work "$tmp/vs"
expect_in "$out" "== 30 scenes (3 x 10" "bench_vs_ink: the size row"
expect_in "$out" "decisions/s (median)     casewalk" "bench_vs_ink: casewalk's decisions"
expect_in "$out" "load, CPU ms (median)    casewalk" "bench_vs_ink: casewalk's load by CPU"
expect_in "$out" "decisions/CPU s (median) casewalk" "bench_vs_ink: casewalk's decisions by CPU"
if [ -d "$build/bench-ink/node_modules/inkjs" ]; then
  expect_in "$out" "ink compile" "bench_vs_ink: ink's compile time"
  ratios=$(grep -c 'casewalk/inkjs [0-9.]* / [0-9.]* / [0-9.]*$' <<<"$out")
  expect_eq "$ratios" 4 "bench_vs_ink: load and decision ratios (wall clock, CPU)"
  expect_status 0 "bench_ink plays 3 decisions per playthrough" -- \
    bash -c "cd '$build/bench-ink' && node bench_ink.js play '$tmp/vs/story-30.json' 0.2 3 1"
  expect_eq "$(jq '.decisions == 3 * .playthroughs and .decisions > 0' <<<"$out")" true "ink: 3 decisions per playthrough"
else
  echo "smoke: inkjs is not installed in $build/bench-ink (tools/bench_vs_ink installs it); ink side not run"
fi

expect_status 0 "bench_records" -- "$build/bench_records" --rounds 2 --decisions 4 --dir "$tmp/records"
expect_in "$out" "whole decision / floor:" "bench_records: the whole decision's ratio"
expect_in "$out" "the record's cost / floor:" "bench_records: the record's own ratio"
bytes=$(sed -n 's/^record bytes per decision: median //p' <<<"$out")
[ "${bytes:-0}" -gt 100 ] && ok || bad "bench_records: $bytes bytes per decision"
# the twin without a record writes nothing; the floor follows each session twice (after the
# recorded decision and after its twin)
expect_eq "$(find "$tmp/records/floor" -name '*.jsonl' | wc -l)" \
  "$(( 2 * $(find "$tmp/records/casewalk" -name '*.jsonl' | wc -l) ))" "bench_records: two floor files per session"

# --pause waits before each of the four timed parts: 8 decisions x 4 x 25 ms is at least 0.8 s
started=$(date +%s%N)
expect_status 0 "bench_records --pause" -- "$build/bench_records" --rounds 2 --decisions 4 --pause 25 --dir "$tmp/paused"
expect_in "$out" "25 ms before each timed part" "bench_records: the pause is named"
[ $(( ($(date +%s%N) - started) / 1000000 )) -ge 800 ] && ok || bad "bench_records: --pause 25 did not wait"
expect_status 2 "bench_records --pause -1" -- "$build/bench_records" --pause -1
expect_in "$out" "usage: bench_records" "bench_records: a negative pause is refused"

# the records are closed whole, without the spaces their writer kept ahead of their lines
for f in "$tmp"/records/casewalk/*.jsonl; do
  [ "$(tail -c 1 "$f" | od -An -c | tr -d ' ')" = '\n' ] && jq -e . "$f" >/dev/null && ok || bad "bench_records: $f is not whole lines"
done
# --floor in-place writes over spaces written ahead: each floor file keeps its 4 MiB, lines first
expect_status 0 "bench_records --floor in-place" -- "$build/bench_records" --rounds 1 --decisions 4 --floor in-place \
  --dir "$tmp/in-place"
expect_in "$out" "written in place over spaces written ahead" "bench_records: the in-place floor is named"
first=$(find "$tmp/in-place/floor" -name '*.jsonl' | head -n 1)
expect_eq "$(stat -c %s "$first")|$(head -c 1 "$first")" "4194304|x" "bench_records: the in-place floor writes over its spaces"
expect_status 2 "bench_records --floor sideways" -- "$build/bench_records" --floor sideways
expect_in "$out" "usage: bench_records" "bench_records: an unknown floor is refused"

expect_status 0 "bench_engine" -- "$build/bench_engine" "$src/scenarios/night-call.lua" 2 "$tmp/engine"
expect_in "$out" "decision, recorded with fdatasync" "bench_engine: recorded decisions"

shm=$( [ -w /dev/shm ] && echo /dev/shm || echo "$tmp")
summary_dir=$(mktemp -d -p "$shm")
expect_status 0 "bench_summary" -- "$build/bench_summary" "$build/casewalk" --records 10 --runs 1 --dir "$summary_dir"
expect_in "$out" "summary / floor:" "bench_summary: the ratio to its floor"
lines=$(sed -n 's/^\([0-9]*\) lines parsed.*/\1/p' "$summary_dir/out/floor.txt" 2>/dev/null)
[ "${lines:-0}" -gt 10 ] && ok || bad "bench_summary: the floor parsed ${lines:-no} lines"
rm -rf "$summary_dir"

finish "bench smoke"
