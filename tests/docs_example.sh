#!/usr/bin/env bash
# docs_example.sh — the complete example in docs/scenario-format.md is the fixture the tests play,
# word for word, so the documentation cannot drift from what the engine accepts.
set -u
root=$1
. "$root/tests/lib.sh"
from_docs=$(awk '/^```lua$/{if(!done){f=1;next}} /^```$/{if(f){f=0;done=1}} f' "$root/docs/scenario-format.md")
expect_eq "$from_docs" "$(cat "$root/tests/fixtures/small-example.lua")" "docs example equals tests/fixtures/small-example.lua"
finish "docs example"
