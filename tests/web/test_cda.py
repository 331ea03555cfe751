"""A signed letter downloads as CDA R2 (volet LDL-SES): from the API and from the draft page,
with the signer as legalAuthenticator; a draft is refused (409) until signed."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from lxml import etree
from sqlalchemy import Engine

from relais.generate.draft import codes
from relais.generate.render.cda import oids
from relais.ingest.importer import Importer
from tests.hospital import Hospital
from tests.web.conftest import SQLITE_ONLY, bearer, make_client, ui_login
from tests.web.model_server import model_server
from tests.web.records import PATIENT, STAY
from tests.web.test_access import trail, wait_for_draft

NS = {"h": "urn:hl7-org:v3"}


@pytest.fixture
def client(hospital_db: Engine, database_url: str, tmp_path: Path) -> Iterator[TestClient]:
    with model_server() as url, make_client(database_url, tmp_path, model_url=url) as found:
        yield found


def signed_letter(client: TestClient, engine: Engine, stay: str = STAY) -> tuple[str, str]:
    """A letter drafted (v1), edited (v2) and signed by the physician: (v1 id, v2 id)."""
    doctor = bearer(engine, "physician")
    started = client.post(f"/api/stays/{stay}/letter", headers=doctor)
    assert started.status_code == 202, started.text
    first = wait_for_draft(client, doctor, started.json()["id"])
    edited = client.put(
        f"/api/drafts/{first}/sections/{codes.MOTIF}",
        json={"text": "Décompensation cardiaque globale."},
        headers=doctor,
    )
    assert edited.status_code == 201, edited.text
    second = str(edited.json()["id"])
    unsigned = client.get(f"/api/drafts/{second}/cda", headers=doctor)
    assert unsigned.status_code == 409
    error = unsigned.json()["error"]
    assert error["code"] == "conflict" and "signé" in error["message"]
    assert client.post(f"/api/drafts/{second}/sign", headers=doctor).status_code == 200
    return first, second


def test_a_signed_letter_downloads_as_cda(client: TestClient, hospital_db: Engine) -> None:
    first, second = signed_letter(client, hospital_db)
    response = client.get(f"/api/drafts/{second}/cda", headers=bearer(hospital_db, "nurse"))
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/xml")
    disposition = response.headers["content-disposition"]
    assert disposition == 'attachment; filename="lettre-de-liaison-v2-signee.cda.xml"'
    root = etree.fromstring(response.content)
    assert root.tag == "{urn:hl7-org:v3}ClinicalDocument"
    assert root.find("h:setId", NS).get("extension") == first  # the first version's id
    assert root.find("h:versionNumber", NS).get("value") == "2"
    legal = root.find("h:legalAuthenticator/h:assignedEntity", NS)
    assert legal.find("h:id", NS).get("extension") == "810101010101"  # 8 + the signer's RPPS
    assert legal.findtext("h:assignedPerson/h:name/h:family", namespaces=NS) == "Martin"
    assert legal.findtext("h:assignedPerson/h:name/h:given", namespaces=NS) == "Claire"
    (status,) = root.xpath(".//h:section[h:code/@code='33557-0']", namespaces=NS)
    assert "Validé et signé" in etree.tostring(status, encoding="unicode")
    (row,) = [r for r in trail(hospital_db, "ide.petit") if r.resource.endswith("/cda")]
    assert (row.action, row.outcome, row.patient_id) == ("read_letters", "success", PATIENT)
    refused = client.get(f"/api/drafts/{second}/cda", headers=bearer(hospital_db, "dpo"))
    assert refused.status_code == 403 and refused.json()["error"]["code"] == "forbidden"


@SQLITE_ONLY
def test_a_signed_synthesis_downloads_as_vsm(client: TestClient, hospital_db: Engine) -> None:
    doctor = bearer(hospital_db, "physician")
    started = client.post(f"/api/patients/{PATIENT}/synthesis", headers=doctor)
    draft = wait_for_draft(client, doctor, started.json()["id"])
    assert client.post(f"/api/drafts/{draft}/sign", headers=doctor).status_code == 200
    response = client.get(f"/api/drafts/{draft}/cda", headers=doctor)
    assert response.headers["content-disposition"].endswith('synthese-medicale-v1-signee.cda.xml"')
    root = etree.fromstring(response.content)
    assert oids.VSM in [t.get("root") for t in root.findall("h:templateId", NS)]
    legal = root.find("h:legalAuthenticator/h:assignedEntity/h:id", NS)
    assert legal.get("extension") == "810101010101"


@SQLITE_ONLY
def test_the_draft_page_offers_the_cda_once_signed(client: TestClient, hospital_db: Engine) -> None:
    first, second = signed_letter(client, hospital_db)
    ui_login(client, "secretary")
    assert "Télécharger CDA" not in client.get(f"/drafts/{first}").text
    page = client.get(f"/drafts/{second}").text
    assert f'href="/drafts/{second}/cda"' in page and "Télécharger CDA" in page
    download = client.get(f"/drafts/{second}/cda")
    assert download.status_code == 200 and download.content.startswith(b"<?xml")
    assert "attachment" in download.headers["content-disposition"]
    refused = client.get(f"/drafts/{first}/cda")
    assert refused.status_code == 409 and "signé" in refused.text


@SQLITE_ONLY
@pytest.mark.slow
def test_a_downloaded_letter_passes_the_ans_validator(
    client: TestClient, hospital_db: Engine, hospital: Hospital, tmp_path: Path
) -> None:
    """On a stay of the synthetic hospital (whose record has what the volet requires: FINESS,
    sector, attending physician); the web tests' own stay lacks them, and the renderer says so."""
    from tests.generate.render.cda_validator import errors, validate

    stay = hospital.stays[0]
    files = [p for p in hospital.bundles if p.endswith("000-hospital.json")]
    files += [p for p in hospital.bundles if stay["patient_id"] in Path(p).read_text()][:1]
    assert Importer(hospital_db, workers=1).run(files).ok
    _, second = signed_letter(client, hospital_db, stay["encounter_id"])
    path = tmp_path / "lettre.xml"
    nurse = bearer(hospital_db, "nurse")
    path.write_bytes(client.get(f"/api/drafts/{second}/cda", headers=nurse).content)
    (report,) = validate([path], "LDL-SES")
    assert report["ok"], "\n".join(errors(report))
