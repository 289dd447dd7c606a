-- Threat 2: no os.remove or os.rename: files on disk are out of reach.
os.remove(target)
