# normalize.jq — a group summary's JSON with every list that follows the order sessions were read
# in (choices first seen, decisions and endings met, paths) put in id order, and each choice's
# counts per role moved beside it, so that summaries of the same sessions read in another order
# compare equal and any difference is one of numbers. Choice texts are left out: they come from
# replaying one example session per decision and role (the first record by file name, or the
# first session by registration from a store), and a choice the example was not offered has no
# text; summary.sh checks that the texts both summaries have agree. Titles drawn from a scene's
# text and prompts suggested from choice texts are left out for the same reason.
def by_choice($d):
  [range(0; $d.choices | length) as $i
   | ($d.choices[$i] | del(.text)) + {by_role: [$d.by_role[]? | {role, answered, median_ms,
                                                  count: .counts[$i], offered: .offered[$i]}]}]
  | sort_by(.id);
.decisions |= (map(. + {choices: by_choice(.)} | del(.by_role) | del(.title) | del(.suggested_prompt)
                   | if .flags then .flags |= sort_by(.phrase) else . end
                   | if .missing then .missing |= sort_by(.element) else . end) | sort_by(.scene))
| .endings |= sort_by(.id)
| .paths |= (map(del(.from_title) | del(.to_title)) | sort_by(.from, .to))

