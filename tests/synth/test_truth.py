"""The truth files agree with the bundles: spans, facts, ids."""

import re

from tests.synth.conftest import Output, decoded

SPAN_TYPES = {
    "PATIENT_NAME",
    "RELATIVE_NAME",
    "CLINICIAN_NAME",
    "ADDRESS",
    "POSTAL_CODE",
    "CITY",
    "PHONE",
    "EMAIL",
    "NIR",
    "INS",
    "IPP",
    "NDA",
    "DATE",
    "AGE",
    "HOSPITAL",
}


def test_every_note_has_its_truth(small: Output) -> None:
    notes = small.json("truth/notes.json")["notes"]
    documents = {
        i: r for i, r in small.resources().items() if r["resourceType"] == "DocumentReference"
    }
    assert documents.keys() == notes.keys()
    kinds = {n["kind"] for n in notes.values()}
    assert {"admission", "discharge"} <= kinds


def test_spans_and_facts_point_at_their_text(small: Output) -> None:
    resources = small.resources()
    for doc_id, truth in small.json("truth/notes.json")["notes"].items():
        text = decoded(resources[doc_id])
        assert len(text) == truth["length"]
        for span in truth["spans"]:
            assert span["type"] in SPAN_TYPES
            assert text[span["start"] : span["end"]] == span["text"], span
        for fact in truth["facts"]:
            assert text[fact["start"] : fact["end"]] == fact["text"], fact
            assert fact["resource_id"] is None or fact["resource_id"] in resources, fact


def test_identifying_details_of_the_patient_are_spans(small: Output) -> None:
    notes = small.json("truth/notes.json")["notes"]
    patients = {p["patient_id"]: p for p in small.json("truth/patients.json")["patients"]}
    seen_types: set[str] = set()
    for truth in notes.values():
        patient = patients[truth["patient_id"]]
        spans = {s["type"]: s["text"] for s in truth["spans"]}
        seen_types.update(spans)
        assert spans["IPP"] == patient["ipp"]
        assert patient["family"].upper() in {s["text"].upper() for s in truth["spans"]} or any(
            patient["family"].upper() in s["text"].upper()
            for s in truth["spans"]
            if s["type"] == "PATIENT_NAME"
        )
    assert {
        "NIR",
        "INS",
        "PHONE",
        "DATE",
        "AGE",
        "HOSPITAL",
        "CLINICIAN_NAME",
        "POSTAL_CODE",
    } <= seen_types


def test_negated_findings_are_recorded(small: Output) -> None:
    facts = [f for n in small.json("truth/notes.json")["notes"].values() for f in n["facts"]]
    negated = [f for f in facts if f["negated"]]
    assert negated and all(
        f["kind"] in ("symptom", "allergy", "bmr", "administration") for f in negated
    )
    assert any(f["hypothesis"] for f in facts)


def test_stay_truth_ids_exist(small: Output) -> None:
    resources = small.resources()
    for stay in small.json("truth/stays.json")["stays"]:
        assert resources[stay["encounter_id"]]["resourceType"] == "Encounter"
        assert resources[stay["patient_id"]]["resourceType"] == "Patient"
        for key in (
            "diagnoses",
            "procedures",
            "pending_results",
            "appointments",
            "devices",
            "adverse_events",
            "allergies",
            "past_surgery",
            "administrations",
        ):
            for item in stay[key]:
                assert item["id"] in resources, (key, item)
        for med in (
            stay["admission_medications"]
            + stay["discharge_medications"]
            + stay["stopped_medications"]
        ):
            assert med["source_ids"] and all(i in resources for i in med["source_ids"])


PHONE = re.compile(r"(?<!\d)(?:\+33 \d|0\d)(?:[ .]?\d\d){4}(?!\d)")
NIR = re.compile(r"(?<!\d)[12](?: ?\d\d){2} ?(?:\d\d|2A|2B) ?\d{3} ?\d{3} ?\d\d(?!\d)")


def test_no_identifying_detail_outside_spans(small: Output) -> None:
    """Patient names, phone numbers and NIR written in a note are all inside a span."""
    resources = small.resources()
    patients = {p["patient_id"]: p for p in small.json("truth/patients.json")["patients"]}
    for doc_id, truth in small.json("truth/notes.json")["notes"].items():
        text = decoded(resources[doc_id])
        spans = [(s["start"], s["end"]) for s in truth["spans"]]
        patient = patients[truth["patient_id"]]
        names = {patient["family"], patient["family"].upper()}
        if patient["birth_family"]:
            names |= {patient["birth_family"], patient["birth_family"].upper()}
        patterns = [re.compile(rf"(?<![\w-]){re.escape(n)}(?![\w-])") for n in names] + [PHONE, NIR]
        for pattern in patterns:
            for match in pattern.finditer(text):
                assert any(s <= match.start() and match.end() <= e for s, e in spans), (
                    doc_id,
                    match,
                )
