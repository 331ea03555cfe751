"""The screens as each role sees them (server-rendered HTML): what is shown, what is offered,
flags that stand out, the AI label until signature, the DPO's trail."""

import json
import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine

from relais.generate.draft import codes
from tests.llm_server import Scripted, ok, scripted_server
from tests.web.conftest import SQLITE_ONLY, make_client, ui_login
from tests.web.records import PATIENT, STAY

pytestmark = SQLITE_ONLY  # the PostgreSQL variants run in test_api, test_access…


@pytest.fixture
def served(
    hospital_db: Engine, database_url: str, tmp_path: Path
) -> Iterator[tuple[TestClient, type[Scripted]]]:
    with (
        scripted_server() as (url, handler),
        make_client(database_url, tmp_path, model_url=url) as client,
    ):
        yield client, handler


def csrf(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found is not None
    return found[1]


def draft_letter(client: TestClient) -> str:
    page = client.get(f"/stays/{STAY}")
    job = client.post(f"/stays/{STAY}/letter", data={"csrf_token": csrf(page.text)})
    for _ in range(300):
        if "/drafts/" in str(job.url):
            return str(job.url).split("/drafts/")[1]
        time.sleep(0.1)
        job = client.get(str(job.url))
    raise AssertionError("no draft")


def test_a_physician_sees_flags_citations_and_can_sign(
    served: tuple[TestClient, type[Scripted]],
) -> None:
    client, model = served
    answer = {
        "motif": [{"texte": "Insuffisance cardiaque congestive.", "faits": ["F4"]}],
        "synthese": [{"texte": "Relais par warfarine 7 mg le soir.", "faits": ["F6"]}],
    }
    model.script = [ok(json.dumps(answer))]
    ui_login(client, "physician")
    patient = client.get(f"/patients/{PATIENT}").text
    for block in ("Insuffisance cardiaque congestive", "Lasilix", "Pénicillines", "Kaliémie"):
        assert block in patient
    assert 'id="documents"' in patient and 'id="draft-synthesis"' in patient
    assert "aucun thésaurus" in patient.lower()  # the alerts panel says why it is empty
    draft = draft_letter(client)
    page = client.get(f"/drafts/{draft}").text
    assert "Document rédigé avec l&#39;aide d&#39;une IA" in page
    flagged = re.search(r'<span class="sentence flagged">Relais par warfarine[^⚠]*', page)
    assert flagged and f'href="/drafts/{draft}/facts/F6"' in flagged[0]
    assert 'class="flag error" role="note">⚠' in page
    assert "1 signalée(s) par le vérificateur" in page
    assert 'id="sign"' in page and page.count('class="edit"') == 2
    fact = client.get(f"/drafts/{draft}/facts/F6").text
    assert "Lasilix (furosémide) 80 mg" in fact and "Relais par warfarine 7 mg" in fact
    form = client.get(f"/drafts/{draft}/sections/{codes.STAY_SUMMARY}").text
    assert "Relais par warfarine 7 mg le soir." in form
    edited = client.post(
        f"/drafts/{draft}/sections/{codes.STAY_SUMMARY}",
        data={"csrf_token": csrf(form), "text": "Introduction du furosémide 80 mg."},
    )
    assert "Version 2" in edited.text and "warfarine" not in edited.text
    assert 'class="sentence edited"' in edited.text
    signed = client.post(str(edited.url) + "/sign", data={"csrf_token": csrf(edited.text)})
    assert "Document signé par Dr Claire Martin" in signed.text and 'id="sign"' not in signed.text
    old = client.get(f"/drafts/{draft}").text
    assert "une version plus récente existe" in old and 'class="edit"' not in old


def test_what_each_role_is_offered(served: tuple[TestClient, type[Scripted]]) -> None:
    client, model = served
    model.default = (503, "indisponible")
    ui_login(client, "secretary")
    patient = client.get(f"/patients/{PATIENT}").text
    assert 'id="documents"' not in patient and "Documents cliniques" not in patient
    assert 'id="draft-synthesis"' in patient  # secretaries prepare letters
    draft = draft_letter(client)
    page = client.get(f"/drafts/{draft}").text
    assert "Notes cliniques non lues" in page and "À rédiger" in page
    assert 'id="sign"' not in page and "réservée aux médecins" in page
    fact = client.get(f"/drafts/{draft}/facts/F1").text
    assert "Donnée structurée du dossier" in fact
    client.cookies.clear()
    ui_login(client, "nurse")
    stay = client.get(f"/stays/{STAY}").text
    assert 'id="draft-letter"' not in stay and 'id="documents"' in stay
    assert "Journal d&#39;audit" not in stay
    client.cookies.clear()
    ui_login(client, "dpo")
    assert client.get("/patients", follow_redirects=False).status_code == 403
    trail = client.get("/audit", params={"patient": PATIENT}).text
    rows = [r.split("</tr>")[0] for r in trail.split('<tr class="outcome-')[1:]]
    assert any(r.startswith("success") and "sec.roux" in r and ">draft<" in r for r in rows)
    assert any(r.startswith("success") and "ide.petit" in r and f"/stays/{STAY}" in r for r in rows)
    assert "dpo.leroy" in rows[0] and ">audit<" in rows[0]  # the search itself, newest
    nurse, signed_in = client.get("/audit", params={"user": "ide.petit"}).text.split("<tr class=")[
        1:
    ]
    assert f"/stays/{STAY}" in nurse and ">read<" in nurse
    assert signed_in.startswith('"outcome-success"') and ">login<" in signed_in
    bad = client.get("/audit", params={"since": "hier"})
    assert bad.status_code == 422 and "AAAA-MM-JJ" in bad.text
