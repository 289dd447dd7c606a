# lib.sh — what the shell tests share: assertions that count, and the closing "N passed, N failed".
passed=0
failed=0

ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAILED: $*" >&2; }

# expect_status WANT DESCRIPTION -- COMMAND...: runs COMMAND, keeps its output in $out.
expect_status() {
    local want=$1 what=$2
    shift 3
    out=$("$@" 2>&1)
    local got=$?
    if [ "$got" = "$want" ]; then ok; else bad "$what: exit $got, wanted $want"; echo "$out" | tail -5 >&2; fi
}

# expect_in TEXT NEEDLE DESCRIPTION
expect_in() {
    case "$1" in *"$2"*) ok ;; *) bad "$3: '$2' not found"; echo "$1" | tail -8 >&2 ;; esac
}

expect_eq() {
    if [ "$1" = "$2" ]; then ok; else bad "$3: got '$1', wanted '$2'"; fi
}

finish() {
    echo "$1: $passed passed, $failed failed"
    [ "$failed" -eq 0 ]
}

# shown_at CASEWALK SCENARIO ROLE SEED TEXT: the number at which a session with this seed lists the
# first scene's choice TEXT (choice order is drawn per session), for tests that type a number.
shown_at() {
    local peek
    peek=$(mktemp -d)
    printf '\n\n' | "$1" play "$2" --role "$3" --seed "$4" --records "$peek" 2>/dev/null |
        sed -n "s/^ *\([0-9][0-9]*\)\. $5\$/\1/p" | head -1
    rm -rf "$peek"
}
