"""Workspace fixtures: a migrated database (SQLite and PostgreSQL) with two patients and one
account per role, the application, and signed-in API clients."""

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, insert

from relais.config import Settings
from relais.privacy.audit import ROLES
from relais.store.engine import make_engine
from relais.store.migrate import upgrade
from relais.store.web_tables import web_users
from relais.web import create_app
from relais.web.auth.accounts import find_user
from relais.web.auth.passwords import hash_password
from relais.web.auth.sessions import open_session
from relais.web.settings import WebSettings
from tests.conftest import postgres_schema
from tests.web.records import import_patients

PASSWORD = "Mot-de-passe-de-test-2024"
USERS = {
    "physician": ("dr.martin", "Dr Claire Martin", "10101010101"),
    "nurse": ("ide.petit", "Julien Petit", None),
    "secretary": ("sec.roux", "Inès Roux", None),
    "dpo": ("dpo.leroy", "Anne Leroy", None),
    "admin": ("adm.blanc", "Louis Blanc", None),
    "data_scientist": ("ds.nguyen", "Linh Nguyen", None),
    "manager": ("cds.moreau", "Sophie Moreau", None),
}
assert set(USERS) == set(ROLES)


@pytest.fixture(scope="session")
def password_hash() -> str:
    """The accounts' argon2 hash, computed once (about a second per hash on a busy machine)."""
    return hash_password(PASSWORD)


def fill(engine: Engine, folder: Path, password_hash: str) -> None:
    """Two patients and one account per role (the same password for all)."""
    import_patients(engine, folder)
    with engine.begin() as conn:
        for role, (username, name, rpps) in USERS.items():
            conn.execute(
                insert(web_users).values(
                    username=username,
                    display_name=name,
                    role=role,
                    password_hash=password_hash,
                    rpps=rpps,
                    source="local",
                    active=True,
                    created_at=datetime.now(UTC),
                )
            )


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory, password_hash: str) -> Path:
    """A migrated and filled SQLite file, built once and copied for each test."""
    path = tmp_path_factory.mktemp("web-template") / "relais.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    fill(engine, path.parent, password_hash)
    engine.dispose()  # the last connection checkpoints the WAL into the file
    return path


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(
    request: pytest.FixtureRequest, tmp_path: Path, sqlite_template: Path, password_hash: str
) -> Iterator[str]:
    """Overrides the shared fixture: the same database, already filled (see ``fill``)."""
    if request.param == "sqlite":
        shutil.copyfile(sqlite_template, tmp_path / "relais.db")
        yield f"sqlite:///{tmp_path / 'relais.db'}"
        return
    with postgres_schema() as url:
        engine = make_engine(url)
        fill(engine, tmp_path, password_hash)
        engine.dispose()
        yield url


@pytest.fixture
def hospital_db(engine: Engine) -> Engine:
    """The test's database: two patients and one account per role."""
    return engine


SQLITE_ONLY = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


def make_client(
    database_url: str,
    tmp_path: Path,
    *,
    base_url: str = "http://relais.test",
    model_url: str | None = None,
    **web: object,
) -> TestClient:
    """The application; ``model_url``: an OpenAI-compatible server for the narrative (else
    the structured sections only)."""
    llm = {"llm_backend": "openai", "llm_url": model_url, "llm_model": "m"} if model_url else {}
    settings = Settings(
        database_url=database_url, data_dir=tmp_path, llm_timeout_s=20, llm_retries=0, **llm
    )
    options = {"read_notes": False, **web}
    app = create_app(
        settings,
        web=WebSettings(**options),  # type: ignore[arg-type]
        backend="settings" if model_url else None,
    )
    return TestClient(app, base_url=base_url)


@pytest.fixture
def app_client(hospital_db: Engine, database_url: str, tmp_path: Path) -> Iterator[TestClient]:
    """The application on the test database (structured drafts only, notes not read)."""
    with make_client(database_url, tmp_path) as client:
        yield client


def api_login(client: TestClient, role: str) -> dict[str, str]:
    """Bearer headers of the account with ``role`` through ``POST /api/login``."""
    response = client.post("/api/login", json={"username": USERS[role][0], "password": PASSWORD})
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['token']}"}


def bearer(engine: Engine, role: str) -> dict[str, str]:
    """Bearer headers of a session opened directly (what a login does, without the hashing)."""
    with engine.begin() as conn:
        token, _ = open_session(conn, find_user(conn, USERS[role][0]), web=WebSettings())
    return {"Authorization": f"Bearer {token}"}


def ui_login(client: TestClient, role: str) -> None:
    """Sign in through the login form (the client keeps the session cookie)."""
    client.get("/login")
    response = client.post(
        "/login",
        data={
            "username": USERS[role][0],
            "password": PASSWORD,
            "csrf_token": client.cookies.get("relais_login", ""),
            "next": "/patients",
        },
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text
