"""`relais forecast` commands (being built)."""
