"""The outputs: versioned drafts and generation log (both databases), HTML, PDF, and a FHIR
document Bundle that fhir.resources accepts and Relais' own import takes back."""

import json
from pathlib import Path

import pytest
from fhir.resources.R4B.bundle import Bundle
from sqlalchemy import Engine, func, select

from relais.dossier import build_stay_dossier
from relais.generate.draft import Drafter, codes
from relais.generate.draft.archive import load_draft, save_draft
from relais.generate.draft.document import AI_LABEL, ModelRun
from relais.generate.llm.base import DEFAULT_OPTIONS
from relais.generate.render.fhir import document_bundle
from relais.generate.render.html import render_html
from relais.generate.render.pdf import render_pdf
from relais.ingest.importer import Importer
from relais.store.drafting_tables import drafts, generations
from relais.store.engine import make_engine
from relais.store.migrate import upgrade
from tests.hospital import Hospital
from tests.ingest.french_record import STAY, french_stay_bundle

DRAFTER = Drafter(backend=None, options=DEFAULT_OPTIONS)


def _french_stay(engine: Engine, tmp_path: Path) -> str:
    path = tmp_path / "stay.json"
    path.write_text(json.dumps(french_stay_bundle()))
    assert Importer(engine, workers=1).run([str(path)]).ok
    return STAY


def test_drafts_are_versioned_and_generations_logged(engine: Engine, tmp_path: Path) -> None:
    stay = _french_stay(engine, tmp_path)
    with engine.connect() as conn:
        dossier = build_stay_dossier(conn, stay)
    first, second = DRAFTER.letter(dossier), DRAFTER.letter(dossier)
    second.model = ModelRun("embedded", "m.gguf", "unavailable", 1.5, error="down")
    with engine.begin() as conn:
        save_draft(conn, first)
        save_draft(conn, second)
    assert (first.version, second.version) == (1, 2)
    with engine.connect() as conn:
        stored = load_draft(conn, second.id or "")
        assert stored["version"] == 2 and stored["status"] == "draft"
        previous = conn.execute(select(drafts.c.previous_id).where(drafts.c.id == second.id))
        assert previous.scalar_one() == first.id
        logged = conn.execute(select(generations)).one()
        assert (logged.outcome, logged.model, logged.error) == ("unavailable", "m.gguf", "down")
        assert conn.execute(select(func.count()).select_from(drafts)).scalar_one() == 2


@pytest.fixture(scope="module")
def letter(hospital: Hospital, sqlite_hospital: Engine) -> dict[str, object]:
    stay = next(s for s in hospital.stays if s["stopped_medications"] and s["allergies"])
    with sqlite_hospital.connect() as conn:
        return DRAFTER.letter(build_stay_dossier(conn, stay["encounter_id"])).to_dict()


def test_html_is_a_french_document_labelled_as_ai_drafted(letter: dict[str, object]) -> None:
    html = render_html(letter)
    assert AI_LABEL.replace("'", "&#39;") in html and '<html lang="fr">' in html
    for title in codes.LETTER_SECTIONS.values():
        assert title.replace("'", "&#39;") in html
    assert "http://" not in html and "https://" not in html  # nothing fetched from outside
    sections = {s["code"]: s for s in letter["sections"]}  # type: ignore[attr-defined]
    lines = (
        sections[codes.DISCHARGE_TREATMENT]["items"] + sections[codes.STOPPED_TREATMENT]["items"]
    )
    assert any(line["status"] == "stopped" for line in lines)
    for line in lines:  # every drug by its name as prescribed and its substance
        assert line["label"] in html and line["substance"] in html


def test_html_escapes_what_the_record_says() -> None:
    document = {
        "title": "Lettre",
        "status": "draft",
        "label": AI_LABEL,
        "created_at": "2024-03-19T15:00:00",
        "patient": {"given": "<script>alert(1)</script>", "family": "Dupont"},
        "recipients": [],
        "warnings": [],
        "sections": [
            {
                "code": "42349-1",
                "title": "Motif",
                "generated": True,
                "text": "x",
                "sentences": [
                    {"text": "<img src=x onerror=alert(2)>", "citations": ["F1"], "flags": []}
                ],
            }
        ],
        "facts": {"F1": {"text": "<b>fait</b>", "source": "Condition/1"}},
    }
    html = render_html(document)
    assert "<script>alert(1)" not in html and "<img src=x" not in html and "<b>fait" not in html


def test_pdf(letter: dict[str, object]) -> None:
    pdf = render_pdf(letter)
    assert pdf.startswith(b"%PDF") and len(pdf) > 5_000


def test_fhir_document_bundle_round_trips(
    letter: dict[str, object], sqlite_hospital: Engine, tmp_path: Path
) -> None:
    with sqlite_hospital.connect() as conn:
        bundle = document_bundle(conn, letter)
    Bundle.model_validate(bundle)  # R4B models, as the import uses
    composition = bundle["entry"][0]["resource"]
    assert composition["resourceType"] == "Composition"
    assert composition["type"]["coding"][0]["code"] == codes.LETTER_CODE
    assert composition["status"] == "preliminary"
    assert [s["code"]["coding"][0]["code"] for s in composition["section"]] == list(
        codes.LETTER_SECTIONS
    )
    carried = {f"{e['resource']['resourceType']}/{e['resource']['id']}" for e in bundle["entry"]}
    for section in composition["section"]:
        for entry in section.get("entry", []):
            assert entry["reference"] in carried
    medication_entries = [
        e["reference"] for s in composition["section"][2:4] for e in s.get("entry", [])
    ]
    assert medication_entries and all(
        r.startswith(("MedicationRequest/", "MedicationStatement/")) for r in medication_entries
    )
    path = tmp_path / "letter.json"
    path.write_text(json.dumps(bundle))
    target = make_engine(f"sqlite:///{tmp_path / 'other.db'}")
    upgrade(target)
    summary = Importer(target, workers=1).run([str(path)])
    assert summary.ok, summary.to_dict()
    target.dispose()
