"""Every route: one gate in front of patient data, anonymous access refused, one error shape
(``{"error": {"code", "message", "details"}}`` under /api, OperationOutcome under /fhir)."""

from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import Engine, func, select

from relais.store.privacy_tables import audit_events
from tests.web.conftest import SQLITE_ONLY, bearer
from tests.web.routes import NO_PATIENT_DATA, PUBLIC, routes

pytestmark = SQLITE_ONLY  # the PostgreSQL variants run in test_api, test_access…


def assert_error_shape(response: Any, status: int, code: str | None = None) -> None:
    assert response.status_code == status, (response.request.url, response.text)
    if response.request.url.path.startswith("/fhir"):
        body = response.json()
        assert response.headers["content-type"].startswith("application/fhir+json")
        assert body["resourceType"] == "OperationOutcome"
        assert body["issue"][0]["severity"] == "error" and body["issue"][0]["diagnostics"]
        return
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert list(body) == ["error"] and set(body["error"]) == {"code", "message", "details"}
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    if code is not None:
        assert body["error"]["code"] == code


def test_every_route_is_public_signed_in_or_gated(app_client: TestClient) -> None:
    for route in routes(app_client.app):  # type: ignore[arg-type]
        if route.path in PUBLIC:
            assert route.gate is None and not route.signed_in, route
        elif route.path in NO_PATIENT_DATA:
            assert route.signed_in and route.gate is None, route
        else:
            assert route.gate is not None, f"{route.method} {route.path} reaches data ungated"
            assert route.signed_in


def test_anonymous_requests_are_refused_everywhere(
    app_client: TestClient, hospital_db: Engine
) -> None:
    for route in routes(app_client.app):  # type: ignore[arg-type]
        if route.path in PUBLIC:
            continue
        response = app_client.request(route.method, route.url(), follow_redirects=False)
        if route.path.startswith(("/api", "/fhir")):
            assert_error_shape(response, 401, "authentication_required")
        elif route.method == "GET":
            assert response.status_code == 303, route
            assert response.headers["location"].startswith("/login?next=")
        else:
            assert response.status_code == 401 and "Connectez-vous" in response.text, route
    with hospital_db.connect() as conn:  # nobody identified: nothing was read
        assert conn.execute(select(func.count()).select_from(audit_events)).scalar_one() == 0


ERRORS = [
    ("GET", "/api/patients/inconnu", 404, "not_found"),
    ("GET", "/api/stays/inconnu", 404, "not_found"),
    ("GET", "/api/drafts/inconnu", 404, "not_found"),
    ("GET", "/api/documents/inconnu", 404, "not_found"),
    ("GET", "/api/jobs/inconnu", 404, "not_found"),
    ("PUT", "/api/drafts/inconnu/sections/42349-1", 404, "not_found"),
    ("GET", "/fhir/Composition/inconnu/$document", 404, "not_found"),
    ("GET", "/api/nulle-part", 404, "not_found"),
    ("DELETE", "/api/patients", 405, "method_not_allowed"),
    ("GET", "/api/patients?birth_date=31/02/1941", 422, "invalid_input"),
    ("GET", "/api/patients?q=" + "x" * 101, 422, "invalid_input"),
    ("GET", "/api/audit", 403, "forbidden"),
    ("GET", "/fhir/Composition/x/$document", 401, "authentication_required"),
]


def test_one_error_shape(app_client: TestClient, hospital_db: Engine) -> None:
    headers = bearer(hospital_db, "physician")
    for method, path, status, code in ERRORS:
        sent = headers if status != 401 else {}
        assert_error_shape(app_client.request(method, path, headers=sent), status, code)


def test_validation_errors_name_the_field(app_client: TestClient) -> None:
    response = app_client.post("/api/login", json={"username": "dr.martin", "mot_de_passe": "x"})
    assert_error_shape(response, 422, "invalid_input")
    fields = {d["field"] for d in response.json()["error"]["details"]}
    assert fields == {"body.password", "body.mot_de_passe"}
