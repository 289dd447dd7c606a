-- A scenario raising a table: the message still names the file and the line.
error({ code = 42 })
