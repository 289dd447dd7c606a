-- Threat 2: os has only time, clock and date: no commands.
os.execute("touch " .. target)
