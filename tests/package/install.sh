#!/usr/bin/env bash
# install.sh — where an installed casewalk finds its data: a `cmake --install` staged under DESTDIR
# and then moved elsewhere finds only its own share folder (never the build or source tree, which
# strace confirms), then the user's and the system's XDG folders; a user's copy of an installed id
# is reported, not used; the build tree's own program reads the source scenarios; a prefix in the
# home folder works too; the shipped scenarios state their license.
set -u
build=$1
source=$2
. "$source/tests/lib.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
unset DISPLAY WAYLAND_DISPLAY SDL_VIDEODRIVER CASEWALK_SCENARIOS XDG_DATA_HOME
export HOME=$tmp/home XDG_DATA_DIRS=$tmp/system
mkdir -p "$HOME" "$tmp/system"
source_real=$(realpath "$source")
build_real=$(realpath "$build")

# The build tree's program: the source scenarios, marked as such.
expect_status 0 "build list --json" -- "$build/casewalk" list --json
expect_eq "$(echo "$out" | jq -r '[.[].from] | unique | join(",")')" "build" "the build's program lists the source tree"
expect_eq "$(echo "$out" | jq -r '.[] | select(.id == "night-call") | .path')" "$source_real/scenarios/night-call.lua" "source path"
expect_eq "$(echo "$out" | jq -r '[.[] | .license] | unique | join(",")')" "CC-BY-4.0" "every shipped scenario states CC BY 4.0"
expect_eq "$(echo "$out" | jq 'length')" "$(ls "$source"/scenarios/*.lua | wc -l)" "every shipped scenario listed"

# Staged under DESTDIR, then moved: the tree works from where it is now.
DESTDIR=$tmp/stage cmake --install "$build" --prefix /usr >/dev/null 2>&1 || bad "cmake --install failed"
mv "$tmp/stage" "$tmp/moved"
bin=$tmp/moved/usr/bin/casewalk
share=$tmp/moved/usr/share/casewalk/scenarios
[ -x "$bin" ] && ok || bad "no installed program at $bin"
expect_eq "$(ls "$tmp/moved/usr/bin")" "casewalk" "the build-tree marker is not installed"
cd "$tmp"
# LeakSanitizer cannot run under ptrace: traced runs leave leak checks to the untraced ones.
traced() {
    local trace=$1
    shift
    ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0 strace -f -qq -e trace=%file -o "$trace" "$@"
}
expect_status 0 "installed --version" -- "$bin" --version
expect_eq "$out" "casewalk 0.1.0" "installed --version"
expect_status 0 "installed list --json" -- traced "$tmp/list.trace" "$bin" list --json
expect_eq "$(echo "$out" | jq -r '[.[].from] | unique | join(",")')" "installed" "installed scenarios only"
expect_eq "$(echo "$out" | jq -r '.[] | select(.id == "night-call") | .path')" "$share/night-call.lua" "found in its own share folder"
expect_status 0 "installed list" -- "$bin" list
expect_in "$out" "installed  $share" "list names the folder"

# A scripted session, to an ending, under strace: no path in the source or build tree is touched.
answers=@see_kids_then_rachel,@explain_and_ask,@name_limits,@three_way_yes,@high_danger_him,@father_and_accountable,@stay_home_plan,2+4+6+7+8,@full_efforts,@link_and_check
expect_status 0 "installed play" -- traced "$tmp/play.trace" \
    "$bin" play night-call --role cps --trainee owl-17 --records "$tmp/records" --choose $answers
expect_eq "$(jq -r 'select(.type == "ending") | .ending' "$tmp"/records/*.jsonl)" "ending_home_safe" "the session ended"
expect_status 0 "installed play, untraced" -- \
    "$bin" play night-call --role dv --trainee owl-18 --records "$tmp/records2" --choose @intro_private,@listen_and_assess,@rachel_voice,@offer_three_way_yes,@honest_result,@name_pattern,@lay_out,2+4+6+7+8,@minimal_and_help,@document_update
for trace in list play; do
    opened=$(grep -c . "$tmp/$trace.trace")
    [ "$opened" -gt 10 ] && ok || bad "$trace: strace saw only $opened calls"
    leaked=$(grep -F -e "$source_real" -e "$build_real" -e "$source" -e "$build" "$tmp/$trace.trace" | head -3)
    expect_eq "$leaked" "" "$trace: the installed program touched the source or build tree"
    expect_in "$(cat "$tmp/$trace.trace")" "$share" "$trace: read its own share folder"
done

# The user's folder, then the system folders; a user's copy of an installed id is reported.
mkdir -p "$HOME/.local/share/casewalk/scenarios" "$tmp/system/casewalk/scenarios"
cp "$source/scenarios/night-call.lua" "$HOME/.local/share/casewalk/scenarios/"
sed 's/id = "small-example"/id = "user-case"/' "$source/tests/fixtures/small-example.lua" \
    >"$HOME/.local/share/casewalk/scenarios/user-case.lua"
sed 's/id = "small-example"/id = "system-case"/' "$source/tests/fixtures/small-example.lua" \
    >"$tmp/system/casewalk/scenarios/system-case.lua"
cp "$HOME/.local/share/casewalk/scenarios/user-case.lua" "$tmp/system/casewalk/scenarios/"
json=$("$bin" list --json 2>/dev/null) && ok || bad "list with user and system folders failed"
expect_eq "$(echo "$json" | jq -r '.[] | select(.id == "night-call") | .from + " " + .path')" "installed $share/night-call.lua" "the installed copy wins"
expect_eq "$(echo "$json" | jq -r '.[] | select(.id == "night-call") | .shadowed[0]')" "$HOME/.local/share/casewalk/scenarios/night-call.lua" "the user's copy is listed as shadowed"
expect_eq "$(echo "$json" | jq -r '.[] | select(.id == "user-case") | .from')" "user" "a user's own scenario"
expect_eq "$(echo "$json" | jq -r '.[] | select(.id == "system-case") | .from')" "system" "a system folder's scenario"
expect_eq "$(echo "$json" | jq -r '.[] | select(.id == "user-case") | .shadowed[0]')" "$tmp/system/casewalk/scenarios/user-case.lua" "user before system"
"$bin" list >"$tmp/list.out" 2>"$tmp/list.err"
expect_in "$(cat "$tmp/list.err")" "$HOME/.local/share/casewalk/scenarios/night-call.lua (user) is not used: it has the id 'night-call' of $share/night-call.lua (installed)" "the shadowed copy is reported"
expect_in "$(cat "$tmp/list.out")" "user       $HOME/.local/share/casewalk/scenarios" "list names the user folder"
expect_eq "$("$bin" list --ids 2>/dev/null | tr '\n' ' ')" "court-hearing cross-system-dialogue family-meeting information-sharing night-call petition-drafting system-case team-consult user-case youth-in-care " "list --ids"
# XDG_DATA_HOME, when set, replaces ~/.local/share.
expect_eq "$(XDG_DATA_HOME=$tmp/xdg "$bin" list --json 2>/dev/null | jq -r '.[] | select(.id == "user-case") | .from + " " + (.shadowed | length | tostring)')" \
    "system 0" "XDG_DATA_HOME replaces ~/.local/share"
rm -rf "$HOME/.local/share/casewalk" "$tmp/system/casewalk"

# A prefix in the home folder.
cmake --install "$build" --prefix "$HOME/opt" >/dev/null 2>&1 || bad "install to a home prefix failed"
expect_status 0 "home prefix list" -- "$HOME/opt/bin/casewalk" list --json
expect_eq "$(echo "$out" | jq -r '[.[] | .path | startswith("'"$HOME/opt/share/casewalk/scenarios/"'")] | all')" "true" "home prefix uses its own share folder"

# A program that is not the build's, beside a copied marker, is still not the build tree.
mkdir -p "$tmp/fake"
cp "$build/casewalk" "$build/casewalk-build-tree.txt" "$tmp/fake/"
expect_status 0 "copied program" -- "$tmp/fake/casewalk" list --json
expect_eq "$(echo "$out" | jq 'length')" "0" "a copy beside a marker does not read the source tree"

finish install
