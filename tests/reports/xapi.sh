#!/usr/bin/env bash
# xapi.sh CASEWALK RECORDS_DIR XAPI_DIR — exports the test records as xAPI, checks that a second
# export is byte-identical, and validates the statements with an independent validator installed
# from the npm registry by `npm ci` against tests/xapi/package-lock.json (tools/quickstart test
# installs node and npm).
set -euo pipefail
export COLUMNS=1000 # the checks below look for whole lines of the terminal text
casewalk=$1
records=$2
xapi_dir=$3
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    echo "node and npm are needed for the independent xAPI validator (tools/quickstart test installs them)"
    exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$xapi_dir/package.json" "$xapi_dir/package-lock.json" "$xapi_dir/validate.js" "$work/"
(cd "$work" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null)

home=https://training.example.org
sources=("$records/debrief" "$records/small" "$records/workshop" "$records/group/torn-t1.jsonl")
"$casewalk" xapi "${sources[@]}" --homepage "$home" --out "$work/first.json" 2>/dev/null
"$casewalk" xapi "${sources[@]}" --homepage "$home" --out "$work/second.json" 2>/dev/null
"$casewalk" xapi "${sources[@]}" --homepage "$home" > "$work/stdout.json" 2>/dev/null
cmp "$work/first.json" "$work/second.json"
cmp "$work/first.json" "$work/stdout.json"
[ "$(stat -c %a "$work/first.json")" = 600 ]
(cd "$work" && node validate.js first.json "$home")

# The workshop is a Group actor named by the workshop; the default home page applies without --homepage.
grep -q '"objectType":"Group","account":{"homePage":"https://training.example.org","name":"Tuesday workshop"}' \
    "$work/first.json"
"$casewalk" xapi "$records/debrief" > "$work/default.json" 2>/dev/null
(cd "$work" && node validate.js default.json https://casewalk.example)

# Statement ids follow docs/xapi.md, computed here independently: SHA-256 of the record line's
# UUID bytes and "casewalk xapi mapping 2" (" terminated" for an ending's second statement), cut to
# 128 bits with the version 8 and variant bits; every statement says mapping-version 2.
node -e '
const fs = require("fs"), crypto = require("crypto");
const [dir, file] = process.argv.slice(1);
function derive(uuid, name) {
  const d = crypto.createHash("sha256").update(Buffer.from(uuid.replace(/-/g, ""), "hex")).update(name).digest();
  d[6] = (d[6] & 0x0f) | 0x80; d[8] = (d[8] & 0x3f) | 0x80;
  const h = d.subarray(0, 16).toString("hex");
  return [h.slice(0, 8), h.slice(8, 12), h.slice(12, 16), h.slice(16, 20), h.slice(20)].join("-");
}
const ids = new Set();
for (const f of fs.readdirSync(dir).filter((n) => n.endsWith(".jsonl")))
  for (const line of fs.readFileSync(dir + "/" + f, "utf8").split("\n").filter(Boolean)) {
    const id = JSON.parse(line).id;
    ids.add(derive(id, "casewalk xapi mapping 2"));
    ids.add(derive(id, "casewalk xapi mapping 2 terminated"));
  }
const statements = JSON.parse(fs.readFileSync(file, "utf8"));
const key = "https://casewalk.example/xapi/extensions/mapping-version";
const bad = statements.filter((st) => !ids.has(st.id) || st.context.extensions[key] !== 2);
if (statements.length === 0 || bad.length) { console.error("ids not derived as documented:", bad.length); process.exit(1); }
' "$records/debrief" "$work/default.json"

# A malformed record: exit 1, a message naming the file and line, and no file written.
if "$casewalk" xapi "$records/group/malformed.jsonl" --out "$work/bad.json" 2>"$work/err.txt"; then
    echo "a malformed record was exported"; exit 1
fi
grep -q "malformed.jsonl:3: not valid JSON" "$work/err.txt"
[ ! -e "$work/bad.json" ]
[ -z "$(ls "$work" | grep 'bad.json')" ]
echo "xapi: ok"
