#!/bin/bash
# docs.sh — docs/facilitator/ID.md is `casewalk guide ID --markdown` for every shipped scenario:
# a committed guide that differs from the generator is out of date (tools/facilitator-docs).
casewalk=$1
src=$2
. "$src/tests/lib.sh"
for file in "$src"/scenarios/*.lua; do
    id=$(basename "$file" .lua)
    doc="$src/docs/facilitator/$id.md"
    if [ ! -f "$doc" ]; then bad "$id: docs/facilitator/$id.md is missing (run tools/facilitator-docs)"; continue; fi
    if diff -u "$doc" <("$casewalk" guide "$file" --markdown) >/dev/null; then ok
    else bad "$id: docs/facilitator/$id.md is out of date (run tools/facilitator-docs)"; fi
done
for doc in "$src"/docs/facilitator/*.md; do
    id=$(basename "$doc" .md)
    [ -f "$src/scenarios/$id.lua" ] && ok || bad "docs/facilitator/$id.md has no scenario"
done
finish guide_docs
