#!/usr/bin/env bash
# full.sh ROOM_LOAD CASEWALK SOURCE_DIR BUILD_DIR — a full room: tools/room_load plays the
# facilitator and 30 simulated phones through petition-drafting (a second vote round and a
# drafting step included) while tests/room/guest.js brings two real browsers into the same room
# as guests. room_load checks every vote, the phones' results, the console's total and every
# participant's record, the guests' included; guest.js checks that both pages follow every step
# by themselves and show each result. Fails if either does.
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
    --guests "$guests" || load_status=$?
# room_load stops early only on a failure; the guests then wait no longer than their timeouts
[ -e "$guests/done" ] || [ "$load_status" -eq 0 ] || kill "$guest_pid" 2>/dev/null || true
guest_status=0
wait "$guest_pid" || guest_status=$?
echo "room_full: wall time $(( $(date +%s) - start )) s; room_load exit $load_status, guests exit $guest_status"
[ "$load_status" -eq 0 ] && [ "$guest_status" -eq 0 ]
