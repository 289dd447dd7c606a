#!/bin/sh
# render.sh — renders casewalk.svg to the PNG sizes desktops ask for (hicolor NxN). The PNGs are
# kept in the repository so building casewalk needs no SVG renderer; run this after changing the
# SVG (needs rsvg-convert, Debian package librsvg2-bin). tests/package/desktop.sh checks they match.
set -eu
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256; do
    rsvg-convert -w "$size" -h "$size" casewalk.svg -o "casewalk-$size.png"
done
