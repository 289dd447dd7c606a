#!/bin/bash
# drafts.sh — the phones' drafts on the facilitator's console: six phones (3 CPS, 2 DV, 1 other,
# played by curl) go through petition-drafting to its first drafting step, each sends a draft,
# and the reveal prints on standard error how many phones put each clause in their draft, by
# role, with DV and other pooled as on the phones (no row of fewer than 3). The choices before
# it are revealed too: their tally counts the votes the same way.
# Usage: drafts.sh CASEWALK SOURCE_DIR
set -u
casewalk=$1 root=$2
. "$(dirname "$0")/../lib.sh"

work=$(mktemp -d)
trap 'exec 3>&- 2>/dev/null; kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
mkfifo "$work/in"
"$casewalk" workshop "$root/scenarios/petition-drafting.lua" --listen 127.0.0.1:0 --console --records "$work/records" \
    <"$work/in" >"$work/out" 2>"$work/err" &
pid=$!
exec 3>"$work/in"

wait_lines() { # N: until the console has printed N lines
    for _ in $(seq 1 600); do
        [ "$(wc -l <"$work/out")" -ge "$1" ] && return 0
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.05
    done
    return 1
}
wait_lines 1 || { bad "no Join line"; cat "$work/err" >&2; finish drafts; exit 1; }
url=$(sed -n '1s/^Join: //p' "$work/out")
console() { # COMMAND: prints the one line it answers
    local before
    before=$(wc -l <"$work/out")
    echo "$1" >&3
    wait_lines $((before + 1)) || bad "no answer to '$1'"
    sed -n "$((before + 1))p" "$work/out"
}
state() {
    local answer
    for _ in $(seq 1 30); do
        answer=$(curl -s -w '\n%{http_code}' -b "$work/$1" "${url}state?since=0")
        [ "${answer##*$'\n'}" != 429 ] && break
        sleep 0.2
    done
    echo "${answer%$'\n'*}"
}
vote() { # JAR FIELDS...: prints the status
    local jar=$1 s code
    shift
    s=$(state "$jar")
    for _ in $(seq 1 30); do
        code=$(curl -s -o /dev/null -w '%{http_code}' -b "$work/$jar" -H 'Accept: application/json' \
            -d "round=$(echo "$s" | jq .round)" -d "step=$(echo "$s" | jq .step.decision)" "$@" "${url}vote")
        [ "$code" != 429 ] && break
        sleep 0.2
    done
    echo "$code"
}
# the tally the last command printed on standard error
tally_since() { tail -n +$(($1 + 1)) "$work/err"; }

phones="c1:cps c2:cps c3:cps d1:dv d2:dv o1:other"
for who in $phones; do
    code=$(curl -s -o /dev/null -w '%{http_code}' -c "$work/${who%%:*}" --data-urlencode "pseudonym=${who%%:*}-finch" \
        -d "role=${who#*:}" "${url}join")
    expect_eq "$code" 303 "${who%%:*} joins as ${who#*:}"
done
expect_eq "$(console status)" "joined 6 (cps 3, dv 2, other 1); answered 0" "six phones"

drafted=0
for _ in $(seq 1 20); do
    s=$(state c1)
    [ "$(echo "$s" | jq -r .stage)" = voting ] || { bad "no vote open: $(echo "$s" | jq -c '[.stage, .step.kind]')"; break; }
    if [ "$(echo "$s" | jq -r .step.kind)" = choice ]; then
        # CPS vote 1, the others 2: CPS has its row; DV and other are pooled
        for jar in c1 c2 c3; do vote "$jar" -d choice=1 >/dev/null; done
        for jar in d1 d2 o1; do vote "$jar" -d choice=2 >/dev/null; done
        before=$(wc -l <"$work/err")
        expect_eq "$(console reveal)" ok "reveal at decision $(echo "$s" | jq .step.decision)"
        tally=$(tally_since "$before")
        expect_in "$tally" "Votes, round 1: 6 answered" "the console's tally counts the votes"
        expect_eq "$(grep -E '^  [12]\.' <<<"$tally" | tr '\n' '|')" \
            "  1. cps 3, Others (fewer than 3 per role) 0|  2. cps 0, Others (fewer than 3 per role) 3|" \
            "the first two choices' counts: CPS on its own row, DV and other pooled"
        expect_eq "$(console 'decide 1')" ok "decide"
        continue
    fi
    n=$(echo "$s" | jq '.step.clauses | length')
    min=$(echo "$s" | jq '.step.min')
    [ "$min" -ge 1 ] || min=1
    [ "$n" -ge $((min + 1)) ] || { bad "the drafting step has $n clauses, too few for two different drafts"; break; }
    # CPS send clauses 1..min; the others 2..min+1 (so clause 1 is CPS's only, min+1 the others')
    cps=$(seq -s, 1 "$min") others=$(seq -s, 2 $((min + 1)))
    for jar in c1 c2 c3; do expect_eq "$(vote "$jar" -d "clauses=$cps")" 200 "$jar's draft"; done
    for jar in d1 d2 o1; do expect_eq "$(vote "$jar" -d "clauses=$others")" 200 "$jar's draft"; done
    before=$(wc -l <"$work/err")
    expect_eq "$(console status)" "joined 6 (cps 3, dv 2, other 1); answered 6" "six drafts"
    [ "$(tally_since "$before")" = "" ] && ok || bad "the console shows the drafts before the reveal"
    expect_eq "$(console reveal)" ok "reveal at the drafting step"
    tally=$(tally_since "$before")
    expect_in "$tally" "Phones' drafts, round 1: 6 answered; how many put each clause in their draft" "the drafts' tally"
    for k in $(seq 1 "$n"); do
        c=0 o=0
        [ "$k" -le "$min" ] && c=3
        [ "$k" -ge 2 ] && [ "$k" -le $((min + 1)) ] && o=3
        expect_eq "$(grep -E "^  $k\\." <<<"$tally")" "  $k. cps $c, Others (fewer than 3 per role) $o" \
            "clause $k: how many CPS phones and how many others put it in their draft"
    done
    grep -qE '^  [0-9]+\..*\b(dv|other) [0-9]' <<<"$tally" && bad "the tally shows a role of fewer than 3" || ok
    expect_eq "$(console "decide ${cps//,/+}")" ok "the facilitator decides the draft"
    drafted=1
    break
done
expect_eq "$drafted" 1 "the case reached a drafting step"
echo quit >&3
exec 3>&-
wait "$pid"
finish drafts
