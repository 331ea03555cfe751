"""Every stay of a synthetic hospital against its truth, on SQLite and PostgreSQL."""

from typing import Any

from sqlalchemy import Connection, Engine, select

from relais.domain.facts import Fact, FactKind
from relais.dossier import Dossier, build_patient_dossier, build_stay_dossier
from relais.ingest.importer import Importer
from relais.store.tables import documents, fhir_resources
from tests.hospital import Hospital


def _ids(dossier: Dossier, *kinds: FactKind) -> set[str]:
    return {f.source.resource_id for f in dossier.of_kind(*kinds) if not f.negated}


def _identity_problems(d: Dossier, stay: dict[str, Any], patient: dict[str, Any]) -> list[str]:
    assert d.stay is not None
    expected = {
        "ipp": (d.patient.ipp, patient["ipp"]),
        "ins": (d.patient.ins, patient["ins"]),
        "family": (d.patient.family, patient["family"]),
        "birth_date": (
            d.patient.birth_date and d.patient.birth_date.isoformat(),
            patient["birth_date"],
        ),
        "gp": (d.gp and d.gp.id, patient["gp"]["id"]),
        "nda": (d.stay.nda, stay["nda"]),
        "service": (d.stay.service, stay["service"]),
        "attending": (d.attending and d.attending.id, stay["attending_id"]),
        "admission": (d.stay.start and d.stay.start.isoformat(), stay["admission"]),
        "discharge": (d.stay.end and d.stay.end.isoformat(), stay["discharge"]),
        "mode_entree": (d.stay.mode_entree.code, stay["mode_entree"]["code"]),
        "provenance": (d.stay.provenance.code, (stay.get("provenance") or {}).get("code")),
        "mode_sortie": (d.stay.mode_sortie.code, stay["mode_sortie"]["code"]),
        "hospital": (bool(d.hospital and d.hospital.finess), True),
    }
    return [f"{k}: {got!r} != {want!r}" for k, (got, want) in expected.items() if got != want]


def _medications(d: Dossier, stay: dict[str, Any]) -> tuple[int, int, int, list[str]]:
    """(true positives, false positives, false negatives, problems) of the reconciliation."""
    got = {(f.source.resource_id, f.data["status"]): f for f in d.of_kind(FactKind.MEDICATION)}
    want = {(m["request_id"], m["status"]): m for m in stay["discharge_medications"]}
    want |= {(m["statement_id"], "stopped"): m for m in stay["stopped_medications"]}
    problems, tp = [], 0
    for key, med in want.items():
        fact = got.get(key)
        if fact is None:
            problems.append(f"missing {med['label']} {med['status']}")
        elif (
            med["status"] == "modified" and fact.data["previous_dose_value"] != med["previous_dose"]
        ):
            problems.append(f"previous dose of {med['label']}: {fact.data['previous_dose']}")
        elif med["status"] == "stopped" and fact.data["reason"] != med["stop_reason"]:
            problems.append(f"stop reason of {med['label']}: {fact.data['reason']}")
        elif fact.data["dose_value"] != med["dose"] or fact.data["atc"] != med["atc"]:
            problems.append(f"dose or ATC of {med['label']}: {fact.data}")
        else:
            tp += 1
    extra = [f"extra {got[k].text}" for k in got if k not in want]
    return tp, len(extra), len(want) - tp, problems + extra


def _items(d: Dossier, stay: dict[str, Any]) -> list[str]:
    problems = []
    checks = {
        "allergies": ({a["id"] for a in stay["allergies"]}, _ids(d, FactKind.ALLERGY)),
        "pending": ({p["id"] for p in stay["pending_results"]}, _ids(d, FactKind.PENDING_RESULT)),
        "appointments": ({a["id"] for a in stay["appointments"]}, _ids(d, FactKind.APPOINTMENT)),
        "devices": ({x["id"] for x in stay["devices"]}, _ids(d, FactKind.DEVICE)),
        "adverse events": (
            {a["id"] for a in stay["adverse_events"]},
            _ids(d, FactKind.ADVERSE_EVENT),
        ),
        "diagnoses": (
            {x["id"] for x in stay["diagnoses"]},
            _ids(d, FactKind.DIAGNOSIS, FactKind.PROBLEM, FactKind.RISK_FACTOR),
        ),
        "surgery": ({x["id"] for x in stay["past_surgery"]}, _ids(d, FactKind.HISTORY)),
        "family": ({x["id"] for x in stay["family_history"]}, _ids(d, FactKind.FAMILY_HISTORY)),
    }
    for name, (want, got) in checks.items():
        if want != got:
            problems.append(f"{name}: missing {want - got}, extra {got - want}")
    if not d.of_kind(FactKind.REASON):
        problems.append("no reason for admission")
    transfusion = [f for f in d.of_kind(FactKind.TRANSFUSION) if not f.negated]
    truth = stay["transfusion"]
    if truth["done"] != bool(transfusion) or (
        truth["done"] and transfusion[0].data["reaction"] != truth["reaction"]
    ):
        problems.append(f"transfusion {truth} vs {[f.text for f in transfusion]}")
    bmr = [f for f in d.of_kind(FactKind.MICROBIOLOGY) if not f.negated]
    screening = stay["bmr_screening"]
    if screening["done"] != bool(bmr) or (
        bmr and bmr[0].data["positive"] != bool(screening["organisms"])
    ):
        problems.append(f"BMR {screening} vs {[f.text for f in bmr]}")
    if not d.of_kind(FactKind.BLOOD_DERIVATIVE):
        problems.append("blood derivatives yes/no missing")
    return problems


def _provenance(conn: Connection, d: Dossier) -> list[str]:
    known = {
        (r.resource_type, r.fhir_id)
        for r in conn.execute(
            select(fhir_resources.c.resource_type, fhir_resources.c.fhir_id).where(
                fhir_resources.c.fhir_id.in_({f.source.resource_id for f in d.facts})
            )
        )
    }
    texts = {
        r.fhir_id: r.text or "" for r in conn.execute(select(documents.c.fhir_id, documents.c.text))
    }
    problems = [
        f"{f.id} {f.source}"
        for f in d.facts
        if (f.source.resource_type, f.source.resource_id) not in known
    ]
    for f in d.facts:
        if f.source.start is not None:
            text = texts.get(f.source.resource_id, "")
            if not (0 <= f.source.start < (f.source.end or 0) <= len(text)):
                problems.append(f"span {f.source}")
    return problems


def _check(fact: Fact) -> bool:
    return bool(fact.text) and fact.id.startswith("F")


def test_every_stay_against_truth(engine: Engine, hospital: Hospital) -> None:
    assert Importer(engine).run(hospital.bundles).ok
    patients = {p["patient_id"]: p for p in hospital.patients}
    problems: dict[str, list[str]] = {}
    tp = fp = fn = 0
    with engine.connect() as conn:
        for stay in hospital.stays:
            dossier = build_stay_dossier(conn, stay["encounter_id"])
            assert all(_check(f) for f in dossier.facts)
            again = build_stay_dossier(conn, stay["encounter_id"])
            assert [f.to_dict() for f in again.facts] == [f.to_dict() for f in dossier.facts]
            found = _identity_problems(dossier, stay, patients[stay["patient_id"]])
            a, b, c, med_problems = _medications(dossier, stay)
            tp, fp, fn = tp + a, fp + b, fn + c
            found += med_problems + _items(dossier, stay) + _provenance(conn, dossier)
            if found:
                problems[stay["encounter_id"]] = found
        patient = build_patient_dossier(conn, hospital.stays[0]["patient_id"])
        assert patient.of_kind(FactKind.MEDICATION) and patient.of_kind(FactKind.PATIENT)
    assert problems == {}
    assert tp > 100 and fp == 0 and fn == 0, (tp, fp, fn)
