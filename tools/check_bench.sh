#!/usr/bin/env bash
# check_bench.sh — how long `casewalk check` takes, as a whole program: each shipped scenario (the
# whole check, audit included), then generated layered stories of growing size, to show whether
# the cost per state explored stays flat as stories grow. Five runs of each; prints the minimum,
# median and maximum of the wall-clock and CPU (user + system) seconds, and for the generated
# stories the states explored and the CPU microseconds per state (at the median).
#
# The generated story: L layers of W scenes (one scene in the first layer), three choices each
# leading to three scenes of the next layer, each choice setting one of three flags (so at most
# eight states per scene), one choice offered only while a flag is unset, about 330 characters of
# text per scene; every fifth layer's first scene is a drafting step of nine clauses of which
# three are picked (84 drafts), with a rubric that reads a flag and a route on the score.
# Scenes of the first layers that no path reaches are reported; that does not stop the walk.
#
# Usage: tools/check_bench.sh CASEWALK [LAYERS...]   (layers default to 10 20 40 80, W = 25)
#        CHECK_BENCH_SCENARIOS=0 leaves the shipped scenarios out.
set -euo pipefail
casewalk=$(realpath "$1")
shift
layers=("$@")
[ ${#layers[@]} -gt 0 ] || layers=(10 20 40 80)
width=25
here=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export CASEWALK_SCENARIOS="$here/scenarios"
scenarios=()
[ "${CHECK_BENCH_SCENARIOS:-1}" = 0 ] || scenarios=("$here"/scenarios/*.lua)

# generate L W: the layered story on standard output.
generate() {
    local L=$1 W=$2 l j k
    local filler="The worker reads the file again and weighs what each system needs to hear before anyone decides; the family waits in the next room while the phone rings twice and nobody answers it. Notes from the last visit are short and careful. Flags so far: \${a}, \${b}, \${c}."
    target() { if [ "$1" -lt "$L" ]; then echo "s_$1_$2"; else echo "end_$(($2 % 3))"; fi; }
    echo 'return scenario {'
    echo " id = \"gen-${L}x${W}\", title = \"Generated\", version = \"1.0.0\", summary = \"Generated.\","
    echo ' minutes = 5, content_notes = { "None." }, objectives = { "None." }, jurisdiction = "None.", start = "s_0_0",'
    echo ' roles = { role { id = "cps", name = "CPS", brief = "b" }, role { id = "dv", name = "DV", brief = "b" } },'
    echo ' state = { a = false, b = false, c = false, score = 0 },'
    echo ' scenes = {'
    for ((l = 0; l < L; l++)); do
        for ((j = 0; j < W; j++)); do
            [ "$l" -eq 0 ] && [ "$j" -gt 0 ] && continue
            local n0 n1 n2
            n0=$(target $((l + 1)) $(((3 * j) % W)))
            n1=$(target $((l + 1)) $(((3 * j + 1) % W)))
            n2=$(target $((l + 1)) $(((3 * j + 2) % W)))
            if [ $((l % 5)) -eq 4 ] && [ "$j" -eq 0 ]; then
                echo "  scene { id = \"s_${l}_${j}\", phase = \"p\", text = \"Draft it. $filler\", compose = { prompt = \"Pick.\", clauses = {"
                for ((k = 0; k < 9; k++)); do
                    echo "      clause { id = \"c$k\", text = \"Clause number $k says something about the case.\" },"
                done
                echo '    }, min = 3, max = 3, score_var = "score", rationale = "r", tags = { "collaboration" },'
                echo '    rubric = function(d, s) local n = 0 for _, id in ipairs(d.clauses) do if id == "c1" or id == "c4" or id == "c7" then n = n + 1 end end'
                echo '      if s.a then n = n + 0 end return { score = n, max = 3, rating = n == 3 and "recommended" or "concerning", feedback = "f" } end },'
                echo "    go = { { \"$n0\", when = function(s) return s.score >= 2 end }, { \"$n1\" } } },"
                continue
            fi
            echo "  scene { id = \"s_${l}_${j}\", phase = \"p\", text = \"$filler\", choices = {"
            local next=("$n0" "$n1" "$n2") vars=(a b c) ratings=(recommended acceptable acceptable)
            for ((k = 0; k < 3; k++)); do
                local when=""
                [ "$k" -eq 2 ] && when=' when = function(s) return not s.c end,'
                echo "    choice { id = \"x$k\", text = \"Option $k: ask the family about the plan and what they need next.\", set = { ${vars[k]} = true },$when go = \"${next[k]}\","
                echo "      rating = \"${ratings[k]}\", feedback = \"f\", rationale = \"r\", tags = { \"collaboration\" } },"
            done
            echo '  } },'
        done
    done
    echo '  ending { id = "end_0", title = "End 0", classification = "positive", text = "Done." },'
    echo '  ending { id = "end_1", title = "End 1", classification = "mixed", text = "Done." },'
    echo '  ending { id = "end_2", title = "End 2", classification = "negative", text = "Done." },'
    echo ' },'
    echo '}'
}

# runs FILE: five runs of the whole check; sets walls and cpus to the sorted seconds.
runs() {
    local i t
    walls=() cpus=()
    for i in 1 2 3 4 5; do
        t=$( { TIMEFORMAT='%R %U %S'; time "$casewalk" check "$1" >/dev/null 2>&1; } 2>&1 ) || true
        read -r wall user sys <<<"$t"
        walls+=("$wall")
        cpus+=("$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.3f", u + s }')")
    done
    mapfile -t walls < <(printf '%s\n' "${walls[@]}" | sort -n)
    mapfile -t cpus < <(printf '%s\n' "${cpus[@]}" | sort -n)
}

echo "casewalk check, 5 runs each: seconds min/median/max"
for f in "${scenarios[@]}"; do
    runs "$f"
    printf '  %-26s wall %s/%s/%s  cpu %s/%s/%s\n' "$(basename "$f")" "${walls[0]}" "${walls[2]}" "${walls[4]}" \
        "${cpus[0]}" "${cpus[2]}" "${cpus[4]}"
done
echo "generated layered stories (W = $width): states (both roles), cpu seconds, cpu µs per state"
for L in "${layers[@]}"; do
    f="$tmp/gen-$L.lua"
    generate "$L" "$width" >"$f"
    states=$( { "$casewalk" check --stats "$f" 2>&1 || true; } |
        sed -n 's/.*: role [a-z]*: \([0-9]*\) states.*/\1/p' | awk '{ n += $1 } END { print n + 0 }')
    runs "$f"
    scenes=$((1 + (L - 1) * width + 3))
    printf '  L=%-3s %5d scenes %7d states  cpu %s/%s/%s  %s µs/state\n' "$L" "$scenes" "$states" "${cpus[0]}" \
        "${cpus[2]}" "${cpus[4]}" "$(awk -v c="${cpus[2]}" -v n="$states" 'BEGIN { printf "%.1f", n ? c * 1e6 / n : 0 }')"
done
