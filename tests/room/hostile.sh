#!/usr/bin/env bash
# hostile.sh CASEWALK SOURCE_DIR — hostile clients against a running room
# (`casewalk workshop petition-drafting --listen 127.0.0.1:0 --console`), then the workshop is
# played to its ending and its records read back:
#   oversized bodies (413 or closed; the server goes on), 1,000 connections at once (the server
#   stays up; a phone is served once they close; no descriptor is left open), slow headers
#   (a request dribbled byte by byte, and a silent one, are dropped within the timeout), wrong
#   room codes and random paths (404, tiny body), path traversal in every spelling (404, never a
#   file's contents), HTML, quotes, emoji, RTL marks and control characters in pseudonyms and
#   reasons (refused where the protocol refuses them; escaped on the phone page, in /state's
#   JSON, on the console, in the records, in debrief --html, summary --html and the xAPI
#   export), an e-mail address as pseudonym (refused), guessed and malformed cookies (not
#   joined), votes for a stale step or round and after the reveal (409), more than 10 requests a
#   second (429). Under the sanitizer build, the server's exit also checks for leaks.
set -u
casewalk=$1
root=$2
. "$root/tests/lib.sh"
command -v curl >/dev/null || { echo "curl is needed (tools/quickstart test installs it)"; exit 1; }
command -v jq >/dev/null || { echo "jq is needed (tools/quickstart test installs it)"; exit 1; }
work=$(mktemp -d)
server_pid=""
cleanup() {
    exec 3>&- 2>/dev/null
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
records=$work/records
mkdir -m 700 "$records"
mkfifo "$work/console.in"
"$casewalk" workshop petition-drafting --listen 127.0.0.1:0 --console --records "$records" \
    <"$work/console.in" >"$work/console.out" 2>"$work/console.err" &
server_pid=$!
exec 3>"$work/console.in"

for _ in $(seq 300); do grep -q '^Join: ' "$work/console.out" 2>/dev/null && break; sleep 0.1; done
base=$(sed -n 's/^Join: //p' "$work/console.out" | head -1)
case "$base" in
    http://127.0.0.1:[0-9]*/[A-Z][A-Z][A-Z][A-Z]/) ok ;;
    *) bad "no Join line with a URL: '$base'"; cat "$work/console.err"; finish hostile; exit 1 ;;
esac
origin=${base%/*/}
code=${base#"$origin"/}
code=${code%/}
port=${origin##*:}

# console CMD: sends one command; $answer is the line beginning "ok" or "error:" that it printed.
console_seen=$(wc -l <"$work/console.out")
console() {
    echo "$1" >&3
    answer=""
    for _ in $(seq 300); do
        answer=$(tail -n +"$((console_seen + 1))" "$work/console.out" | grep -m1 -E '^(ok|error:|joined )')
        [ -n "$answer" ] && break
        sleep 0.1
    done
    console_seen=$(wc -l <"$work/console.out")
    [ -n "$answer" ] || bad "the console did not answer '$1'"
}

# req ARGS...: curl with the answer's status in $status, its body in $work/body, headers in
# $work/headers; the room's origin is prefixed to the path given last.
req() {
    local path=${*: -1}
    status=$(curl -sS --max-time 30 --path-as-is -o "$work/body" -D "$work/headers" -w '%{http_code}' \
        "${@:1:$#-1}" "$origin$path" 2>/dev/null)
    [ -n "$status" ] || status=000
}
body() { cat "$work/body"; }
json=(-H 'Accept: application/json')

# join NAME PSEUDONYM ROLE: a phone with its own cookie jar.
join() {
    rm -f "$work/$1.jar"
    req -c "$work/$1.jar" --data-urlencode "pseudonym=$2" --data-urlencode "role=$3" "/$code/join"
}
state() { req -b "$work/$1.jar" "${json[@]}" "/$code/state?since=0"; }
expect_alive() {
    if kill -0 "$server_pid" 2>/dev/null; then ok; else bad "the server died: $1"; finish hostile; exit 1; fi
    req "/$code/name"
    expect_eq "$status" 200 "a request is served after $1"
}
fds() { ls "/proc/$server_pid/fd" | wc -l; }

# ---- the protocol's headers on every answer, a phone's name suggestion ----
req "/$code/"
expect_eq "$status" 200 "the join page"
grep -qi "^Content-Security-Policy: default-src 'none'; script-src 'self'" "$work/headers" && ok || bad "CSP header"
grep -qi '^X-Content-Type-Options: nosniff' "$work/headers" && ok || bad "nosniff header"
grep -qi '^Referrer-Policy: no-referrer' "$work/headers" && ok || bad "Referrer-Policy header"
grep -qi '^Cache-Control: no-store' "$work/headers" && ok || bad "Cache-Control header"
grep -q 'name="pseudonym"' "$work/body" && ok || bad "the join page has no pseudonym field"
baseline_fds=$(fds)

# ---- wrong codes, random paths, traversal: 404, tiny body, never a file ----
other_code=$(printf '%s' "$code" | tr 'ACDEFHJKMNPRTUVWXY' 'CDEFHJKMNPRTUVWXYA')
for path in "/" "/$other_code/" "/$other_code/state" "/ABCD/" "/${code,,}/" "/$code/nothing" "/$code/app.js.map" \
    "/$code/state/../name" "/favicon.ico" "/$code/../../etc/passwd" "/$code/%2e%2e/%2e%2e/etc/passwd" \
    "/$code/..%2f..%2f..%2fetc%2fpasswd" "/$code/%2e%2e%2f%2e%2e%2fetc%2fpasswd" "/%2e%2e/%2e%2e/etc/passwd" \
    "/$code/app.js/../../../../etc/passwd" "/$code//etc/passwd" "/$code/..%5c..%5cetc%5cpasswd" \
    "/$code/%252e%252e/etc/passwd" "/$code/.%00./etc/passwd" "/$code/app.css%00.html" "/etc/passwd" \
    "/$code/$(printf 'x%.0s' $(seq 3000))"; do
    req "$path"
    expect_eq "$status" 404 "GET ${path:0:60}"
    size=$(stat -c %s "$work/body")
    [ "$size" -lt 200 ] && ok || bad "GET ${path:0:60}: a body of $size bytes, wanted a tiny one"
    grep -q 'root:' "$work/body" && bad "GET $path: a file's contents" || ok
done
req -X DELETE "/$code/"
case "$status" in 404 | 405) ok ;; *) bad "DELETE /$code/: $status" ;; esac

# ---- oversized bodies: 413 or the connection closed; the server goes on ----
head -c 1048576 /dev/zero | tr '\0' a >"$work/big"
for path in join vote; do
    req -H 'Content-Type: application/x-www-form-urlencoded' --data-binary "@$work/big" "/$code/$path"
    case "$status" in 413 | 000) ok ;; *) bad "a 1 MiB POST to /$path answered $status" ;; esac
done
req -H 'Content-Type: application/x-www-form-urlencoded' -H 'Transfer-Encoding: chunked' --data-binary "@$work/big" "/$code/join"
case "$status" in 413 | 000) ok ;; *) bad "a chunked 1 MiB POST answered $status" ;; esac
expect_alive "oversized bodies"

# ---- pseudonyms the protocol refuses ----
join refused "someone@example.org" cps
expect_eq "$status" 400 "an e-mail address as pseudonym"
grep -q 'name="pseudonym"' "$work/body" && ok || bad "the refusal does not give the form again"
[ -s "$work/refused.jar" ] && grep -q cw_room "$work/refused.jar" && bad "a refused pseudonym got a cookie" || ok
for p in "" "$(printf 'n%.0s' $(seq 41))" $'esc\x1b[31mred' $'bell\x07' $'cr\rlf' $'tab\there'; do
    join refused "$p" cps
    expect_eq "$status" 400 "pseudonym $(printf '%q' "$p")"
done
for raw in 'pseudonym=nul%00byte&role=cps' 'pseudonym=bad%FF%FEutf8&role=cps' 'pseudonym=over%C0%AFlong&role=cps' \
    'pseudonym=fine-owl&role=nobody' 'pseudonym=fine-owl' 'role=cps'; do
    req --data "$raw" "/$code/join"
    expect_eq "$status" 400 "join with $raw"
done

# ---- pseudonyms that are fine but hostile to whoever shows them ----
html_name='<script>alert(1)</script><b>'
quote_name=$'"\'&amp; `x`'
emoji_name='🦉 owl 🌙'
rtl_name=$'\u202Egnp.exe\u200F ok'
join html "$html_name" cps
expect_eq "$status" 303 "pseudonym with HTML"
join quote "$quote_name" dv
expect_eq "$status" 303 "pseudonym with quotes"
join emoji "$emoji_name" other
expect_eq "$status" 303 "pseudonym with emoji"
join rtl "$rtl_name" dv
case "$status" in 303 | 400) ok ;; *) bad "pseudonym with RTL marks: $status" ;; esac
rtl_joined=$([ "$status" = 303 ] && echo 1 || echo 0)
join plain "plain-heron-1" cps
expect_eq "$status" 303 "a plain pseudonym"
grep -q 'cw_room' "$work/plain.jar" && ok || bad "no cookie after joining"
setcookie=$(grep -i '^Set-Cookie:' "$work/headers")
expect_in "$setcookie" "HttpOnly" "the cookie is HttpOnly"
expect_in "$setcookie" "SameSite=Strict" "the cookie is SameSite=Strict"
expect_in "$setcookie" "Path=/$code/" "the cookie's path is the room's"
token=$(awk '$6 == "cw_room" { print $7 }' "$work/plain.jar")
[[ $token =~ ^[0-9a-f]{32}$ ]] && ok || bad "the token is not 32 hex digits: $token"

# ---- guessed and malformed cookies: not joined ----
# A near miss differs from the token in its last digit only. (Setting that digit to "0" was no
# near miss when the token ended in "0" itself, one join in 16: the phone's own cookie, rightly
# let in.) Each guess is checked to differ from every token given out.
last=${token:31:1}
near_miss=${token:0:31}$([ "$last" = 0 ] && echo 1 || echo 0)
tokens=$(awk '$6 == "cw_room" { print $7 }' "$work"/*.jar)
for guess in "$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')" "$near_miss" "$token$token" "../../x" \
    "$(printf 'f%.0s' $(seq 4000))"; do
    grep -qxF -- "$guess" <<<"$tokens" && bad "the guess ${guess:0:40} is a joined phone's token"
    req -H "Cookie: cw_room=$guess" "${json[@]}" "/$code/state?since=0"
    expect_eq "$status" 401 "state with cookie ${guess:0:40}"
    [ "$status" = 401 ] || head -c 300 "$work/body" >&2
    req -H "Cookie: cw_room=$guess" "/$code/"
    grep -q 'name="pseudonym"' "$work/body" && ok || bad "the page with cookie ${guess:0:40} is not the join form"
done

# ---- the step on the phones; hostile reasons ----
state plain
expect_eq "$status" 200 "state of a joined phone"
grep -qi '^Content-Type: application/json' "$work/headers" && ok || bad "/state is not application/json"
step=$(jq -r '.step.decision' "$work/body")
round=$(jq -r '.round' "$work/body")
kind=$(jq -r '.step.kind' "$work/body")
expect_eq "$kind" choice "the first step is a choice"
expect_eq "$(jq -r '.step.reason_prompt | type' "$work/body")" string "the first step asks for a reason"

# vote NAME ARGS...: a vote from a phone, as JSON.
vote() {
    local who=$1
    shift
    req -b "$work/$who.jar" "${json[@]}" "$@" --data-urlencode "step=$step" --data-urlencode "round=$round" "/$code/vote"
}
html_reason='<img src=x onerror=alert(1)></textarea>"};alert(2);//'
ctrl_reason=$'line one\r\nline two \x1b[31mred\x1b[0m \x07bell \u202Eevil\u200F 🦉'
vote html --data-urlencode choice=1 --data-urlencode "reason=$html_reason"
expect_eq "$status" 200 "a vote with an HTML reason"
sleep 0.2
vote quote --data-urlencode choice=2 --data-urlencode "reason=$ctrl_reason"
case "$status" in
    200) ctrl_kept=1; ok ;;
    400) ctrl_kept=0; ok ;;
    *) ctrl_kept=0; bad "a vote with control characters in its reason answered $status" ;;
esac
sleep 0.2
vote emoji --data 'choice=1&reason=nul%00inside'
case "$status" in 200 | 400) ok ;; *) bad "a reason with %00 answered $status" ;; esac
nul_status=$status
sleep 0.2
vote plain --data-urlencode choice=99
expect_eq "$status" 400 "a vote for a choice that is not there"
sleep 0.2
vote plain --data-urlencode choice=0
expect_eq "$status" 400 "a vote for choice 0"
sleep 0.2
vote plain --data-urlencode choice=1 --data-urlencode "reason=$(printf 'r%.0s' $(seq 1001))"
case "$status" in 400 | 413) ok ;; *) bad "a reason over 1000 bytes answered $status" ;; esac
sleep 0.2
req -b "$work/plain.jar" "${json[@]}" --data "choice=1&step=$((step + 1))&round=$round" "/$code/vote"
expect_eq "$status" 409 "a vote for a later step"
sleep 0.2
req -b "$work/plain.jar" "${json[@]}" --data "choice=1&step=$step&round=$((round + 1))" "/$code/vote"
expect_eq "$status" 409 "a vote for a round not open"
sleep 0.2
req -H "Cookie: cw_room=0123456789abcdef0123456789abcdef" "${json[@]}" --data "choice=1&step=$step&round=$round" "/$code/vote"
case "$status" in 401 | 403) ok ;; *) bad "a vote with a guessed cookie answered $status" ;; esac

# The phone page and /state: the strings escaped.
for who in html quote emoji; do
    req -b "$work/$who.jar" "/$code/"
    expect_eq "$status" 200 "the page of phone $who"
    page=$(body)
    case "$page" in *'<script>alert'* | *'<img src=x'* | *'</textarea>"}'*) bad "the page of $who holds raw HTML from a phone" ;; *) ok ;; esac
    LC_ALL=C grep -q $'[\x1b\x07]' "$work/body" && bad "the page of $who holds raw control characters" || ok
    state "$who"
    LC_ALL=C grep -q $'[\x1b\x07\r]' "$work/body" && bad "/state of $who holds raw control characters" || ok
done
req -b "$work/html.jar" "/$code/"
grep -qF '&lt;script&gt;alert(1)&lt;/script&gt;' "$work/body" && ok || bad "the page does not show the HTML pseudonym escaped"
state html
expect_eq "$(jq -r .me.pseudonym "$work/body")" "$html_name" "/state gives the HTML pseudonym back as it was sent"
expect_eq "$(jq -r .me.reason "$work/body")" "$html_reason" "/state gives the HTML reason back as it was sent"
state emoji
expect_eq "$(jq -r .me.pseudonym "$work/body")" "$emoji_name" "/state gives the emoji pseudonym back"
if [ "$ctrl_kept" = 1 ]; then
    state quote
    expect_eq "$(jq -r .me.reason "$work/body")" "$ctrl_reason" "/state gives the reason with control characters back as sent"
fi

# ---- rate limit: more than 10 requests a second from one participant ----
join rapid "rapid-wren-2" dv
codes=""
for _ in $(seq 25); do
    codes="$codes $(curl -s -o /dev/null -w '%{http_code}' --max-time 5 -b "$work/rapid.jar" "${json[@]}" \
        --data "choice=1&step=$step&round=$round" "$origin/$code/vote")"
done
expect_in "$codes" 429 "25 votes at once are rate limited"
expect_in "$codes" 200 "the first votes of a burst are taken"
sleep 2
vote rapid --data-urlencode choice=2
expect_eq "$status" 200 "a vote after the burst"
sleep 0.2

# ---- slow headers: dribbled and silent requests are dropped within the timeout ----
slow() { # slow MODE: seconds until the server dropped a request that never completes
    trap '' PIPE
    local start=$SECONDS fd
    { exec {fd}<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null || { echo refused; return; }
    printf 'GET /%s/ HTTP/1.1\r\nHost: 127.0.0.1\r\n' "$code" >&$fd
    while [ $((SECONDS - start)) -lt 70 ]; do
        if [ "$1" = dribble ]; then { printf 'X' >&$fd; } 2>/dev/null || break; fi
        # the server's answer or close ends the wait; a timeout (status above 128) goes on
        read -r -t 1 -u $fd _ 2>/dev/null
        [ $? -gt 128 ] || break
    done
    exec {fd}>&-
    echo $((SECONDS - start))
}
slow dribble >"$work/slow.dribble" &
dribble_pid=$!
slow silent >"$work/slow.silent" &
silent_pid=$!

# ---- 1,000 connections at once (while the slow ones wait) ----
ulimit -n 4096 2>/dev/null
opened=0
declare -a held=()
for i in $(seq 1000); do
    { exec {fd}<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null || continue
    held+=("$fd")
    opened=$((opened + 1))
    [ $((i % 2)) = 0 ] && printf 'GET /%s/state?since=0 HTTP/1.1\r\nHost: x\r\n' "$code" >&$fd 2>/dev/null
done
echo "opened $opened connections"
kill -0 "$server_pid" 2>/dev/null && ok || bad "the server died under 1,000 connections"
for fd in "${held[@]}"; do exec {fd}>&-; done
served=0
for _ in $(seq 50); do
    req -b "$work/plain.jar" "${json[@]}" "/$code/state?since=0"
    [ "$status" = 200 ] && served=1 && break
    sleep 0.2
done
expect_eq "$served" 1 "a phone is served after 1,000 connections close"

wait "$dribble_pid" "$silent_pid"
for mode in dribble silent; do
    t=$(cat "$work/slow.$mode")
    if [ "$t" != refused ] && [ "$t" -le 40 ]; then ok; else bad "a $mode request was held $t s (the timeout is 30 s)"; fi
done
expect_alive "slow and many connections"
sleep 1
now_fds=$(fds)
[ "$now_fds" -le $((baseline_fds + 4)) ] && ok || bad "the server holds $now_fds descriptors; $baseline_fds before the connections"

# ---- the console: nothing raw from a phone on the terminal ----
console status
expect_in "$answer" "joined" "console status"
console reveal
expect_in "$answer" "ok" "reveal"
req -b "$work/plain.jar" "${json[@]}" --data "choice=1&step=$step&round=$round" "/$code/vote"
expect_eq "$status" 409 "a vote after the reveal"
expect_eq "$(jq -r .error "$work/body")" "voting is closed" "the answer to a vote after the reveal"

# ---- the workshop goes on to its ending ----
for _ in $(seq 40); do
    state plain
    st=$(jq -r .stage "$work/body")
    [ "$st" = ended ] && break
    step=$(jq -r .step.decision "$work/body")
    round=$(jq -r .round "$work/body")
    kind=$(jq -r .step.kind "$work/body")
    if [ "$st" = voting ]; then
        if [ "$kind" = compose ]; then
            min=$(jq -r '.step.min // 1' "$work/body")
            clauses=$(seq -s, 1 "$min")
            vote plain --data "clauses=$clauses" --data-urlencode "reason=$html_reason"
            expect_eq "$status" 200 "clauses from a phone"
            console reveal
            console "decide $(seq -s+ 1 "$min")"
        else
            vote plain --data-urlencode choice=1 --data-urlencode "reason=$html_reason"
            expect_eq "$status" 200 "a vote at decision $step"
            sleep 0.15
            vote html --data-urlencode choice=1 --data-urlencode "reason=$html_reason"
            console reveal
            console "decide 1"
        fi
    else
        console "decide 1"
    fi
    expect_in "$answer" ok "decide at decision $step"
    sleep 0.15
done
expect_eq "$st" ended "the workshop reached its ending"
grep -q '^Ending: ' "$work/console.out" && ok || bad "no Ending line on the console"
exec 3>&-
for _ in $(seq 300); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
wait "$server_pid"
rc=$?
server_pid=""
expect_eq "$rc" 0 "casewalk workshop's exit status"
LC_ALL=C grep -q $'[\x1b\x07]' "$work/console.out" "$work/console.err" && bad "raw control characters on the console" || ok

# ---- the records: one per participant, strings as JSON ----
joined=$((5 + rtl_joined))
expect_eq "$(find "$records" -name '*.jsonl' | wc -l)" $((joined + 1)) "records: one per participant and the group's"
LC_ALL=C grep -lq $'[\x1b\x07]' "$records"/*.jsonl && bad "a record holds raw control characters" || ok
find "$records" -name '*.jsonl' ! -perm 600 | grep -q . && bad "a record is not 0600" || ok
rec_of() { grep -lF "\"trainee\":$(jq -cn --arg s "$1" '$s')" "$records"/*.jsonl | head -1; }
html_rec=$(rec_of "$html_name")
[ -n "$html_rec" ] && ok || bad "no record with the HTML pseudonym as a JSON string"
quote_rec=$(rec_of "$quote_name")
[ -n "$quote_rec" ] && ok || bad "no record with the quoted pseudonym as a JSON string"
[ -n "$(rec_of "$emoji_name")" ] && ok || bad "no record with the emoji pseudonym"
if [ -n "$html_rec" ]; then
    expect_eq "$(jq -rs '[.[] | select(.type == "decision")][0].reason' "$html_rec")" "$html_reason" "the record's reason"
    expect_status 0 "debrief of the HTML pseudonym's record" -- "$casewalk" debrief "$html_rec" --html "$work/debrief.html"
    LC_ALL=C grep -q $'[\x1b\x07]' <<<"$out" && bad "debrief printed raw control characters" || ok
    grep -sqE '<script>alert|<img src=x|</textarea>"' "$work/debrief.html" && bad "debrief --html holds raw HTML from a phone" || ok
    grep -sqF '&lt;img src=x' "$work/debrief.html" && ok || bad "debrief --html does not show the reason escaped"
fi
if [ -n "$quote_rec" ] && [ "$ctrl_kept" = 1 ]; then
    expect_eq "$(jq -rs '[.[] | select(.type == "decision")][0].reason' "$quote_rec")" "$ctrl_reason" "a reason with control characters, as a JSON string"
    expect_status 0 "debrief of the record with control characters" -- "$casewalk" debrief "$quote_rec" --html "$work/debrief2.html"
    LC_ALL=C grep -q $'[\x1b\x07]' <<<"$out" && bad "debrief printed raw control characters" || ok
    LC_ALL=C grep -sq $'[\x1b\x07]' "$work/debrief2.html" && bad "debrief --html holds raw control characters" || ok
fi
expect_status 0 "summary --html of the room" -- "$casewalk" summary "$records" --html "$work/summary.html"
LC_ALL=C grep -q $'[\x1b\x07]' <<<"$out" && bad "summary printed raw control characters" || ok
grep -sqE '<script>alert|<img src=x|</textarea>"' "$work/summary.html" && bad "summary --html holds raw HTML from a phone" || ok
LC_ALL=C grep -sq $'[\x1b\x07]' "$work/summary.html" && bad "summary --html holds raw control characters" || ok
expect_status 0 "the xAPI export" -- "$casewalk" xapi "$records" --out "$work/xapi.json"
if jq -e . "$work/xapi.json" >/dev/null 2>&1; then ok; else bad "the xAPI export is not JSON"; fi
expect_eq "$(jq --arg s "$html_reason" '[.. | strings | select(. == $s)] | length > 0' "$work/xapi.json")" true \
    "the xAPI export carries the HTML reason as a string"
expect_eq "$(jq --arg s "$html_name" '[.. | strings | select(contains($s))] | length > 0' "$work/xapi.json")" true \
    "the xAPI export carries the HTML pseudonym as a string"
[ "$nul_status" = 400 ] || { LC_ALL=C grep -q 'nul\\u0000' "$records"/*.jsonl && bad "a NUL reached a record" || ok; }
finish hostile
