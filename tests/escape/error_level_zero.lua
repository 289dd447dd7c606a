-- An error raised without a position gets the line it was raised on.
error("no position here", 0)
