# browser_env.sh — sourced by the browser tests: checks for node, npm and Chromium and installs
# the pinned puppeteer-core and axe-core (tools/room-browser/package-lock.json) with `npm ci`
# into BUILD_DIR/room-browser from the npm registry, once per change of the lock file. Without
# node, npm or Chromium it fails and says so: tools/quickstart test installs them.
#   room_browser_setup SOURCE_DIR BUILD_DIR   sets $browser_dir and $chromium
room_browser_setup() {
    local root=$1 build=$2
    chromium=${CHROMIUM:-/usr/bin/chromium}
    if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
        echo "FAILED: node and npm are needed for the browser test (tools/quickstart test installs them)"
        exit 1
    fi
    if [ ! -x "$chromium" ]; then
        echo "FAILED: Chromium is needed at $chromium for the browser test (tools/quickstart test installs the chromium package)"
        exit 1
    fi
    browser_dir="$build/room-browser"
    if ! cmp -s "$root/tools/room-browser/package-lock.json" "$browser_dir/package-lock.json" ||
       [ ! -d "$browser_dir/node_modules/puppeteer-core" ]; then
        mkdir -p "$browser_dir"
        cp "$root/tools/room-browser/package.json" "$root/tools/room-browser/package-lock.json" "$browser_dir/"
        # No download of a browser: puppeteer-core never fetches one, and scripts are not run.
        (cd "$browser_dir" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null)
    fi
    export HOME=${HOME:-/tmp} # Chromium wants a home for its profile folder
}
