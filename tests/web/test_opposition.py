"""A patient's opposition to the reuse of their data for research: shown on the patient page
and in the API, recorded and withdrawn by the roles that handle patients' rights, audited,
honoured by the register every export reads."""

from datetime import date, timedelta
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import Engine

from relais.privacy.research.opposition import opposed_patient_ids
from tests.web.conftest import SQLITE_ONLY, bearer, ui_login
from tests.web.records import PATIENT, XSS_PATIENT
from tests.web.test_access import trail

URL = f"/api/patients/{PATIENT}/opposition"


def test_record_show_and_withdraw_through_the_api(
    app_client: TestClient, hospital_db: Engine
) -> None:
    secretary, nurse, dpo = (bearer(hospital_db, r) for r in ("secretary", "nurse", "dpo"))
    empty = app_client.get(URL, headers=nurse).json()
    assert empty == {"opposed": False, "current": None, "history": []}
    day = (date.today() - timedelta(days=3)).isoformat()
    body = {"channel": "courrier", "effective": day, "note": "Lettre reçue le 2 mai."}
    assert app_client.post(URL, json=body, headers=nurse).status_code == 403  # no patient_rights
    created = app_client.post(URL, json=body, headers=secretary)
    assert created.status_code == 201, created.text
    assert created.json()["change"] == "opposition" and created.json()["recorded_by"] == "sec.roux"
    shown: dict[str, Any] = app_client.get(URL, headers=dpo).json()  # the DPO reads it too
    assert shown["opposed"] is True
    assert (shown["current"]["effective"], shown["current"]["channel"]) == (day, "courrier")
    with hospital_db.connect() as conn:
        assert opposed_patient_ids(conn) == {PATIENT}  # what every export leaves out
    again = app_client.post(URL, json={"channel": "oral"}, headers=secretary)
    assert again.status_code == 422 and "déjà enregistrée" in again.json()["error"]["message"]
    no_reason = app_client.request("DELETE", URL, json={"reason": " "}, headers=dpo)
    assert no_reason.status_code == 422 and "motif" in no_reason.json()["error"]["message"]
    withdrawn = app_client.request(
        "DELETE", URL, json={"reason": "Le patient accepte l'étude"}, headers=dpo
    )
    assert withdrawn.status_code == 200 and withdrawn.json()["change"] == "withdrawal"
    after = app_client.get(URL, headers=nurse).json()
    assert after["opposed"] is False and after["current"] is None
    assert [c["change"] for c in after["history"]] == ["opposition", "withdrawal"]
    nothing = app_client.request("DELETE", URL, json={"reason": "encore"}, headers=dpo)
    assert nothing.status_code == 422 and "pas d'opposition" in nothing.json()["error"]["message"]
    rows = [(r.action, r.outcome) for r in trail(hospital_db, "sec.roux")]
    assert ("patient_rights", "success") in rows  # the opposition, with its change
    changes = [r for r in trail(hospital_db, "dpo.leroy") if r.resource == "patient_oppositions"]
    assert [r.details["change"] for r in changes] == ["withdrawal"]
    refused = [r for r in trail(hospital_db, "ide.petit") if r.outcome == "denied"]
    assert [(r.action, r.patient_id) for r in refused] == [("patient_rights", PATIENT)]


BAD_INPUTS = [
    ({"channel": "pigeon"}, "body.channel"),
    ({"channel": "courrier", "effective": "2999-01-01"}, None),  # in the future
    ({"channel": "courrier", "motif": "x"}, "body.motif"),
]


def test_bad_input_is_refused_in_french(app_client: TestClient, hospital_db: Engine) -> None:
    headers = bearer(hospital_db, "physician")
    for body, field in BAD_INPUTS:
        response = app_client.post(URL, json=body, headers=headers)
        assert response.status_code == 422, body
        error = response.json()["error"]
        if field:
            assert field in {d["field"] for d in error["details"]}
        else:
            assert "dans le futur" in error["message"]
    assert app_client.get(URL, headers=headers).json()["opposed"] is False


@SQLITE_ONLY
def test_the_patient_page_shows_and_changes_the_opposition(
    app_client: TestClient, hospital_db: Engine
) -> None:
    ui_login(app_client, "physician")
    page = app_client.get(f"/patients/{PATIENT}").text
    assert "Opposition à la réutilisation des données (recherche) : aucune opposition" in page
    assert 'id="opposition-record"' in page
    form = {"channel": "portail", "effective": date.today().isoformat(), "note": ""}
    forged = app_client.post(f"/patients/{PATIENT}/opposition", data=form)
    assert forged.status_code == 403  # no CSRF token: refused
    csrf = _csrf(app_client)
    sent = app_client.post(
        f"/patients/{PATIENT}/opposition",
        data={**form, "csrf_token": csrf},
        follow_redirects=False,
    )
    assert sent.status_code == 303 and sent.headers["location"].endswith("#opposition")
    page = app_client.get(f"/patients/{PATIENT}").text
    shown = f"enregistrée le {date.today():%d/%m/%Y} (portail patient)"
    assert shown in page and 'id="opposition-withdraw"' in page
    assert "aucune opposition" in app_client.get(f"/patients/{XSS_PATIENT}").text
    withdrawn = app_client.post(
        f"/patients/{PATIENT}/opposition/withdraw",
        data={"reason": "Changement d'avis", "csrf_token": csrf},
        follow_redirects=False,
    )
    assert withdrawn.status_code == 303
    assert "aucune opposition" in app_client.get(f"/patients/{PATIENT}").text
    app_client.post("/logout", data={"csrf_token": csrf})
    ui_login(app_client, "nurse")
    nurse_page = app_client.get(f"/patients/{PATIENT}").text
    assert "aucune opposition" in nurse_page and 'id="opposition-record"' not in nurse_page


def _csrf(client: TestClient) -> str:
    """The session's anti-forgery token, as the patient page's forms carry it."""
    page = client.get(f"/patients/{PATIENT}").text
    marker = 'name="csrf_token" value="'
    start = page.index(marker) + len(marker)
    return page[start : page.index('"', start)]


@SQLITE_ONLY
def test_the_dpo_keeps_the_register_without_the_patient_page(
    app_client: TestClient, hospital_db: Engine
) -> None:
    ui_login(app_client, "dpo")
    assert app_client.get(f"/patients/{PATIENT}", follow_redirects=False).status_code == 403
    register = app_client.get("/oppositions")
    assert register.status_code == 200 and "0 opposition(s) en vigueur" in register.text
    found = app_client.get("/oppositions", params={"patient": "004512378"}).text  # the IPP
    assert "aucune opposition" in found and 'id="opposition-record"' in found
    marker = 'name="csrf_token" value="'
    start = found.index(marker) + len(marker)
    csrf = found[start : found.index('"', start)]
    back = "/oppositions?patient=004512378"
    sent = app_client.post(
        f"/patients/{PATIENT}/opposition",
        data={"channel": "courrier", "note": "Lettre du 2 mai", "csrf_token": csrf, "next": back},
        follow_redirects=False,
    )
    assert sent.status_code == 303 and sent.headers["location"] == back
    shown = app_client.get(back).text
    assert "enregistrée le" in shown and "Lettre du 2 mai" in shown and "dpo.leroy" in shown
    listed = app_client.get("/oppositions").text
    assert "1 opposition(s) en vigueur" in listed and PATIENT in listed
    elsewhere = app_client.post(
        f"/patients/{PATIENT}/opposition/withdraw",
        data={"reason": "Retrait", "csrf_token": csrf, "next": "https://ailleurs.example/x"},
        follow_redirects=False,
    )
    assert elsewhere.headers["location"].startswith("/patients/")  # never off the site
    assert app_client.get("/oppositions", params={"patient": "inconnu"}).status_code == 404
    app_client.cookies.clear()
    ui_login(app_client, "nurse")
    assert app_client.get("/oppositions", follow_redirects=False).status_code == 403
    register_reads = [
        r for r in trail(hospital_db, "dpo.leroy") if (r.resource or "") == "/oppositions"
    ]
    assert register_reads and all(r.action == "patient_rights" for r in register_reads)
    assert any(r.patient_id == PATIENT for r in register_reads)
