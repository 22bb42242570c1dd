ok = "fine"
bad = "not closed
