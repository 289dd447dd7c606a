#!/bin/bash
# console.sh — a room run from the facilitator's console, phones played by curl: three join (one
# late), vote, the votes are revealed, one decision is voted twice, and the room decides its way
# through night-call to an ending. Then the records: the group's and one per participant (0600
# in a 0700 folder), each naming the workshop; debrief and summary read them.
# Usage: console.sh CASEWALK
set -u
casewalk=$1
. "$(dirname "$0")/../lib.sh"

work=$(mktemp -d)
trap 'exec 3>&- 2>/dev/null; kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
records=$work/records
mkfifo "$work/in"
"$casewalk" workshop night-call --listen 127.0.0.1:0 --console --records "$records" \
    <"$work/in" >"$work/out" 2>"$work/err" &
pid=$!
exec 3>"$work/in"

# waits until the console has printed N lines
wait_lines() {
    for _ in $(seq 1 300); do
        [ "$(wc -l <"$work/out")" -ge "$1" ] && return 0
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.05
    done
    return 1
}
wait_lines 1 || { bad "no Join line"; cat "$work/err" >&2; finish console; exit 1; }
url=$(sed -n '1s/^Join: //p' "$work/out")
expect_in "$url" "http://127.0.0.1:" "the Join URL names the loopback address it listens on"
case "$url" in http://127.0.0.1:*/[ACDEFHJKMNPRTUVWXY][ACDEFHJKMNPRTUVWXY][ACDEFHJKMNPRTUVWXY][ACDEFHJKMNPRTUVWXY]/) ok ;;
    *) bad "Join URL '$url' has no four-letter code" ;; esac

# console COMMAND: sends one command, prints the one line it answers
console() {
    local before
    before=$(wc -l <"$work/out")
    echo "$1" >&3
    wait_lines $((before + 1)) || bad "no answer to '$1'"
    sed -n "$((before + 1))p" "$work/out"
}

join() { # join JAR NAME ROLE
    curl -s -o /dev/null -w '%{http_code}' -c "$work/$1" --data-urlencode "pseudonym=$2" -d "role=$3" "${url}join"
}
# A phone past 10 requests a second is answered 429: this script is faster than a thumb, so it
# waits and asks again, as app.js would.
state() {
    local answer
    for _ in $(seq 1 30); do
        answer=$(curl -s -w '\n%{http_code}' -b "$work/$1" "${url}state?since=0")
        [ "${answer##*$'\n'}" != 429 ] && break
        sleep 0.2
    done
    echo "${answer%$'\n'*}"
}
vote() { # vote JAR FIELDS...: prints the status
    local jar=$1
    shift
    local s code
    s=$(state "$jar")
    for _ in $(seq 1 30); do
        code=$(curl -s -o "$work/vote.json" -w '%{http_code}' -b "$work/$jar" -H 'Accept: application/json' \
            -d "round=$(echo "$s" | jq .round)" -d "step=$(echo "$s" | jq .step.decision)" "$@" "${url}vote")
        [ "$code" != 429 ] && break
        sleep 0.2
    done
    echo "$code"
}

expect_eq "$(join ann 'ann <b>heron</b>' cps)" 303 "a CPS phone joins"
expect_eq "$(join bo 'bo-otter' dv)" 303 "a DV phone joins"
expect_eq "$(join x 'x@example.org' dv)" 400 "an e-mail address is refused as a pseudonym"
expect_eq "$(join y 'yan' nurse)" 400 "an unknown role is refused"
expect_eq "$(console status)" "joined 2 (cps 1, dv 1, other 0); answered 0" "status counts the joined phones"

# decision 1: two votes, a reason; a stale step is refused; reveal closes voting
# how many choices decision 1 shows, as the phones see it: the counts below have one per choice
n_choices=$(state ann | jq '.step.choices | length')
[ "$n_choices" -ge 2 ] && ok || bad "decision 1 shows $n_choices choices"
first_texts=$(state ann | jq -r '.step.choices[]')
# counts_with N K...: an array of n_choices counts, N at each (1-based) choice K
counts_with() { local n=$1; shift; jq -nc --argjson len "$n_choices" --argjson n "$n" --argjson at "[$(IFS=,; echo "$*")]" \
    '[range($len)] | map((. + 1) as $k | if ($at | index($k)) != null then $n else 0 end)'; }
expect_eq "$(vote ann -d choice=1)" 200 "a vote is taken"
expect_eq "$(vote bo -d choice=2)" 200 "a second vote is taken"
expect_eq "$(vote bo -d choice=1)" 200 "a vote may change while voting is open"
stale=$(curl -s -o /dev/null -w '%{http_code}' -b "$work/bo" -H 'Accept: application/json' -d 'choice=1&round=1&step=9' "${url}vote")
expect_eq "$stale" 409 "a vote for a step not on screen is refused"
expect_eq "$(vote ann -d choice=99)" 400 "a choice that is not there is refused"
page=$(curl -s -b "$work/ann" "$url")
expect_in "$page" "ann &lt;b&gt;heron&lt;/b&gt;" "the pseudonym is escaped on the page"
expect_eq "$(console status)" "joined 2 (cps 1, dv 1, other 0); answered 2" "status counts the answers"
expect_eq "$(console reveal)" ok "reveal"
expect_eq "$(vote bo -d choice=2)" 409 "voting is closed after the reveal"
expect_eq "$(state ann | jq -c .result.counts)" '{"all":[2,0,0,0,0,0]}' \
    "one CPS and one DV vote: no row of fewer than 3, so the room is one row"
expect_eq "$(console revote)" ok "revote opens round 2"
expect_eq "$(state bo | jq .round)" 2 "the phones see round 2"
expect_eq "$(vote bo -d choice=3)" 200 "a round-2 vote"
expect_eq "$(console reveal)" ok "reveal round 2"
expect_eq "$(state ann | jq -c '[.result.counts, .result.first_counts]')" '[{"all":[0,0,1,0,0,0]},{"all":[2,0,0,0,0,0]}]' \
    "round 2 keeps round 1's votes"
answer=$(console next)
expect_eq "$answer" ok "next goes with the majority (ann's first-round vote stands)"
expect_eq "$(state ann | jq .step.decision)" 2 "the phones see decision 2"

# a third phone joins late: its record shows decision 1 unanswered
expect_eq "$(join cy 'cy-wren' other)" 303 "a phone joins mid-case"
expect_eq "$(console status)" "joined 3 (cps 1, dv 1, other 1); answered 0" "the late phone counts"
expect_eq "$(console majority)" "error: no majority (a tie, or no votes): decide N" "no votes, no majority"

# small groups are never broken out: 3 CPS have a row; 2 DV and 1 other are pooled ("others")
for who in dee:cps eli:cps fay:dv; do
    expect_eq "$(join "${who%%:*}" "${who%%:*}-finch" "${who#*:}")" 303 "${who%%:*} joins"
done
if [ "$(state ann | jq -r .step.kind)" = choice ]; then
    for jar in ann dee eli; do vote "$jar" -d choice=1 >/dev/null; done
    for jar in bo fay cy; do vote "$jar" -d choice=2 >/dev/null; done
    expect_eq "$(console reveal)" ok "reveal decision 2"
    counts=$(state bo | jq -c '.result.counts | [.cps[0:2], .others[0:2], has("dv"), has("other")]')
    expect_eq "$counts" '[[3,0],[0,3],false,false]' "CPS (3) has a row; DV (2) and other (1) only in the pooled row"
    page=$(curl -s -b "$work/fay" "$url")
    expect_in "$page" "Others (fewer than 3 per role)" "the phone page shows the pooled row"
    expect_in "$page" "(your vote)" "the phone page marks the phone's own choice"
    grep -q '<meter' <<<"$page" && bad "the result uses <meter>" || ok
    expect_eq "$(console 'decide 2')" ok "the facilitator decides decision 2"
else
    bad "night-call's decision 2 is no longer a choice: the pooling check needs another decision"
fi

# the rest of the case: every phone votes the first choice (or the first clauses), the room follows
for round in $(seq 1 40); do
    s=$(state ann)
    stage=$(echo "$s" | jq -r .stage)
    [ "$stage" = ended ] && break
    kind=$(echo "$s" | jq -r .step.kind)
    if [ "$kind" = compose ]; then
        min=$(echo "$s" | jq .step.min)
        [ "$min" -lt 1 ] && min=1
        list=$(seq -s, 1 "$min")
        for jar in ann bo cy; do vote "$jar" -d "clauses=$list" >/dev/null; done
        expect_eq "$(console "decide ${list//,/+}")" ok "the facilitator decides a draft"
    else
        for jar in ann bo; do vote "$jar" -d choice=1 >/dev/null; done
        vote cy -d choice=2 >/dev/null
        expect_eq "$(console reveal)" ok "reveal at decision $(echo "$s" | jq .step.decision)"
        expect_eq "$(console next)" ok "the majority decides"
    fi
done
expect_eq "$(state cy | jq -r .stage)" ended "the phones see the ending"
grep -q '^Ending: ' "$work/out" && ok || bad "the console names the ending"
expect_eq "$(console reveal)" "error: the case has ended" "nothing to reveal after the ending"
# one curl, 200 reads over 8 connections at once: more than 40 in some second even on a busy machine
codes=$(curl -s --parallel --parallel-max 8 -o /dev/null -w '%{http_code} ' -b "$work/bo" $(for _ in $(seq 1 200); do echo "${url}name"; done))
expect_in "$codes" "429" "more than 40 reads a second from one phone are refused"
echo quit >&3
exec 3>&-
wait "$pid"
expect_eq "$?" 0 "the console ends with status 0 after an ending"
expect_eq "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url")" 000 "the server has stopped"

# the records: the group's and one per participant
expect_eq "$(stat -c %a "$records")" 700 "the records folder is 0700"
expect_eq "$(find "$records" -name '*.jsonl' | wc -l)" 7 "seven records: the group and six phones"
for f in "$records"/*.jsonl; do
    expect_eq "$(stat -c %a "$f")" 600 "$(basename "$f") is 0600"
    expect_status 0 "debrief reads $(basename "$f")" -- "$casewalk" debrief "$f"
done
group=$(grep -l '"group":true' "$records"/*.jsonl | head -1)
workshop=$(head -1 "$group" | jq -r .session)
expect_eq "$(grep -l "\"workshop\":\"$workshop\"" "$records"/*.jsonl | wc -l)" 6 "each phone's record names the workshop"
expect_eq "$(grep '"decision":2,' "$group" | jq -c '[.votes.cps[0:2], .votes.dv[0:2], .votes.other[0:2]]')" \
    '[[3,0],[0,2],[0,1]]' "the group record keeps the exact counts per role"
cy=$(grep -l '"trainee":"cy-wren"' "$records"/*.jsonl)
expect_in "$(head -1 "$cy")" '"discipline":"other"' "the late phone's discipline is recorded"
ann=$(grep -l '"trainee":"ann <b>heron</b>"' "$records"/*.jsonl)
expect_in "$(grep '"decision":1,' "$ann")" '"first_chosen"' "ann's record keeps her first-round vote"
expect_in "$(grep '"decision":1,' "$cy")" '"type":"followed"' "the late phone's record says it followed decision 1"
grep -q 'x@example.org' "$records"/*.jsonl && bad "a refused pseudonym reached a record" || ok
# the summary of the whole folder keeps the room's participants apart from solo practice: it uses
# the group record, counts the participants in a line of their own, and points to --workshop
flat() { printf '%s' "$1" | tr '\n' ' ' | tr -s ' '; }
expect_status 0 "summary reads the folder" -- "$casewalk" summary "$records"
out=$(flat "$out")
n_records=$(ls "$records"/*.jsonl | wc -l)
n_people=$((n_records - 1))
expect_in "$out" "$n_records records read: 1 used" "the summary uses the group record"
expect_in "$out" "Read: 0 trainees in 0 sessions, and 1 room." "no participant is counted as a trainee"
expect_in "$out" "Room participants: $n_people in 1 room, kept apart from solo practice; for a room: casewalk summary --workshop $workshop" \
    "the participants are counted apart, with the way to their summary"
expect_in "$out" "Rooms: 1, with " "the room's votes are counted"
# no trainee's session shows decision 1's choices: the summary names them in the scenario's words
while IFS= read -r text; do
    expect_in "$out" "$text" "decision 1's choice named by its text"
done <<<"$first_texts"
# summary --workshop: the participants' own records, split by the discipline each joined as
expect_status 0 "summary of the workshop" -- "$casewalk" summary "$records" --workshop "$workshop" --min-group 1
out=$(flat "$out")
expect_in "$out" "$n_records records read: $n_people used" "the workshop summary uses every participant"
expect_in "$out" "Workshop $workshop: its participants' own records, by discipline; the room's group record found" \
    "the workshop line"
expect_in "$out" "Read: $n_people trainees in $n_people sessions, and 1 room." "the workshop summary counts its participants"
expect_status 0 "JSON summary of the workshop" -- "$casewalk" summary "$records" --workshop "$workshop" --min-group 1 \
    --json "$work/w.json"
# per discipline, as many as the records' headers name (a participant's own role, not the room's)
by_discipline=$(for f in "$records"/*.jsonl; do head -n 1 "$f"; done |
    jq -sc '[.[] | select(.workshop) | .discipline] | group_by(.) | map([.[0], length])')
expect_eq "$(jq -c '[.sessions_by_role[] | [.role, .answered]]' "$work/w.json")" "$by_discipline" \
    "the participants counted by the discipline each joined as"
expect_eq "$(jq -c '[.decisions[0].by_role[] | [.role, .answered]]' "$work/w.json")" '[["cps",1],["dv",1]]' \
    "decision 1 answered by the two phones there in time, cy-wren joined late"
finish console
