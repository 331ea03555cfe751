"""The gate: for every route in front of patient data and every role, the permission matrix
decides; a refusal is a 403 and a 'denied' row in the audit trail naming the user, the role,
the patient and the action; an allowed read is a 'success' row with channel and purpose."""

import time
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import Engine, select

from relais.generate.draft import codes
from relais.privacy.audit import ROLES, is_permitted
from relais.store.privacy_tables import audit_events
from relais.web.locate import PATH_KEYS
from tests.web.conftest import USERS, bearer
from tests.web.records import PATIENT, STAY
from tests.web.routes import routes

NOTE_ID = "00000000-0000-4000-8000-000000000010"


def wait_for_draft(client: TestClient, headers: dict[str, str], job_id: str) -> str:
    for _ in range(300):
        job = client.get(f"/api/jobs/{job_id}", headers=headers).json()
        if job["done"]:
            assert job["draft_id"], job
            return str(job["draft_id"])
        time.sleep(0.1)
    raise AssertionError(f"job {job_id} did not finish")


def start_letter(client: TestClient, headers: dict[str, str]) -> str:
    response = client.post(f"/api/stays/{STAY}/letter", headers=headers)
    assert response.status_code == 202, response.text
    return str(response.json()["id"])


def refusal(url: str, response: Any) -> str:
    """The refusal as each channel says it: JSON error, OperationOutcome, French page."""
    if url.startswith("/api"):
        return str(response.json()["error"]["code"])
    if url.startswith("/fhir"):
        return str(response.json()["issue"][0]["code"])
    return "forbidden" if "Accès refusé" in response.text else response.text


def trail(engine: Engine, username: str) -> list[Any]:
    with engine.connect() as conn:
        query = select(audit_events).where(audit_events.c.actor_id == username)
        return list(conn.execute(query.order_by(audit_events.c.seq)))


def test_every_role_on_every_gated_route(app_client: TestClient, hospital_db: Engine) -> None:
    headers = {role: bearer(hospital_db, role) for role in ROLES}
    jobs = {r: start_letter(app_client, headers[r]) for r in ROLES if is_permitted(r, "draft")}
    draft_id = wait_for_draft(app_client, headers["physician"], jobs["physician"])
    values = {
        "patient_id": PATIENT,
        "stay_id": STAY,
        "draft_id": draft_id,
        "document_id": NOTE_ID,
        "fact_id": "F4",
        "code": codes.MOTIF,
    }
    checked = 0
    for route in routes(app_client.app):  # type: ignore[arg-type]
        if route.gate is None:
            continue
        for role in ROLES:
            username = USERS[role][0]
            before = len(trail(hospital_db, username))
            url = route.url(**values, job_id=jobs.get(role, jobs["physician"]))
            body: dict[str, Any] = {}
            if "sections" in route.path:
                text = {"text": "Décompensation cardiaque. Évolution favorable."}
                body = {"json": text} if route.path.startswith("/api") else {"data": text}
            response = app_client.request(
                route.method, url, headers=headers[role], follow_redirects=False, **body
            )
            rows = trail(hospital_db, username)[before:]
            where = f"{role} {route.method} {url}: {response.status_code} {response.text[:200]}"
            action = route.gate.action_for(role)
            if is_permitted(role, action):
                assert response.status_code not in (401, 403), where
                assert all(r.outcome == "success" for r in rows), where
                if not route.gate.change:
                    assert len(rows) == 1, where
            else:
                assert response.status_code == 403, where
                assert refusal(url, response) == "forbidden", where
                (row,) = rows
                assert (row.outcome, row.role, row.action) == ("denied", role, action)
                assert row.channel == ("api" if url.startswith(("/api", "/fhir")) else "ui")
                assert row.resource == url.split("?")[0]
                if set(route.params) & set(PATH_KEYS):  # the path names a patient's data
                    assert row.patient_id == PATIENT, where
            checked += 1
    assert checked >= 6 * 25


def test_reads_are_recorded_with_purpose_and_patient(
    app_client: TestClient, hospital_db: Engine
) -> None:
    headers = {**bearer(hospital_db, "nurse"), "X-Relais-Purpose": "transmission IDE"}
    assert app_client.get(f"/api/patients/{PATIENT}", headers=headers).status_code == 200
    assert app_client.get("/api/patients?q=lef", headers=headers).status_code == 200
    (read, search) = trail(hospital_db, "ide.petit")
    assert (read.action, read.patient_id, read.purpose, read.outcome, read.channel) == (
        "read",
        PATIENT,
        "transmission IDE",
        "success",
        "api",
    )
    assert read.actor_name == "Julien Petit" and read.role == "nurse"
    assert search.patient_id is None and search.details["query"] == {"q": "lef"}
    too_long = {**headers, "X-Relais-Purpose": "x" * 201}
    response = app_client.get(f"/api/patients/{PATIENT}", headers=too_long)
    assert response.status_code == 422 and "X-Relais-Purpose" in response.json()["error"]["message"]


def test_a_refused_user_learns_nothing_about_existence(
    app_client: TestClient, hospital_db: Engine
) -> None:
    headers = bearer(hospital_db, "data_scientist")
    for path in (f"/api/patients/{PATIENT}", "/api/patients/inconnu"):
        response = app_client.get(path, headers=headers)
        assert response.status_code == 403, path
    unknown = trail(hospital_db, "ds.nguyen")[-1]
    assert (unknown.patient_id, unknown.outcome) == ("inconnu", "denied")
