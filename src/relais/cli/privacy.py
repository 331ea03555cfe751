"""`relais privacy` commands (being built)."""
