#!/usr/bin/env bash
# long_words.sh CASEWALK FIXTURE — figures with very long words: a choice text of two 1,000-byte
# tokens (300 four-byte characters, then 1,100 letters) and an ending title of 300 characters,
# through `casewalk summary --html` and `casewalk debrief --html`. The pages must be clean UTF-8
# with no NUL, each figure line must be the text put in (broken at the figure's width), and, where
# valgrind is at hand (and the build is not sanitized), no uninitialized byte may reach the output.
set -uo pipefail
casewalk=$1
fixture=$2
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../lib.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

repeat() { local out="" i; for ((i = 0; i < $2; i++)); do out+=$1; done; printf '%s' "$out"; }
faces=$(repeat '😀' 300)
letters=$(repeat a 1100)
sed -e "s|Call Ms. Reyes to arrange a safe time and place to talk.|$faces $letters tail|" \
    -e "s|title = \"Home, with a plan\"|title = \"$faces\"|" "$fixture" > "$work/long.lua"
expect_status 0 "a session of the long-word scenario" -- \
    "$casewalk" play "$work/long.lua" --records "$work/rec" --role cps --trainee lw --seed 7 --choose '1,1,1+2'
record=$(ls "$work"/rec/*.jsonl)

run=()
# valgrind cannot run a program built with AddressSanitizer (which finds overflows itself)
if command -v valgrind >/dev/null && ! grep -qa __asan_init "$casewalk"; then
    run=(valgrind -q --track-origins=yes --error-exitcode=99)
fi
expect_status 0 "summary page of long words" -- \
    "${run[@]}" "$casewalk" summary "$work/rec" --scenario "$work/long.lua" --html "$work/summary.html"
expect_status 0 "debrief page of long words" -- \
    "${run[@]}" "$casewalk" debrief "$record" --scenario "$work/long.lua" --html "$work/debrief.html"

face96=$(repeat '😀' 96)
face24=$(repeat '😀' 24)
for page in summary debrief; do
    file=$work/$page.html
    if iconv -f UTF-8 -t UTF-8 "$file" >/dev/null 2>&1; then ok; else bad "$page page is not valid UTF-8"; fi
    nuls=$(tr -cd '\000' < "$file" | wc -c)
    expect_eq "$nuls" 0 "NUL bytes in the $page page"
done
# The choice's words in the summary's figure: two lines of 96 faces, the second cut with "…".
lines=$(grep -o '<tspan x="18" dy="[0-9]*">[^<]*</tspan>' "$work/summary.html" | head -2 |
        sed 's/<[^>]*>//g' | tr '\n' '|')
expect_eq "$lines" "$face96|$face96…|" "the long choice in the summary figure"
# The ending title on the debrief's map: two lines of 24 faces (MAP_ENDING_CHARS), cut.
title=$(grep -o '<tspan x="[0-9]*" dy="[0-9]*">[^<]*</tspan>' "$work/debrief.html" | grep -m2 '😀' |
        sed 's/<[^>]*>//g' | tr '\n' '|')
expect_eq "$title" "$face24|$face24…|" "the long ending title on the debrief map"
finish long_words
