#!/usr/bin/env bash
# check_walk.sh — `casewalk check`'s walk keeps a rubric's result for the states that agree on what
# the rubric can see, and for no other: a score that depends on a state variable or on math.random
# must still lead to every ending it can lead to; a rubric's undeclared read is reported on its line.
set -u
bin=$1
tests=$2
walk=$tests/fixtures/walk
. "$tests/lib.sh"
export CASEWALK_SCENARIOS=$tests/../scenarios

for fixture in rubric-reads rubric-random; do
    f=$walk/$fixture.lua
    expect_status 0 "check $fixture" -- "$bin" check --stats "$f"
    for role in cps dv; do
        expect_eq "$(echo "$out" | grep -c "^$f: role $role: [0-9]* states, 2 endings reachable")" "1" \
            "$fixture: role $role reaches both endings"
    done
    expect_eq "$(echo "$out" | grep -c "cannot be reached")" "0" "$fixture: every scene reached"
done

f=$walk/rubric-undeclared.lua
expect_status 1 "check rubric-undeclared" -- "$bin" check "$f"
line=$(grep -n "s.scroe" "$f" | cut -d: -f1)
expect_in "$out" "$f:$line: undeclared state variable 'scroe'" "a rubric's undeclared read names its line"

finish check_walk
