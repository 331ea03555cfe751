"""`relais export|projects|opposition|audit` commands (being built)."""
