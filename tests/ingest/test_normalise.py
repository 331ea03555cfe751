"""A French stay is normalised into the clinical tables, on both databases."""

import json
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Engine, select

from relais.ingest.importer import Importer
from relais.store import tables as t
from tests.ingest.french_record import GP, PATIENT, STAY, french_stay_bundle


def _ingest(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "stay.json"
    path.write_text(json.dumps(french_stay_bundle()))
    summary = Importer(engine).run([str(path)])
    assert summary.ok, summary.rejected
    assert summary.created == 12


def test_identity_and_french_identifiers(engine: Engine, tmp_path: Path) -> None:
    _ingest(engine, tmp_path)
    with engine.connect() as conn:
        patient = conn.execute(select(t.patients)).one()
        kinds = {r.kind: r.value for r in conn.execute(select(t.patient_identifiers))}
        gp = conn.execute(select(t.practitioners)).one()
        hospital = conn.execute(select(t.organizations)).one()
    assert (patient.family, patient.given, patient.birth_family) == (
        "Lefèvre",
        "Jeanne Marie",
        "Garnier",
    )
    assert patient.birth_date == date(1941, 2, 3)
    assert (patient.postal_code, patient.city, patient.gp_id) == ("69003", "Lyon", GP)
    assert kinds == {"IPP": "004512378", "INS-NIR": "241027512345687"}
    assert gp.rpps == "10002345678"  # IdNatPS "8" + RPPS
    assert hospital.finess == "750712184"


def test_stay_with_modes_and_local_times(engine: Engine, tmp_path: Path) -> None:
    _ingest(engine, tmp_path)
    with engine.connect() as conn:
        stay = conn.execute(select(t.encounters)).one()
    assert stay.patient_id == PATIENT
    assert (stay.class_code, stay.service, stay.nda) == ("IMP", "Cardiologie", "NDA2024001234")
    assert (stay.admit_source_code, stay.admit_source) == ("8", "Urgences")
    assert stay.discharge == "Domicile"
    assert stay.start == datetime(2024, 3, 12, 14, 30) and stay.end == datetime(2024, 3, 18, 11, 0)


def test_medications_problems_allergies_results(engine: Engine, tmp_path: Path) -> None:
    _ingest(engine, tmp_path)
    with engine.connect() as conn:
        lines = {r.kind: r for r in conn.execute(select(t.medication_lines))}
        condition = conn.execute(select(t.conditions)).one()
        allergy = conn.execute(select(t.allergies)).one()
        result = conn.execute(select(t.observations)).one()
    discharge = lines["request"]
    assert (discharge.code_system, discharge.code, discharge.text) == (
        "http://www.whocc.no/atc",
        "C03CA01",
        "Lasilix",
    )
    assert (discharge.dose_value, discharge.dose_unit, discharge.frequency) == (80.0, "mg", "1/j")
    assert (discharge.route, discharge.duration, discharge.category) == (
        "voie orale",
        "30 j",
        "discharge",
    )
    assert discharge.encounter_id == STAY
    stopped = lines["statement"]
    assert (stopped.status, stopped.status_reason, stopped.encounter_id) == (
        "stopped",
        "hypotension",
        STAY,
    )
    assert (condition.code, condition.clinical_status) == ("I50.0", "active")
    assert (allergy.text, allergy.reaction) == ("Pénicillines", "urticaire")
    assert (result.value_num, result.value_unit, result.ref_low, result.ref_high) == (
        5.8,
        "mmol/L",
        3.5,
        5.0,
    )
    assert result.interpretation == "H"


def test_note_text_devices_and_appointments(engine: Engine, tmp_path: Path) -> None:
    _ingest(engine, tmp_path)
    with engine.connect() as conn:
        document = conn.execute(select(t.documents)).one()
        device = conn.execute(select(t.devices)).one()
        appointment = conn.execute(select(t.care_items)).one()
    assert document.text.startswith("Observation médicale d'entrée — Mme Jeanne Lefèvre")
    assert "Pas de douleur thoracique" in document.text
    assert (document.encounter_id, document.type_code) == (STAY, "34117-2")
    assert (device.text, device.lot, device.patient_id) == (
        "Stimulateur cardiaque double chambre",
        "LOT-4471",
        PATIENT,
    )
    assert (appointment.kind, appointment.description, appointment.patient_id) == (
        "appointment",
        "Consultation de cardiologie",
        PATIENT,
    )
    assert appointment.start == datetime(2024, 4, 15, 9, 30)
