#!/usr/bin/env bash
# room_tsan.sh [SOURCE_DIR] — the room's threads under ThreadSanitizer: builds casewalk,
# room_load and test_room_state with -DCASEWALK_TSAN=ON into SOURCE_DIR/build-tsan (no window)
# and runs room_state, room_load_30 and room_hostile with TSAN_OPTIONS=halt_on_error=1, so the
# first data race stops the test and fails it. Exit status: ctest's.
set -euo pipefail
root=$(cd "${1:-$(dirname "$0")/..}" && pwd)
build="$root/build-tsan"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCASEWALK_TSAN=ON -DCASEWALK_WINDOW=OFF >/dev/null
cmake --build "$build" -j2 --target casewalk room_load test_room_state
export TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1 ${TSAN_OPTIONS:-}"
# Some kernels map memory where TSan cannot shadow it with full address randomization.
run=()
if [ "$(cat /proc/sys/kernel/randomize_va_space 2>/dev/null || echo 0)" != 0 ] && command -v setarch >/dev/null; then
    run=(setarch "$(uname -m)" -R)
fi
cd "$build"
"${run[@]}" ctest --output-on-failure -R '^(room_state|room_load_30|room_hostile)$'
