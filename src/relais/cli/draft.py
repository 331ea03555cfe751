"""`relais draft` commands (being built)."""
