"""Workspace fixtures: a migrated database (SQLite and PostgreSQL) with two patients and one
account per role, the application, and signed-in API clients."""

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, insert

from relais.config import Settings
from relais.privacy.audit import ROLES
from relais.store.web_tables import web_users
from relais.web import create_app
from relais.web.auth.accounts import find_user
from relais.web.auth.passwords import hash_password
from relais.web.auth.sessions import open_session
from relais.web.settings import WebSettings
from tests.web.records import import_patients

PASSWORD = "Mot-de-passe-de-test-2024"
USERS = {
    "physician": ("dr.martin", "Dr Claire Martin", "10101010101"),
    "nurse": ("ide.petit", "Julien Petit", None),
    "secretary": ("sec.roux", "Inès Roux", None),
    "dpo": ("dpo.leroy", "Anne Leroy", None),
    "admin": ("adm.blanc", "Louis Blanc", None),
    "data_scientist": ("ds.nguyen", "Linh Nguyen", None),
}
assert set(USERS) == set(ROLES)


@pytest.fixture(scope="session")
def password_hash() -> str:
    """The accounts' argon2 hash, computed once (about a second per hash on a busy machine)."""
    return hash_password(PASSWORD)


@pytest.fixture
def hospital_db(engine: Engine, tmp_path: Path, password_hash: str) -> Engine:
    """Two patients and one account per role (the same password for all)."""
    import_patients(engine, tmp_path)
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
    return engine


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
