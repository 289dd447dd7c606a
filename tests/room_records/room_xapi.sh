#!/usr/bin/env bash
# room_xapi.sh CASEWALK MAKE_ROOM SCENARIOS XAPI_DIR — a room's records as xAPI: every statement of
# the group record and of each participant's record through the independent validator
# (tests/xapi, installed by `npm ci`); a participant's statements name the workshop in
# contextActivities.grouping and their discipline in context.extensions; a decision they did not
# answer gives no statement; their answers carry the room's choice.
set -uo pipefail
casewalk=$1
make_room=$2
scenarios=$3
xapi_dir=$4
. "$(dirname "$0")/../lib.sh"
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "node and npm are needed for the independent xAPI validator (tools/quickstart test installs them)"
    exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$xapi_dir/package.json" "$xapi_dir/package-lock.json" "$xapi_dir/validate.js" "$work/"
(cd "$work" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null) || bad "npm ci"

home=https://training.example.org
records=$work/records
"$make_room" "$scenarios/cross-system-dialogue.lua" "$records" 3 dv 11 0 >"$work/room.txt" || bad "the room was not played"
workshop=$(head -1 "$work/room.txt")
decisions=$(($(wc -l <"$work/room.txt") - 1))
expect_status 0 "xapi of the room's records" -- "$casewalk" xapi "$records" --homepage "$home" --out "$work/room.json"
expect_status 0 "the statements validate" -- bash -c "cd '$work' && node validate.js room.json '$home'"

x=$home/xapi/extensions
# the participant who did not answer odd decisions: heron-3 (discipline "other")
of() { jq -c --arg t "$1" '[.[] | select(.actor.account.name == $t)]' "$work/room.json"; }
answered() { of "$1" | jq '[.[] | select(.verb.id | endswith("/answered"))] | length'; }
expect_eq "$(answered heron-1)" "$decisions" "heron-1 answered every decision"
expect_eq "$(answered heron-3)" "$((decisions / 2))" "heron-3's unanswered decisions give no statement"
expect_eq "$(of heron-2 | jq -r --arg w "$home/xapi/workshops/$workshop" \
    '[.[] | .context.contextActivities.grouping | map(.id) | index($w) != null] | all')" true \
    "every statement of a participant names the workshop"
expect_eq "$(of heron-2 | jq -r --arg k "$x/discipline" '[.[] | .context.extensions[$k]] | unique | join(",")')" dv \
    "heron-2's discipline"
expect_eq "$(of heron-2 | jq -r --arg k "$x/workshop" '[.[] | .context.extensions[$k]] | unique | join(",")')" "$workshop" \
    "the workshop's UUID"
expect_eq "$(of heron-1 | jq -r --arg k "$x/role" '[.[] | .context.extensions[$k]] | unique | join(",")')" dv \
    "heron-1's role: the one the room followed"
expect_eq "$(of heron-1 | jq -r --arg k "$x/discipline" '[.[] | .context.extensions[$k]] | unique | join(",")')" cps \
    "heron-1's discipline: their own"
# the room's first choice rides on heron-2's first answer, their own vote in result.response
first_room=$(sed -n 2p "$work/room.txt" | cut -d' ' -f3)
expect_eq "$(of heron-2 | jq -r --arg k "$x/room-response" \
    '[.[] | select(.verb.id | endswith("/answered"))][0].result.extensions[$k]')" "$first_room" "the room's choice"
response=$(of heron-2 | jq -r '[.[] | select(.verb.id | endswith("/answered"))][0].result.response')
[ "$response" != "$first_room" ] && ok || bad "heron-2 voted otherwise than the room"
# the group record's statements carry the workshop's UUID as their registration
expect_eq "$(jq -r --arg w "$workshop" '[.[] | select(.context.registration == $w)] | length > 0' "$work/room.json")" true \
    "the group session's registration is the workshop's UUID"
finish room_xapi
