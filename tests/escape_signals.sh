#!/usr/bin/env bash
# escape_signals.sh — a scenario stuck in an endless loop of long C calls, run with a time budget
# of ten minutes, must still end soon after Ctrl-C (SIGINT), SIGTERM or SIGHUP, both in
# `casewalk play` (whose signal handler pauses the session) and in `casewalk check`. The scenario's
# C call in progress runs to its end (about 0.2 s on a quiet machine); the bound of 5 s leaves room
# for a machine busy with other tests, and is still far below the ten-minute budget.
set -u
bin=$1
tests=$2
. "$tests/lib.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
stuck=$tests/escape/scenario_endless_c_loop.lua
export CASEWALK_SCENARIO_TIME_MS=600000
unset DISPLAY WAYLAND_DISPLAY SDL_VIDEODRIVER
set -m # background jobs keep the default SIGINT disposition, as at a terminal

# run_and_signal SIGNAL DESCRIPTION COMMAND...: starts COMMAND, checks it is still busy after 1 s,
# sends SIGNAL, and waits up to 5 s for it to end. Leaves its exit status in $status and its
# error output in $err.
run_and_signal() {
    local signal=$1 what=$2
    shift 2
    "$@" </dev/null >"$tmp/out" 2>"$tmp/err" &
    local pid=$!
    sleep 1
    if kill -0 "$pid" 2>/dev/null; then ok; else bad "$what: ended before the signal"; fi
    local sent=$(date +%s%N)
    kill -"$signal" "$pid"
    local waited=0
    while kill -0 "$pid" 2>/dev/null && [ "$waited" -lt 50 ]; do
        sleep 0.1
        waited=$((waited + 1))
    done
    if kill -0 "$pid" 2>/dev/null; then
        bad "$what: still running 5 s after SIG$signal"
        kill -KILL "$pid"
    else
        ok
    fi
    wait "$pid"
    status=$?
    err=$(cat "$tmp/err")
    echo "$what: ended $(( ($(date +%s%N) - sent) / 1000000 )) ms after SIG$signal, exit $status"
}

for signal in INT TERM HUP; do
    run_and_signal $signal "play, SIG$signal" "$bin" play "$stuck" --role cps --records "$tmp/records"
    expect_eq "$status" 1 "play, SIG$signal: exit status (bad input: the load was stopped)"
    expect_in "$err" "$stuck:4: scenario stopped (interrupted)" "play, SIG$signal: message"
done

for signal in INT TERM; do
    run_and_signal $signal "check, SIG$signal" "$bin" check "$stuck"
    if [ "$status" -ne 0 ]; then ok; else bad "check, SIG$signal: exit status 0"; fi
done

finish escape_signals
