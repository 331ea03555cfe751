"""Apply the Alembic migrations shipped in the package (same scripts on SQLite and PostgreSQL).

Features own their migration branches (all starting from the core schema), so the script
directory may have several heads: the database is current when it is at all of them.
"""

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from relais.errors import StorageError

MIGRATIONS = Path(__file__).parent / "migrations"


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revisions() -> frozenset[str]:
    return frozenset(ScriptDirectory.from_config(_config()).get_heads())


def current_revisions(engine: Engine) -> frozenset[str]:
    with engine.connect() as connection:
        return frozenset(MigrationContext.configure(connection).get_current_heads())


def current_revision(engine: Engine) -> str | None:
    """The revisions the database is at, comma-separated (None for an empty database)."""
    revisions = current_revisions(engine)
    return ", ".join(sorted(revisions)) if revisions else None


def upgrade(engine: Engine, revision: str = "heads") -> None:
    """Bring the database schema to ``revision``; a no-op when already there."""
    config = _config()
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    except OperationalError as exc:
        raise StorageError(
            f"Cannot migrate the database at {engine.url.render_as_string()}: {exc.orig}. "
            "Check RELAIS_DATABASE_URL and that the server is running."
        ) from exc


def ensure_current(engine: Engine) -> None:
    """Migrate when the schema is behind (zero-configuration start for the embedded database)."""
    try:
        current = current_revisions(engine)
    except OperationalError as exc:
        raise StorageError(
            f"Cannot open the database at {engine.url.render_as_string()}: {exc.orig}. "
            "Check RELAIS_DATABASE_URL and that the server is running."
        ) from exc
    if current != head_revisions():
        upgrade(engine)
