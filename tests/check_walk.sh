#!/usr/bin/env bash
# check_walk.sh — `casewalk check`'s walk keeps a rubric's result for the states that agree on what
# the rubric can see, and for no other: a score that depends on a state variable or on math.random
# must still lead to every ending it can lead to; a rubric's undeclared read is reported on its line.
# Views and routes are kept alike: texts and routes that read a variable are judged in each of its
# values. A move to a point already explored, or to an ending already shown, still has its own result
# (a rubric's or a choice's feedback) checked, and an ending reached again still counts its path.
# Two states are one point only when every value is equal, however their values would read as text.
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

f=$walk/view-reads.lua
expect_status 1 "check view-reads" -- "$bin" check --stats "$f"
line=$(($(grep -n 'id = "hub"' "$f" | cut -d: -f1) - 1)) # the line of its 'scene {'
expect_in "$out" "$f:$line: scene 'hub' (as played): the text holds control character U+001B" \
    "a text that holds a control character only while flag is set is reported"
expect_in "$out" "$f:$line: scene 'hub' (as played): a choice's text holds control character U+0007" \
    "a choice's text that holds one only while flag is unset is reported"
for role in cps dv; do
    expect_eq "$(echo "$out" | grep -c "^$f: role $role: 7 states, 2 endings reachable")" "1" \
        "view-reads: role $role reaches the ending of each value of flag"
done

f=$walk/result-again.lua
expect_status 1 "check result-again" -- "$bin" check --stats "$f"
line=$(($(grep -n 'id = "draft"' "$f" | cut -d: -f1) - 1))
expect_in "$out" "$f:$line: scene 'draft' (as played): the feedback holds control character U+001B" \
    "a rubric's feedback is checked when its draft leads to a point already explored"
expect_in "$out" "$f:$line: scene 'draft' (as played): a flagged phrase holds control character U+0007" \
    "... and so is a flagged phrase"
for role in cps dv; do
    expect_eq "$(echo "$out" | grep -c "^$f: role $role: 2 states, 1 endings reachable")" "1" \
        "result-again: role $role explores the point after the draft once"
done

f=$walk/ending-again.lua
expect_status 1 "check ending-again" -- "$bin" check --stats "$f"
line=$(($(grep -n 'id = "draft"' "$f" | cut -d: -f1) - 1))
expect_in "$out" "$f:$line: scene 'draft' (as played): the feedback holds control character U+001B" \
    "a rubric's feedback is checked when its draft leads to an ending already shown in that state"
for role in cps dv; do
    expect_eq "$(echo "$out" | grep -c "^$f: role $role: 2 states, 1 endings reachable, 1 to 2 decisions")" "1" \
        "ending-again: role $role counts both the short and the long way to the ending"
done

f=$walk/state-keys.lua
expect_status 0 "check state-keys" -- "$bin" check --stats "$f"
for role in cps dv; do
    expect_eq "$(echo "$out" | grep -c "^$f: role $role: 5 states, 3 endings reachable")" "1" \
        "state-keys: role $role tells apart states whose values read alike once joined or rounded"
done

finish check_walk
