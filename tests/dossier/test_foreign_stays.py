"""How the dossier reads stays exported by other systems: prescriptions without a category,
admission modes coded in foreign systems, units and schedules written in UCUM and FHIR codes."""

import doctest
import json
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy import Engine

from relais.domain.facts import FactKind
from relais.dossier import doses, schedule, units
from relais.dossier.build import build_patient_dossier
from relais.dossier.identity import stay_info
from relais.dossier.identity_facts import stay_draft
from relais.dossier.medications import medication_drafts, stay_lines
from relais.dossier.model import Dossier, Hospital, PatientIdentity
from relais.dossier.render import dossier_text
from relais.dossier.schedule import parse_schedule
from relais.dossier.substances import default_matcher
from relais.dossier.units import shown
from relais.ingest.importer import Importer
from relais.store.tables import medication_lines


def _row(
    n: int,
    label: str,
    *,
    kind: str = "request",
    category: str | None = None,
    status: str = "active",
) -> SimpleNamespace:
    values: dict[str, Any] = {c.name: None for c in medication_lines.columns}
    values.update(fhir_id=f"l{n}", kind=kind, category=category, status=status, text=label)
    return SimpleNamespace(**values)


class _Records:
    def __init__(self, *rows: SimpleNamespace) -> None:
        self._rows = list(rows)

    def rows(self, table: Any) -> list[SimpleNamespace]:
        return self._rows


def _labels(lines: list[Any]) -> list[str]:
    return [line.label for line in lines]


@pytest.mark.parametrize(
    ("rows", "admission", "discharge"),
    [
        # FR Core: discharge prescriptions are said so; inpatient orders stay out.
        (
            [_row(1, "furosémide", category="discharge"), _row(2, "Diffu K", category="inpatient")],
            [],
            ["furosémide"],
        ),
        # Synthea: "community"; many exports: no category at all.
        (
            [_row(1, "lisinopril", category="community"), _row(2, "warfarine")],
            [],
            ["lisinopril", "warfarine"],
        ),
        # A prescription stopped during the stay is a stopped treatment, not a discharge one.
        (
            [
                _row(1, "Marcumar", status="stopped"),
                _row(2, "ASS 100 mg"),
                _row(3, "amoxicilline", status="completed"),
            ],
            ["Marcumar"],
            ["ASS 100 mg"],
        ),
        # With a discharge prescription, uncategorised requests are the stay's orders.
        (
            [_row(1, "Lasilix", category="discharge"), _row(2, "morphine")],
            [],
            ["Lasilix"],
        ),
        (
            [_row(1, "Kardégic", kind="statement"), _row(2, "Kardégic 75 mg")],
            ["Kardégic"],
            ["Kardégic 75 mg"],
        ),
        # A statement "completed" is a treatment taken before, no longer.
        (
            [
                _row(1, "Amoxicilline 1 g", kind="statement", status="completed"),
                _row(2, "Escitalopram 10 mg", kind="statement"),
            ],
            ["Escitalopram 10 mg"],
            [],
        ),
    ],
)
def test_which_prescriptions_are_the_discharge_treatment(
    rows: list[SimpleNamespace], admission: list[str], discharge: list[str]
) -> None:
    found_admission, found_discharge, _ = stay_lines(_Records(*rows))  # type: ignore[arg-type]
    assert (_labels(found_admission), _labels(found_discharge)) == (admission, discharge)


def _encounter(admit: dict[str, Any] | None) -> tuple[SimpleNamespace, dict[str, Any]]:
    raw: dict[str, Any] = {"resourceType": "Encounter", "id": "e1"}
    if admit is not None:
        raw["hospitalization"] = {"admitSource": admit}
    coding = (admit or {}).get("coding", [{}])[0]
    row = SimpleNamespace(
        fhir_id="e1",
        nda=None,
        service=None,
        start=None,
        end=None,
        reason=None,
        admit_source_code=coding.get("code"),
        admit_source=coding.get("display"),
        discharge_code=None,
        discharge=None,
    )
    return row, raw


@pytest.mark.parametrize(
    ("admit", "code", "label"),
    [
        (  # German Aufnahmeanlass "N" is an emergency, not a PMSI birth
            {
                "coding": [
                    {
                        "system": "http://fhir.de/CodeSystem/dgkev/Aufnahmeanlass",
                        "code": "N",
                        "display": "Notfall",
                    }
                ]
            },
            "N",
            "Notfall",
        ),
        (
            {
                "coding": [
                    {
                        "system": "https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-pmsi-mode-entree",
                        "code": "N",
                    }
                ]
            },
            "N",
            "Naissance",
        ),
        (
            {
                "coding": [
                    {
                        "system": "https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-pmsi-mode-entree",
                        "code": "8",
                        "display": "Domicile",
                    }
                ]
            },
            "8",
            "Domicile",
        ),
        (
            {
                "coding": [{"system": "http://www.nubc.org/point-of-origin", "code": "7"}],
                "text": "Emergency room",
            },
            "7",
            "Emergency room",
        ),
        (None, None, None),
    ],
)
def test_an_admission_mode_is_read_in_its_own_code_system(
    admit: dict[str, Any] | None, code: str | None, label: str | None
) -> None:
    row, raw = _encounter(admit)
    mode = stay_info(row, raw, []).mode_entree  # type: ignore[arg-type]
    assert (mode.code, mode.label) == (code, label)


@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        ("umol/L", "µmol/L"),
        ("ug", "µg"),
        ("mL/min/{1.73_m2}", "mL/min/1,73 m²"),
        ("{comprimé}", "comprimé"),
        ("Cel", "°C"),
        ("mm[Hg]", "mmHg"),
        ("10*3/uL", "G/L"),
        ("10*9/L", "G/L"),
        ("m[IU]/L", "mUI/L"),
        ("mmol/L", "mmol/L"),
        ("g/dL", "g/dL"),
        ("%", "%"),
        (None, None),
    ],
)
def test_units_as_a_french_laboratory_writes_them(unit: str | None, expected: str | None) -> None:
    assert shown(unit) == expected


@pytest.mark.parametrize(
    ("stored", "text", "expected"),
    [
        ("2/j CM,CV", None, "2 fois par jour, au petit-déjeuner et au dîner"),
        ("1/j ACM", None, "1 fois par jour, avant le petit-déjeuner"),
        ("1/6 h PRN", None, "1 fois tous les 6 heures, si besoin"),
        (
            "4/j",
            "1 g toutes les 6 heures si douleur, maximum 4 g par jour",
            "4 fois par jour, si besoin",
        ),
        ("PRN", "bei Bedarf 1 Tablette", "si besoin"),
        ("1/j MORN", "1 comprimé le matin", "1 fois par jour, le matin"),
    ],
)
def test_schedules_from_fhir_timing_codes(stored: str, text: str | None, expected: str) -> None:
    assert parse_schedule(stored, text).french() == expected


@pytest.mark.parametrize("module", [units, doses, schedule])
def test_docstring_examples(module: Any) -> None:
    result = doctest.testmod(module)
    assert result.attempted > 0 and result.failed == 0


def test_a_patient_without_stays_keeps_the_treatment_an_ehr_recorded(
    engine: Engine, tmp_path: Path
) -> None:
    resources = [
        {"resourceType": "Patient", "id": "p1", "name": [{"family": "Faure"}]},
        {
            "resourceType": "MedicationStatement",
            "id": "ms1",
            "status": "active",
            "subject": {"reference": "Patient/p1"},
            "contained": [
                {"resourceType": "Medication", "id": "med1", "code": {"text": "DONEPEZIL 10 mg"}}
            ],
            "medicationReference": {"reference": "#med1"},
            "dosage": [{"text": "1 cp au coucher", "timing": {"repeat": {"when": ["HS"]}}}],
        },
        {
            "resourceType": "MedicationStatement",
            "id": "ms2",
            "status": "completed",
            "subject": {"reference": "Patient/p1"},
            "medicationCodeableConcept": {"text": "Amoxicilline 1 g"},
        },
    ]
    path = tmp_path / "ehr.ndjson"
    path.write_text("".join(json.dumps(r) + "\n" for r in resources))
    assert Importer(engine).run([str(path)]).ok
    with engine.connect() as conn:
        facts = build_patient_dossier(conn, "p1").facts
    treatment = [f.text for f in facts if f.kind is FactKind.MEDICATION]
    assert len(treatment) == 1 and treatment[0].startswith("DONEPEZIL 10 mg")
    assert "au coucher" in treatment[0]


def test_the_safety_checks_read_no_cancelled_discharge_line() -> None:
    rows = [
        _row(1, "enoxaparine 4000 UI", category="discharge"),
        _row(2, "kétoprofène 100 mg", category="discharge", status="cancelled"),
        _row(3, "tramadol 50 mg", category="discharge", status="entered-in-error"),
    ]
    _, checked = medication_drafts(_Records(*rows), default_matcher())  # type: ignore[arg-type]
    assert _labels(checked) == ["enoxaparine 4000 UI"]


@pytest.mark.parametrize(
    ("class_code", "service", "expected"),
    [
        ("IMP", "Cardiologie", "Hospitalisation en Cardiologie du 20/11/2026 à 01h50"),
        ("EMER", None, "Passage aux urgences du 20/11/2026 à 01h50"),
        (None, None, "Hospitalisation en service non renseigné du 20/11/2026 à 01h50"),
    ],
)
def test_an_emergency_visit_is_not_called_a_hospitalisation(
    class_code: str | None, service: str | None, expected: str
) -> None:
    row, raw = _encounter(None)
    row.class_code, row.service = class_code, service
    row.start, row.end = datetime(2026, 11, 20, 1, 50), datetime(2026, 11, 20, 7, 30)
    text = stay_draft(stay_info(row, raw, [])).text  # type: ignore[arg-type]
    assert text.startswith(expected)


def test_the_header_names_a_hospital_without_finess() -> None:
    row, raw = _encounter(None)
    patient = PatientIdentity("p1", "BENALI", "Karim", None, "male", None, None, None, None, None)
    dossier = Dossier(
        patient=patient,
        stay=stay_info(row, raw, []),  # type: ignore[arg-type]
        hospital=Hospital("o1", "Centre hospitalier de l'Autre Rive", None),
        gp=None,
        attending=None,
        referrer=None,
        facts=(),
    )
    assert "Centre hospitalier de l'Autre Rive\n" in dossier_text(dossier) + "\n"
    assert "None" not in dossier_text(dossier)


@pytest.mark.parametrize(
    ("birth_date", "said"),
    [("1938", "née en 1938"), ("1938-03", "née en 03/1938"), ("1938-03-02", "née le 02/03/1938")],
)
def test_a_birth_date_is_said_as_precisely_as_it_was_given(
    engine: Engine, tmp_path: Path, birth_date: str, said: str
) -> None:
    patient = {
        "resourceType": "Patient",
        "id": "p1",
        "name": [{"family": "Faure", "given": ["Odette"]}],
        "gender": "female",
        "birthDate": birth_date,
    }
    path = tmp_path / "patient.ndjson"
    path.write_text(json.dumps(patient) + "\n")
    assert Importer(engine).run([str(path)]).ok
    with engine.connect() as conn:
        [identity] = [
            f for f in build_patient_dossier(conn, "p1").facts if f.kind is FactKind.PATIENT
        ]
    assert identity.text == f"Mme Odette FAURE, {said}"
