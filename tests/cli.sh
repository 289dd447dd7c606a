#!/usr/bin/env bash
# cli.sh — the casewalk command line as a user meets it: help, exit codes, list, check, scripted
# and piped play, running out of answers, resuming, and where records go.
set -u
bin=$1
tests=$2
fixtures=$tests/fixtures
. "$tests/lib.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export CASEWALK_SCENARIOS=$tests/../scenarios
unset DISPLAY WAYLAND_DISPLAY SDL_VIDEODRIVER

expect_status 0 "--version" -- "$bin" --version
expect_in "$out" "casewalk 0.1.0" "--version"
for command in "" play list check; do
    expect_status 0 "$command --help" -- "$bin" $command --help
    expect_in "$out" "Usage" "$command --help"
done
expect_status 2 "unknown command" -- "$bin" frobnicate
expect_status 2 "unknown option" -- "$bin" play x --bogus
expect_status 2 "bad seed" -- "$bin" play x --seed minus-one
expect_status 2 "bad mode" -- "$bin" play x --mode exam
expect_status 2 "check without files" -- "$bin" check
expect_status 2 "bad --choose" -- "$bin" play "$fixtures/small-example.lua" --choose 1,x

# list --json: an array of objects with id, title, roles and minutes.
expect_status 0 "list --json" -- "$bin" list --json
json=$out
expect_eq "$(echo "$json" | jq -r 'map(select(.id == "night-call")) | .[0].roles | join(",")')" "cps,dv" "night-call roles"
expect_eq "$(echo "$json" | jq -r 'all(.[]; (.id|type) == "string" and (.title|type) == "string" and (.minutes|type) == "number" and (.roles|length) >= 2)')" "true" "list --json fields"
expect_status 0 "list" -- "$bin" list
expect_in "$out" "night-call" "list shows the shipped scenario"

# check: FILE:LINE: message for each finding, exit 1; clean files exit 0.
expect_status 0 "check clean fixture" -- "$bin" check "$fixtures/small-example.lua"
expect_eq "$out" "" "check prints nothing when clean"
bg=$fixtures/bad-graph.lua
expect_status 1 "check bad-graph" -- "$bin" check "$bg"
line() { grep -n "$1" "$2" | head -1 | cut -d: -f1; }
# A scene's messages name the line its scene { ... } constructor starts on, just above its id.
scene_line() { echo $(($(line "$1" "$2") - 1)); }
expect_in "$out" "$bg:$(scene_line 'nobody' "$bg"): text uses undeclared state variable 'nobody'" "undeclared in text"
expect_in "$out" "$bg:$(line 'nowhere' "$bg"): choice 'a' in scene 'one' goes to scene 'nowhere', which does not exist" "missing target"
expect_in "$out" "$bg:$(line 'id = \"b\"' "$bg"): choice 'b' in scene 'one' has no rating" "missing rating"
expect_in "$out" "$bg:$(line 'id = \"b\"' "$bg"): choice 'b' in scene 'one' has no feedback" "missing feedback"
expect_in "$out" "unknown competency tag 'made_up'" "unknown tag"
de=$fixtures/dead-end.lua
expect_status 1 "check dead-end" -- "$bin" check "$de"
expect_in "$out" "$de:$(scene_line 'id = \"two\"' "$de"): scene 'two' offers role 'cps' no choice in this state (a dead end)" "dead end"
ur=$fixtures/unreachable.lua
expect_status 1 "check unreachable" -- "$bin" check "$ur"
expect_in "$out" "$ur:$(scene_line 'id = \"island\"' "$ur"): scene 'island' cannot be reached by any role" "unreachable"
ud=$fixtures/undeclared-read.lua
expect_status 1 "check undeclared read" -- "$bin" check "$ud"
expect_in "$out" "$ud:$(line 'redy' "$ud"): undeclared state variable 'redy'" "undeclared read in a condition"
expect_status 1 "check missing file" -- "$bin" check "$tmp/none.lua"
expect_in "$out" "none.lua: no such scenario file" "missing file"

# Scripted play to an ending, with a reason and a two-clause draft.
small=$fixtures/small-example.lua
expect_status 0 "scripted play" -- "$bin" play "$small" --role cps --trainee owl-1 --records "$tmp/r1" --seed 5 --choose '@talk_alone:"she called for help",1+2'
expect_in "$out" "Ending: Home, with a plan (positive)" "scripted ending"
expect_in "$out" "Recommended: Speaking privately" "feedback shown in practice mode"
record=$(ls "$tmp"/r1/*.jsonl)
expect_eq "$(jq -r 'select(.type=="decision") | .reason' "$record")" "she called for help" "reason stored"
expect_eq "$(jq -r 'select(.type=="draft") | .clauses | join("+")' "$record")" "his_acts+her_call" "draft clauses stored"
expect_eq "$(jq -r 'select(.type=="header") | .seed' "$record")" "5" "seed stored"

# Assessment mode holds feedback until the end.
expect_status 0 "assessment play" -- "$bin" play "$small" --role cps --records "$tmp/r2" --mode assessment --choose @remove_now
expect_in "$out" "Feedback comes at the end" "assessment holds feedback"
expect_eq "$(jq -r 'select(.type=="header") | .mode' "$tmp"/r2/*.jsonl)" "assessment" "mode recorded"

# Answers that run out leave a resumable record; --resume with --choose finishes it.
expect_status 3 "answers run out" -- "$bin" play "$small" --role dv --records "$tmp/r3" --choose @talk_alone
expect_in "$out" "ran out at decision 2" "says where the answers ran out"
record=$(ls "$tmp"/r3/*.jsonl)
expect_eq "$(tail -1 "$record" | jq -r .type)" "paused" "record ends paused"
expect_in "$out" "casewalk play --resume $record" "says how to resume"
expect_status 1 "resume without the scenario" -- "$bin" play --resume "$record" --choose 1+2
expect_in "$out" "casewalk play FILE.lua --resume" "says how to name the scenario file"
expect_status 0 "resume with --choose" -- "$bin" play "$small" --resume "$record" --choose 1+2
expect_eq "$(jq -r 'select(.type=="ending") | .ending' "$record")" "ending_home" "resumed session ends"
expect_eq "$(jq -s 'map(.seq) == [range(0; length)]' "$record")" "true" "seq continues across resume"

# A position out of range names the decision; an e-mail as trainee id is refused.
expect_status 1 "out of range" -- "$bin" play "$small" --role cps --records "$tmp/r4" --choose 4
expect_in "$out" "decision 1 (scene 'doorstep'): choice 4 is out of range (1-3)" "out of range names decision"
expect_status 1 "e-mail as trainee" -- "$bin" play "$small" --trainee someone@example.org --records "$tmp/r5" --choose 1
expect_in "$out" "pseudonym" "e-mail refused"
# Scripted answers name a choice by id wherever the session shows it; an id not offered is named.
expect_status 1 "choice not offered" -- "$bin" play "$small" --role dv --records "$tmp/r10" --choose @remove_now
expect_in "$out" "decision 1 (scene 'doorstep') offers no choice 'remove_now'" "unknown choice id named"

# Interactive play through a pipe: Enter to begin, a choice, a reason, a draft, no own text.
talk=$(shown_at "$bin" "$small" cps 5 "Ask to speak with Ms. Okafor privately.")
expect_eq "${talk:+found}" "found" "the seeded order lists the private talk"
out=$(printf '\n%s\nbecause she asked\n1 2\n\n' "$talk" | "$bin" play "$small" --role cps --seed 5 --trainee pipe --records "$tmp/r6" 2>&1)
expect_eq "$?" "0" "piped play exit"
expect_in "$out" "[removal · decision 1]" "progress line"
expect_in "$out" "Why did you choose this?" "reason prompt"
expect_in "$out" "Ending: Home, with a plan" "piped play ending"
expect_eq "$(jq -r 'select(.type=="decision") | .reason' "$tmp"/r6/*.jsonl)" "because she asked" "piped reason stored"
# End of input mid-way pauses with a resumable record.
out=$(printf '\n%s\n' "$talk" | "$bin" play "$small" --role cps --seed 5 --trainee pipe --records "$tmp/r7" 2>&1)
expect_eq "$?" "3" "end of input exit"
expect_in "$out" "To go on:
  casewalk play --resume $(ls "$tmp"/r7/*.jsonl)" "end of input says how to resume"
# Going back at the content notes records nothing.
out=$(printf 'q\n' | "$bin" play "$small" --role cps --trainee pipe --records "$tmp/r8" 2>&1)
expect_eq "$?" "0" "going back exit"
expect_eq "$(ls "$tmp"/r8 2>/dev/null | wc -l)" "0" "going back writes no record"

# The pseudonym is asked and checked before the content notes: an e-mail is asked for again, and a
# blank answer takes the pseudonym offered (never a shared "anonymous").
out=$(printf '1\nsomeone@example.org\n\n\n' | "$bin" play "$small" --seed 5 --records "$tmp/r11p" 2>&1)
expect_eq "$?" "3" "pseudonym asked again, then end of input"
expect_in "$out" "That cannot be recorded" "e-mail pseudonym refused at the prompt"
before_notes=${out%%Content notes*}
expect_in "$before_notes" "Please type it again." "the pseudonym is checked before the content notes"
offered=$(printf '%s\n' "$out" | sed -n 's/^Pseudonym \[\([a-z]*-[a-z]*-[0-9]*\)\]: .*/\1/p' | head -n 1)
expect_eq "$(head -n 1 "$tmp"/r11p/*.jsonl | jq -r .trainee)" "${offered:-none offered}" "a blank pseudonym takes the one offered"

# Scripted play without --trainee: a fresh suggested pseudonym, said on stderr, never a shared
# "anonymous"; two runs are told apart.
for run in 1 2; do
    "$bin" play "$small" --role cps --seed 5 --records "$tmp/r11s-$run" --choose @talk_alone,1+2 >/dev/null 2>"$tmp/err-$run"
    expect_eq "$?" "0" "scripted run $run without --trainee"
    said=$(sed -n 's/^Recorded as \([a-z]*-[a-z]*-[0-9]*\)$/\1/p' "$tmp/err-$run")
    expect_eq "$(head -n 1 "$tmp"/r11s-$run/*.jsonl | jq -r .trainee)" "${said:-nothing said}" "scripted run $run records the pseudonym it names"
done
if [ "$(head -n 1 "$tmp"/r11s-1/*.jsonl | jq -r .trainee)" != anonymous ]; then ok; else bad "a scripted run recorded as anonymous"; fi
if [ "$(cat "$tmp/err-1")" != "$(cat "$tmp/err-2")" ]; then ok; else bad "two scripted runs share a pseudonym: $(cat "$tmp/err-1")"; fi

# Without a display, --ui gui falls back to the text player with a one-line notice.
expect_status 0 "gui fallback" -- "$bin" play "$small" --ui gui --records "$tmp/r9" --choose @talk_alone,1+2
expect_in "$out" "using the text player" "fallback notice"

# The default records folder follows XDG, private whatever the umask.
(umask 000 && XDG_DATA_HOME=$tmp/xdg "$bin" play "$small" --role cps --choose @talk_alone,1+2 >/dev/null 2>&1)
expect_eq "$(stat -c %a "$tmp/xdg/casewalk/records")" "700" "records folder 0700"
expect_eq "$(stat -c %a "$tmp"/xdg/casewalk/records/*.jsonl)" "600" "record file 0600"
(umask 000 && unset XDG_DATA_HOME && HOME=$tmp/home "$bin" play "$small" --role cps --choose @talk_alone,1+2 >/dev/null 2>&1)
expect_eq "$(ls "$tmp"/home/.local/share/casewalk/records/*.jsonl | wc -l)" "1" "records under ~/.local/share"

# Options as getopt_long reads them: --name=value, options after operands, and "--" ending the
# options so that a file whose name begins with '-' can be named.
expect_status 0 "--opt=value" -- "$bin" play "$small" --role=cps --records="$tmp/r11" --choose=@talk_alone,1+2
expect_eq "$(ls "$tmp"/r11/*.jsonl | wc -l)" "1" "--records=DIR made the record there"
expect_eq "$(jq -r 'select(.type == "header") | .role' "$tmp"/r11/*.jsonl)" "cps" "--role=cps taken"
cp "$small" "$tmp/-dash.lua"
(cd "$tmp" && "$bin" play --role cps --records "$tmp/r12" --choose @talk_alone,1+2 -- -dash.lua >/dev/null 2>&1)
expect_eq "$?" "0" "-- then a scenario named -dash.lua"
expect_status 2 "without --, -dash.lua is an option" -- sh -c "cd '$tmp' && '$bin' play -dash.lua"
expect_in "$out" "unknown option '-d'" "short unknown option named"
expect_status 2 "--name= for a flag" -- "$bin" list --json=yes
expect_in "$out" "--json takes no value" "flag with a value refused"
expect_status 2 "missing value at the end" -- "$bin" play "$small" --role
expect_in "$out" "--role needs a value" "missing value named"
expect_status 2 "unknown long option" -- "$bin" check --bogus=1 "$small"
expect_in "$out" "unknown option '--bogus=1'" "unknown long option named"
expect_status 0 "check --random=N --seed=S" -- "$bin" check --random=3 --seed=7 "$small"
expect_status 2 "check --random=0" -- "$bin" check --random=0 "$small"
expect_in "$out" "--random needs a number of playthroughs" "--random=0 refused"
expect_status 2 "two scenarios" -- "$bin" play "$small" "$small"
expect_in "$out" "one scenario at a time" "two scenarios refused"
expect_status 0 "--limit=NAME=VALUE" -- "$bin" check --limit=scenes=5000 "$small"
rec11=$(ls "$tmp"/r11/*.jsonl)
expect_status 0 "debrief --html=FILE" -- "$bin" debrief --html="$tmp/d.html" --scenario="$small" "$rec11"
expect_eq "$(test -s "$tmp/d.html" && echo yes)" "yes" "debrief --html=FILE written"
expect_status 0 "summary --json=FILE" -- "$bin" summary --scenario="$small" --json="$tmp/s.json" -- "$tmp/r11"
expect_eq "$(jq -r '.records.used' "$tmp/s.json")" "1" "summary --json=FILE read the folder after --"
expect_status 0 "xapi --out=FILE" -- "$bin" xapi --out="$tmp/x.json" "$rec11"
expect_eq "$(jq -r 'length > 0' "$tmp/x.json")" "true" "xapi --out=FILE written"
expect_status 2 "no abbreviations" -- "$bin" play "$small" --rol cps
expect_in "$out" "unknown option '--rol'" "an abbreviated option is refused"
expect_status 0 "help after operands" -- "$bin" check "$small" --help
expect_in "$out" "Usage" "--help anywhere"

# A decision without a discussion prompt is warned about, with its file and line; --strict
# does not fail on it (the summary suggests a prompt from the answers).
expect_status 0 "check warns of a missing prompt" -- "$bin" check "$fixtures/shuffled.lua"
expect_in "$out" "$fixtures/shuffled.lua:$(scene_line 'id = \"two\"' "$fixtures/shuffled.lua"): warning: scene 'two' is a decision without a discussion prompt" "missing prompt warned"
expect_status 0 "--strict passes over a missing prompt" -- "$bin" check --strict "$fixtures/shuffled.lua"
expect_eq "$("$bin" check --json "$fixtures/shuffled.lua" | jq '.scenarios[0].missing_prompts | length')" "2" "missing prompts in --json"

# A wrong scenario id or path: the closest installed scenario, and the list of them.
expect_status 1 "misspelled id" -- "$bin" play nite-call --choose 1
expect_in "$out" "no installed scenario 'nite-call'; did you mean 'night-call'?" "did you mean, for an id"
# The list is every installed id, in the order 'casewalk list --ids' gives them.
installed=$("$bin" list --ids 2>/dev/null | paste -sd, - | sed 's/,/, /g')
expect_in "$out" "Installed: $installed (see: casewalk list)" "installed list"
expect_status 1 "misspelled path" -- "$bin" check "$tmp/famly-meeting.lua"
expect_in "$out" "no such scenario file; did you mean 'family-meeting'?" "did you mean, for a path"
expect_status 1 "nothing close" -- "$bin" debrief --scenario zzz "$rec11"
expect_in "$out" "no installed scenario 'zzz'. Installed: " "no suggestion when nothing is close"

finish "cli"
