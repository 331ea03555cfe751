"""Security headers on every kind of response, and nothing anywhere that loads from elsewhere."""

import re
from importlib import resources

from fastapi.testclient import TestClient
from sqlalchemy import Engine

from relais.web.headers import CSP
from tests.web.conftest import SQLITE_ONLY, bearer, ui_login
from tests.web.records import PATIENT

pytestmark = SQLITE_ONLY  # the PostgreSQL variants run in test_api, test_access…

EXTERNAL = re.compile(r"""(?:src|href|action|url)\s*[=(]\s*["']?(?:https?:)?//""", re.IGNORECASE)


def test_every_response_carries_the_security_headers(
    app_client: TestClient, hospital_db: Engine
) -> None:
    headers = bearer(hospital_db, "physician")
    responses = {
        "login page": app_client.get("/login"),
        "static": app_client.get("/static/relais.css"),
        "api": app_client.get(f"/api/patients/{PATIENT}", headers=headers),
        "api error": app_client.get("/api/patients/inconnu", headers=headers),
        "fhir error": app_client.get("/fhir/Composition/x/$document"),
        "unknown page": app_client.get("/nulle-part"),
        "openapi": app_client.get("/api/openapi.json"),
    }
    ui_login(app_client, "nurse")
    responses["patient page"] = app_client.get(f"/patients/{PATIENT}")
    responses["refused page"] = app_client.post(f"/stays/{PATIENT}/letter")
    for where, response in responses.items():
        h = response.headers
        assert h["content-security-policy"] == CSP, where
        assert h["x-frame-options"] == "DENY", where
        assert h["x-content-type-options"] == "nosniff", where
        assert h["referrer-policy"] == "no-referrer", where
        assert "strict-transport-security" not in h, where  # plain HTTP in tests
        expected = "public, max-age=3600" if where == "static" else "no-store"
        assert h["cache-control"] == expected, where
    assert "http" not in CSP and "'unsafe-inline'" not in CSP and "frame-ancestors 'none'" in CSP


def test_nothing_is_loaded_from_another_site(app_client: TestClient) -> None:
    package = resources.files("relais.web")
    files = [
        *package.joinpath("templates").iterdir(),
        *package.joinpath("static").iterdir(),
    ]
    assert len(files) >= 15
    for file in files:
        text = file.read_text(encoding="utf-8")
        assert not EXTERNAL.search(text), file.name
        assert "<script>" not in text and " on" + "click=" not in text, file.name  # no inline JS
    docs = app_client.get("/api/docs")
    assert docs.status_code == 200 and "/api/patients/{patient_id}" in docs.text
    assert not EXTERNAL.search(docs.text)
    schema = app_client.get("/api/openapi.json").json()
    assert "/api/drafts/{draft_id}/sign" in schema["paths"]
    assert schema["info"]["title"] == "Relais"
