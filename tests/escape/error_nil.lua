-- error() with no object at all.
error()
