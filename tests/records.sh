#!/usr/bin/env bash
# records.sh — records survive what happens to laptops: kill -9 mid-session, a torn last line, a
# records folder that cannot be written, a disk that fills up mid-session, a records folder
# deleted mid-session, two players of one record, and a forged record naming a file to run.
set -u
tests=$2
. "$tests/lib.sh"
tmp=$(mktemp -d)
chmod 755 "$tmp"
trap 'rm -rf "$tmp"' EXIT
unset DISPLAY WAYLAND_DISPLAY SDL_VIDEODRIVER
# A player that ended early must show up as a failed check below, not as a write that kills this script.
trap "" PIPE
# The program and the scenario are copied into the (world-readable) temporary folder: one case
# runs as 'nobody', who may not reach a clone under a private folder.
cp "$1" "$tmp/casewalk"
cp "$tests/fixtures/small-example.lua" "$tmp/small-example.lua"
chmod 755 "$tmp/casewalk"
chmod 644 "$tmp/small-example.lua"
bin=$tmp/casewalk
small=$tmp/small-example.lua

all_lines_valid() { # every line of the record is a whole JSON object; after the last, at most spaces
    # (those a running session's writer puts ahead of its lines, record_write.c)
    jq -Rse 'sub(" +$"; "") | endswith("\n") and
        (rtrimstr("\n") | split("\n") | length > 0 and all(.[]; (try fromjson catch null) | type == "object"))' \
        "$1" >/dev/null 2>&1
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

# --- what a Latin-1 terminal types is asked for again, never written ----------------------------------
out=$(printf 'Zo\xeb\nsomeone@example.org\nowl-3\n\n1\ncaf\xe9\ncaf\xc3\xa9 reason\n1 2\n\n\n' |
    "$bin" play "$small" --role cps --records "$tmp/latin1" 2>&1)
expect_eq "$?" "0" "Latin-1 answers: the session still ends"
expect_in "$out" "That cannot be recorded: the trainee pseudonym is not valid UTF-8 text" "Latin-1 pseudonym asked again"
expect_in "$out" "That cannot be recorded: the trainee id looks like an e-mail address" "e-mail pseudonym asked again"
expect_in "$out" "That cannot be recorded: not valid UTF-8 text" "Latin-1 reason asked again"
record=$(ls "$tmp"/latin1/*.jsonl)
expect_eq "$(jq -r 'select(.type=="header") | .trainee' "$record")" "owl-3" "the pseudonym typed again is recorded"
expect_eq "$(jq -r 'select(.type=="decision") | .reason' "$record")" "$(printf 'caf\xc3\xa9 reason')" "the reason typed again is recorded"
expect_status 0 "the record reads back" -- "$bin" debrief "$record"

# --- a record that names a file to run is refused; nothing in it runs ----------------------------------
# A would-be scenario that leaves a marker if it gets to run at all (and says so if it runs in the sandbox).
mkdir -p "$tmp/evil"
cat >"$tmp/evil/evil.lua" <<LUA
local f = io and io.open and io.open("$tmp/evil/marker", "w")
if f then f:write("ran") f:close() end
error("the evil scenario ran")
LUA
cp "$tmp/evil/evil.lua" "$tmp/evil/evil"
"$bin" play "$small" --role cps --records "$tmp/f" --choose @talk_alone >/dev/null 2>&1
legit=$(ls "$tmp"/f/*.jsonl)
for forged_id in "$tmp/evil/evil.lua" "evil.lua" "../evil/evil" "small-example.lua"; do
    forged=$tmp/f/forged.jsonl
    jq -c --arg id "$forged_id" 'if .type == "header" then .scenario.id = $id else . end' "$legit" >"$forged"
    before=$(sha256sum <"$forged")
    expect_status 1 "forged scenario id '$forged_id'" -- env CASEWALK_SCENARIOS="$tmp/evil:$tmp" "$bin" play --resume "$forged" --choose 1+2
    expect_in "$out" "$forged:1: the header's scenario or role is not an id" "forged id '$forged_id' refused, naming file and line"
    expect_in "$out" "a record cannot name a file to run" "the refusal says why"
    case "$out" in *"evil scenario ran"*) bad "forged id '$forged_id': the named file ran" ;; *) ok ;; esac
    if [ -e "$tmp/evil/marker" ]; then bad "forged id '$forged_id': marker written"; else ok; fi
    expect_eq "$(sha256sum <"$forged")" "$before" "forged record left untouched"
done
rm -f "$tmp/f/forged.jsonl"
# A file that is not a record is refused and left exactly as it was, mode included.
printf 'not a record\n{"type":"header"}\n' >"$tmp/notes.txt"
chmod 644 "$tmp/notes.txt"
expect_status 1 "resume of a file that is not a record" -- "$bin" play --resume "$tmp/notes.txt"
expect_in "$out" "$tmp/notes.txt:1: not valid JSON" "not a record: file and line named"
expect_eq "$(stat -c %a "$tmp/notes.txt")|$(cat "$tmp/notes.txt" | wc -l)" "644|2" "not a record: left as it was"
# The legitimate record resumes by its id, from the installed scenarios only.
expect_status 0 "resume by id from the installed scenarios" -- env CASEWALK_SCENARIOS="$tmp" "$bin" play --resume "$legit" --choose 1+2
expect_eq "$(jq -r 'select(.type=="ending") | .ending' "$legit")" "ending_home" "resumed by id to its ending"

# --- one writer per record: a second player of an open record is refused --------------------------------
"$bin" play "$small" --role cps --records "$tmp/two" --choose @talk_alone >/dev/null 2>&1
record=$(ls "$tmp"/two/*.jsonl)
mkfifo "$tmp/in2"
"$bin" play "$small" --resume "$record" <"$tmp/in2" >"$tmp/out2" 2>&1 &
pid=$!
exec 4>"$tmp/in2"
if wait_for "$tmp/out2" "Clauses in the order"; then ok; else bad "the first player did not resume"; fi
before=$(sha256sum <"$record")
expect_status 1 "second player of an open record" -- "$bin" play "$small" --resume "$record" --choose 1+2
expect_in "$out" "$record: this session is open elsewhere" "second player told the session is open elsewhere"
expect_eq "$(sha256sum <"$record")" "$before" "record untouched by the second player"
printf '1 2\n\n\n' >&4
exec 4>&-
wait $pid
expect_eq "$?" "0" "the first player finished"
if all_lines_valid "$record"; then ok; else bad "record with two players is not whole lines"; fi
expect_eq "$(jq -r 'select(.type=="ending") | .ending' "$record")" "ending_home" "the first player's ending recorded"
expect_eq "$(jq -s 'map(.seq) == [range(0; length)]' "$record")" "true" "seq intact with two players"

# --- the records folder deleted, or the record moved, mid-session -----------------------------------------
vanish() { # vanish NAME COMMAND: plays one decision, runs COMMAND on the record, then the next decision
    mkfifo "$tmp/in-$1"
    "$bin" play "$small" --role cps --seed 11 --trainee vanish --records "$tmp/$1" <"$tmp/in-$1" >"$tmp/out-$1" 2>&1 &
    local player=$!
    exec 5>"$tmp/in-$1"
    printf '\n%s\nfirst reason\n' "$talk" >&5
    if wait_for "$tmp/out-$1" "Recommended:"; then ok; else bad "$1: the first decision was not acknowledged"; fi
    record=$(ls "$tmp/$1"/*.jsonl)
    eval "$2"
    printf '1 2\n\n\n' >&5
    exec 5>&-
    wait $player
    expect_eq "$?" "1" "$1: the session stops"
    out=$(cat "$tmp/out-$1")
    expect_in "$out" "deleted or moved while the session ran" "$1: the loss is named"
    expect_in "$out" "the last decision was NOT saved" "$1: the decision is said to be lost"
    case "$out" in *"is saved in"* | *"place is saved"*) bad "$1: claims the record is saved" ;; *) ok ;; esac
}
vanish gone 'rm -rf "$tmp/gone"'
if [ -e "$tmp/gone" ]; then bad "gone: the records folder was made again"; else ok; fi
vanish moved 'mv "$record" "$tmp/moved.jsonl"'
expect_eq "$(jq -s '[.[] | select(.type=="decision" or .type=="draft")] | length' "$tmp/moved.jsonl")" "1" \
    "moved: the moved file holds the decision saved before the move, and not the one said to be lost"
if all_lines_valid "$tmp/moved.jsonl"; then ok; else bad "moved: the moved file is not whole lines"; fi

# --- a header that cannot be written leaves no empty record behind ---------------------------------------
mkdir -p "$tmp/nohead"
out=$( (ulimit -f 0 && "$bin" play "$small" --role cps --records "$tmp/nohead" --choose 1,1+2) 2>&1)
expect_eq "$?" "1" "header write fails"
expect_in "$out" "the session was NOT saved" "header failure reported as not saved"
expect_eq "$(ls -A "$tmp/nohead" | wc -l)" "0" "no empty record left behind"

finish "records"
