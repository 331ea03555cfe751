"""The JSON API end to end on both databases: search, record (per role), alerts, a letter
drafted through a loopback model (streamed), cited facts, edit, sign, versions, PDF, FHIR,
and the DPO's view of who did what."""

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from relais.generate.draft import codes
from relais.safety.service import load_thesaurus
from tests.web.conftest import bearer, make_client, ui_login
from tests.web.model_server import model_server
from tests.web.records import PATIENT, STAY, XSS_PATIENT

NOTE_ID = "00000000-0000-4000-8000-000000000010"


@pytest.fixture
def client(hospital_db: Engine, database_url: str, tmp_path: Path) -> Iterator[TestClient]:
    with model_server() as url, make_client(database_url, tmp_path, model_url=url) as found:
        yield found


def wait(client: TestClient, headers: dict[str, str], job_id: str) -> dict[str, Any]:
    for _ in range(600):
        job: dict[str, Any] = client.get(f"/api/jobs/{job_id}", headers=headers).json()
        if job["done"]:
            return job
        time.sleep(0.1)
    raise AssertionError("the draft did not finish")


SEARCHES = [
    ({"q": "lefèvre"}, [PATIENT]),
    ({"q": "LEF"}, [PATIENT]),
    ({"q": "004512378"}, [PATIENT]),  # IPP
    ({"birth_date": "1941-02-03"}, sorted([PATIENT, XSS_PATIENT])),
    ({"service": "cardio"}, sorted([PATIENT, XSS_PATIENT])),
    ({"q": "lef", "service": "pneumologie"}, []),
    ({"q": "Dupont"}, []),
    ({}, []),
]


def test_search_by_name_identifier_birth_date_and_service(
    client: TestClient, hospital_db: Engine
) -> None:
    headers = bearer(hospital_db, "secretary")
    for params, expected in SEARCHES:
        found = client.get("/api/patients", params=params, headers=headers)
        assert found.status_code == 200, found.text
        assert sorted(p["id"] for p in found.json()) == expected, params


def test_the_record_as_each_role_may_see_it(client: TestClient, hospital_db: Engine) -> None:
    record = client.get(f"/api/patients/{PATIENT}", headers=bearer(hospital_db, "nurse")).json()
    assert (record["family"], record["birth_date"]) == ("Lefèvre", "1941-02-03")
    assert [s["id"] for s in record["stays"]] == [STAY]
    assert record["problems"][0]["code"] == "I50.0"
    assert "Lasilix" in record["medications"][0]["label"]
    assert record["allergies"][0]["label"] == "Pénicillines"
    assert record["results"][0]["value"] == "5,8"
    assert record["notes_shown"] and len(record["documents"]) == 1
    secretary = bearer(hospital_db, "secretary")
    hidden = client.get(f"/api/patients/{PATIENT}", headers=secretary).json()
    assert hidden["documents"] == [] and hidden["notes_shown"] is False
    stay = client.get("/api/stays/NDA2024001234", headers=secretary).json()  # by NDA
    assert stay["stay"]["id"] == STAY and stay["documents"] == []
    note = client.get(f"/api/documents/{NOTE_ID}", headers=secretary)
    assert note.status_code == 403  # clinical notes are not for secretaries
    passage = client.get(
        f"/api/documents/{NOTE_ID}",
        params={"start": 71, "end": 78},
        headers=bearer(hospital_db, "physician"),
    ).json()
    assert passage["passage"] == passage["text"][71:78] and passage["span"] == [71, 78]
    out_of_range = client.get(
        f"/api/documents/{NOTE_ID}", params={"start": 5, "end": 99_999}, headers=secretary
    )
    assert out_of_range.status_code == 403  # the role is checked before anything else


def test_alerts_without_and_with_the_thesaurus(
    hospital_db: Engine, database_url: str, tmp_path: Path
) -> None:
    headers = bearer(hospital_db, "physician")
    with make_client(database_url, tmp_path) as client:
        missing = client.get(f"/api/patients/{XSS_PATIENT}/alerts", headers=headers).json()
    assert missing["report"] is None and "thésaurus" in missing["warning"]
    with hospital_db.begin() as conn:
        load_thesaurus(conn)
    with make_client(database_url, tmp_path) as client:  # a new server: the knowledge reloads
        alerts = client.get(f"/api/patients/{XSS_PATIENT}/alerts", headers=headers).json()
        quiet = client.get(f"/api/patients/{PATIENT}/alerts", headers=headers).json()
        ui_login(client, "physician")
        page = client.get(f"/patients/{XSS_PATIENT}").text
    (interaction,) = alerts["report"]["interactions"]
    assert {interaction["first"]["label"], interaction["second"]["label"]} == {
        "simvastatine",
        "clarithromycine",
    }
    assert interaction["level"] == "Contre-indication"
    assert quiet["report"]["interactions"] == [] and quiet["warning"] is None
    assert "Contre-indication" in page and "simvastatine" in page


def test_a_letter_from_draft_to_signature(client: TestClient, hospital_db: Engine) -> None:
    doctor, secretary = bearer(hospital_db, "physician"), bearer(hospital_db, "secretary")
    started = client.post(f"/api/stays/{STAY}/letter", headers=doctor)
    assert started.status_code == 202
    job = wait(client, doctor, started.json()["id"])
    assert job["events"] == ["status", "preview", "section", "section", "done"]
    assert job["error"] is None
    assert job["preview"]["sections"][0]["text"] == "À rédiger"  # structured parts came first
    draft = client.get(f"/api/drafts/{job['draft_id']}", headers=secretary).json()
    document = draft["document"]
    assert (draft["version"], draft["status"], draft["created_by"]) == (1, "draft", "dr.martin")
    assert document["label"].startswith("Document rédigé avec l'aide d'une IA")
    motif = next(s for s in document["sections"] if s["code"] == codes.MOTIF)
    cited = motif["sentences"][0]["citations"][0]
    fact = client.get(f"/api/drafts/{draft['id']}/facts/{cited}", headers=secretary).json()
    assert fact["fact"]["text"].startswith(motif["sentences"][0]["text"].rstrip("."))
    assert fact["citing"][0]["section"] == "Motif d'hospitalisation"

    edited = client.put(
        f"/api/drafts/{draft['id']}/sections/{codes.MOTIF}",
        json={"text": "Décompensation cardiaque globale."},
        headers=secretary,  # secretaries draft letters; they do not sign
    )
    assert edited.status_code == 201 and edited.json()["version"] == 2
    v2 = edited.json()["id"]
    assert client.post(f"/api/drafts/{v2}/sign", headers=secretary).status_code == 403
    stale = client.post(f"/api/drafts/{draft['id']}/sign", headers=doctor)
    assert stale.status_code == 409 and stale.json()["error"]["code"] == "conflict"
    signed = client.post(f"/api/drafts/{v2}/sign", headers=doctor).json()
    assert signed["status"] == "signed" and signed["signed_by"].startswith("Dr Claire Martin")
    again = client.post(f"/api/drafts/{v2}/sign", headers=doctor)
    assert again.status_code == 409 and "déjà signée" in again.json()["error"]["message"]
    v3 = client.put(
        f"/api/drafts/{v2}/sections/{codes.MOTIF}", json={"text": "Autre motif."}, headers=doctor
    ).json()
    assert (v3["version"], v3["previous_id"], v3["status"]) == (3, v2, "draft")
    versions = client.get(f"/api/drafts/{v2}/versions", headers=secretary).json()
    assert [(v["version"], v["status"]) for v in versions] == [
        (3, "draft"),
        (2, "signed"),
        (1, "draft"),
    ]
    pdf = client.get(f"/api/drafts/{v2}/pdf", headers=secretary)
    assert pdf.content.startswith(b"%PDF") and "signee.pdf" in pdf.headers["content-disposition"]
    bundle = client.get(f"/fhir/Composition/{v2}/$document", headers=secretary)
    assert bundle.headers["content-type"].startswith("application/fhir+json")
    composition = bundle.json()["entry"][0]["resource"]
    assert composition["status"] == "final"
    draft_bundle = client.get(f"/fhir/Composition/{v3['id']}/$document", headers=doctor).json()
    assert draft_bundle["entry"][0]["resource"]["status"] == "preliminary"

    trail = client.get(
        "/api/audit", params={"patient": PATIENT}, headers=bearer(hospital_db, "dpo")
    )
    rows = [(e["actor_id"], e["action"], e["outcome"]) for e in trail.json()]
    assert rows[0] == ("dpo.leroy", "audit", "success")  # the search itself, first
    assert ("dr.martin", "sign", "success") in rows
    assert ("sec.roux", "sign", "denied") in rows
    assert ("sec.roux", "draft", "success") in rows  # the edit, recorded with the change
    sign_row = next(e for e in trail.json() if e["action"] == "sign" and e["outcome"] == "success")
    assert sign_row["details"] == {"draft": v2} and sign_row["channel"] == "api"


def test_the_draft_streams_to_the_page(client: TestClient, hospital_db: Engine) -> None:
    headers = bearer(hospital_db, "physician")
    job = client.post(f"/api/patients/{PATIENT}/synthesis", headers=headers).json()
    with client.stream("GET", f"/jobs/{job['id']}/events", headers=headers) as stream:
        assert stream.headers["content-type"].startswith("text/event-stream")
        body = "".join(stream.iter_text())
    names = [line[7:] for line in body.splitlines() if line.startswith("event: ")]
    assert names == ["status", "preview", "section", "done"]  # one narrative section
    assert "Rédaction en cours" in body  # the narrative announced while it is written
    page = client.get(f"/jobs/{job['id']}", headers=headers, follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"].startswith("/drafts/")
    other = client.get(f"/api/jobs/{job['id']}", headers=bearer(hospital_db, "secretary"))
    assert other.status_code == 403  # someone else's drafting job
