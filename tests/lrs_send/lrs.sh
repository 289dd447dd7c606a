#!/usr/bin/env bash
# lrs.sh CASEWALK SOURCE_DIR — `casewalk xapi --send` against a real learning record store:
# Learning Locker's xAPI statement service (npm xapi-statements, pinned by tests/lrs_send/package-lock.json,
# installed with `npm ci`) in memory on 127.0.0.1 (lrs.js), behind a recording proxy (proxy.js).
# Scripted sessions of every shipped scenario are sent, read back and compared with the file export
# (read.js); sending again sends nothing; a forced resend changes nothing; the server killed after
# accepting a batch, and casewalk killed mid-request, both resume with nothing lost and nothing
# twice; a resumed session sends only its new lines; a conflicting statement is refused with the
# LRS's message and the statement; credentials: wrong password, wrong scope, missing file, wrong
# mode; the headers of every request. Prints statements per second sent straight to the LRS.
set -u
casewalk=$1
root=$2
. "$root/tests/lib.sh"
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "node and npm are needed for the LRS (tools/quickstart test installs them)"
    exit 1
fi
work=${LRS_TEST_WORK:-$(mktemp -d)}
server_pid="" proxy_pid="" sender_pid=""
stop() { # stop PID: ends one process this test started, and waits for it
    [ -n "$1" ] && kill "$1" 2>/dev/null && wait "$1" 2>/dev/null
    return 0
}
cleanup() {
    stop "$sender_pid"; stop "$proxy_pid"; stop "$server_pid"
    rm -rf "$work"
}
trap cleanup EXIT
if [ -z "${LRS_TEST_WORK:-}" ]; then
    cp "$root/tests/lrs_send/package.json" "$root/tests/lrs_send/package-lock.json" "$root"/tests/lrs_send/*.js "$work/"
    (cd "$work" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null 2>&1) || {
        echo "npm ci failed"; exit 1; }
    # The rest in a private network namespace where the machine allows one (user namespaces): the
    # LRS is then reachable by nothing else, and the test reaches nothing but it.
    if unshare -rn ip link set lo up 2>/dev/null; then
        trap - EXIT
        export LRS_TEST_WORK=$work
        exec unshare -rn sh -c 'ip link set lo up && exec bash "$0" "$@"' "$0" "$@"
    fi
    echo "no private network namespace here: the LRS listens on 127.0.0.1 of the machine"
else
    echo "in a private network namespace"
fi

# wait_for FILE: up to 30 s for FILE to appear (and hold something).
wait_for() {
    for _ in $(seq 300); do [ -s "$1" ] && return 0; sleep 0.1; done
    echo "$1 did not appear"; return 1
}
mkdir -p "$work/lrs" "$work/proxy"
(cd "$work" && exec node lrs.js "$work/lrs" >"$work/lrs.log" 2>&1) &
server_pid=$!
wait_for "$work/lrs/port" || exit 1
direct=http://127.0.0.1:$(cat "$work/lrs/port")/xAPI
proxy_port=0
start_proxy() { # start_proxy [MODE N]: on the port of the one before, so the endpoint stays the same
    rm -f "$work/proxy/proxy-port" "$work/proxy/died" "$work/proxy/hanging"
    (cd "$work" && exec node proxy.js "$(cat "$work/lrs/port")" "$work/proxy" "$proxy_port" "$@" >>"$work/proxy.log" 2>&1) &
    proxy_pid=$!
    wait_for "$work/proxy/proxy-port" || exit 1
    proxy_port=$(cat "$work/proxy/proxy-port")
    endpoint=http://127.0.0.1:$proxy_port/xAPI
}

# ---- records: scripted sessions of every shipped scenario, two paths per role, chosen by id ----
records=$work/records
n=0
for paths in "$root"/tests/paths/*.paths; do
    id=$(basename "$paths" .paths)
    while read -r role _ answers _; do
        n=$((n + 1))
        "$casewalk" play "$id" --role "$role" --trainee "t-$n" --seed "$n" --choose "$answers" \
            --records "$records" >/dev/null 2>&1 || bad "$id $role path $n did not play to its ending"
    done < <(grep -v '^#' "$paths" | grep . | awk 'seen[$1]++ < 2')
done
expect_eq "$(ls "$records" | wc -l)" "$n" "one record per scripted session"
# One unfinished session: three answers, then paused (exit 3).
first=$(grep -v '^#' "$root/tests/paths/night-call.paths" | grep . | head -1 | awk '{print $3}')
"$casewalk" play night-call --role cps --trainee t-unfinished --seed 99 --records "$records" \
    --choose "$(echo "$first" | cut -d, -f1-3)" >/dev/null 2>&1
expect_eq "$?" 3 "an unfinished session stops with exit 3"
unfinished=$(grep -l t-unfinished "$records"/*.jsonl)

export_all() { "$casewalk" xapi "$records" --out "$work/$1" 2>/dev/null; jq length "$work/$1"; }
total=$(export_all export.json)
[ "$total" -gt 300 ] && ok || bad "only $total statements from $n sessions"

# ---- credentials -----------------------------------------------------------------------------
start_proxy
printf 'casewalk-site:correct-horse\n' >"$work/auth"
chmod 600 "$work/auth"
unset CASEWALK_LRS_AUTH
expect_status 1 "no credentials" -- "$casewalk" xapi "$records" --send "$endpoint"
expect_in "$out" "no credentials for the LRS" "no credentials: says where they come from"
expect_status 1 "missing credentials file" -- "$casewalk" xapi "$records" --send "$endpoint" --auth-file "$work/none"
expect_in "$out" "$work/none: cannot open the credentials file" "missing file named"
cp "$work/auth" "$work/auth-open"
chmod 644 "$work/auth-open"
expect_status 1 "credentials file others can read" -- "$casewalk" xapi "$records" --send "$endpoint" --auth-file "$work/auth-open"
expect_in "$out" "auth-open: refused: the credentials file may be read or written by others" "mode 0644 refused"
expect_in "$out" "mode 644" "the mode is named"
printf 'casewalk-site:correct-horse\nsecond line\n' >"$work/auth-two"
chmod 600 "$work/auth-two"
expect_status 1 "two lines" -- "$casewalk" xapi "$records" --send "$endpoint" --auth-file "$work/auth-two"
ln -s "$work/auth" "$work/auth-link"
expect_status 1 "credentials file as a symbolic link" -- "$casewalk" xapi "$records" --send "$endpoint" --auth-file "$work/auth-link"
expect_eq "$(cat "$work/proxy/requests.jsonl" 2>/dev/null | wc -l)" 0 "refused credentials send nothing"
CASEWALK_LRS_AUTH=casewalk-site:wrong-horse \
    expect_status 1 "wrong password" -- "$casewalk" xapi "$records" --send "$endpoint" --tries 1
expect_in "$out" "refused the credentials (HTTP 401)" "wrong password: 401 named"
expect_in "$out" '"message":"Unauthorised"' "wrong password: the LRS's own message"
CASEWALK_LRS_AUTH=reader-only:look-dont-touch \
    expect_status 1 "client without statements/write" -- "$casewalk" xapi "$records" --send "$endpoint"
expect_in "$out" '(HTTP 403): {"errorId":' "no write scope: 403 with the LRS's message"
[ ! -e "$records/.casewalk-lrs-ledger.jsonl" ] && ok || bad "a refused send left a ledger"
expect_status 2 "plain http to another machine" -- "$casewalk" xapi "$records" --send http://lrs.example.org/xapi
expect_in "$out" "use https://" "plain http refused with the reason"
for ok_endpoint in http://127.0.0.2:9/xAPI "http://[::1]:9/xAPI" http://localhost:9/xAPI https://lrs.example.org/xapi/; do
    expect_status 0 "$ok_endpoint may be used" -- "$casewalk" xapi "$records" --send "$ok_endpoint" --dry-run
done
expect_status 0 "plain http elsewhere when asked for" -- "$casewalk" xapi "$records" --send http://lrs.example.org/xapi \
    --insecure-http --dry-run
for bad_endpoint in ftp://lrs.example.org/xapi "https://lrs.example.org/xapi?x=1" http://127.0.0.1.example.org/xapi lrs; do
    expect_status 2 "$bad_endpoint refused" -- "$casewalk" xapi "$records" --send "$bad_endpoint" --dry-run
done
expect_status 2 "--send with --out" -- "$casewalk" xapi "$records" --send "$endpoint" --out "$work/x.json"
expect_status 2 "--dry-run without --send" -- "$casewalk" xapi "$records" --dry-run
expect_status 2 "credentials are no option" -- "$casewalk" xapi "$records" --send "$endpoint" --auth casewalk-site:correct-horse

refused_requests=$(wc -l <"$work/proxy/requests.jsonl")

# ---- dry run -----------------------------------------------------------------------------------
expect_status 0 "dry run" -- "$casewalk" xapi "$records" --send "$endpoint" --dry-run
expect_in "$out" "$total statements from $((n + 1)) records would be sent" "dry run counts every statement"
[ ! -e "$records/.casewalk-lrs-ledger.jsonl" ] && ok || bad "a dry run wrote a ledger"

# ---- the server killed after accepting the third batch, before answering ------------------------
stop "$proxy_pid"
start_proxy die-after 3
expect_status 1 "send cut off by the server's death" -- \
    "$casewalk" xapi "$records" --send "$endpoint" --auth-file "$work/auth" --batch 25 --tries 2
expect_eq "$(cat "$work/proxy/died" 2>/dev/null)" 200 "the LRS accepted the batch the proxy died with"
expect_in "$out" "no answer after 2 tries" "gives up after its tries"
expect_in "$out" "the same command goes on from there" "says how to go on"
expect_eq "$(stat -c %a "$records/.casewalk-lrs-ledger.jsonl")" 600 "the ledger is private"
expect_eq "$(jq -s 'group_by(.session) | map(max_by(.statements).statements) | add' \
    "$records/.casewalk-lrs-ledger.jsonl")" 50 "the ledger holds the two batches answered"
expect_eq "$(tail -n +"$((refused_requests + 1))" "$work/proxy/requests.jsonl" |
    jq -s 'map(select(.method == "POST" and .statements > 25)) | length')" 0 \
    "--batch bounds every request"
wait "$proxy_pid" 2>/dev/null
start_proxy
expect_status 0 "the same command goes on" -- "$casewalk" xapi "$records" --send "$endpoint" --auth-file "$work/auth" --batch 25
expect_in "$out" "$((total - 50)) statements from $((n + 1)) records sent" "only what was not answered is sent"
expect_status 0 "what the LRS holds is the export, each statement once" -- \
    env CASEWALK_LRS_AUTH=casewalk-site:correct-horse node "$work/read.js" "$direct" "$work/export.json"
expect_in "$out" "$total statements as exported" "read back: $total statements"

# ---- again: nothing new; forced: the same statements, nothing twice ----------------------------
posts_before=$(grep -c '"POST"' "$work/proxy/requests.jsonl")
expect_status 0 "send again" -- "$casewalk" xapi "$records" --send "$endpoint" --auth-file "$work/auth"
expect_in "$out" "0 statements from $((n + 1)) records sent" "sending again sends nothing"
expect_eq "$(grep -c '"POST"' "$work/proxy/requests.jsonl")" "$posts_before" "sending again makes no request"
printf '{"endpoint":"%s","mapping":2,"sess' "$endpoint" >>"$records/.casewalk-lrs-ledger.jsonl" # torn, as by a crash
expect_status 0 "a torn ledger line" -- "$casewalk" xapi "$records" --send "$endpoint" --auth-file "$work/auth"
expect_in "$out" "0 statements from $((n + 1)) records sent" "a torn ledger line is ignored"
# (the lines written after it must stay whole: the resumed session below relies on them)
expect_status 0 "forced resend" -- "$casewalk" xapi "$records" --send "$endpoint" --auth-file "$work/auth" --resend
expect_in "$out" "$total statements from" "a forced resend sends everything"
expect_status 0 "after a forced resend" -- \
    env CASEWALK_LRS_AUTH=casewalk-site:correct-horse node "$work/read.js" "$direct" "$work/export.json"

# ---- the unfinished session goes on: only its new lines are sent -------------------------------
"$casewalk" play night-call --resume "$unfinished" --choose "$(echo "$first" | cut -d, -f4-)" >/dev/null 2>&1
expect_eq "$?" 0 "the unfinished session reaches its ending"
total2=$(export_all export2.json)
expect_status 0 "send the rest of a resumed session" -- "$casewalk" xapi "$records" --send "$endpoint" --auth-file "$work/auth"
expect_in "$out" "$((total2 - total)) statements from $((n + 1)) records sent" "only the resumed session's new statements"
expect_status 0 "after the resumed session" -- \
    env CASEWALK_LRS_AUTH=casewalk-site:correct-horse node "$work/read.js" "$direct" "$work/export2.json"

# ---- casewalk killed (kill -9) while a request hangs; then resumed --------------------------
"$casewalk" play family-meeting --role dv --trainee t-late --seed 7 --records "$records" \
    --choose "$(grep -v '^#' "$root/tests/paths/family-meeting.paths" | grep '^dv' | head -1 | awk '{print $3}')" >/dev/null 2>&1
total3=$(export_all export3.json)
stop "$proxy_pid"
start_proxy hang-at 1
"$casewalk" xapi "$records" --send "$endpoint" --auth-file "$work/auth" --batch 10 >/dev/null 2>&1 &
sender_pid=$!
wait_for "$work/proxy/hanging"
kill -9 "$sender_pid"
wait "$sender_pid" 2>/dev/null
sender_pid=""
stop "$proxy_pid"
start_proxy
expect_status 0 "send after casewalk was killed" -- "$casewalk" xapi "$records" --send "$endpoint" --auth-file "$work/auth" --batch 10
expect_in "$out" "$((total3 - total2)) statements from" "the new session is sent after the kill"
expect_status 0 "after the kill" -- \
    env CASEWALK_LRS_AUTH=casewalk-site:correct-horse node "$work/read.js" "$direct" "$work/export3.json"

# ---- 503 twice, then accepted; a request that times out is tried again --------------------------
stop "$proxy_pid"
start_proxy fail-first 2
expect_status 0 "503 answers are tried again" -- "$casewalk" xapi "$records" --send "$endpoint" --auth-file "$work/auth" \
    --resend --tries 3
expect_in "$out" "HTTP 503 (try 2 of 3); trying again in 1.0 s" "503: tried again after a growing pause"
expect_in "$out" "$total3 statements from" "503: then everything is sent"
stop "$proxy_pid"
start_proxy hang-at 1
expect_status 0 "a request that times out is tried again" -- "$casewalk" xapi "$records" --send "$endpoint" \
    --auth-file "$work/auth" --resend --timeout 1 --tries 2
expect_in "$out" "Timeout was reached (try 1 of 2)" "timeout: tried again"
stop "$proxy_pid"
start_proxy fail-first 99
expect_status 1 "503 until the tries run out" -- "$casewalk" xapi "$records" --send "$endpoint" --auth-file "$work/auth" \
    --resend --tries 2
expect_in "$out" "still HTTP 503 after 2 tries: {\"message\":\"down for maintenance\"}" "503: gives up with the LRS's message"
expect_status 0 "after the retries" -- \
    env CASEWALK_LRS_AUTH=casewalk-site:correct-horse node "$work/read.js" "$direct" "$work/export3.json"
stop "$proxy_pid"
start_proxy

# ---- every request carried the version header and the Basic credentials ----------------------
expect_eq "$(jq -s 'map(select(.version != "1.0.3")) | length' "$work/proxy/requests.jsonl")" 0 \
    "X-Experience-API-Version: 1.0.3 on every request"
basic="Basic $(printf 'casewalk-site:correct-horse' | base64)"
tail -n +"$((refused_requests + 1))" "$work/proxy/requests.jsonl" >"$work/sent-requests.jsonl"
expect_eq "$(jq -s --arg b "$basic" 'map(select(.authorization != $b)) | length' "$work/sent-requests.jsonl")" 0 \
    "every request with the credentials file carries them as Basic auth"
expect_eq "$(jq -s 'length > 5' "$work/sent-requests.jsonl")" true "requests were made with the credentials file"

# ---- the group summary made from the LRS is the one made from the folder --------------------
for id in $(jq -r 'select(.type == "header") | .scenario.id' "$records"/*.jsonl | sort -u); do
    mkdir -p "$work/by-$id"
    for r in "$records"/*.jsonl; do
        [ "$(head -1 "$r" | jq -r .scenario.id)" = "$id" ] && cp "$r" "$work/by-$id/"
    done
    "$casewalk" summary "$work/by-$id" --scenario "$id" --min-group 1 --json "$work/folder-$id.json" >/dev/null 2>&1
    expect_status 0 "summary of $id from the LRS" -- env CASEWALK_LRS_AUTH=casewalk-site:correct-horse \
        "$casewalk" summary --lrs "$direct" --scenario "$id" --min-group 1 --json "$work/lrs-$id.json"
    if diff <(jq -S -f "$root/tests/lrs/normalize.jq" "$work/folder-$id.json") \
            <(jq -S -f "$root/tests/lrs/normalize.jq" "$work/lrs-$id.json") >"$work/diff-$id.txt"; then
        ok
    else
        bad "summary of $id: the LRS's numbers differ from the folder's"
        head -20 "$work/diff-$id.txt"
    fi
done

# ---- a statement the LRS refuses: the same ids with other content (409) -----------------------
mkdir "$work/changed"
sed 's/"trainee":"t-1"/"trainee":"t-one"/' "$(grep -l '"trainee":"t-1"' "$records"/*.jsonl)" >"$work/changed/r.jsonl"
expect_status 1 "a conflicting statement" -- "$casewalk" xapi "$work/changed" --send "$endpoint" --auth-file "$work/auth" --batch 5
expect_in "$out" "refused a statement (HTTP 409)" "409 named"
expect_in "$out" "changed/r.jsonl:1: the statement it refused: {" "the statement refused and its record line"
expect_in "$out" '"name":"t-one"' "the refused statement shown"

# ---- statements per second, straight to the LRS (a forced resend, default batch) ---------------
rates=()
for _ in 1 2 3 4 5; do
    line=$(CASEWALK_LRS_AUTH=casewalk-site:correct-horse "$casewalk" xapi "$records" --send "$direct" --resend 2>&1 | tail -1)
    rates+=("$(echo "$line" | sed -n 's/.*(\([0-9]*\) a second).*/\1/p')")
done
sorted=$(printf '%s\n' "${rates[@]}" | sort -n | tr '\n' ' ')
echo "statements per second to the local LRS over 5 runs of $total3 (min median max): $(echo "$sorted" | awk '{print $1, $3, $5}')"
finish "lrs"
