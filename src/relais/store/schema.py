"""The whole schema: every ``relais.store.*tables`` module, imported so ``metadata`` knows it all.

Features declare their tables in their own module named ``<feature>_tables.py`` beside
``tables.py`` (on the shared ``metadata``); migrations and tests see them without edits here.
"""

import importlib
import pkgutil

import relais.store
from relais.store import tables
from relais.store.tables import metadata

TABLE_MODULES = tuple(
    importlib.import_module(f"relais.store.{info.name}")
    for info in pkgutil.iter_modules(relais.store.__path__)
    if info.name == "tables" or info.name.endswith("_tables")
)

__all__ = ["TABLE_MODULES", "metadata", "tables"]
