"""Plain typed records shared by the features (no database, no I/O)."""
