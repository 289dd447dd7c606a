-- Threat 7: no collectgarbage: a script cannot stop, force or tune the collector.
collectgarbage("stop")
