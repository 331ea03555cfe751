"""Sign-in and sessions: cookie flags, wrong passwords, rate limiting, CSRF, expiry, sign-out,
disabled accounts."""

from datetime import UTC, datetime, timedelta
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import Engine, func, select, update

from relais.store.web_tables import web_sessions
from relais.web.auth.accounts import set_active
from relais.web.auth.passwords import verify_password
from tests.web.conftest import PASSWORD, USERS, bearer, make_client, ui_login
from tests.web.records import STAY


def _form_login(client: TestClient, username: str, password: str) -> object:
    client.get("/login")
    return client.post(
        "/login",
        data={
            "username": username,
            "password": password,
            "csrf_token": client.cookies.get("relais_login", ""),
        },
        follow_redirects=False,
    )


def test_login_sets_a_strict_http_only_session_cookie(app_client: TestClient) -> None:
    response = _form_login(app_client, "dr.martin", PASSWORD)
    assert response.status_code == 303 and response.headers["location"] == "/"
    cookie = next(c for c in response.headers.get_list("set-cookie") if "relais_session=" in c)
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Path=/" in cookie
    assert "Secure" not in cookie  # plain HTTP unless RELAIS_WEB_COOKIE_SECURE
    assert app_client.get("/patients").status_code == 200
    for elsewhere in ("//attaquant.example/x", "https://attaquant.example", "/\\attaquant"):
        app_client.get("/login")
        sent = app_client.post(
            "/login",
            data={
                "username": "dr.martin",
                "password": PASSWORD,
                "csrf_token": app_client.cookies.get("relais_login", ""),
                "next": elsewhere,
            },
            follow_redirects=False,
        )
        assert sent.headers["location"] == "/", elsewhere  # never off the site


def test_secure_cookies_and_hsts_behind_tls(
    hospital_db: Engine, database_url: str, tmp_path: Path
) -> None:
    secure = make_client(database_url, tmp_path, base_url="https://relais.test", cookie_secure=True)
    with secure as client:
        login_page = client.get("/login")
        assert "Secure" in login_page.headers["set-cookie"]
        assert login_page.headers["strict-transport-security"].startswith("max-age=")
        response = _form_login(client, "dr.martin", PASSWORD)
        assert "Secure" in response.headers["set-cookie"]  # type: ignore[attr-defined]


def test_wrong_passwords_say_nothing_about_the_account(app_client: TestClient) -> None:
    for username, password in (("dr.martin", "mauvais-mot-de-passe"), ("inconnu", PASSWORD)):
        response = _form_login(app_client, username, password)
        assert response.status_code == 401  # type: ignore[attr-defined]
        assert "Identifiant ou mot de passe incorrect" in response.text  # type: ignore[attr-defined]
    api = app_client.post("/api/login", json={"username": "dr.martin", "password": "nope"})
    assert api.status_code == 401 and api.json()["error"]["code"] == "invalid_credentials"
    assert api.headers["www-authenticate"] == 'Bearer realm="relais"'


def test_repeated_failures_lock_the_account_for_the_window(
    hospital_db: Engine, database_url: str, tmp_path: Path
) -> None:
    with make_client(database_url, tmp_path, login_max_failures=3) as client:
        for _ in range(3):
            assert _form_login(client, "ide.petit", "essai-au-hasard").status_code == 401  # type: ignore[attr-defined]
        locked = _form_login(client, "ide.petit", PASSWORD)  # even the right password
        assert locked.status_code == 429 and "Trop de tentatives" in locked.text  # type: ignore[attr-defined]
        api = client.post("/api/login", json={"username": "ide.petit", "password": PASSWORD})
        assert api.status_code == 429 and api.json()["error"]["code"] == "too_many_attempts"
        assert _form_login(client, "dr.martin", PASSWORD).status_code == 303  # others unaffected  # type: ignore[attr-defined]


def test_one_address_trying_many_accounts_is_stopped(
    hospital_db: Engine, database_url: str, tmp_path: Path
) -> None:
    with make_client(database_url, tmp_path, login_max_failures_per_address=4) as client:
        for username, _name, _rpps in list(USERS.values())[:4]:
            assert _form_login(client, username, "devine-moi-1234").status_code == 401  # type: ignore[attr-defined]
        assert _form_login(client, "adm.blanc", PASSWORD).status_code == 429  # type: ignore[attr-defined]


def test_forms_need_the_session_token_and_this_origin(app_client: TestClient) -> None:
    ui_login(app_client, "physician")
    page = app_client.get(f"/stays/{STAY}")
    token = page.text.split('name="csrf_token" value="')[1].split('"')[0]
    url = f"/stays/{STAY}/letter"
    for data, headers in (
        ({}, {}),
        ({"csrf_token": "falsifié"}, {}),
        ({"csrf_token": token}, {"Origin": "https://attaquant.example"}),
    ):
        refused = app_client.post(url, data=data, headers=headers, follow_redirects=False)
        assert (
            refused.status_code == 403
            and "anti-falsification" in refused.text
            or ("ne vient pas de Relais" in refused.text)
        ), (data, headers)
    accepted = app_client.post(
        url,
        data={"csrf_token": token},
        headers={"Origin": "http://relais.test"},
        follow_redirects=False,
    )
    assert accepted.status_code == 303 and accepted.headers["location"].startswith("/jobs/")
    header = app_client.post(url, headers={"X-CSRF-Token": token}, follow_redirects=False)
    assert header.status_code == 303
    app_client.cookies.delete("relais_login")
    login = app_client.post("/login", data={"username": "dr.martin", "password": PASSWORD})
    assert login.status_code == 403  # the login form too carries a token


def test_sessions_expire_when_idle_or_too_old(app_client: TestClient, hospital_db: Engine) -> None:
    now = datetime.now(UTC)
    for column, value in (
        ("last_seen", now - timedelta(minutes=31)),
        ("expires_at", now - timedelta(seconds=1)),
    ):
        headers = bearer(hospital_db, "nurse")
        assert app_client.get("/api/me", headers=headers).status_code == 200
        with hospital_db.begin() as conn:
            conn.execute(update(web_sessions).values({column: value}))
        expired = app_client.get("/api/me", headers=headers)
        assert expired.status_code == 401 and "expirée" in expired.json()["error"]["message"]
        with hospital_db.connect() as conn:
            assert conn.execute(select(func.count()).select_from(web_sessions)).scalar_one() == 0


def test_signing_out_and_disabling_end_sessions(
    app_client: TestClient, hospital_db: Engine
) -> None:
    headers = bearer(hospital_db, "secretary")
    assert app_client.post("/api/logout", headers=headers).status_code == 204
    assert app_client.get("/api/me", headers=headers).status_code == 401
    ui_login(app_client, "secretary")
    page = app_client.get("/patients")
    token = page.text.split('name="csrf_token" value="')[1].split('"')[0]
    out = app_client.post("/logout", data={"csrf_token": token}, follow_redirects=False)
    assert out.status_code == 303 and out.headers["location"] == "/login"
    assert app_client.get("/patients", follow_redirects=False).status_code == 303
    headers = bearer(hospital_db, "physician")
    with hospital_db.begin() as conn:
        set_active(conn, "dr.martin", active=False)
    assert app_client.get("/api/me", headers=headers).status_code == 401
    refused = app_client.post("/api/login", json={"username": "dr.martin", "password": PASSWORD})
    assert refused.status_code == 401


def test_verify_password_costs_the_same_for_unknown_accounts() -> None:
    assert verify_password(None, PASSWORD) is False
    assert verify_password("not-a-hash", PASSWORD) is False
    assert verify_password(None, "x" * 5000) is False


def test_each_role_lands_on_its_first_screen(app_client: TestClient) -> None:
    assert app_client.get("/", follow_redirects=False).headers["location"] == "/login"
    landings = {
        "physician": "/patients",
        "secretary": "/patients",
        "manager": "/pilotage",
        "dpo": "/audit",
        "admin": "/patients",  # no screen of its own: the search says access is refused
    }
    for role, path in landings.items():
        app_client.cookies.clear()
        ui_login(app_client, role)
        home = app_client.get("/", follow_redirects=False)
        assert home.status_code == 303 and home.headers["location"] == path, role
