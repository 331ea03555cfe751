"""Other systems' FHIR R4 exports (``foreign/``), imported end to end: what a physician needs.

What each export states is read from the export itself (drugs, doses, allergies, diagnoses,
results) with the rules a physician applies: cancelled, entered-in-error and refuted items must
not appear, every other one must, with its value and unit, in the facts of the patient's
dossier (the stay dossiers of the patient, or the patient dossier when no stay was imported).
"""

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, Engine

from relais.domain.facts import Fact, FactKind
from relais.dossier.build import build_patient_dossier, build_stay_dossier
from relais.dossier.queries import patient_stays
from relais.ingest.importer import Importer
from relais.safety.atc import read_atc
from relais.safety.bdpm import read_folder
from relais.safety.knowledge import Knowledge
from relais.safety.records import patient_allergies, patient_lines
from relais.safety.thesaurus import Thesaurus
from relais.safety.thesaurus_files import read_bundled
from relais.store.engine import make_engine
from relais.store.migrate import upgrade
from relais.store.patients import resolve_patient_id
from tests.conftest import shared_path

FOREIGN = Path(__file__).parent / "foreign"
EXPORTS = sorted(p for p in FOREIGN.iterdir() if p.name[:2].isdigit())
NOT_TRUE = {"refuted", "entered-in-error"}
VOID = {"cancelled", "entered-in-error"}
# UCUM codes as a French physician expects to read them; others as written.
READ_AS = {
    "umol/L": "µmol/L",
    "mL/min/{1.73_m2}": "mL/min/1,73 m²",
    "Cel": "°C",
    "mm[Hg]": "mmHg",
    "10*3/uL": "G/L",
    "{INR}": "INR",
    "m[IU]/L": "mUI/L",
    "{comprimé}": "comprimé",
    "{gélule}": "gélule",
    "[iU]": "UI",
    "ug": "µg",
}


def _resources(export: Path) -> list[dict[str, Any]]:
    if export.is_dir():
        return [
            json.loads(line)
            for path in sorted(export.glob("*.ndjson"))
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()
        ]
    bundle = json.loads(export.read_text(encoding="utf-8"))
    return [entry["resource"] for entry in bundle["entry"]]


def _number(value: float) -> str:
    return f"{value:g}".replace(".", ",")


def _unit(quantity: dict[str, Any]) -> str:
    unit = str(quantity.get("unit") or quantity.get("code") or "")
    return READ_AS.get(unit, unit)


def _value(element: dict[str, Any]) -> str | None:
    """How the value must read: ``5,4 mmol/L``, ``< 5 mg/L``, or the text of a coded value."""
    if "valueQuantity" in element:
        q = element["valueQuantity"]
        shown = f"{q.get('comparator', '')} {_number(q['value'])}".strip()
        return f"{shown} {_unit(q)}".strip()
    if "valueString" in element:
        return str(element["valueString"])
    if "valueCodeableConcept" in element:
        concept = element["valueCodeableConcept"]
        return str(concept.get("text") or concept["coding"][0]["display"])
    return None


def _concept_name(concept: dict[str, Any] | None) -> str | None:
    if not concept:
        return None
    codings = concept.get("coding") or [{}]
    return concept.get("text") or codings[0].get("display")


def _drug_name(resource: dict[str, Any], medications: dict[str, dict[str, Any]]) -> str:
    if "medicationCodeableConcept" in resource:
        return str(_concept_name(resource["medicationCodeableConcept"]))
    reference = resource["medicationReference"]["reference"]
    if reference.startswith("#"):
        medication = next(c for c in resource["contained"] if c["id"] == reference[1:])
    else:
        medication = medications[reference.rsplit("/", 1)[-1]]
    return str(
        _concept_name(medication.get("code"))
        or _concept_name(medication["ingredient"][0]["itemCodeableConcept"])
    )


def _status(concept: dict[str, Any] | None) -> str | None:
    return str(concept["coding"][0]["code"]) if concept else None


class Expected:
    """(kind, words) that must appear in one fact of the kind, and words that must not."""

    def __init__(self, resources: list[dict[str, Any]]) -> None:
        self.present: list[tuple[FactKind, tuple[str, ...], str]] = []
        self.absent: list[tuple[str, str]] = []
        medications = {r["id"]: r for r in resources if r["resourceType"] == "Medication"}
        for position, r in enumerate(resources):
            r = {"id": f"#{position}", **r}  # entries POSTed without an id: their position
            reader = getattr(self, f"_{r['resourceType']}", None)
            if reader is not None:
                reader(r, medications)

    def _need(self, kind: FactKind, where: str, *words: str | None) -> None:
        self.present.append((kind, tuple(w for w in words if w), where))

    def _MedicationRequest(self, r: dict[str, Any], medications: dict[str, Any]) -> None:  # noqa: N802
        name = _drug_name(r, medications)
        category = _status((r.get("category") or [None])[0])
        if r["status"] in VOID or r["status"] == "completed" or category == "inpatient":
            if r["status"] in VOID:
                self.absent.append((name, f"MedicationRequest/{r['id']}"))
            return
        dosage = (r.get("dosageInstruction") or r.get("dosage") or [{}])[0]
        dose = ((dosage.get("doseAndRate") or [{}])[0]).get("doseQuantity") or {}
        shown = (
            f"{_number(dose['value'])} {_unit(dose)}"
            if dose.get("value") is not None and _unit(dose)
            else None
        )
        stopped = "arrêté" if r["status"] == "stopped" else None
        self._need(FactKind.MEDICATION, f"{r['resourceType']}/{r['id']}", name, shown, stopped)

    _MedicationStatement = _MedicationRequest

    def _AllergyIntolerance(self, r: dict[str, Any], _: dict[str, Any]) -> None:  # noqa: N802
        name = str(_concept_name(r["code"]))
        if _status(r.get("verificationStatus")) in NOT_TRUE:
            self.absent.append((f"Allergie : {name}", f"AllergyIntolerance/{r['id']}"))
        else:
            self._need(FactKind.ALLERGY, f"AllergyIntolerance/{r['id']}", name)

    def _Condition(self, r: dict[str, Any], _: dict[str, Any]) -> None:  # noqa: N802
        code = r["code"]["coding"][0]["code"]
        if _status(r.get("verificationStatus")) in NOT_TRUE:
            self.absent.append((f"({code})", f"Condition/{r['id']}"))
        else:
            kinds = (FactKind.DIAGNOSIS, FactKind.PROBLEM, FactKind.HISTORY)
            for kind in kinds:  # one of them: checked in ``_missing``
                self._need(kind, f"Condition/{r['id']}|any", f"({code})")

    def _Observation(self, r: dict[str, Any], _: dict[str, Any]) -> None:  # noqa: N802
        where = f"Observation/{r['id']}"
        parts = [r, *r.get("component", [])]
        for part in parts:
            value = _value(part)
            if value is None:
                continue
            label = _concept_name(part["code"])
            if r["status"] in VOID:
                self.absent.append((f"{label} : {value}", where))
            else:
                self._need(FactKind.OBSERVATION, where, f"{label} : {value}")


def _facts(conn: Connection, patient_key: str) -> list[Fact]:
    patient_id = resolve_patient_id(conn, patient_key)
    stays = patient_stays(conn, patient_id)
    if not stays:
        return list(build_patient_dossier(conn, patient_id).facts)
    return [f for stay in stays for f in build_stay_dossier(conn, stay.fhir_id).facts]


def _patient_key(resources: list[dict[str, Any]]) -> str:
    patient = next(r for r in resources if r["resourceType"] == "Patient")
    return str(patient.get("id") or patient["identifier"][-1]["value"])


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    url = f"sqlite:///{tmp_path_factory.mktemp('foreign') / 'relais.db'}"
    engine = make_engine(url)
    upgrade(engine)
    summary = Importer(engine).run([str(p) for p in EXPORTS])
    # The sparse export's Encounter has no class (1..1 in R4): rejected, its stay lost.
    assert [r["resource"] for r in summary.rejected] == ["Encounter/sp-enc-1"]
    yield engine
    engine.dispose()


def _says(text: str, words: str) -> bool:
    """``words`` in ``text``, the first letter capitalised or not (a fact starts with one)."""
    return words in text or words[:1].upper() + words[1:] in text


def _missing(facts: list[Fact], expected: Expected) -> list[str]:
    missing: list[str] = []
    conditions: dict[str, bool] = {}
    for kind, words, where in expected.present:
        found = any(f.kind is kind and all(_says(f.text, w) for w in words) for f in facts)
        if where.endswith("|any"):
            conditions[where] = conditions.get(where, False) or found
        elif not found:
            missing.append(f"{where}: {kind.value} {words}")
    missing += [f"{where}: condition" for where, found in conditions.items() if not found]
    return missing


@pytest.mark.parametrize("export", EXPORTS, ids=[p.name for p in EXPORTS])
def test_every_drug_allergy_diagnosis_and_result_reaches_the_dossier(
    imported: Engine, export: Path
) -> None:
    resources = _resources(export)
    expected = Expected(resources)
    assert expected.present  # the export states something
    with imported.connect() as conn:
        facts = _facts(conn, _patient_key(resources))
    assert _missing(facts, expected) == []
    shown = [f.text for f in facts]
    wrongly = [(words, where) for words, where in expected.absent if any(words in t for t in shown)]
    assert wrongly == []


def test_a_course_finished_long_ago_is_no_allergy_alert_in_the_patient_dossier(
    imported: Engine,
) -> None:
    """The sparse export's amoxicillin course (completed, a year ago) and its allergy to
    penicillins: a conflict when the course was taken, not an alert of today's synthèse."""
    knowledge = Knowledge.build(
        Thesaurus.from_data(read_bundled()), read_folder(shared_path("data", "bdpm")), read_atc()
    )
    with imported.connect() as conn:
        patient_id = resolve_patient_id(conn, "sp-1")
        history = knowledge.check(
            patient_lines(conn, patient_id), patient_allergies(conn, patient_id)
        )
        dossier = build_patient_dossier(conn, patient_id, knowledge=knowledge)
    assert history.allergy_conflicts, "the export holds the course and the allergy"
    assert [f.text for f in dossier.facts if f.kind is FactKind.ALLERGY_CONFLICT] == []
