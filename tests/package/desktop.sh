#!/usr/bin/env bash
# desktop.sh — what `cmake --install` adds for desktops and shells: the .desktop file passes
# desktop-file-validate and launches casewalk (plus the workshop action); the AppStream metainfo
# passes appstreamcli validate; the PNG icons are the SVG rendered at their folder's size; a man
# page for casewalk and each command documents every option its --help lists; bash completion
# offers the commands, each command's options and the installed scenario ids.
set -u
build=$1
source=$2
. "$source/tests/lib.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
unset CASEWALK_SCENARIOS XDG_DATA_HOME
export HOME=$tmp/home XDG_DATA_DIRS=$tmp/none
DESTDIR=$tmp/stage cmake --install "$build" --prefix /usr >/dev/null 2>&1 || bad "cmake --install failed"
usr=$tmp/stage/usr
bin=$usr/bin/casewalk
app=org.casewalk.casewalk

# The desktop entry.
desktop=$usr/share/applications/$app.desktop
expect_status 0 "desktop-file-validate" -- desktop-file-validate "$desktop"
expect_eq "$out" "" "desktop-file-validate has nothing to say"
expect_eq "$(sed -n 's/^Exec=//p' "$desktop" | head -1)" "casewalk" "the menu entry opens the launcher"
expect_eq "$(sed -n 's/^Icon=//p' "$desktop")" "casewalk" "the icon's name"
expect_in "$(cat "$desktop")" "Actions=workshop;" "a second action"
workshop=$(sed -n '/^\[Desktop Action workshop\]/,/^\[/s/^Exec=//p' "$desktop")
expect_eq "$workshop" "casewalk workshop night-call" "the workshop action's command"
# The action names a scenario that is installed.
expect_status 0 "workshop scenario installed" -- "$bin" list --ids
expect_in "$out" "${workshop##* }" "the workshop action's scenario is installed"

# AppStream.
metainfo=$usr/share/metainfo/$app.metainfo.xml
expect_status 0 "appstreamcli validate" -- appstreamcli validate --no-net --pedantic "$metainfo"
expect_in "$out" "Validation was successful" "appstreamcli validate"
expect_status 0 "appstreamcli validate-tree" -- appstreamcli validate-tree --no-net --pedantic "$tmp/stage"
expect_in "$out" "Validation was successful" "the installed tree's metainfo, desktop entry and icons agree"
expect_in "$(cat "$metainfo")" "<launchable type=\"desktop-id\">$app.desktop</launchable>" "metainfo launches the desktop file"
expect_in "$(cat "$metainfo")" "<release version=\"$("$bin" --version | cut -d' ' -f2)\"" "metainfo names this release"

# Icons: each PNG is the SVG rendered at the size its folder says.
icons=$usr/share/icons/hicolor
[ -f "$icons/scalable/apps/casewalk.svg" ] && ok || bad "no scalable icon"
for size in 16 24 32 48 64 128 256; do
    png=$icons/${size}x${size}/apps/casewalk.png
    dims=$(od -An -tu1 -j16 -N8 "$png" | awk '{print $3*256+$4 "x" $7*256+$8}')
    expect_eq "$dims" "${size}x${size}" "icon $size: its size"
    rsvg-convert -w "$size" -h "$size" "$source/packaging/icons/casewalk.svg" -o "$tmp/render.png"
    cmp -s "$tmp/render.png" "$png" && ok || bad "icon $size differs from the SVG: run packaging/icons/render.sh"
done

# Man pages: one per command, each with every option its --help lists, and they render.
man1=$usr/share/man/man1
for command in "" $("$bin" --help | sed -n '/^Commands:/,/^$/s/^  \([a-z][a-z]*\) .*/\1/p'); do
    page=$man1/casewalk${command:+-$command}.1
    [ -f "$page" ] && ok || { bad "no man page $page"; continue; }
    options=$("$bin" $command --help | grep -o -- '--[a-z][a-z-]*' | sort -u)
    for option in $options; do
        grep -q -- "$(echo "$option" | sed 's/-/\\\\-/g')" "$page" && ok || bad "${page##*/} lacks $option"
    done
    if [ -n "$command" ]; then
        summary=$("$bin" --help | sed -n "s/^  $command  *//p")
    else
        summary="branching case scenarios for CPS and DV cross-training"
    fi
    name=$(sed -n '/^\.SH NAME/{n;p;q}' "$page" | sed 's/\\-/-/g')
    expect_eq "$name" "casewalk${command:+-$command} - $summary" "${page##*/}: NAME"
    rendered=$(LC_ALL=C.UTF-8 MANWIDTH=80 man -l "$page" 2>&1)
    expect_in "$rendered" "SYNOPSIS" "${page##*/} renders"
done
expect_in "$(cat "$man1/casewalk.1")" "casewalk-workshop" "casewalk(1) points to the command pages"

# Bash completion, sourced into bash, with COMP_WORDS as bash sets them.
completion=$usr/share/bash-completion/completions/casewalk
complete_words() {
    PATH=$usr/bin:$PATH bash -c '. "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _casewalk
                               printf "%s\n" "${COMPREPLY[@]}" | sort | tr "\n" " "' _ "$completion" "$@"
}
mkdir -p "$tmp/work/folder"
cd "$tmp/work"
expect_eq "$(complete_words casewalk '')" "--help --version check debrief guide list play summary workshop xapi " "commands"
expect_eq "$(complete_words casewalk p)" "play " "a command's prefix"
expect_eq "$(complete_words casewalk play night)" "night-call " "an installed scenario id"
expect_eq "$(complete_words casewalk check '')" "court-hearing cross-system-dialogue family-meeting folder information-sharing night-call petition-drafting team-consult youth-in-care " "every installed id, and folders"
expect_eq "$(complete_words casewalk list --)" "--help --ids --json " "list's options"
expect_eq "$(complete_words casewalk play night-call --ro)" "--role " "play's options"
expect_eq "$(complete_words casewalk play night-call --mode '')" "assessment practice " "--mode's values"
expect_eq "$(complete_words casewalk play night-call --ui g)" "gui " "--ui's values"
summary=$(complete_words casewalk summary --)
for option in --html --json --min-group --scenario --watch --expect --reveal --screenshot; do
    expect_in "$summary" "$option " "summary's option $option"
done
touch a.jsonl b.txt c.lua
expect_eq "$(complete_words casewalk debrief '')" "a.jsonl folder " "debrief completes records and folders"
expect_eq "$(complete_words casewalk play c)" "c.lua court-hearing cross-system-dialogue " "play completes scenario files and ids"
expect_eq "$(complete_words casewalk guide n)" "night-call " "guide completes scenario ids"
expect_eq "$(complete_words casewalk guide --json n)" "night-call " "guide's --json takes no value"
expect_eq "$(complete_words casewalk guide night-call --m)" "--markdown " "guide's options"
expect_in "$(cat "$man1/casewalk.1")" "casewalk-guide" "casewalk(1) points to the guide's page"

finish desktop
