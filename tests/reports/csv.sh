#!/usr/bin/env bash
# csv.sh CASEWALK ROOT — `casewalk summary --csv` and `--csv-sessions`: RFC 4180 files a
# spreadsheet opens safely (UTF-8 with a byte order mark, CRLF, every cell quoted, quotes doubled,
# newlines kept inside cells, cells beginning with = + - @ tab or CR neutralized with a leading '),
# private (0600), and holding the rows asked for. Read back with Python's csv module.
set -uo pipefail
casewalk=$1
root=$2
. "$root/tests/lib.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
small=$root/tests/fixtures/small-example.lua

# Four trainees, two per role; two reasons forged the way a hostile or careless hand would write.
for who in cps:owl dv:wren cps:hawk dv:lark; do
    "$casewalk" play "$small" --role "${who%%:*}" --trainee "${who#*:}" --records "$work/made" \
        --choose '@talk_alone:"plain reason",1+2' >/dev/null 2>&1 || bad "$who did not finish"
done
mkdir -p "$work/folder"
hostile='=HYPERLINK("http://example.invalid/x","click")'
quoted=$'She said "not tonight",\nthen "maybe"; a second line'
for f in "$work"/made/*.jsonl; do
    case "$(jq -r 'select(.type == "header") | .trainee' "$f")" in
    owl) jq -c --arg r "$hostile" 'if .type == "decision" then .reason = $r else . end' "$f" ;;
    wren) jq -c --arg r "$quoted" 'if .type == "decision" then .reason = $r else . end' "$f" ;;
    *) cat "$f" ;;
    esac >"$work/folder/$(basename "$f")"
done

expect_status 0 "summary --csv --csv-sessions" -- "$casewalk" summary "$work/folder" --scenario "$small" \
    --min-group 2 --csv "$work/choices.csv" --csv-sessions "$work/sessions.csv"
expect_in "$out" "Summary CSV written to $work/choices.csv" "where the CSV went"
expect_in "$out" "Sessions CSV written to $work/sessions.csv" "where the sessions CSV went"
for f in choices.csv sessions.csv; do
    expect_eq "$(stat -c %a "$work/$f")" "600" "$f is private"
done

python3 - "$work/choices.csv" "$work/sessions.csv" "$hostile" "$quoted" <<'EOF'
import csv, sys
choices_path, sessions_path, hostile, quoted = sys.argv[1:5]
problems = []

def read(path):
    raw = open(path, "rb").read()
    if not raw.startswith(b"\xef\xbb\xbf"):
        problems.append(path + ": no UTF-8 byte order mark")
    # every row ends in CRLF; a bare LF appears only inside a quoted cell
    if not raw.endswith(b"\r\n"):
        problems.append(path + ": the last row does not end in CRLF")
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))

rows = read(choices_path)
head = rows[0]
want = ["scenario", "version", "decision", "phase", "scene title", "choice position", "choice text",
        "role", "count", "share", "rating", "recommended"]
if head != want:
    problems.append("choices head: %r" % head)
body = [dict(zip(head, r)) for r in rows[1:]]
talk = [r for r in body if r["choice text"] == "Ask to speak with Ms. Okafor privately."]
by_role = {r["role"]: r for r in talk}
if set(by_role) != {"cps", "dv", "all"}:
    problems.append("talk_alone rows by role: %r" % sorted(by_role))
else:
    if by_role["all"]["count"] != "4" or by_role["cps"]["count"] != "2" or by_role["dv"]["count"] != "2":
        problems.append("talk_alone counts: %r" % {k: v["count"] for k, v in by_role.items()})
    if by_role["all"]["share"] != "1.000" or by_role["all"]["recommended"] != "yes":
        problems.append("talk_alone share or recommended: %r" % by_role["all"])
    if by_role["all"]["rating"] != "recommended" or by_role["all"]["scenario"] != "small-example":
        problems.append("talk_alone rating or scenario: %r" % by_role["all"])
    if by_role["all"]["phase"] != "removal" or by_role["all"]["decision"] != "1":
        problems.append("talk_alone phase or decision: %r" % by_role["all"])
remove = [r for r in body if r["choice text"] == "Remove the children tonight." and r["role"] == "all"]
if len(remove) != 1 or remove[0]["count"] != "0" or remove[0]["recommended"] != "no":
    problems.append("remove_now row: %r" % remove)

rows = read(sessions_path)
head = rows[0]
if head != ["session", "pseudonym", "role", "decision", "chosen", "rating", "points", "ms", "reason"]:
    problems.append("sessions head: %r" % head)
body = [dict(zip(head, r)) for r in rows[1:]]
if len(body) != 8:  # four sessions, two decisions each
    problems.append("%d session rows, wanted 8" % len(body))
owl = [r for r in body if r["pseudonym"] == "owl" and r["decision"] == "1"]
if not owl or owl[0]["reason"] != "'" + hostile:
    problems.append("the formula was not neutralized: %r" % owl)
wren = [r for r in body if r["pseudonym"] == "wren" and r["decision"] == "1"]
if not wren or wren[0]["reason"] != quoted:
    problems.append("quotes and newline did not survive: %r" % wren)
if wren and (wren[0]["chosen"] != "Ask to speak with Ms. Okafor privately." or wren[0]["rating"] != "recommended"
             or wren[0]["role"] != "dv" or wren[0]["points"] != "3" or len(wren[0]["session"]) != 8):
    problems.append("wren's row: %r" % wren[0])
for r in body:
    for cell in r.values():
        if cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
            problems.append("a cell a spreadsheet would run: %r" % cell)
if problems:
    sys.exit("\n".join(problems))
EOF
expect_eq "$?" "0" "the CSV files read back as written"

finish "csv"
