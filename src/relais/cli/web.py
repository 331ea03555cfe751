"""`relais serve` and `relais user` commands (being built)."""
