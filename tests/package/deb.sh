#!/usr/bin/env bash
# deb.sh [BUILD] — the Debian package as an agency's IT staff meet it: `cpack -G DEB` builds it from
# the build folder; its Depends names Debian 12's runtime libraries and the window's font, never a
# -dev package; `apt-get install ./casewalk_*.deb` installs it (as root; otherwise, or where
# casewalk is already installed, it is unpacked with dpkg -x into a scratch root); then, with the
# build folder moved away and from an unrelated folder, casewalk --version, list and a scripted
# session work, and strace shows no path in the source or build tree touched. apt-get remove
# leaves the machine as it was. Run by .ci/run after the test suite.
set -u
cd "$(dirname "$0")/../.."
source=$(pwd)
build=$(realpath "${1:-build}")
. "$source/tests/lib.sh"
tmp=$(mktemp -d)
moved=""
installed=""
cleanup() {
    [ -n "$installed" ] && DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq casewalk >/dev/null 2>&1
    [ -n "$moved" ] && mv "$build.away" "$build"
    rm -rf "$tmp"
}
trap cleanup EXIT
started=$(date +%s)

# Build it.
(cd "$build" && cpack -G DEB -B "$tmp/out" >"$tmp/cpack.log" 2>&1) && ok || { bad "cpack failed"; cat "$tmp/cpack.log" >&2; }
deb=$(ls "$tmp"/out/casewalk_*.deb 2>/dev/null | head -1)
[ -f "$deb" ] && ok || { bad "no package built"; finish deb; exit 1; }
version=$("$build/casewalk" --version | cut -d' ' -f2)
expect_eq "$(basename "$deb")" "casewalk_${version}_$(dpkg --print-architecture).deb" "the package's file name"
echo "package: $(basename "$deb"), $(stat -c %s "$deb") bytes"

# Its control fields.
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for needed in libc6 liblua5.4-0 libcjson1 libcurl4 libsdl2-2.0-0 libsdl2-ttf-2.0-0 fonts-dejavu-core libmicrohttpd12 libqrencode4; do
    echo ", $depends" | grep -Eq "(^|, )$needed( \\(|,|$)" && ok || bad "Depends lacks $needed: $depends"
done
echo "$depends" | grep -q -- "-dev" && bad "Depends names a -dev package: $depends" || ok
expect_eq "$(dpkg-deb -f "$deb" Package Version | tr '\n' ' ')" "Package: casewalk Version: $version " "package and version"
contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for path in usr/bin/casewalk usr/share/casewalk/scenarios/night-call.lua usr/share/applications/org.casewalk.casewalk.desktop \
            usr/share/metainfo/org.casewalk.casewalk.metainfo.xml usr/share/icons/hicolor/scalable/apps/casewalk.svg \
            usr/share/icons/hicolor/48x48/apps/casewalk.png usr/share/man/man1/casewalk.1 usr/share/man/man1/casewalk-play.1 \
            usr/share/bash-completion/completions/casewalk usr/share/doc/casewalk/copyright; do
    expect_in "$contents" "./$path" "the package holds $path"
done
echo "$contents" | grep -q "casewalk-build-tree" && bad "the package holds the build-tree marker" || ok

# Install it: for real as root with apt-get, else into a scratch root.
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null && ! dpkg -s casewalk >/dev/null 2>&1; then
    installed=yes
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb" >"$tmp/apt.log" 2>&1 &&
        ok || { bad "apt-get install failed"; tail -20 "$tmp/apt.log" >&2; }
    expect_in "$(dpkg -s casewalk 2>&1)" "Status: install ok installed" "dpkg knows casewalk"
    root=""
    how="apt-get install"
else
    root=$tmp/root
    dpkg -x "$deb" "$root" && ok || bad "dpkg -x failed"
    how="dpkg -x into $root"
fi
echo "installed with: $how"
bin=$root/usr/bin/casewalk
share=$root/usr/share/casewalk/scenarios
[ -z "$root" ] && expect_eq "$(command -v casewalk)" "/usr/bin/casewalk" "casewalk is on the PATH"

# From an unrelated folder, with the build folder moved away.
mv "$build" "$build.away" && moved=yes
mkdir -p "$tmp/elsewhere" "$tmp/home"
cd "$tmp/elsewhere"
unset CASEWALK_SCENARIOS XDG_DATA_HOME XDG_DATA_DIRS DISPLAY WAYLAND_DISPLAY SDL_VIDEODRIVER
export HOME=$tmp/home
expect_status 0 "--version" -- "$bin" --version
expect_eq "$out" "casewalk $version" "--version"
expect_status 0 "list" -- strace -f -qq -e trace=%file -o "$tmp/list.trace" "$bin" list
expect_in "$out" "night-call" "list shows the shipped scenarios"
expect_in "$out" "installed  $(realpath "$share")" "from the package's own share folder"
expect_status 0 "scripted session" -- strace -f -qq -e trace=%file -o "$tmp/play.trace" \
    "$bin" play night-call --role cps --trainee owl-17 --records "$tmp/records" --choose @see_kids_then_rachel,@explain_and_ask,@name_limits,@three_way_yes,@high_danger_him,@father_and_accountable,@stay_home_plan,2+4+6+7+8,@full_efforts,@link_and_check
expect_in "$out" "Home, with him out" "the session reached its ending"
expect_eq "$(jq -r 'select(.type == "ending") | .ending' "$tmp"/records/*.jsonl)" "ending_home_safe" "the record holds the ending"
# The window, as the menu entry opens it (offscreen here), drawn with the packaged dependency's font.
if echo "$depends" | grep -q libsdl2; then
    expect_status 3 "the window" -- env SDL_VIDEODRIVER=offscreen strace -f -qq -e trace=%file -o "$tmp/window.trace" \
        "$bin" play night-call --ui gui --role cps --trainee owl-17 --records "$tmp/records" --choose @see_kids_then_rachel \
        --screenshot "$tmp/window.bmp"
    expect_eq "$(head -c 2 "$tmp/window.bmp" 2>/dev/null)" "BM" "the window saved what it showed"
    expect_in "$(cat "$tmp/window.trace")" "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf" "the font from fonts-dejavu-core"
    traces="list play window"
else
    traces="list play"
fi
for trace in $traces; do
    [ "$(grep -c . "$tmp/$trace.trace")" -gt 10 ] && ok || bad "$trace: strace saw nothing"
    leaked=$(grep -F -e "$source" -e "$build" "$tmp/$trace.trace" | head -3)
    expect_eq "$leaked" "" "$trace: the installed casewalk touched the source or build tree"
done
cd "$source"

# Remove it: the machine is left as it was.
if [ -n "$installed" ]; then
    DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq casewalk >"$tmp/apt.log" 2>&1 && ok || bad "apt-get remove failed"
    installed=""
    dpkg -s casewalk >/dev/null 2>&1 && bad "casewalk is still installed" || ok
    [ ! -e /usr/bin/casewalk ] && [ ! -e /usr/share/casewalk ] && ok || bad "files left after apt-get remove"
fi
echo "deb test took $(($(date +%s) - started)) s"
finish deb
