#!/usr/bin/env bash
# browser.sh CASEWALK SOURCE_DIR BUILD_DIR [SCREENSHOT_DIR] — runs tests/room/phone.js (the phone
# page in Chromium, two sessions) against a room on petition-drafting. puppeteer-core and
# axe-core are pinned in tools/room-browser/package-lock.json and installed with `npm ci` into
# BUILD_DIR/room-browser from the npm registry, once per change of the lock file. Chromium is the
# Debian package (/usr/bin/chromium, or $CHROMIUM). Without node, npm or Chromium this fails and
# says so: tools/quickstart test installs them. Screenshots go to SCREENSHOT_DIR (default
# BUILD_DIR/room-screenshots; docs/screenshots holds copies).
set -euo pipefail
casewalk=$1 root=$2 build=$3
shots=${4:-$build/room-screenshots}
chromium=${CHROMIUM:-/usr/bin/chromium}
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "FAILED: node and npm are needed for the browser test (tools/quickstart test installs them)"
    exit 1
fi
if [ ! -x "$chromium" ]; then
    echo "FAILED: Chromium is needed at $chromium for the browser test (tools/quickstart test installs the chromium package)"
    exit 1
fi
dir="$build/room-browser"
if ! cmp -s "$root/tools/room-browser/package-lock.json" "$dir/package-lock.json" || [ ! -d "$dir/node_modules/puppeteer-core" ]; then
    mkdir -p "$dir"
    cp "$root/tools/room-browser/package.json" "$root/tools/room-browser/package-lock.json" "$dir/"
    # No download of a browser: puppeteer-core never fetches one, and scripts are not run.
    (cd "$dir" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null)
fi
cp "$root/tests/room/phone.js" "$dir/"
mkdir -p "$shots"
export HOME=${HOME:-/tmp} # Chromium wants a home for its profile folder
node "$dir/phone.js" "$casewalk" "$root/scenarios/petition-drafting.lua" "$shots" "$chromium"
