#!/usr/bin/env bash
# projector.sh CASEWALK BMP_PROBE — the workshop at a projector, in a real X11 server (Xvfb):
#  1. a whole case (hand counts, a second round, a tie, the draft, the ending) at 1920x1080,
#     1280x720 and 800x600, every frame saved (--shots) and its layout reported: every page fits
#     (all choices and the action bar inside the window, nothing scrolled), full screen, and body
#     text of at least a 34th of the height on the scene, choice and result pages; the pictures
#     checked: no bars before the reveal, bars after, the recommended mark only after K;
#  2. phones: the join page with its QR code, four phones (curl) joining and voting, the count
#     of answers while voting, the reveal, a second round, the key, the pause menu (Esc does
#     not end the workshop), the room's decision, Save and quit; then `--resume` without a path
#     carries on with that record;
#  3. the drafting step by keyboard: Enter submits the room's draft.
set -euo pipefail
casewalk=$1
probe=$2
here=$(cd "$(dirname "$0")" && pwd)
case_file=$here/room-case.lua
fail() { echo "projector.sh: $*" >&2; exit 1; }
for tool in Xvfb xdotool curl; do
  command -v "$tool" >/dev/null || fail "$tool is required (tools/quickstart installs it)"
done
tmp=$(mktemp -d)
app="" xvfb=""
cleanup() {
  [ -n "$app" ] && kill "$app" 2>/dev/null || true
  [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT
export XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data
unset SDL_VIDEODRIVER

start_xvfb() { # SIZE
  [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null && wait "$xvfb" 2>/dev/null || true
  rm -f "$tmp/display"
  Xvfb -displayfd 3 -screen 0 "$1x24" -nolisten tcp 3>"$tmp/display" 2>"$tmp/xvfb.log" &
  xvfb=$!
  for _ in $(seq 100); do [ -s "$tmp/display" ] && break; sleep 0.1; done
  [ -s "$tmp/display" ] || fail "Xvfb did not start: $(cat "$tmp/xvfb.log")"
  export DISPLAY=":$(head -n 1 "$tmp/display")"
}
wait_for() { # runs a check until it succeeds, for 15 s at most
  for _ in $(seq 150); do "$@" >/dev/null 2>&1 && return 0; sleep 0.1; done
  fail "timed out waiting for: $*"
}
press() { for key in "$@"; do xdotool key --clearmodifiers "$key"; sleep 0.2; done; }
# frames PAGE: how many frames of that page the layout report has shown so far
frames() { grep -c "^layout $1 " "$tmp/app.out" || true; }
shown() { [ "$(frames "$1")" -gt "${2:-0}" ]; }

# 1. The whole case by --votes at three sizes.
votes="cps=3/1/0;dv=0/4/1>cps=4/0/0;dv=1/4/0,cps=2/2/0;dv=2/2/0@2,draft=1+2"
for size in 1920x1080 1280x720 800x600; do
  start_xvfb "$size"
  w=${size%x*} h=${size#*x}
  shots=$tmp/shots-$size
  mkdir -p "$shots"
  status=0
  "$casewalk" workshop "$case_file" --records "$tmp/r-$size" --votes "$votes" --shots "$shots" --layout-report \
    >"$tmp/layout" 2>"$tmp/err" || status=$?
  [ "$status" -eq 0 ] || fail "$size: exit status $status: $(cat "$tmp/err")"
  n=$(grep -c '^layout ' "$tmp/layout")
  [ "$n" -ge 20 ] || fail "$size: only $n frames reported"
  [ "$(ls "$shots"/*.bmp | wc -l)" -eq "$n" ] || fail "$size: $n frames but $(ls "$shots" | wc -l) pictures"
  ! grep -v ' fits yes$' "$tmp/layout" || fail "$size: a page does not fit (lines above)"
  grep -v "^layout [a-z0-9-]* window $w $h " "$tmp/layout" && fail "$size: not full screen (lines above)"
  for page in scene choices results results-key choices-round2 results-round2 results-round2-key feedback draft ending ending-path; do
    grep -q "^layout $page " "$tmp/layout" || fail "$size: no $page page"
  done
  # the room reads the scene, the choices and the results at full size (a 34th of the height)
  min=$(( (h * 10 / 34 + 5) / 10 ))
  awk -v min="$min" '$2 ~ /^(scene|choices|results)/ && $7 < min { print; bad = 1 } END { exit bad }' "$tmp/layout" ||
    fail "$size: text below $min px on the pages above"
  # every choice's box is inside the view, above the action bar
  awk '$2 ~ /^(choices|results)/ { for (i = 20; i < 20 + $19; i++) { split($i, b, ","); if (b[2] + b[4] > $15) { print; bad = 1 } } }
       END { exit bad }' "$tmp/layout" || fail "$size: a choice reaches into the action bar"
  echo "projector.sh: $size: $n frames fit; text sizes $(awk '{print $7}' "$tmp/layout" | sort -n | uniq | tr '\n' ' ')"
  # no bars before the reveal (DV's stripes are 8A4B08), bars after, the recommended mark (1B5A38) after K only
  first() { ls "$shots"/*-"$1".bmp | head -n 1; }
  read -r pw ph dv_choices < <("$probe" "$(ls "$shots"/*-choices.bmp | sed -n 2p)" 8A4B08)
  [ "$pw $ph" = "$w $h" ] || fail "$size: picture is $pw x $ph"
  read -r _ _ dv_results < <("$probe" "$(first results)" 8A4B08)
  read -r _ _ key_before < <("$probe" "$(first results)" 1B5A38)
  read -r _ _ key_after < <("$probe" "$(first results-key)" 1B5A38)
  [ "$dv_choices" -eq 0 ] || fail "$size: bars drawn before the reveal ($dv_choices pixels)"
  [ "$dv_results" -gt 200 ] || fail "$size: no DV bars after the reveal ($dv_results pixels)"
  [ "$key_after" -gt $((key_before + 100)) ] || fail "$size: the key did not mark a choice ($key_before → $key_after)"
done
# A scene longer than the screen is paged, not scrolled (at 1280x720 the long day's notes take two).
start_xvfb 1280x720
"$casewalk" workshop "$here/../window/long-day.lua" --records "$tmp/r-long" --votes "cps=1" --layout-report \
  >"$tmp/layout" 2>"$tmp/err" || true
[ "$(grep -c '^layout scene ' "$tmp/layout")" -ge 2 ] || fail "the long scene was not paged: $(cut -c1-60 "$tmp/layout")"
! grep -v ' fits yes$' "$tmp/layout" || fail "a page of the long scene does not fit (above)"

# The largest text size (Ctrl + as far as it goes, remembered in window.conf) still leaves every
# choice and the action bar on the screen.
mkdir -p "$XDG_CONFIG_HOME/casewalk"
printf 'projector_text_size = 300\n' >"$XDG_CONFIG_HOME/casewalk/window.conf"
"$casewalk" workshop "$case_file" --records "$tmp/r-large" --votes "$votes" --layout-report >"$tmp/layout" 2>"$tmp/err" ||
  fail "at the largest text: $(cat "$tmp/err")"
! grep -v ' fits yes$' "$tmp/layout" || fail "at the largest text a page does not fit (above)"
awk '$2 ~ /^choices/ && $7 < 21 { print; bad = 1 } END { exit bad }' "$tmp/layout" ||
  fail "at the largest text size the choices came out smaller than at the default"
rm -f "$XDG_CONFIG_HOME/casewalk/window.conf"

record=$(ls "$tmp/r-1920x1080"/*.jsonl)
grep '"decision":1,' "$record" | grep -q '"votes":{"cps":\[4,0,0\],"dv":\[1,4,0\]},"first_votes":{"cps":\[3,1,0\],"dv":\[0,4,1\]}' ||
  fail "round 2 not recorded with round 1: $(grep '"decision":1,' "$record")"
grep '"decision":1,' "$record" | grep -q '"changed":{"cps":1,"dv":1}' || fail "changed minds not recorded"

# 2. Phones, at 1920x1080.
start_xvfb 1920x1080
# Opening the room and going back to the start page, then quitting, leaves no record at all (a
# phone had joined: it gets none either, as the case never began).
rm -rf "$tmp/rq"
"$casewalk" workshop "$case_file" --records "$tmp/rq" --listen 127.0.0.1:0 --layout-report >"$tmp/app.out" 2>"$tmp/app.err" &
app=$!
wait_for shown start
win=$(xdotool search --name '^casewalk workshop$' | head -n 1)
xdotool windowfocus --sync "$win"
sleep 0.3
press Return
wait_for grep -q '^Join: http' "$tmp/app.out"
url=$(grep -o 'http://[^ ]*' "$tmp/app.out" | head -n 1)
[ "$(curl -s -o /dev/null -w '%{http_code}' -d 'pseudonym=early&role=cps' "${url}join")" = 303 ] || fail "a phone could not join"
starts=$(frames start)
press Escape
wait_for shown start "$starts"
press Escape
status=0
wait "$app" || status=$?
app=""
[ "$status" -eq 0 ] || fail "quitting from the start page: exit status $status: $(cat "$tmp/app.err")"
left=$(find "$tmp/rq" -name '*.jsonl' 2>/dev/null | wc -l)
[ "$left" -eq 0 ] || fail "opening the room and leaving before the case began left $left records"

rm -rf "$tmp/rp"
"$casewalk" workshop "$case_file" --records "$tmp/rp" --listen 127.0.0.1:0 --layout-report >"$tmp/app.out" 2>"$tmp/app.err" &
app=$!
wait_for shown start
win=$(xdotool search --name '^casewalk workshop$' | head -n 1)
xdotool windowfocus --sync "$win"
sleep 0.3
press Return
wait_for grep -q '^Join: http' "$tmp/app.out"
url=$(grep -o 'http://[^ ]*' "$tmp/app.out" | head -n 1)
grep '^layout join ' "$tmp/app.out" | tail -n 1 | grep -q ' boxes 1 .* fits yes$' || fail "the join page has no QR code that fits"
qr=$(grep '^layout join ' "$tmp/app.out" | tail -n 1 | awk '{split($20, b, ","); print b[3]}')
[ "$qr" -ge 500 ] || fail "the QR code is $qr px wide: too small for the back of the room"
join() { curl -s -c "$tmp/$1.jar" -b "$tmp/$1.jar" -o /dev/null -w '%{http_code}' -d "pseudonym=$1&role=$2" "${url}join"; }
for who in heron:cps otter:cps finch:cps lark:dv robin:dv jay:dv wren:other; do
  [ "$(join "${who%:*}" "${who#*:}")" = 303 ] || fail "${who%:*} could not join"
done
vote() { curl -s -b "$tmp/$1.jar" -H 'Accept: application/json' -d "choice=$2&round=$3&step=1" "${url}vote"; }
press Return space
wait_for shown choices
for v in heron:1 otter:2 finch:1 lark:2 robin:2 jay:1; do vote "${v%:*}" "${v#*:}" 1 >/dev/null; done
sleep 0.5
import -window root "BMP3:$tmp/answered.bmp"
press r
wait_for shown results
read -r _ _ dv_answered < <("$probe" "$tmp/answered.bmp" 8A4B08)
dv_revealed=0
for _ in $(seq 20); do # the frame reaches the screen shortly after its report
  sleep 0.2
  import -window root "BMP3:$tmp/revealed.bmp"
  read -r _ _ dv_revealed < <("$probe" "$tmp/revealed.bmp" 8A4B08)
  [ "$dv_revealed" -gt 200 ] && break
done
[ "$dv_answered" -eq 0 ] || fail "phones: bars shown before the reveal ($dv_answered pixels)"
[ "$dv_revealed" -gt 200 ] || fail "phones: no DV bars after the reveal ($dv_revealed pixels)"
press v
wait_for shown choices-round2
for v in heron:2 otter:2 lark:2 wren:1; do
  [ "$(vote "${v%:*}" "${v#*:}" 2)" = '{"ok":true}' ] || fail "${v%:*}'s second vote was refused"
done
sleep 0.3
# round 2: CPS 2, DV 1, other 1 answered: no role has the 3 answers a row of its own needs, so
# the projector shows one pooled row (never a DV bar of one person's vote); the record keeps the
# exact counts per role
round2=$(frames results-round2)
press r
wait_for shown results-round2 "$round2"
dv_round2=1
for _ in $(seq 10); do
  sleep 0.3
  import -window root "BMP3:$tmp/round2.bmp"
  read -r _ _ dv_round2 < <("$probe" "$tmp/round2.bmp" 8A4B08)
  [ "$dv_round2" -eq 0 ] && break
done
[ "$dv_round2" -eq 0 ] || fail "phones: a DV bar of one answer after the round-2 reveal ($dv_round2 pixels)"
press k Escape
wait_for shown pause-menu
sleep 0.5
kill -0 "$app" || fail "one Esc ended the workshop"
press Escape m
wait_for shown feedback
press Escape q
status=0
wait "$app" || status=$?
app=""
[ "$status" -eq 3 ] || fail "Save and quit: exit status $status, wanted 3: $(cat "$tmp/app.err")"
group=$(grep -l '"group":true' "$tmp/rp"/*.jsonl)
[ "$(echo "$group" | wc -l)" -eq 1 ] || fail "not one group record: $group"
[ "$(ls "$tmp/rp"/*.jsonl | wc -l)" -eq 8 ] || fail "wanted the group's record and seven phones'"
grep '"type":"decision"' "$group" | grep -q '"votes":{"cps":\[0,2,0\],"dv":\[0,1,0\],"other":\[1,0,0\]}' ||
  fail "the group record does not keep round 2's exact counts per role: $(grep '"type":"decision"' "$group")"
grep '"type":"decision"' "$group" | grep -q '"changed":{"cps":1,"dv":0,"other":0}' ||
  fail "the room's second round is not in the group record: $(grep '"type":"decision"' "$group")"
tail -n 1 "$group" | grep -q '"type":"paused"' || fail "Save and quit did not pause the record"
! grep '^layout ' "$tmp/app.out" | grep -v ' fits yes$' || fail "a phones page does not fit (above)"
# carries on: --resume with no record takes the newest unfinished workshop
status=0
CASEWALK_SCENARIOS=$here "$casewalk" workshop --resume --records "$tmp/rp" --votes "cps=1;dv=1@1,draft=1" >"$tmp/out" 2>"$tmp/err" || status=$?
[ "$status" -eq 0 ] || fail "--resume without a record: exit status $status: $(cat "$tmp/err")"
tail -n 1 "$group" | grep -q '"type":"ending"' || fail "the resumed workshop did not reach its ending"

# 3. Hand counts by keyboard; the draft is submitted with Enter.
rm -f "$tmp/app.out"
"$casewalk" workshop "$case_file" --records "$tmp/rk" --role cps --layout-report >"$tmp/app.out" 2>"$tmp/app.err" &
app=$!
wait_for shown start
win=$(xdotool search --name '^casewalk workshop$' | head -n 1)
xdotool windowfocus --sync "$win"
sleep 0.3
press Return space
wait_for shown choices
press 3 Tab 2 r m Return
wait_for grep -q '"decision":1,' "$tmp"/rk/*.jsonl
press space 1 r m Return
wait_for grep -q '"decision":2,' "$tmp"/rk/*.jsonl
press space
wait_for shown draft
press 1 2 Return
wait_for grep -q '"type":"draft"' "$tmp"/rk/*.jsonl
press Return space Return
status=0
wait "$app" || status=$?
app=""
[ "$status" -eq 0 ] || fail "the keyboard run: exit status $status: $(cat "$tmp/app.err")"
grep -q '"type":"draft".*"clauses":\["his_act","her_steps"\]' "$tmp"/rk/*.jsonl ||
  fail "Enter did not submit the draft of clauses 1 and 2: $(grep '"type":"draft"' "$tmp"/rk/*.jsonl)"
grep '"decision":1,' "$tmp"/rk/*.jsonl | grep -q '"votes":{"cps":\[3,0,0\],"dv":\[2,0,0\]}' ||
  fail "the typed counts are not recorded: $(grep '"decision":1,' "$tmp"/rk/*.jsonl)"
echo "projector.sh: all checks passed"
