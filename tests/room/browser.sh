#!/usr/bin/env bash
# browser.sh CASEWALK SOURCE_DIR BUILD_DIR [SCREENSHOT_DIR] — runs tests/room/phone.js (the phone
# page in Chromium, two sessions) against a room on petition-drafting; browser_env.sh installs
# what it needs. Screenshots go to SCREENSHOT_DIR (default BUILD_DIR/room-screenshots;
# docs/screenshots holds copies).
set -euo pipefail
casewalk=$1 root=$2 build=$3
shots=${4:-$build/room-screenshots}
. "$root/tests/room/browser_env.sh"
room_browser_setup "$root" "$build"
cp "$root/tests/room/phone.js" "$browser_dir/"
mkdir -p "$shots"
node "$browser_dir/phone.js" "$casewalk" "$root/scenarios/petition-drafting.lua" "$shots" "$chromium"
