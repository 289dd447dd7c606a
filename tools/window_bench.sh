#!/usr/bin/env bash
# window_bench.sh — measures the window as a whole program under Xvfb: time to first frame, frame
# time for a screen full of text (the first, uncached frame and the frames after it), idle CPU
# while a scene is being read, and peak memory. Needs Xvfb, xdotool and /usr/bin/time.
#
# Usage: tools/window_bench.sh CASEWALK [RENDER_DRIVER]
#   RENDER_DRIVER: empty for SDL's default (OpenGL where it can), or "software".
set -euo pipefail
casewalk=$(realpath "$1")
driver=${2:-}
here=$(cd "$(dirname "$0")/.." && pwd)
scenario="$here/tests/window/long-day.lua"

tmp=$(mktemp -d)
xvfb="" app=""
cleanup() {
  [ -n "$app" ] && kill "$app" 2>/dev/null || true
  [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

Xvfb -displayfd 3 -screen 0 1280x900x24 -nolisten tcp 3>"$tmp/display" 2>/dev/null &
xvfb=$!
for _ in $(seq 100); do [ -s "$tmp/display" ] && break; sleep 0.1; done
export DISPLAY=":$(head -n 1 "$tmp/display")" XDG_CONFIG_HOME="$tmp/config" CASEWALK_WINDOW_TIMING=1
unset SDL_VIDEODRIVER
[ -n "$driver" ] && export SDL_RENDER_DRIVER="$driver"

# Launch: the window opens on the content notes; the clock starts just before exec.
start=$(date +%s.%N)
/usr/bin/time -v "$casewalk" play "$scenario" --ui gui --role cps --trainee bench --records "$tmp/records" \
  2>"$tmp/stderr" &
timer=$!
for _ in $(seq 200); do app=$(pgrep -P "$timer" || true); [ -n "$app" ] && break; sleep 0.05; done
for _ in $(seq 200); do xdotool search --onlyvisible --name '^casewalk$' >/dev/null 2>&1 && break; sleep 0.05; done
xdotool windowfocus --sync "$(xdotool search --onlyvisible --name '^casewalk$' | head -n 1)"
sleep 0.5

# Begin: the scene with a screen full of text; then 40 focus moves, each a full redraw.
before=$(grep -c 'frame .* draw' "$tmp/stderr")
xdotool key Return
sleep 0.5
for _ in $(seq 40); do xdotool key Tab; sleep 0.05; done
sleep 0.5

# Idle: nothing happens for 10 s while the trainee reads.
ticks() { awk '{ print $14 + $15 }' "/proc/$app/stat"; }
idle_start=$(ticks)
sleep 10
idle_end=$(ticks)
hz=$(getconf CLK_TCK)

xdotool key ctrl+q
wait "$timer" || true
app=""

first=$(sed -n 's/^window-timing: first frame shown at //p' "$tmp/stderr")
awk -v s="$start" -v f="$first" 'BEGIN { printf "time to first frame:          %.1f ms (exec to the first frame on screen)\n", (f - s) * 1000 }'
grep 'frame .* draw' "$tmp/stderr" | tail -n +"$((before + 1))" | awk '{ print $5 + $8 }' >"$tmp/frames"
awk 'NR == 1 { printf "full screen of text, 1st frame: %.2f ms (words rendered and cached)\n", $1 }' "$tmp/frames"
tail -n +2 "$tmp/frames" | sort -n |
  awk '{ t[NR] = $1 } END { printf "full screen of text, later:    median %.2f ms, slowest %.2f ms over %d frames\n",
                                   t[int((NR + 1) / 2)], t[NR], NR }'
echo "  (draw = building the frame, present = SDL_RenderPresent; renderer: ${driver:-SDL default})"
grep 'frame .* draw' "$tmp/stderr" | tail -n 1 | awk '{ printf "  caches at the end: %s words, %s word textures made, %s layouts computed\n", $11, $13, $15 }'
awk -v a="$idle_start" -v b="$idle_end" -v hz="$hz" \
  'BEGIN { printf "idle CPU while reading:       %.2f%% (%d ticks of %d Hz in 10 s)\n", (b - a) * 100 / (10 * hz), b - a, hz }'
sed -n 's/^\tMaximum resident set size (kbytes): /peak memory (max RSS):         /p' "$tmp/stderr" | sed 's/$/ KiB/'
