#!/usr/bin/env bash
# audit.sh CASEWALK TESTS_DIR — `casewalk check`'s guessability audit on small fixtures, each with
# one planted cue (tests/fixtures/audit/*.lua), and on a clean one; --strict and --json; and
# `check --library`'s list of acts rated differently across scenarios.
set -u
bin=$1
tests=$2
fixtures=$tests/fixtures/audit
. "$tests/lib.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# The word model learns from the two library fixtures only, never from the shipped scenarios.
export CASEWALK_SCENARIOS=$fixtures/library

# audit FIXTURE: the fixture's check --json, in $tmp/FIXTURE.json.
audit() {
    "$bin" check --json "$fixtures/$1.lua" >"$tmp/$1.json" 2>"$tmp/$1.err"
    local status=$?
    if [ "$status" = 0 ]; then ok; else bad "$1: check --json exit $status: $(head -3 "$tmp/$1.err")"; fi
}
# field FIXTURE ROLE STRATEGY KEY: one value of one strategy's row.
field() {
    jq -r --arg r "$2" --arg s "$3" --arg k "$4" \
        '.scenarios[0].audit.roles[] | select(.role == $r) | .strategies[] | select(.strategy == $s) | .[$k]' \
        "$tmp/$1.json"
}

# Each planted cue is found by the strategy it fools, for both roles.
for planted in longest:longest shortest:shortest first:first last:last scene-words:scene_words \
    absolutes:no_absolutes word-model:word_model; do
    fixture=${planted%%:*} strategy=${planted#*:}
    audit "$fixture"
    for role in cps dv; do
        expect_eq "$(field "$fixture" $role "$strategy" beats_chance)" "true" "$fixture: $strategy beats chance ($role)"
        expect_eq "$(field "$fixture" $role "$strategy" rate)" "1" "$fixture: $strategy picks every recommended ($role)"
        expect_eq "$(field "$fixture" $role "$strategy" decisions)" "4" "$fixture: $strategy played 4 decisions ($role)"
        expect_eq "$(field "$fixture" $role "$strategy" reaches_positive)" "true" "$fixture: $strategy wins ($role)"
    done
    expect_in "$(jq -r '.scenarios[0].audit.warnings[]' "$tmp/$fixture.json")" \
        "audit: role 'cps': $(field "$fixture" cps "$strategy" label) picks a recommended choice at 100% of its 4 decisions, against 33% by chance" \
        "$fixture: warning names the strategy and the figures"
done
# Chance is 1 in 3 at every decision; a tie counts its share (the longest rule ties everywhere in
# the first-written fixture, where all texts are the same length).
expect_eq "$(field first cps longest rate)" "$(field first cps longest chance)" "a full tie scores chance"
expect_eq "$(field first cps longest chance)" "0.3333333333333333" "chance: 1 in 3"
expect_eq "$(field longest cps shortest rate)" "0" "the shortest never picks the longest"

# The word model learned from the library, leaving the scenario itself out.
expect_eq "$(jq -r '.scenarios[0].audit.library' "$tmp/word-model.json")" "2" "word model: two other scenarios"
"$bin" check --json "$fixtures/library/lib-a.lua" >"$tmp/lib-a.json"
expect_eq "$(jq -r '.scenarios[0].audit.library' "$tmp/lib-a.json")" "1" "leave one out: lib-a learns from lib-b only"

# Words and phrases only recommended choices use (in at least 3 of them).
audit phrases
expect_eq "$(jq -r '.scenarios[0].audit.only_in_recommended | map(.text + ":" + (.choices | tostring)) | join(",")' \
    "$tmp/phrases.json")" "three-way:3" "phrases: three-way, in 3 recommended choices"
expect_eq "$(jq -r '[.scenarios[0].audit.roles[].strategies[] | select(.beats_chance)] | length' "$tmp/phrases.json")" \
    "0" "phrases: no strategy beats chance"

# A strategy that reaches the positive ending warns even when it does not beat chance.
audit positive
for role in cps dv; do
    expect_eq "$(field positive $role first reaches_positive)" "true" "positive: first written wins ($role)"
    expect_eq "$(field positive $role first beats_chance)" "false" "positive: first written is at chance ($role)"
done
expect_in "$(jq -r '.scenarios[0].audit.warnings[]' "$tmp/positive.json")" \
    "audit: role 'dv': always the first written reaches the positive ending 'win'" "positive: warning names the ending"

# The clean fixture: nothing to say, also under --strict.
audit clean
expect_eq "$(jq -r '.scenarios[0].audit.warnings | length' "$tmp/clean.json")" "0" "clean: no warning"
expect_eq "$(jq -r '[.scenarios[0].audit.roles[].strategies[] | select(.played | not)] | length' "$tmp/clean.json")" \
    "0" "clean: every strategy played"
expect_status 0 "clean --strict" -- "$bin" check --strict "$fixtures/clean.lua"
expect_eq "$out" "" "clean: check prints nothing"
expect_status 0 "clean --audit" -- "$bin" check --audit "$fixtures/clean.lua"
expect_in "$out" "    always the longest choice               33%     33%          4   lose (negative)" "the table on request"

# Warnings print as FILE: audit: lines with the table; only --strict fails on them.
expect_status 0 "warnings without --strict" -- "$bin" check "$fixtures/longest.lua"
expect_in "$out" "$fixtures/longest.lua: audit: role 'cps': always the longest choice reaches the positive ending 'win'" \
    "warning line"
expect_in "$out" "guessability audit" "table printed with warnings"
expect_status 1 "--strict fails on a warning" -- "$bin" check --strict "$fixtures/longest.lua"
expect_status 1 "--strict fails on a phrase" -- "$bin" check --strict "$fixtures/phrases.lua"
expect_status 1 "--strict: one flawed file among clean ones" -- "$bin" check --strict "$fixtures/clean.lua" "$fixtures/last.lua"
# A file with findings is not audited, and fails with or without --strict.
expect_status 1 "findings fail" -- "$bin" check "$tests/fixtures/dead-end.lua"
case "$out" in *"audit:"*) bad "a file with findings was audited" ;; *) ok ;; esac

# check --library: one act and tag, rated differently in two scenarios; the same act rated the same
# way everywhere is not listed.
expect_status 0 "library" -- "$bin" check --library "$fixtures/acts/acts-a.lua" "$fixtures/acts/acts-b.lua"
expect_in "$out" "act 'flat_refusal' with tag 'collaboration' is rated differently across scenarios: acceptable at $fixtures/acts/acts-b.lua:" \
    "library: the acceptable use"
expect_in "$out" "concerning at $fixtures/acts/acts-a.lua:" "library: the concerning use"
expect_in "$out" "(scene 'd1', choice 'd1_3')" "library: scene and choice named"
case "$out" in *three_way_offer*) bad "an act rated the same everywhere was listed" ;; *) ok ;; esac
expect_status 1 "library --strict" -- "$bin" check --library --strict "$fixtures/acts/acts-a.lua" "$fixtures/acts/acts-b.lua"
"$bin" check --library --json "$fixtures/acts/acts-a.lua" "$fixtures/acts/acts-b.lua" >"$tmp/acts.json"
expect_eq "$(jq -r '.library | length' "$tmp/acts.json")" "1" "library --json: one inconsistency"
# Without files, --library takes every installed scenario: here the two library fixtures.
expect_status 0 "library of installed" -- "$bin" check --library --json
expect_eq "$(echo "$out" | jq -r '.scenarios | length')" "2" "library of installed: both scenarios"

finish audit
