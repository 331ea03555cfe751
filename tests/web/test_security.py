"""Attacks through the record and the search fields: script payloads in a patient's name and
note render as text on every screen; SQL in the search fields finds nothing and changes nothing;
a tampered audit row is caught by `relais audit verify`; nothing is loaded from elsewhere."""

import re
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import Engine, func, select, update
from typer.testing import CliRunner

from relais.cli import app as cli
from relais.store.privacy_tables import audit_events
from relais.store.tables import documents, patients
from relais.store.web_tables import web_users
from tests.privacy.audit.sample import as_database_owner
from tests.web.conftest import bearer, ui_login
from tests.web.records import XSS_NAME, XSS_NOTE, XSS_NOTE_ID, XSS_PATIENT, XSS_STAY
from tests.web.test_access import wait_for_draft

PAYLOADS = ("<script>", "<img src=x", "<svg onload", "<b>Observation")
INJECTIONS = (
    "' OR 1=1 --",
    "'; DROP TABLE patients; --",
    "x' UNION SELECT username, password_hash FROM web_users --",
    '" OR ""="',
    "1941-02-03' OR '1'='1",
    "%",
    "_",
    "\\",
    "lef%'--",
)


def assert_inert(html: str, where: str) -> None:
    for payload in PAYLOADS:
        assert payload.lower() not in html.lower(), f"{payload!r} rendered live on {where}"


def test_script_payloads_in_the_record_render_as_text(
    app_client: TestClient, hospital_db: Engine
) -> None:
    headers = bearer(hospital_db, "physician")
    draft = wait_for_draft(app_client, headers, start_letter_for(app_client, headers))
    ui_login(app_client, "physician")
    pages = {
        "search": "/patients?q=script",
        "patient": f"/patients/{XSS_PATIENT}",
        "stay": f"/stays/{XSS_STAY}",
        "note": f"/documents/{XSS_NOTE_ID}?start=0&end=12",
        "draft": f"/drafts/{draft}",
        "fact": f"/drafts/{draft}/facts/F1",
    }
    for where, path in pages.items():
        response = app_client.get(path)
        assert response.status_code == 200, (where, response.text[:300])
        assert_inert(response.text, where)
    search = app_client.get("/patients?q=script").text
    assert "&lt;SCRIPT&gt;ALERT(&#39;NOM&#39;)&lt;/SCRIPT&gt;" in search  # names in capitals
    note = app_client.get(f"/documents/{XSS_NOTE_ID}").text
    assert "&lt;img src=x onerror=alert(&#39;note&#39;)&gt;" in note
    api = app_client.get(f"/api/patients/{XSS_PATIENT}", headers=headers)
    assert api.json()["family"] == XSS_NAME  # data, served as JSON, never as HTML
    assert api.headers["content-type"] == "application/json"
    assert api.headers["x-content-type-options"] == "nosniff"
    assert XSS_NOTE.split("<")[0] in note


def start_letter_for(client: TestClient, headers: dict[str, str]) -> str:
    response = client.post(f"/api/stays/{XSS_STAY}/letter", headers=headers)
    assert response.status_code == 202, response.text
    return str(response.json()["id"])


def _counts(engine: Engine) -> tuple[int, ...]:
    with engine.connect() as conn:
        return tuple(
            conn.execute(select(func.count()).select_from(t)).scalar_one()
            for t in (patients, documents, web_users)
        )


def test_sql_in_search_fields_finds_nothing_and_changes_nothing(
    app_client: TestClient, hospital_db: Engine
) -> None:
    before = _counts(hospital_db)
    nurse, dpo = bearer(hospital_db, "nurse"), bearer(hospital_db, "dpo")
    for text in INJECTIONS:
        for field in ("q", "service"):
            found = app_client.get("/api/patients", params={field: text}, headers=nurse)
            assert found.status_code == 200, (text, found.text)
            assert found.json() == [], (field, text)
        day = app_client.get("/api/patients", params={"birth_date": text}, headers=nurse)
        assert day.status_code == 422
        trail = app_client.get("/api/audit", params={"user": text, "patient": text}, headers=dpo)
        assert trail.status_code == 200 and trail.json() == [], text
        page = app_client.get("/api/patients/" + text.replace("/", ""), headers=nurse)
        assert page.status_code == 404
    assert _counts(hospital_db) == before


def test_a_tampered_audit_row_is_detected(
    app_client: TestClient, hospital_db: Engine, database_url: str
) -> None:
    headers = bearer(hospital_db, "nurse")
    for path in (f"/api/patients/{XSS_PATIENT}", "/api/patients?q=lef", "/api/audit"):
        app_client.get(path, headers=headers)
    env = {"RELAIS_DATABASE_URL": database_url}
    runner = CliRunner()
    intact = runner.invoke(cli, ["audit", "verify"], env=env)
    assert intact.exit_code == 0, intact.output
    with hospital_db.begin() as conn:
        rows: list[Any] = list(conn.execute(select(audit_events).order_by(audit_events.c.seq)))
        denied = next(r for r in rows if r.outcome == "denied")  # the nurse's /api/audit
        as_database_owner(conn)
        conn.execute(
            update(audit_events).where(audit_events.c.seq == denied.seq).values(outcome="success")
        )
    broken = runner.invoke(cli, ["audit", "verify"], env=env)
    assert broken.exit_code == 1
    assert re.search(rf"ALTÉRÉ à la ligne {denied.seq}\b", broken.stderr)
