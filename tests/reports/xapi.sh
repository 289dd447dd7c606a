#!/usr/bin/env bash
# xapi.sh CASEWALK RECORDS_DIR XAPI_DIR — exports the test records as xAPI, checks that a second
# export is byte-identical, and validates the statements with an independent validator installed
# from the npm registry by `npm ci` against tests/xapi/package-lock.json (tools/quickstart test
# installs node and npm).
set -euo pipefail
casewalk=$1
records=$2
xapi_dir=$3
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "node and npm are needed for the independent xAPI validator (tools/quickstart test installs them)"
    exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$xapi_dir/package.json" "$xapi_dir/package-lock.json" "$xapi_dir/validate.js" "$work/"
(cd "$work" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null)

home=https://training.example.org
sources=("$records/debrief" "$records/small" "$records/workshop" "$records/group/torn-t1.jsonl")
"$casewalk" xapi "${sources[@]}" --homepage "$home" --out "$work/first.json" 2>/dev/null
"$casewalk" xapi "${sources[@]}" --homepage "$home" --out "$work/second.json" 2>/dev/null
"$casewalk" xapi "${sources[@]}" --homepage "$home" > "$work/stdout.json" 2>/dev/null
cmp "$work/first.json" "$work/second.json"
cmp "$work/first.json" "$work/stdout.json"
[ "$(stat -c %a "$work/first.json")" = 600 ]
(cd "$work" && node validate.js first.json "$home")

# The workshop is a Group actor named by the workshop; the default home page applies without --homepage.
grep -q '"objectType":"Group","account":{"homePage":"https://training.example.org","name":"Tuesday workshop"}' \
    "$work/first.json"
"$casewalk" xapi "$records/debrief" > "$work/default.json" 2>/dev/null
(cd "$work" && node validate.js default.json https://casewalk.example)

# A malformed record: exit 1, a message naming the file and line, and no file written.
if "$casewalk" xapi "$records/group/malformed.jsonl" --out "$work/bad.json" 2>"$work/err.txt"; then
    echo "a malformed record was exported"; exit 1
fi
grep -q "malformed.jsonl:3: not valid JSON" "$work/err.txt"
[ ! -e "$work/bad.json" ]
[ -z "$(ls "$work" | grep 'bad.json')" ]
echo "xapi: ok"
