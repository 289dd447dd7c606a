#!/bin/bash
# guide.sh — `casewalk guide`: every shipped case's guide in text, JSON and HTML; the timed plans
# add up to 90 and 180 minutes; hostile scenario text is escaped in the page and the terminal;
# the page printed by headless Chromium fits 8 US-letter pages with the handout alone on the last.
# Usage: guide.sh CASEWALK SOURCE_DIR [--no-pdf]
casewalk=$1
src=$2
. "$src/tests/lib.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
umask 022

ids=$("$casewalk" list --ids)
[ -n "$ids" ] && ok || bad "no shipped cases listed"

for id in $ids; do
    expect_status 0 "$id: text guide" -- "$casewalk" guide "$id"
    for heading in "Objectives" "Who it suits" "A 90-minute session" "A 3-hour session" \
                   "Discussion prompts, in order" "What each role sees" "Practice points taught" \
                   "Handout for participants" "Source: "; do
        expect_in "$out" "$heading" "$id: text guide"
    done
    json=$("$casewalk" guide "$id" --json)
    expect_eq "$(jq -c '[.plans[] | [.slots[].minutes] | add]' <<<"$json")" "[90,180]" "$id: plans add up"
    expect_eq "$(jq -c '[.plans[] | .minutes]' <<<"$json")" "[90,180]" "$id: plan lengths"
    # every decision of a playthrough has a row in each plan, and the 3-hour plan has a break
    expect_eq "$(jq '[.plans[0].slots[] | select(.decision)] | length' <<<"$json")" \
              "$(jq '.decisions' <<<"$json")" "$id: one row per decision"
    expect_eq "$(jq '[.plans[1].slots[] | select(.what == "Break")] | length' <<<"$json")" 1 "$id: a break"
    # every discussion prompt the file writes is in the guide, and points carry sources
    expect_eq "$(jq '[.practice_points[] | select((.source | length) > 5 and (.title | length) > 5)] | length' <<<"$json")" \
              "$(jq '.practice_points | length' <<<"$json")" "$id: each point has title and source"
    expect_eq "$(jq '(.prompts | length) > 0 and (.objectives | length) > 0 and (.differences | length) > 0' <<<"$json")" \
              true "$id: prompts, objectives and differences"

    expect_status 0 "$id: html guide" -- "$casewalk" guide "$id" --html "$work/$id.html"
    expect_eq "$(stat -c %a "$work/$id.html")" 600 "$id: page mode"
    expect_in "$(cat "$work/$id.html")" 'class="handout"' "$id: handout section"
    expect_in "$(cat "$work/$id.html")" '@page{size:letter' "$id: US letter"
done

# The case's prompts, in the order the file writes them within a phase: night-call's first
prompt=$("$casewalk" guide night-call --json | jq -r '.prompts[0].scene')
[ -n "$prompt" ] && [ "$prompt" != null ] && ok || bad "night-call: first prompt has a scene"

# Hostile text: escaped in the page, shown as escapes on the terminal.
hostile="$src/tests/guide/hostile-guide.lua"
"$casewalk" guide "$hostile" --html "$work/hostile.html" 2>/dev/null
page=$(cat "$work/hostile.html")
case "$page" in *"<script"*|*"<img"*|*"onerror=alert(2)>"*) bad "hostile: markup reached the page" ;; *) ok ;; esac
expect_in "$page" "&lt;script&gt;alert(1)&lt;/script&gt;" "hostile: escaped script"
expect_in "$page" "&quot;&gt;&lt;img" "hostile: escaped attribute"
expect_in "$page" "Secret &lt;script&gt;" "hostile: confidential text escaped"
text=$("$casewalk" guide "$hostile")
case "$text" in *$'\e'*|*$'\a'*) bad "hostile: a control character reached the terminal" ;; *) ok ;; esac
expect_in "$text" '\x1b]0;owned\x07' "hostile: escape shown visibly"
md=$("$casewalk" guide "$hostile" --markdown)
case "$md" in *"<script"*|*"<img"*) bad "hostile: markup reached the Markdown" ;; *) ok ;; esac
expect_in "$("$casewalk" guide "$hostile" --json | jq -r .title)" "Guide <script>" "hostile: JSON keeps text"

# The terminal player's feedback names the sources of the points a rationale cites.
played=$(printf '1\n1\n1\n1\n1\n1\n1\n1\n1\n1\n1\n1\n' |
         "$casewalk" play night-call --ui text --role cps --seed 3 --records "$work/records" 2>&1)
expect_in "$played" "Sources: Point " "terminal feedback lists sources"
case "$played" in *"Sources: Point "*"("*")"*) ok ;; *) bad "terminal sources name where to read" ;; esac

# Usage
expect_status 2 "no id" -- "$casewalk" guide
expect_status 2 "two ids" -- "$casewalk" guide night-call family-meeting
expect_status 2 "json and markdown" -- "$casewalk" guide night-call --json --markdown
expect_status 1 "unknown case" -- "$casewalk" guide no-such-case
expect_in "$out" "no-such-case" "unknown case named"
expect_status 0 "help" -- "$casewalk" guide --help
expect_in "$out" "Usage: casewalk guide ID" "help"

# Printed: at most 8 letter pages, and the handout alone on the last page.
if [ "${3:-}" != "--no-pdf" ]; then
    chromium=$(command -v chromium || command -v chromium-browser || true)
    if [ -z "$chromium" ] || ! command -v pdfinfo >/dev/null; then
        bad "chromium and pdfinfo are needed to print the guides"
    else
        for id in $ids; do
            pdf="$work/$id.pdf"
            timeout 120 "$chromium" --headless=new --no-sandbox --disable-gpu --user-data-dir="$work/profile" \
                --print-to-pdf="$pdf" --no-pdf-header-footer "file://$work/$id.html" >/dev/null 2>&1
            pages=$(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
            if [ -z "$pages" ]; then bad "$id: no PDF printed"; continue; fi
            [ "$pages" -le 8 ] && ok || bad "$id: the guide takes $pages pages (at most 8)"
            size=$(pdfinfo "$pdf" | awk '/^Page size:/ {print $3 "x" $5}')
            expect_eq "$size" "612x792" "$id: US letter"
            last=$(pdftotext -layout -f "$pages" -l "$pages" "$pdf" -)
            before=$(pdftotext -layout -f $((pages - 1)) -l $((pages - 1)) "$pdf" -)
            expect_in "$last" "Roles in the room" "$id: handout on the last page"
            expect_in "$last" "Practice points this case touches" "$id: handout points"
            expect_in "$last" "Think of a case of your own" "$id: reflection on the handout page"
            case "$before" in *"Roles in the room"*|*"Think of a case"*) bad "$id: handout spills" ;; *) ok ;; esac
            case "$last" in *"Facilitator guide"*|*"Timed plans"*|*"Source:"*) bad "$id: guide text on the handout page" ;; *) ok ;; esac
        done
    fi
fi

finish guide
