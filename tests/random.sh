#!/usr/bin/env bash
# random.sh — `casewalk check --random N [--seed S]`: coverage of seeded random playthroughs (a
# choice behind a condition no path makes true is listed as never taken), the same seed giving
# the same counts, --json, and the usage errors.
set -u
bin=$1
tests=$2
fixtures=$tests/fixtures
. "$tests/lib.sh"
export CASEWALK_SCENARIOS=$tests/../scenarios
story=$fixtures/random-coverage.lua

expect_status 0 "random run" -- "$bin" check --random 50 "$story"
expect_in "$out" "50 random playthroughs per role (seed 1, 2 roles)" "totals line"
expect_in "$out" "decisions/s" "totals line gives the speed"
# 50 playthroughs for each of 2 roles, each one decision at 'door' and then an ending.
expect_in "$out" "scenes   1 of 2 reached (each 100 times)" "the start scene is reached by every playthrough"
expect_in "$out" "100 decisions" "one decision per playthrough"
expect_in "$out" "endings  2 of 3 reached" "two of the endings are reachable"
expect_in "$out" "choices  2 of 4 taken" "the choice behind the false condition is not taken"
expect_in "$out" "never taken: choice 'secret' in scene 'door'" "the conditional choice is listed"
expect_in "$out" "never reached: scene 'hidden'" "the scene only it leads to is listed"
expect_in "$out" "never reached: ending 'end_c'" "the ending behind it is listed"
case "$out" in *"choice 'left'"* | *"choice 'right'"*) bad "a choice that was taken is listed" ;; *) ok ;; esac

# The same seed gives the same counts; another seed other counts (left and right are drawn).
counts() { "$bin" check --random 40 --seed "$1" --json "$story" | grep -v -e '"seconds"' -e '"decisions_per_second"'; }
first=$(counts 7)
expect_eq "$(counts 7)" "$first" "the same seed gives the same counts"
if [ "$(counts 8)" != "$first" ]; then ok; else bad "another seed gave the very same counts"; fi
expect_in "$first" '"never_reached"' "--json has the never-reached items"
expect_in "$first" '"id":	"secret"' "--json names the choice never taken"
expect_in "$first" '"seed":	"7"' "--json gives the seed"

# A playthrough that fails makes the run fail, with the scenario's message.
expect_status 1 "a dead end" -- "$bin" check --random 5 "$fixtures/dead-end.lua"
expect_in "$out" "dead end" "the failure is shown"
expect_in "$out" "playthroughs stopped on an error" "the failures are counted"

# Usage errors: no count, zero, negative, not a number, a seed without --random, no scenario.
expect_status 2 "--random 0" -- "$bin" check --random 0 "$story"
expect_in "$out" "--random needs a number of playthroughs" "--random 0 says why"
expect_status 2 "--random -3" -- "$bin" check --random -3 "$story"
expect_status 2 "--random many" -- "$bin" check --random many "$story"
expect_status 2 "--random 5x" -- "$bin" check --random 5x "$story"
expect_status 2 "--random with no value" -- "$bin" check "$story" --random
expect_status 2 "--seed without --random" -- "$bin" check --seed 3 "$story"
expect_status 2 "--seed not a number" -- "$bin" check --random 3 --seed x "$story"
expect_status 2 "--random with no scenario" -- "$bin" check --random 3
finish random
