"""The migrations build exactly the schema the code declares, on both databases."""

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine

from relais.store.migrate import current_revisions, head_revisions, upgrade
from relais.store.schema import metadata


def test_migrated_schema_matches_the_tables(engine: Engine) -> None:
    assert current_revisions(engine) == head_revisions()
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, metadata) == []


def test_upgrade_is_idempotent(engine: Engine) -> None:
    upgrade(engine)
    upgrade(engine)
    assert current_revisions(engine) == head_revisions()
