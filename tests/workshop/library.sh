#!/usr/bin/env bash
# library.sh CASEWALK SCENARIOS_DIR — every shipped case through the workshop at a projector, in a
# real X11 server (Xvfb) at 1920x1080 and 1280x720, with hand counts (the room follows CPS and
# votes for the first choice; a drafting step takes clauses 1, 2 and 3). A fixed --seed keeps the
# choices in the same order every run, so the counts mean the same choices. Every page kind
# (scene, choices, results, key, draft, feedback, ending, the room's path) must fit the screen
# and keep body text at a 34th of the height or more: a long page is shown in parts instead.
set -euo pipefail
casewalk=$1
library=$2
fail() { echo "library.sh: $*" >&2; exit 1; }
command -v Xvfb >/dev/null || fail "Xvfb is required (tools/quickstart installs it)"
tmp=$(mktemp -d)
xvfb=""
cleanup() {
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

# The votes for a case: the first choice at every decision, clauses 1, 2 and 3 at a drafting
# step. Which decisions draft is learned at the first size from the workshop's own answer (the
# same with the same seed).
seen=""
declare -A lists
for size in 1920x1080 1280x720; do
  start_xvfb "$size"
  w=${size%x*} h=${size#*x}
  min=$(( (h * 10 / 34 + 5) / 10 ))
  for scenario in "$library"/*.lua; do
    name=$(basename "$scenario" .lua)
    if [ -z "${lists[$name]:-}" ]; then
      entries=()
      for _ in $(seq 16); do entries+=("cps=1"); done
      lists[$name]=$(IFS=,; echo "${entries[*]}")
    fi
    for _ in $(seq 8); do
      status=0
      "$casewalk" workshop "$scenario" --seed 7 --records "$tmp/r" --votes "${lists[$name]}" --layout-report \
        >"$tmp/layout" 2>"$tmp/err" || status=$?
      n=$(sed -n 's/.*--votes decision \([0-9]*\) is a drafting step.*/\1/p' "$tmp/err" | head -n 1)
      [ -n "$n" ] && [ "$size" = 1920x1080 ] || break
      IFS=, read -r -a entries <<<"${lists[$name]}"
      entries[n - 1]="draft=1+2+3"
      lists[$name]=$(IFS=,; echo "${entries[*]}")
    done
    [ "$status" -eq 0 ] || fail "$name $size: exit status $status: $(cat "$tmp/err")"
    grep -v "^layout [a-z0-9-]* window $w $h " "$tmp/layout" && fail "$name $size: not full screen (lines above)"
    ! grep -v ' fits yes$' "$tmp/layout" || fail "$name $size: a page does not fit (lines above)"
    awk -v min="$min" '$7 < min { print; bad = 1 } END { exit bad }' "$tmp/layout" ||
      fail "$name $size: text below $min px on the pages above"
    for page in scene choices results results-key feedback ending ending-path; do
      grep -q "^layout $page " "$tmp/layout" || fail "$name $size: no $page page"
    done
    # a page in parts shows each part once, in order, from the first
    awk '{ k = $(NF - 3); n = $(NF - 2); p = $2 }
         n > 1 && !(k == 1 || (p == last && k == lastk + 1)) { print; bad = 1 }
         { last = p; lastk = k } END { exit bad }' "$tmp/layout" || fail "$name $size: parts out of order (above)"
    seen="$seen $(awk '{ print $2 }' "$tmp/layout" | sort -u | tr '\n' ' ')"
    echo "library.sh: $name $size: $(wc -l <"$tmp/layout") frames fit; pages in parts:" \
      "$(awk '$(NF - 2) > 1 && $(NF - 3) == 1 { printf "%s(%d) ", $2, $(NF - 2) }' "$tmp/layout")"
  done
done
[ "${#lists[@]}" -eq 8 ] || fail "wanted the 8 shipped cases, found ${#lists[@]}"
for page in draft draft-feedback; do
  echo "$seen" | grep -qw -- "$page" || fail "no case showed a $page page"
done
echo "library.sh: all checks passed"
