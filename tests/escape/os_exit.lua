-- Threat 2: no os.exit: a scenario cannot end the program it runs in.
os.exit(3)
