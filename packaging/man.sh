#!/bin/sh
# man.sh PROGRAM VERSION OUTPUT [COMMAND] — one man page from the program's own --help, by help2man:
# casewalk(1), or casewalk-COMMAND(1) named with the command's line in `casewalk --help`.
set -eu
program=$1 version=$2 output=$3 command=${4:-}
here=$(dirname "$0")
if [ -z "$command" ]; then
    exec help2man --no-info --name "branching case scenarios for CPS and DV cross-training" \
        --version-string "casewalk $version" --include "$here/casewalk.h2m" --output "$output" "$program"
fi
summary=$("$program" --help | sed -n "s/^  $command  *//p")
[ -n "$summary" ] || { echo "man.sh: '$command' is not in '$program --help'" >&2; exit 1; }
exec help2man --no-info --name "$summary" --version-string "casewalk-$command $version" \
    --help-option "$command --help" --output "$output" "$program"
