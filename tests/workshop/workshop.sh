#!/usr/bin/env bash
# workshop.sh CASEWALK BMP_PROBE — workshop mode scripted with --votes on room-case.lua: the group
# record (header, votes per role, picked_by majority and facilitator, the tie), debrief and summary
# of it, pause and resume, errors in --votes, no display, and screenshots checked pixel by pixel:
# the bars are drawn when the results are revealed and not before.
set -euo pipefail
casewalk=$1
probe=$2
here=$(cd "$(dirname "$0")" && pwd)
case_file=$here/room-case.lua
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data
fail() { echo "workshop.sh: $*" >&2; exit 1; }

# expect_status WANT CMD...: runs CMD, output in $tmp/out and $tmp/err, and checks its exit status.
expect_status() {
  local want=$1 status=0
  shift
  "$@" >"$tmp/out" 2>"$tmp/err" || status=$?
  [ "$status" -eq "$want" ] || fail "exit status $status, wanted $want: $*; stderr: $(cat "$tmp/err")"
}
contains() { grep -qF -- "$2" "$1" || fail "$1 lacks: $2 ($(head -c 600 "$1"))"; }

# 1. A whole case: decision 1 by the majority (the choice shown second: 1 + 4 votes), decision 2
#    tied 4-4 and picked by the facilitator (the choice shown second), then the draft. The order
#    shown is drawn per session: the votes are entered by position shown, and the record must
#    name the choice that was shown there (shown_at: the id at a 1-based position).
shown_at() { jq -r "select(.type==\"decision\" and .decision==$2) | .shown[$3 - 1]" "$1"; }
chosen_in() { jq -r "select(.type==\"decision\" and .decision==$2) | .chosen" "$1"; }
records=$tmp/records
expect_status 0 "$casewalk" workshop "$case_file" --windowed --records "$records" --name "Tuesday room" \
  --votes "cps=3/1/0;dv=0/4/1,cps=2/2/0;dv=2/2/0@2,draft=1+2" --screenshot "$tmp/end.bmp"
record=$(ls "$records"/*.jsonl)
[ "$(ls "$records"/*.jsonl | wc -l)" -eq 1 ] || fail "one record expected"
head -n 1 "$record" > "$tmp/header"
contains "$tmp/header" '"group":true'
contains "$tmp/header" '"trainee":"Tuesday room"'
contains "$tmp/header" '"role":"cps"'
grep '"decision":1,' "$record" > "$tmp/d1"
[ "$(chosen_in "$record" 1)" = "$(shown_at "$record" 1 2)" ] || fail "decision 1 is not the choice shown second"
[ "$(jq -r 'select(.type=="decision" and .decision==1) | .shown | sort | join(",")' "$record")" = \
  "call_home,safe_call,wait" ] || fail "decision 1 did not show the three choices"
contains "$tmp/d1" '"votes":{"cps":[3,1,0],"dv":[0,4,1]}'
contains "$tmp/d1" '"picked_by":"majority"'
grep '"decision":2,' "$record" > "$tmp/d2"
[ "$(chosen_in "$record" 2)" = "$(shown_at "$record" 2 2)" ] || fail "decision 2 is not the choice shown second"
contains "$tmp/d2" '"votes":{"cps":[2,2,0],"dv":[2,2,0]}'
contains "$tmp/d2" '"picked_by":"facilitator"'
grep '"type":"draft"' "$record" > "$tmp/d3"
contains "$tmp/d3" '"clauses":["his_act","her_steps"]'
tail -n 1 "$record" | grep -q '"type":"ending"' || fail "the record does not end with the ending"
# --windowed: the remembered 1100x760, but never wider than the test display's 1024x768 screen
[ "$("$probe" "$tmp/end.bmp")" = "1024 760" ] || fail "end screenshot size: $("$probe" "$tmp/end.bmp")"

# 2. debrief and summary read the group record and show the votes.
expect_status 0 "$casewalk" debrief "$record" --scenario "$case_file"
contains "$tmp/out" "Workshop Tuesday room"
contains "$tmp/out" "cps 3/1/0; dv 0/4/1 (picked by majority)"
contains "$tmp/out" "cps 2/2/0; dv 2/2/0 (picked by facilitator)"
expect_status 0 "$casewalk" summary "$record" --scenario "$case_file"
contains "$tmp/out" "Rooms: 1, with 17 votes, shown apart under \"Room votes\""
contains "$tmp/out" "Read: 0 trainees in 0 sessions, and 1 room."

# 3. A tie without the facilitator's pick, and --votes that do not parse or do not fit.
expect_status 1 "$casewalk" workshop "$case_file" --windowed --records "$tmp/r2" --votes "cps=2/2/0;dv=1/1/0"
contains "$tmp/err" "tied"
expect_status 2 "$casewalk" workshop "$case_file" --windowed --records "$tmp/r2" --votes "cps=2/x"
contains "$tmp/err" "--votes"
expect_status 2 "$casewalk" workshop "$case_file" --windowed --records "$tmp/r2" --votes "cps=1@hidden,cps=1"
expect_status 1 "$casewalk" workshop "$case_file" --windowed --records "$tmp/r2" --votes "cps=1/1/1/1"
contains "$tmp/err" "4 counts"
expect_status 1 "$casewalk" workshop "$case_file" --windowed --records "$tmp/r2" --votes "nurse=1"
contains "$tmp/err" "no role 'nurse'"
expect_status 2 "$casewalk" workshop "$case_file" --windowed --bogus
expect_status 0 "$casewalk" workshop --help
contains "$tmp/out" "--votes LIST"

# 4. Pause and resume: decision 1 only, then the rest with --resume (followed role: dv).
expect_status 3 "$casewalk" workshop "$case_file" --windowed --records "$tmp/r3" --role dv --votes "cps=0/0/2;dv=0/0/3"
paused=$(ls "$tmp/r3"/*.jsonl)
tail -n 1 "$paused" | grep -q '"type":"paused"' || fail "the record was not paused"
expect_status 0 "$casewalk" workshop "$case_file" --windowed --resume "$paused" --votes "cps=3;dv=2,draft=2"
[ "$(ls "$tmp/r3"/*.jsonl | wc -l)" -eq 1 ] || fail "resume made a second record"
contains "$paused" '"role":"dv"'
[ "$(chosen_in "$paused" 1)" = "$(shown_at "$paused" 1 3)" ] || fail "the paused decision is not the choice shown third"
contains "$paused" '"votes":{"cps":[3,0,0],"dv":[2,0,0]}'
tail -n 1 "$paused" | grep -q '"type":"ending"' || fail "the resumed record did not reach the ending"

# 5. Screenshots of decision 2: votes entered but hidden, then revealed. The DV bars' stripes are
#    dark amber (8A4B08), drawn nowhere else; the CPS bars are solid deep blue (1C4A72).
votes="cps=3/1/0;dv=0/4/1,cps=5/2/1;dv=1/6/2"
expect_status 3 "$casewalk" workshop "$case_file" --windowed --records "$tmp/r4" --votes "$votes@hidden" --screenshot "$tmp/hidden.bmp" --layout-report
cp "$tmp/out" "$tmp/hidden.layout"
expect_status 3 "$casewalk" workshop "$case_file" --windowed --records "$tmp/r4" --votes "$votes@shown" --screenshot "$tmp/shown.bmp" --layout-report
cp "$tmp/out" "$tmp/shown.layout"
read -r w h dv_hidden < <("$probe" "$tmp/hidden.bmp" 8A4B08)
[ "$w $h" = "1024 760" ] || fail "screenshot size $w x $h"
read -r _ _ dv_shown < <("$probe" "$tmp/shown.bmp" 8A4B08)
# (CPS blue counted above each page's action bar only: the bar's main button is drawn in it too,
# and its label is shorter on a narrow screen)
bar_top() { tail -n 1 "$1" | sed -n 's/.* bar [0-9]* \([0-9]*\) .*/\1/p'; }
hidden_bar=$(bar_top "$tmp/hidden.layout") shown_bar=$(bar_top "$tmp/shown.layout")
[ -n "$hidden_bar" ] && [ -n "$shown_bar" ] || fail "no action bar in the layout reports"
read -r _ _ cps_hidden < <("$probe" "$tmp/hidden.bmp" 1C4A72 0 0 "$w" "$hidden_bar")
read -r _ _ cps_shown < <("$probe" "$tmp/shown.bmp" 1C4A72 0 0 "$w" "$shown_bar")
echo "DV bar pixels: hidden $dv_hidden, revealed $dv_shown; CPS: hidden $cps_hidden, revealed $cps_shown"
[ "$dv_hidden" -eq 0 ] || fail "DV bars drawn before the reveal ($dv_hidden pixels)"
[ "$dv_shown" -gt 1500 ] || fail "no DV bars after the reveal ($dv_shown pixels)"
[ "$cps_shown" -gt $((cps_hidden + 3000)) ] || fail "no CPS bars after the reveal ($cps_hidden → $cps_shown)"
# The first choice's bars (CPS 5 of 8, DV 1 of 9): more CPS than DV ink in its box, which the
# layout report gives (the last frame's first box).
box=$(grep '^layout results ' "$tmp/shown.layout" | tail -n 1 | sed 's/.* boxes [0-9]* \([0-9,]*\) .*/\1/' | tr ',' ' ')
[ -n "$box" ] || fail "no box for choice 1 in the layout report: $(tail -n 2 "$tmp/shown.layout")"
read -r _ _ band_cps < <("$probe" "$tmp/shown.bmp" 1C4A72 $box)
read -r _ _ band_dv < <("$probe" "$tmp/shown.bmp" 8A4B08 $box)
[ "$band_cps" -gt $((band_dv * 3)) ] || fail "choice 1's bars: CPS $band_cps, DV $band_dv pixels"

# 6. The page before the case, as a picture; and without a display, a clear refusal.
expect_status 0 "$casewalk" workshop "$case_file" --windowed --records "$tmp/r5" --screenshot "$tmp/notes.bmp"
[ ! -e "$tmp/r5" ] || [ -z "$(ls -A "$tmp/r5")" ] || fail "the notes page wrote a record"
expect_status 1 env -u DISPLAY -u WAYLAND_DISPLAY SDL_VIDEODRIVER=x11 "$casewalk" workshop "$case_file" --windowed --records "$tmp/r6"
contains "$tmp/err" "needs a screen"
echo "workshop.sh: all checks passed"
