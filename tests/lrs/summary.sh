#!/usr/bin/env bash
# summary.sh CASEWALK — `casewalk summary --lrs` against the fake store (fake_lrs.js): the same
# numbers from the store as from the folder the statements were exported from (whole, in pages of
# 7, cut by --since/--until, with sessions interleaved), and refusals: statements that are not
# valid or of an unknown mapping version, "more" links that loop or never end, 401 and 500,
# a page that is not JSON, a "more" link to another host, plain HTTP to another machine, and
# credentials in the wrong place.
set -uo pipefail
export COLUMNS=1000 # text summaries compared line for line, unwrapped
casewalk=$1
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../lib.sh"
if ! command -v node >/dev/null || ! command -v jq >/dev/null; then
    echo "node and jq are needed (tools/quickstart test installs them)"
    exit 1
fi
work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
    rm -rf "$work"
}
trap cleanup EXIT
export CASEWALK_LRS_AUTH=casewalk-key:s3cret-value

# start_lrs NAME SOURCE...: starts a fake store; its base URL in $lrs, its request log $work/NAME.log.
start_lrs() {
    local name=$1
    shift
    rm -f "$work/$name.port"
    : > "$work/$name.log"
    node "$here/fake_lrs.js" "$work/$name.port" "$CASEWALK_LRS_AUTH" "$work/$name.log" "$@" &
    pids+=($!)
    for _ in $(seq 100); do [ -s "$work/$name.port" ] && break; sleep 0.1; done
    lrs=http://127.0.0.1:$(cat "$work/$name.port")
}

# Scripted sessions of night-call, both roles, answers by id: each path line played by two trainees.
mkdir -p "$work/all" "$work/early" "$work/late" "$work/other"
n=0
while read -r role kind answers ending; do
    for copy in a b; do
        n=$((n + 1))
        dest=$work/late
        [ "$n" -le 10 ] && dest=$work/early
        "$casewalk" play night-call --records "$dest" --role "$role" --trainee "t$n$copy" --seed "$n" \
            --choose "$answers" >/dev/null 2>&1
    done
done < <(grep -E '^(cps|dv) ' "$here/../paths/night-call.paths")
cp "$work"/early/*.jsonl "$work"/late/*.jsonl "$work/all/"
sessions=$(ls "$work/all" | wc -l)
[ "$sessions" -ge 20 ] && ok || bad "only $sessions sessions were recorded"
# sessions of another scenario share the store: the activity query leaves them out
"$casewalk" play information-sharing --records "$work/other" --role cps --trainee o1 --seed 1 \
    --choose "$(grep -E '^cps ' "$here/../paths/information-sharing.paths" | head -1 | awk '{print $3}')" \
    >/dev/null 2>&1
for set in all early late other; do
    "$casewalk" xapi "$work/$set" --out "$work/$set.json" 2>/dev/null || bad "xapi export of $set"
done
statements=$(jq length "$work/all.json")

# same: the summary of a folder and the summary of the store, normalised (normalize.jq) and compared;
# and the choice texts both have, the same.
same() {
    if diff <(jq -S -f "$here/normalize.jq" "$1") <(jq -S -f "$here/normalize.jq" "$2") >"$work/diff.txt"; then
        ok
    else
        bad "$3: the summaries differ"; head -20 "$work/diff.txt" >&2
    fi
    local texts='[.decisions[] | .scene as $s | .choices[] | select(.text != "") | {key: "\($s) \(.id)", value: .text}] | from_entries'
    local clash
    clash=$(jq -n --slurpfile a "$1" --slurpfile b "$2" \
        "(\$a[0] | $texts) as \$x | (\$b[0] | $texts) as \$y | [\$x | keys[] | select(\$y[.] != null and \$y[.] != \$x[.])]")
    expect_eq "$clash" "[]" "$3: the choice texts both summaries show agree"
}
"$casewalk" summary "$work/all" --json "$work/folder.json" >/dev/null 2>&1
"$casewalk" summary "$work/early" --json "$work/folder-early.json" >/dev/null 2>&1
"$casewalk" summary "$work/late" --json "$work/folder-late.json" >/dev/null 2>&1
expect_eq "$(jq .records.used "$work/folder.json")" "$sessions" "the folder summary uses every session"

# 1. The same numbers from the store as from the folder.
start_lrs main "$work/all.json" "$work/other.json"
expect_status 0 "summary from the store" -- "$casewalk" summary --lrs "$lrs/xAPI" --scenario night-call \
    --json "$work/lrs.json" --html "$work/lrs.html"
expect_in "$out" "from the store in" "the store's statements are counted"
same "$work/folder.json" "$work/lrs.json" "whole"
expect_eq "$(jq .records.used "$work/lrs.json")" "$sessions" "every session is used"
expect_eq "$(jq '.set_aside | length' "$work/lrs.json")" 0 "nothing is set aside"
grep -q "Night call" "$work/lrs.html" && ok || bad "the HTML page names the scenario"
"$casewalk" summary --lrs "$lrs/xAPI" --scenario night-call > "$work/lrs.txt" 2>/dev/null
"$casewalk" summary "$work/all" > "$work/folder.txt" 2>/dev/null
expect_eq "$(grep -c . "$work/lrs.txt")" "$(grep -c . "$work/folder.txt")" "the text summary has as many lines"
grep -q "ascending=true" "$work/main.log" && grep -q "related_activities=true" "$work/main.log" && ok ||
    bad "the store is asked in stored order for the scenario and its related statements"
grep -q "^200 /xAPI/statements?activity=https%3A%2F%2Fcasewalk.example%2Fxapi%2Fscenarios%2Fnight-call" \
    "$work/main.log" && ok || bad "the activity asked for is the scenario's IRI"
# the scenario named by its file: that version alone, the same numbers
expect_status 0 "--scenario FILE" -- "$casewalk" summary --lrs "$lrs/xAPI" \
    --scenario "$here/../../scenarios/night-call.lua" --json "$work/lrs-file.json"
same "$work/folder.json" "$work/lrs-file.json" "scenario named by its file"

# 2. Paging: seven statements a page.
: > "$work/main.log"
expect_status 0 "pages of 7" -- "$casewalk" summary --lrs "$lrs/xAPI" --scenario night-call --page-size 7 \
    --json "$work/lrs-7.json"
same "$work/folder.json" "$work/lrs-7.json" "pages of 7"
pages=$(grep -c "^200 " "$work/main.log")
[ "$pages" -ge $((statements * 3 / 4 / 7)) ] && ok || bad "only $pages pages for $statements statements"
grep -q "limit=7" "$work/main.log" && grep -q "more=" "$work/main.log" && ok || bad "limit=7 and more links used"
echo "paging: $statements statements in the folder's export, $pages pages of 7 read"

# Stored times: the early sessions in January, the late ones in February.
start_lrs dated "$work/early.json@2026-01-10T00:00:00.000Z" "$work/late.json@2026-02-10T12:00:00.000Z"
expect_status 0 "--since" -- "$casewalk" summary --lrs "$lrs/xAPI" --scenario night-call --since 2026-02-01 \
    --json "$work/since.json"
same "$work/folder-late.json" "$work/since.json" "--since"
expect_status 0 "--until" -- "$casewalk" summary --lrs "$lrs/xAPI" --scenario night-call \
    --until 2026-01-31T23:59:59Z --json "$work/until.json"
same "$work/folder-early.json" "$work/until.json" "--until"
expect_status 1 "nothing in the time given" -- "$casewalk" summary --lrs "$lrs/xAPI" --scenario night-call \
    --since 2027-01-01
expect_in "$out" "no session" "an empty window says so"

# Sessions interleaved: the early sessions five times over, stored side by side.
start_lrs interleaved "$work/early.json*5"
expect_status 0 "interleaved sessions" -- "$casewalk" summary --lrs "$lrs/xAPI" --scenario night-call \
    --page-size 50 --json "$work/interleaved.json"
early=$(jq .records.used "$work/folder-early.json")
expect_eq "$(jq .records.used "$work/interleaved.json")" $((early * 5)) "five times the sessions"
expect_eq "$(jq '[.decisions[].answered] | add' "$work/interleaved.json")" \
    "$(jq '[.decisions[].answered] | add * 5' "$work/folder-early.json")" "five times the answers"
expect_eq "$(jq -c '[.endings[] | [.id, .count]] | sort' "$work/interleaved.json")" \
    "$(jq -c '[.endings[] | [.id, .count * 5]] | sort' "$work/folder-early.json")" "five times the endings"

# 3. Statements that cannot be used: counted, reported, their sessions set aside with the reason.
answered=$(jq -r '[.[] | select(.verb.id | endswith("/answered")) | .id][0]' "$work/early.json")
session=$(jq -r --arg id "$answered" '.[] | select(.id == $id) | .context.registration' "$work/early.json")
versioned=$(jq -r '[.[] | select(.verb.id | endswith("/answered")) | .id][-1]' "$work/early.json")
jq --arg id "$answered" --arg v "$versioned" '
    map(if .id == $id then .result.response = "no_such_choice"
        elif .id == $v then .context.extensions["https://casewalk.example/xapi/extensions/mapping-version"] = "9\u001b]0;owned\u00079"
        else . end)
    + [{"id": "00000000-0000-4000-8000-000000000001", "actor": {"objectType": "Agent"},
        "verb": {"id": "http://adlnet.gov/expapi/verbs/answered"},
        "object": {"id": "https://casewalk.example/xapi/scenarios/night-call"}},
       {"id": "00000000-0000-4000-8000-000000000002", "actor": {"objectType": "Agent"},
        "verb": {"id": "http://adlnet.gov/expapi/verbs/attempted"},
        "object": {"id": "https://casewalk.example/xapi/scenarios/night-call"},
        "context": {"registration": "00000000-0000-4000-8000-000000000003"}}]' \
    "$work/early.json" > "$work/broken.json"
start_lrs broken "$work/broken.json"
expect_status 0 "statements not valid" -- "$casewalk" summary --lrs "$lrs/xAPI" --scenario night-call \
    --json "$work/broken-summary.json"
expect_in "$out" "1 statements that are not valid, not used (the first: statement 00000000-0000-4000-8000-000000000001: no context.registration" \
    "a statement without a registration is counted"
expect_in "$out" "1 statements of other verbs" "a foreign verb is counted"
expect_in "$out" "1 statements of a mapping version this casewalk does not read" "an unknown version is counted"
expect_in "$out" 'mapping version "9\x1b]0;owned\x079"' "the version is named, shown escaped"
case "$out" in *$'\e'*) bad "a control character from the store reached the terminal" ;; *) ok ;; esac
"$casewalk" summary --lrs "$lrs/xAPI" --scenario night-call > "$work/broken.txt" 2>&1
grep -q $'\e' "$work/broken.txt" && bad "a control character from the store reached the summary text" || ok
expect_eq "$(jq '.set_aside | length' "$work/broken-summary.json")" 2 "two sessions set aside"
expect_in "$(jq -r '.set_aside[] | "\(.file) \(.reason)"' "$work/broken-summary.json")" \
    "$session statement $answered: the response is not among the choices shown" "the reason names the statement"
expect_eq "$(jq .records.used "$work/broken-summary.json")" $((early - 2)) "the other sessions are used"

# 4. Stores that misbehave: each stops with a clear message, in bounded time.
start_lrs bad "$work/all.json"
expect_status 1 "a more loop" -- timeout 60 "$casewalk" summary --lrs "$lrs/loop/xAPI" --scenario night-call \
    --page-size 7
expect_in "$out" "lead back to a page already read" "a loop is seen"
expect_status 1 "endless empty pages" -- timeout 60 "$casewalk" summary --lrs "$lrs/endless/xAPI" \
    --scenario night-call
expect_in "$out" "keep giving empty pages" "endless pages stop"
expect_status 1 "HTTP 500" -- timeout 60 "$casewalk" summary --lrs "$lrs/fail500/xAPI" --scenario night-call
expect_in "$out" "HTTP 500: {\"message\":\"the store is out of order\"}" "the store's own message"
[ "$(grep -c '^500 ' "$work/bad.log")" = 3 ] && ok || bad "a 500 is tried three times"
expect_status 1 "not JSON" -- "$casewalk" summary --lrs "$lrs/notjson/xAPI" --scenario night-call
expect_in "$out" "not a statement result" "a page that is not JSON"
expect_status 1 "more elsewhere" -- "$casewalk" summary --lrs "$lrs/elsewhere/xAPI" --scenario night-call \
    --page-size 7
expect_in "$out" "leads to another host" "credentials stay with the endpoint"
expect_status 1 "wrong credentials" -- env CASEWALK_LRS_AUTH=casewalk-key:wrong "$casewalk" summary \
    --lrs "$lrs/xAPI" --scenario night-call
expect_in "$out" "HTTP 401: {\"message\":\"Unauthorised" "401 says so"
[ "$(grep -c '^401 ' "$work/bad.log")" = 1 ] && ok || bad "a 401 is not tried again"
# the fake store checks the version header as a real one does
status=$(curl -s -o /dev/null -w '%{http_code}' -u "$CASEWALK_LRS_AUTH" "$lrs/xAPI/statements")
expect_eq "$status" 400 "the fake store refuses a request without X-Experience-API-Version"

# Plain HTTP to another machine, and credentials in the wrong place.
expect_status 1 "plain http elsewhere" -- timeout 10 "$casewalk" summary --lrs http://192.0.2.1/xAPI \
    --scenario night-call
expect_in "$out" "plain HTTP to another machine" "plain HTTP elsewhere is refused"
expect_status 1 "credentials in the URL" -- "$casewalk" summary --lrs "http://k:s@127.0.0.1:1/xAPI" \
    --scenario night-call
expect_in "$out" "without a user name" "credentials in the URL are refused"
echo "$CASEWALK_LRS_AUTH" > "$work/auth"
chmod 644 "$work/auth"
expect_status 1 "auth file readable by others" -- env -u CASEWALK_LRS_AUTH "$casewalk" summary \
    --lrs "$lrs/xAPI" --scenario night-call --auth-file "$work/auth"
expect_in "$out" "chmod 600" "a readable credentials file is refused"
chmod 600 "$work/auth"
expect_status 0 "auth file" -- env -u CASEWALK_LRS_AUTH "$casewalk" summary --lrs "$lrs/xAPI" \
    --scenario night-call --auth-file "$work/auth" --json "$work/auth.json"
same "$work/folder.json" "$work/auth.json" "credentials from a file"
expect_status 1 "no credentials" -- env -u CASEWALK_LRS_AUTH "$casewalk" summary --lrs "$lrs/xAPI" \
    --scenario night-call
expect_in "$out" "no credentials" "no credentials is refused"
expect_status 1 "missing auth file" -- "$casewalk" summary --lrs "$lrs/xAPI" --scenario night-call \
    --auth-file "$work/nowhere"
expect_in "$out" "nowhere" "a missing credentials file is named"
expect_status 2 "--lrs without --scenario" -- "$casewalk" summary --lrs "$lrs/xAPI"
expect_status 2 "a bad --since" -- "$casewalk" summary --lrs "$lrs/xAPI" --scenario night-call --since yesterday
expect_status 2 "--lrs with folders" -- "$casewalk" summary "$work/all" --lrs "$lrs/xAPI" --scenario night-call

finish lrs_summary
