#!/usr/bin/env bash
# records.sh — records survive what happens to laptops: kill -9 mid-session, a torn last line, a
# records folder that cannot be written, and a disk that fills up mid-session.
set -u
bin=$1
tests=$2
small=$tests/fixtures/small-example.lua
. "$tests/lib.sh"
tmp=$(mktemp -d)
chmod 755 "$tmp"
trap 'rm -rf "$tmp"' EXIT
unset DISPLAY WAYLAND_DISPLAY SDL_VIDEODRIVER

all_lines_valid() { # every line of the record is a whole JSON object
    local n bad_lines
    n=$(wc -l <"$1")
    bad_lines=$(jq -c . "$1" 2>/dev/null | wc -l)
    [ "$n" -gt 0 ] && [ "$n" = "$bad_lines" ] && [ "$(tail -c 1 "$1" | od -An -c | tr -d ' ')" = '\n' ]
}

wait_for() { # wait_for FILE TEXT: up to 10 s for TEXT to appear in FILE
    for _ in $(seq 100); do grep -q "$2" "$1" 2>/dev/null && return 0; sleep 0.1; done
    return 1
}

# --- kill -9 after a decision has been acknowledged on screen -----------------------------------
mkfifo "$tmp/in"
talk=$(shown_at "$bin" "$small" cps 11 "Ask to speak with Ms. Okafor privately.")
expect_eq "${talk:+found}" "found" "the seeded order lists the private talk"
"$bin" play "$small" --role cps --seed 11 --trainee kill-test --records "$tmp/k" <"$tmp/in" >"$tmp/out" 2>&1 &
pid=$!
exec 3>"$tmp/in"
printf '\n%s\nfirst reason\n' "$talk" >&3
if wait_for "$tmp/out" "Recommended:"; then ok; else bad "the decision was not acknowledged"; fi
kill -9 $pid
wait $pid 2>/dev/null
exec 3>&-
record=$(ls "$tmp"/k/*.jsonl)
if all_lines_valid "$record"; then ok; else bad "record after kill -9 is not whole lines"; fi
expect_eq "$(jq -r 'select(.type=="decision") | .chosen' "$record")" "talk_alone" "acknowledged decision is on disk"
expect_eq "$(jq -r 'select(.type=="decision") | .reason' "$record")" "first reason" "its reason too"
expect_status 0 "resume after kill -9" -- "$bin" play "$small" --resume "$record" --choose 1+2
expect_in "$out" "Resuming A small example at decision 2" "resume names where it goes on"
expect_eq "$(jq -s '[.[] | select(.type=="decision" or .type=="draft")] | length' "$record")" "2" "no decision lost or doubled"
expect_eq "$(jq -s 'map(.seq) == [range(0; length)]' "$record")" "true" "seq intact after resume"

# --- a torn last line is set aside and reported -------------------------------------------------------
"$bin" play "$small" --role dv --records "$tmp/t" --choose @talk_alone >/dev/null 2>&1
record=$(ls "$tmp"/t/*.jsonl)
good_size=$(stat -c %s "$record")
printf '{"type":"draft","seq":99,"id":"abc' >>"$record"
expect_status 0 "resume a torn record" -- "$bin" play "$small" --resume "$record" --choose 1+2
expect_in "$out" "was incomplete" "torn line reported"
aside=$(ls "$record".torn-* 2>/dev/null | head -1)
if [ -n "$aside" ]; then ok; else bad "no .torn file beside the record"; fi
expect_eq "$(cat "$aside" 2>/dev/null)" '{"type":"draft","seq":99,"id":"abc' "torn bytes kept aside"
expect_eq "$(stat -c %a "$aside" 2>/dev/null)" "600" "torn file private"
if all_lines_valid "$record"; then ok; else bad "record after setting aside is not whole lines"; fi
expect_eq "$(head -c "$good_size" "$record" | tail -c 1 | od -An -c | tr -d ' ')" '\n' "good part kept as it was"
expect_eq "$(jq -r 'select(.type=="ending") | .ending' "$record")" "ending_home" "session finished after torn line"

# A damaged line in the middle is refused, naming the file and line.
"$bin" play "$small" --role dv --records "$tmp/m" --choose @talk_alone >/dev/null 2>&1
record=$(ls "$tmp"/m/*.jsonl)
sed -i '2s/.*/{"type":/' "$record"
expect_status 1 "damaged middle line" -- "$bin" play "$small" --resume "$record" --choose 1+2
expect_in "$out" "$record:2: not valid JSON" "damage named by file and line"

# --- a records folder that cannot be written ---------------------------------------------------------
mkdir -p "$tmp/ro"
chmod 555 "$tmp/ro"
as_user=()
if [ "$(id -u)" = 0 ]; then as_user=(setpriv --reuid=nobody --regid=nogroup --clear-groups); fi
expect_status 1 "read-only records folder" -- "${as_user[@]}" "$bin" play "$small" --records "$tmp/ro/records" --choose @talk_alone,1+2
expect_in "$out" "cannot create records folder" "read-only folder reported"
expect_eq "$(ls -A "$tmp/ro" | wc -l)" "0" "nothing written"

# --- the disk fills up mid-session (a file-size limit stands in for it) ----------------------------------
mkdir -p "$tmp/full"
out=$( (ulimit -f 1 && "$bin" play "$small" --role cps --records "$tmp/full" --choose '@talk_alone:"'"$(printf 'x%.0s' $(seq 300))"'",1+2') 2>&1)
expect_eq "$?" "1" "disk full exit"
expect_in "$out" "NOT saved" "disk full reported as not saved"
record=$(ls "$tmp"/full/*.jsonl)
if all_lines_valid "$record"; then ok; else bad "record after a failed write is not whole lines"; fi
expect_eq "$(jq -s '[.[] | select(.type=="decision")] | length' "$record")" "0" "the unsaved decision is not half there"
expect_status 0 "resume after disk full" -- "$bin" play "$small" --resume "$record" --choose @talk_alone,1+2
expect_eq "$(jq -r 'select(.type=="ending") | .ending' "$record")" "ending_home" "finished after space came back"

# --- a scenario that breaks the sandbox mid-session: a clear message, the record intact ------------------
# The docs example, with a drafting rubric that never returns (and swallows its own errors).
loops=$tmp/loops-later.lua
sed -e 's/id = "small-example"/id = "loops-later"/' \
    -e 's/^\( *\)rubric = function(draft, s, role)$/&\n\1  while true do pcall(function() while true do end end) end/' "$small" >"$loops"
expect_status 1 "runaway rubric" -- timeout 30 "$bin" play "$loops" --role cps --records "$tmp/loop" --choose @talk_alone,1+2
expect_in "$out" "$loops:$(grep -n 'while true' "$loops" | cut -d: -f1): scenario ran too long" "budget message names file and line"
record=$(ls "$tmp"/loop/*.jsonl)
if all_lines_valid "$record"; then ok; else bad "record after a sandbox stop is not whole lines"; fi
expect_eq "$(tail -1 "$record" | jq -r .type)" "paused" "record paused and resumable"
expect_eq "$(jq -r 'select(.type=="decision") | .chosen' "$record")" "talk_alone" "earlier decision kept"

finish "records"
