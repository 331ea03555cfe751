"""Every stay's letter and every patient's synthesis of a synthetic hospital, against its truth:
every required section and item present, medication reconciliation exact (no model: the
deterministic part alone must be complete)."""

from typing import Any

import pytest
from sqlalchemy import Engine

from relais.dossier import build_patient_dossier, build_stay_dossier
from relais.generate.draft import DraftDocument, Drafter, codes
from relais.generate.draft.document import TO_WRITE
from relais.generate.llm.base import DEFAULT_OPTIONS
from tests.hospital import Hospital

DRAFTER = Drafter(backend=None, options=DEFAULT_OPTIONS)


@pytest.fixture(scope="module")
def letters(hospital: Hospital, sqlite_hospital: Engine) -> dict[str, DraftDocument]:
    with sqlite_hospital.connect() as conn:
        return {
            s["encounter_id"]: DRAFTER.letter(build_stay_dossier(conn, s["encounter_id"]))
            for s in hospital.stays
        }


def _ids(items: list[dict[str, Any]]) -> set[str]:
    return {i["source"].split("/", 1)[1] for i in items if "source" in i}


def test_every_letter_has_every_section_in_order(letters: dict[str, DraftDocument]) -> None:
    for letter in letters.values():
        assert [s.code for s in letter.sections] == list(codes.LETTER_SECTIONS)
        for section in letter.sections:
            assert section.text or section.items, f"{section.code} empty"
        assert letter.status == "draft"
        assert letter.section(codes.MOTIF).text == TO_WRITE
        assert letter.warnings and "à rédiger" in letter.warnings[0]


def test_reconciliation_is_exact(hospital: Hospital, letters: dict[str, DraftDocument]) -> None:
    tp = fp = fn = 0
    problems = []
    for stay in hospital.stays:
        letter = letters[stay["encounter_id"]]
        discharge = letter.section(codes.DISCHARGE_TREATMENT).items
        stopped = letter.section(codes.STOPPED_TREATMENT).items
        got = {(i["source"].split("/", 1)[1], i["status"]): i for i in discharge + stopped}
        want = {(m["request_id"], m["status"]): m for m in stay["discharge_medications"]}
        want |= {(m["statement_id"], "stopped"): m for m in stay["stopped_medications"]}
        for key, med in want.items():
            item = got.get(key)
            if item is None:
                problems.append(f"{stay['nda']}: missing {med['label']} {med['status']}")
                fn += 1
            elif med["status"] == "stopped" and item["reason"] != med["stop_reason"]:
                problems.append(f"{stay['nda']}: reason of {med['label']}: {item['reason']}")
                fn += 1
            elif med["status"] == "modified" and not item["previous_dose"]:
                problems.append(f"{stay['nda']}: previous dose of {med['label']} missing")
                fn += 1
            elif item["atc"] != med["atc"]:
                problems.append(f"{stay['nda']}: ATC of {med['label']}: {item['atc']}")
                fn += 1
            else:
                tp += 1
        fp += len([k for k in got if k not in want])
    assert tp > 50, "the hospital should have medication lines to reconcile"
    assert (fp, fn, problems) == (0, 0, [])


def test_items_match_the_truth(hospital: Hospital, letters: dict[str, DraftDocument]) -> None:
    problems = []
    for stay in hospital.stays:
        letter = letters[stay["encounter_id"]]
        summary = {i["item"]: i for i in letter.section(codes.STAY_SUMMARY).items if "item" in i}
        checks = {
            "pending": (codes.PENDING, {p["id"] for p in stay["pending_results"]}),
            "allergies": (codes.ALLERGIES, {a["id"] for a in stay["allergies"]}),
            "devices": (codes.DEVICES, {d["id"] for d in stay["devices"]}),
        }
        for name, (code, want) in checks.items():
            got = _ids(letter.section(code).items)
            if got != want:
                problems.append(f"{stay['nda']} {name}: {got} != {want}")
        follow = _ids(letter.section(codes.FOLLOW_UP).items)
        if not {a["id"] for a in stay["appointments"]} <= follow:
            problems.append(f"{stay['nda']} appointments missing")
        yes_no = {
            "transfusion": stay["transfusion"]["done"],
            "bmr_screening": stay["bmr_screening"]["done"],
            "adverse_events": bool(stay["adverse_events"]),
            "implanted_devices": bool(stay["devices"]),
        }
        for key, done in yes_no.items():
            if summary[key]["value"] != ("oui" if done else "non"):
                problems.append(f"{stay['nda']} {key}: {summary[key]['value']}")
        # The truth writes "<resistance> <organism>": the organism must be named in the item.
        organisms = [" ".join(o.split()[-2:]) for o in stay["bmr_screening"].get("organisms") or []]
        said = summary["bmr_screening"]["text"] + " ".join(summary["bmr_screening"]["details"])
        problems += [f"{stay['nda']} organism {o} missing" for o in organisms if o not in said]
    assert problems == []


def test_every_patient_synthesis_is_complete(hospital: Hospital, sqlite_hospital: Engine) -> None:
    with sqlite_hospital.connect() as conn:
        for patient in hospital.patients:
            synthesis = DRAFTER.synthesis(build_patient_dossier(conn, patient["patient_id"]))
            assert [s.code for s in synthesis.sections] == list(codes.SYNTHESIS_SECTIONS)
            assert synthesis.header["stay"] is None
            for section in synthesis.sections:
                assert section.text or section.items, f"{section.code} empty"
            allergies = _ids(synthesis.section(codes.ALLERGIES).items)
            assert {a["id"] for a in patient.get("allergies", [])} <= allergies
