"""Shared fixtures: every database test runs on SQLite and on PostgreSQL.

PostgreSQL tests use a fresh schema per test on the server at ``RELAIS_TEST_POSTGRES_URL``
(default: the local test server). When it is unreachable they are skipped locally and fail in CI.
"""

import os
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

from relais.store.engine import make_engine
from relais.store.migrate import upgrade
from tests.hospital import hospital, sqlite_hospital  # noqa: F401  (shared fixtures)

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEFAULT_POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def postgres_base_url() -> str:
    return os.environ.get("RELAIS_TEST_POSTGRES_URL", DEFAULT_POSTGRES)


def shared_path(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.fail(f"{path} is missing: the tests need ../shared beside the repository")
    return path


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A migrated, empty database URL on each backend."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'relais.db'}"
        engine = make_engine(url)
        upgrade(engine)
        engine.dispose()
        yield url
        return
    with postgres_schema() as url:
        yield url


@contextmanager
def postgres_schema() -> Iterator[str]:
    """The URL of a fresh, migrated schema on the test server, dropped afterwards. Skipped
    locally when the server is unreachable; a failure in CI."""
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = make_engine(postgres_base_url())
    try:
        with admin.begin() as conn:
            conn.execute(text(f"CREATE SCHEMA {schema}"))
    except OperationalError as exc:
        admin.dispose()
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL unreachable in CI: {exc.orig}")
        pytest.skip(f"PostgreSQL unreachable: {exc.orig}")
    url = f"{postgres_base_url()}?options=-csearch_path%3D{schema}"
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    try:
        yield url
    finally:
        _drop_schema(admin, schema)
        admin.dispose()


def _drop_schema(admin: Engine, schema: str, attempts: int = 5) -> None:
    """Drop a test's schema; other tests' DDL running at the same time (parallel runs on one
    server) can make PostgreSQL pick this statement as a deadlock victim: try again."""
    for attempt in range(attempts):
        try:
            with admin.begin() as conn:
                conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
            return
        except OperationalError as exc:
            if "deadlock" not in str(exc.orig).lower() or attempt == attempts - 1:
                raise
            time.sleep(0.2 * (attempt + 1))


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    engine = make_engine(database_url)
    yield engine
    engine.dispose()
