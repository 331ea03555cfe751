"""Thesaurus editions, BDPM releases, a patient's check and acknowledgements, on both databases."""

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select
from typer.testing import CliRunner

from relais.cli import app
from relais.ingest.importer import Importer
from relais.safety.acknowledgements import acknowledge, acknowledged
from relais.safety.bdpm import COMPOSITIONS_FILE, SPECIALTIES_FILE, load_release, read_bdpm
from relais.safety.knowledge import load_knowledge
from relais.safety.model import Edition
from relais.safety.service import check_patient, load_thesaurus
from relais.safety.thesaurus_files import ThesaurusData
from relais.safety.thesaurus_store import list_editions, read_thesaurus, store_edition
from relais.store.safety_tables import bdpm_specialties, safety_acknowledgements, thesaurus_entries
from tests.ingest.french_record import PATIENT, french_stay_bundle, ids


def test_editions_are_kept_and_the_latest_is_used(
    engine: Engine, thesaurus_data: ThesaurusData
) -> None:
    with engine.begin() as conn:
        load_thesaurus(conn)
        load_thesaurus(conn)  # same label: replaced, not doubled
        older = ThesaurusData(
            Edition("2019-09", None, "test"), thesaurus_data.entries[:10], thesaurus_data.substances
        )
        store_edition(conn, older)
    with engine.connect() as conn:
        assert [e.label for e in list_editions(conn)] == ["2020-10", "2019-09"]
        assert conn.execute(select(func.count()).select_from(thesaurus_entries)).scalar() == 3149
        latest = read_thesaurus(conn)
        assert latest.edition.label == "2020-10"
        assert [m.entry.level.code for m in latest.between("simvastatine", "clarithromycine")] == [
            "CI"
        ]
        assert len(read_thesaurus(conn, "2019-09").entries) == 10


def _small_release(source: Path, target: Path, lines: int) -> Path:
    target.mkdir()
    for name in (SPECIALTIES_FILE, COMPOSITIONS_FILE):
        with (source / name).open("rb") as handle:
            (target / name).write_bytes(b"".join(handle.readline() for _ in range(lines)))
    return target


def test_bdpm_release_replaces_the_previous_one(
    engine: Engine, bdpm_dir: Path, tmp_path: Path
) -> None:
    first = _small_release(bdpm_dir, tmp_path / "a", 300)
    second = _small_release(bdpm_dir, tmp_path / "b", 200)
    with engine.begin() as conn:
        loaded = load_release(conn, first, release="2025-01")
        again = load_release(conn, first)
    assert (loaded.specialties, loaded.unchanged, again.unchanged) == (300, False, True)
    with engine.begin() as conn:
        load_release(conn, second, release="2025-02")
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(bdpm_specialties)).scalar() == 200
        stored = read_bdpm(conn)
    assert stored is not None and stored.release == "2025-02"
    assert all(name.strip() for names in stored.substances.values() for name in names)


def _med(rid: str, text: str, status: str = "active", **extra: Any) -> dict[str, Any]:
    return {
        "resourceType": "MedicationRequest",
        "id": rid,
        "status": status,
        "intent": "order",
        "subject": {"reference": f"Patient/{PATIENT}"},
        "medicationCodeableConcept": {"text": text},
        "authoredOn": "2024-03-15",
        **extra,
    }


@pytest.fixture
def patient_db(engine: Engine, tmp_path: Path) -> Engine:
    bundle = french_stay_bundle()
    extra = [
        _med("m-simva", "Zocor 20 mg le soir"),
        _med("m-clari", "clarithromycine 500 mg x2/j"),
        _med("m-amox", "Clamoxyl 1 g x3/j"),
        _med("m-old", "Zeclar 500 mg", status="cancelled"),
        _med("m-unknown", "Xyzzy 10 mg"),
    ]
    bundle["entry"] += [
        {"resource": r, "request": {"method": "PUT", "url": f"MedicationRequest/{r['id']}"}}
        for r in extra
    ]
    path = tmp_path / "stay.json"
    path.write_text(json.dumps(bundle))
    assert Importer(engine).run([str(path)]).ok
    with engine.begin() as conn:
        load_thesaurus(conn)
    return engine


def test_a_patient_check_from_the_record(patient_db: Engine) -> None:
    with patient_db.connect() as conn:
        knowledge = load_knowledge(conn)
        patient_id, report = check_patient(conn, knowledge, "004512378")  # by IPP
    assert patient_id == PATIENT
    assert [
        (i.level.code, i.first.line.source, i.second.line.source)
        for i in report.alerts
        if not hasattr(i, "allergy")
    ] == [("CI", "MedicationRequest/m-clari", "MedicationRequest/m-simva")]
    (conflict,) = report.allergy_conflicts
    assert (conflict.line.source, conflict.allergy.label) == (
        "MedicationRequest/m-amox",
        "Pénicillines",
    )
    assert [u.source for u in report.unresolved] == ["MedicationRequest/m-unknown"]
    sources = {n.line.source: n.method for n in report.lines}
    assert sources[f"MedicationRequest/{ids(6)}"] == "ATC C03CA01"  # Lasilix, coded
    assert "MedicationRequest/m-old" not in sources


def test_acknowledging_an_alert_is_stored(patient_db: Engine) -> None:
    with patient_db.begin() as conn:
        knowledge = load_knowledge(conn)
        _, report = check_patient(conn, knowledge, PATIENT)
        (conflict,) = report.allergy_conflicts
        key = acknowledge(
            conn,
            report,
            patient_id=PATIENT,
            finding=conflict.ref,
            reason="Allergie ancienne non confirmée, tolérance documentée",
            by="Dr Moreau",
        )
    with patient_db.connect() as conn:
        assert key == conflict.key
        assert acknowledged(conn, PATIENT)[key].startswith("Allergie ancienne")
        row = conn.execute(select(safety_acknowledgements)).one()
        assert (row.kind, row.acknowledged_by) == ("allergy_conflict", "Dr Moreau")
        _, again = check_patient(conn, knowledge, PATIENT)
    assert conflict.key in again.acknowledged


runner = CliRunner()


def test_cli_interactions_and_acknowledge(patient_db: Engine, database_url: str) -> None:
    env = {"RELAIS_DATABASE_URL": database_url}
    result = runner.invoke(app, ["interactions", PATIENT, "--json"], env=env)
    assert result.exit_code == 0, result.output
    body = json.loads(result.stdout)
    assert body["edition"]["label"] == "2020-10"
    assert body["interactions"][0]["level"] == "Contre-indication"
    assert body["unresolved"] == [{"source": "MedicationRequest/m-unknown", "label": "Xyzzy 10 mg"}]
    ref = body["interactions"][0]["ref"]
    text = runner.invoke(app, ["interactions", PATIENT], env=env).stdout
    assert f"[{ref}] Contre-indication" in text and "Médicaments non reconnus" in text
    done = runner.invoke(
        app, ["acknowledge", PATIENT, ref, "--reason", "Arrêt prévu", "--by", "Dr Moreau"], env=env
    )
    assert done.exit_code == 0, done.output
    missing = runner.invoke(
        app, ["acknowledge", PATIENT, "nope", "--reason", "x", "--by", "y"], env=env
    )
    assert missing.exit_code == 3
    drugs = runner.invoke(
        app, ["interactions", "--drugs", "simvastatine, clarithromycine"], env=env
    )
    assert "Contre-indication" in drugs.stdout
    assert runner.invoke(app, ["interactions"], env=env).exit_code == 2


def _statement(rid: str, text: str, status: str, **effective: Any) -> dict[str, Any]:
    return {
        "resourceType": "MedicationStatement",
        "id": rid,
        "status": status,
        "subject": {"reference": f"Patient/{PATIENT}"},
        "medicationCodeableConcept": {"text": text},
        **effective,
    }


def test_a_finished_course_raises_no_current_alert(patient_db: Engine, tmp_path: Path) -> None:
    """A course of amoxicilline taken a year ago (statement completed, with or without an end)
    does not conflict with the penicillin allergy today; one still taken does."""
    statements = [
        _statement("s-past", "Amoxicilline 1g", "completed", effectiveDateTime="2025-01-10"),
        _statement(
            "s-ended",
            "Augmentin 1 g",
            "completed",
            effectivePeriod={"start": "2025-02-01", "end": "2025-02-08"},
        ),
        _statement("s-taken", "Clamoxyl 500 mg", "active", effectiveDateTime="2025-01-10"),
    ]
    bundle = {
        "resourceType": "Bundle",
        "type": "batch",
        "entry": [
            {"resource": r, "request": {"method": "PUT", "url": f"MedicationStatement/{r['id']}"}}
            for r in statements
        ],
    }
    path = tmp_path / "statements.json"
    path.write_text(json.dumps(bundle))
    assert Importer(patient_db).run([str(path)]).ok
    with patient_db.connect() as conn:
        knowledge = load_knowledge(conn)
        _, now = check_patient(conn, knowledge, PATIENT, now=datetime(2026, 3, 1, 9))
        _, then = check_patient(conn, knowledge, PATIENT, now=datetime(2025, 1, 10, 18))
    assert sorted(c.line.source for c in now.allergy_conflicts) == [
        "MedicationRequest/m-amox",
        "MedicationStatement/s-taken",
    ]
    assert sorted(e.source for e in now.ended) == [
        "MedicationStatement/s-ended",
        "MedicationStatement/s-past",
    ]
    assert "MedicationStatement/s-past" in {c.line.source for c in then.allergy_conflicts}
