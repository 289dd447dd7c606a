#!/usr/bin/env bash
# full.sh ROOM_LOAD CASEWALK SOURCE_DIR BUILD_DIR — a full room: tools/room_load plays the
# facilitator and 30 simulated phones through petition-drafting (a second vote round and a
# drafting step included) while tests/room/guest.js brings two real browsers into the same room
# as guests. room_load checks every vote, the phones' results, the console's total and every
# participant's record, the guests' included; guest.js checks that both pages follow every step
# by themselves and show each result. Then `casewalk summary --workshop` of the room splits its
# participants by the discipline each joined as. Fails if any does.
set -euo pipefail
room_load=$1 casewalk=$2 root=$3 build=$4
. "$root/tests/room/browser_env.sh"
room_browser_setup "$root" "$build"
cp "$root/tests/room/guest.js" "$browser_dir/"
guests=$(mktemp -d "${TMPDIR:-/tmp}/room_full.XXXXXX")
trap 'rm -rf "$guests"' EXIT
start=$(date +%s)
node "$browser_dir/guest.js" "$guests" "$chromium" &
guest_pid=$!
load_status=0
"$room_load" --phones 30 --seed 5 --casewalk "$casewalk" --scenario "$root/scenarios/petition-drafting.lua" \
    --guests "$guests" --keep "$guests/records" || load_status=$?
# room_load stops early only on a failure; the guests then wait no longer than their timeouts
[ -e "$guests/done" ] || [ "$load_status" -eq 0 ] || kill "$guest_pid" 2>/dev/null || true
guest_status=0
wait "$guest_pid" || guest_status=$?
echo "room_full: wall time $(( $(date +%s) - start )) s; room_load exit $load_status, guests exit $guest_status"
[ "$load_status" -eq 0 ] && [ "$guest_status" -eq 0 ]

# the workshop's summary: every participant once, split by the discipline each joined as (the
# records' own headers say which), the room's group record found
records=$guests/records
group=$(grep -l '"group":true' "$records"/*.jsonl | head -n 1)
workshop=$(head -n 1 "$group" | jq -r .session)
"$casewalk" summary "$records" --workshop "$workshop" --min-group 1 --json "$guests/summary.json" >/dev/null
by_discipline=$(for f in "$records"/*.jsonl; do head -n 1 "$f"; done |
    jq -sc '[.[] | select(.workshop) | .discipline] | group_by(.) | map([.[0], length])')
got=$(jq -c '[.sessions_by_role[] | [.role, .answered]]' "$guests/summary.json")
echo "room_full: the workshop's summary by discipline: $got"
[ "$(jq 'map(.[1]) | add' <<<"$by_discipline")" -eq 32 ] || { echo "room_full: $by_discipline: not 32 participants"; exit 1; }
[ "$got" = "$by_discipline" ] || { echo "room_full: the summary splits them $got; the records say $by_discipline"; exit 1; }
