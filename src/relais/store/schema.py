"""Every table module, imported so that ``metadata`` knows the whole schema (migrations, tests)."""

from relais.store import safety_tables as safety_tables
from relais.store import tables
from relais.store.tables import metadata

__all__ = ["metadata", "tables"]
