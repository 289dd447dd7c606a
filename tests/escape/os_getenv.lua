-- Threat 16: scripts get no host information (environment variables, user or host names).
local user = os.getenv("USER")
