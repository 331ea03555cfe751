"""Storage: engine, tables, migrations and repositories."""
