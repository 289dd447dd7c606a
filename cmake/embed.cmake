# embed.cmake — writes a C file holding a text file as one string: cmake -DIN=... -DOUT=... -DNAME=...
# -P embed.cmake. The phone page's script and style are served from memory, never read from disk.
file(READ ${IN} text)
string(REPLACE "\\" "\\\\" text "${text}")
string(REPLACE "\"" "\\\"" text "${text}")
string(REPLACE "?" "\\?" text "${text}")
string(REPLACE "\n" "\\n\"\n\"" text "${text}")
get_filename_component(source_name ${IN} NAME)
file(WRITE ${OUT} "/* ${NAME} — generated from players/room/assets/${source_name} by cmake/embed.cmake. */\nconst char ${NAME}[] =\n\"${text}\";\n")
