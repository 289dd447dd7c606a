#!/usr/bin/env bash
# limits.sh — the budgets an author can raise (docs/scenario-format.md, "Limits"): a generated
# story of 10,000 scenes and about 10 MiB loads and plays within the defaults; a budget it passes
# is named in the message and raised with --limit NAME=VALUE; bad --limit values are usage errors.
set -u
bin=$1
tests=$2
fixtures=$tests/fixtures
. "$tests/lib.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export CASEWALK_SCENARIOS=$tests/../scenarios
# Loading time is not what this tests: a sanitizer build on a busy machine must not trip it.
export CASEWALK_SCENARIO_TIME_MS=60000

# layers × width scenes: each scene's three choices lead into the next layer, the last layer ends.
generate() {
    awk -v layers="$1" -v width="$2" 'BEGIN {
        text = "The caseworker and the advocate meet at the kitchen table while the children play outside; "
        text = text "the mother explains what happened last night and what she fears may happen next, and both "
        text = text "of them listen carefully before anyone decides what to do. Trust so far: ${trust}."
        print "return scenario { id = \"generated\", title = \"Generated\", version = \"1\","
        print " summary = \"Generated.\", minutes = 5, start = \"s0_0\","
        print " roles = { role { id = \"cps\", name = \"CPS\" }, role { id = \"dv\", name = \"DV\" } },"
        print " state = { trust = 0, risk = 0, flag = false }, scenes = {"
        for (l = 0; l < layers; l++)
            for (w = 0; w < width; w++) {
                if (l == layers - 1) {
                    printf "  ending { id = \"s%d_%d\", title = \"End\", classification = \"mixed\", text = \"%s\" },\n", l, w, text
                    continue
                }
                printf "  scene { id = \"s%d_%d\", phase = \"visit\", text = \"%s\", choices = {\n", l, w, text
                for (c = 0; c < 3; c++) {
                    effect = c == 0 ? "add = { trust = 1 }" : c == 1 ? "add = { risk = 1 }" : "set = { flag = true }"
                    when = c == 2 ? " when = function(s) return s.trust >= 1 end," : ""
                    printf "    choice { id = \"c%d\", text = \"Option %d.\", %s,%s go = \"s%d_%d\",", c, c, effect, when, l + 1, (w + c) % width
                    printf " rating = \"acceptable\", feedback = \"F.\", rationale = \"R.\", tags = { \"collaboration\" } },\n"
                }
                print "  } },"
            }
        print " },"
        print "}"
    }'
}
generate 100 100 >"$tmp/big.lua"
size=$(wc -c <"$tmp/big.lua")
if [ "$size" -gt $((8 * 1024 * 1024)) ]; then ok; else bad "the generated story is only $size bytes"; fi

expect_status 0 "10,000 scenes within the defaults" -- "$bin" check --random 3 "$tmp/big.lua"
expect_in "$out" "3 random playthroughs per role" "10,000 scenes play"
expect_in "$out" "of 9900 reached" "every scene is counted"
expect_in "$out" "endings  " "endings are counted"
expect_in "$out" "594 decisions" "each playthrough walks all 99 layers"

# A budget passed is named, with how to raise it; raised, the story loads.
expect_status 1 "scenes over the limit" -- "$bin" check --limit scenes=9999 --random 1 "$tmp/big.lua"
expect_in "$out" "scenes has more than 9999 items (raise it with --limit scenes=N)" "the scenes limit is named"
expect_status 1 "model over the limit" -- "$bin" check --random 1 --limit model-mib=2 "$tmp/big.lua"
expect_in "$out" "more than 2 MiB of text and lists" "the model limit is named"
expect_status 1 "memory over the limit" -- "$bin" check --random 1 --limit memory-mib=8 "$tmp/big.lua"
expect_in "$out" "more than 8 MiB of memory" "the memory limit is named"
{ cat "$tmp/big.lua"; head -c $((17 * 1024 * 1024)) /dev/zero | tr '\0' '-'; echo; } >"$tmp/huge.lua"
expect_status 1 "a file over 16 MiB" -- "$bin" check --random 1 "$tmp/huge.lua"
expect_in "$out" "larger than 16 MiB" "the file limit is named"
expect_in "$out" "--limit file-mib=N" "the message says how to raise it"
expect_status 0 "a file over 16 MiB, raised" -- "$bin" check --limit file-mib=40 --random 1 "$tmp/huge.lua"
expect_status 1 "the full check obeys --limit too" -- "$bin" check --limit scenes=2 "$fixtures/small-example.lua"
expect_in "$out" "more than 2 items" "check names the scenes limit"

# Bad --limit values are usage errors, for any command.
expect_status 2 "unknown limit" -- "$bin" check --limit nope=3 "$fixtures/small-example.lua"
expect_in "$out" "unknown limit 'nope'" "the unknown name is shown"
expect_status 2 "zero" -- "$bin" check --limit scenes=0 "$fixtures/small-example.lua"
expect_in "$out" "--limit scenes needs a whole number from 1 to" "the range is shown"
expect_status 2 "no value" -- "$bin" check --limit scenes "$fixtures/small-example.lua"
expect_status 2 "not a number" -- "$bin" check --limit file-mib=lots "$fixtures/small-example.lua"
expect_status 2 "--limit last" -- "$bin" play --limit
finish limits
