-- Threat 2: no dofile: a scenario cannot run other files.
dofile(target)
