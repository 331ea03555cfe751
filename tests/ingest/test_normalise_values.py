"""Values other systems send: censored results (``<``), doses taken as needed, foreign
social security numbers, notes without their charset, reports presented as text."""

import base64
from typing import Any

import pytest

from relais.ingest.normalise.documents import attachment_text
from relais.ingest.normalise.medication import normalise_medication
from relais.ingest.normalise.people import identifier_kind, normalise_patient
from relais.ingest.normalise.results import normalise_observation, normalise_report


def _observation(quantity: dict[str, Any]) -> dict[str, Any]:
    return {
        "resourceType": "Observation",
        "id": "o1",
        "status": "final",
        "code": {"text": "CRP"},
        "valueQuantity": quantity,
    }


@pytest.mark.parametrize(
    ("quantity", "number", "text"),
    [
        ({"value": 5, "unit": "mg/L"}, 5.0, None),
        ({"value": 5, "comparator": "<", "unit": "mg/L"}, None, "< 5"),
        ({"value": 0.5, "comparator": "<=", "unit": "mg/dL"}, None, "<= 0,5"),
        ({"value": 90, "comparator": ">", "unit": "mL/min/{1.73_m2}"}, None, "> 90"),
    ],
)
def test_a_censored_result_is_not_read_as_a_plain_number(
    quantity: dict[str, Any], number: float | None, text: str | None
) -> None:
    [(_, row)] = normalise_observation(_observation(quantity), {})
    assert (row["value_num"], row["value_text"], row["value_unit"]) == (
        number,
        text,
        quantity["unit"],
    )


@pytest.mark.parametrize(
    ("dosage", "frequency"),
    [
        ({"timing": {"repeat": {"frequency": 1, "period": 6, "periodUnit": "h"}}}, "1/6 h"),
        (
            {
                "timing": {"repeat": {"frequency": 1, "period": 6, "periodUnit": "h"}},
                "asNeededBoolean": True,
            },
            "1/6 h PRN",
        ),
        ({"text": "bei Bedarf", "asNeededBoolean": True}, "PRN"),
        ({"asNeededCodeableConcept": {"text": "douleur"}}, "PRN"),
        ({"asNeededBoolean": False}, None),
    ],
)
def test_a_dose_taken_as_needed_is_marked(dosage: dict[str, Any], frequency: str | None) -> None:
    raw = {
        "resourceType": "MedicationRequest",
        "id": "m1",
        "status": "active",
        "intent": "order",
        "medicationCodeableConcept": {"text": "paracétamol 1 g"},
        "dosageInstruction": [dosage],
    }
    [(_, row)] = normalise_medication(raw, {})
    assert row["frequency"] == frequency


@pytest.mark.parametrize(
    ("identifier", "kind"),
    [
        (
            {
                "type": {"coding": [{"code": "SS"}]},
                "system": "http://hl7.org/fhir/sid/us-ssn",
                "value": "999-58-1234",
            },
            "other",
        ),
        ({"type": {"coding": [{"code": "NH"}]}, "value": "1 84 12 76 451 089 46"}, "NIR"),
        ({"type": {"coding": [{"code": "SS"}]}, "value": "2840275123456"}, "NIR"),
        ({"system": "urn:oid:1.2.250.1.213.1.4.8", "value": "241062912345678"}, "INS-NIR"),
        ({"type": {"coding": [{"code": "MR"}]}, "value": "7f4e8e49"}, "IPP"),
    ],
)
def test_only_a_french_social_security_number_is_called_nir(
    identifier: dict[str, Any], kind: str
) -> None:
    assert identifier_kind(identifier) == kind


@pytest.mark.parametrize(
    ("content_type", "payload", "text"),
    [
        ("text/plain", "Müller, né à Brest".encode(), "Müller, né à Brest"),
        ("text/plain", "Müller, né à Brest".encode("latin-1"), "Müller, né à Brest"),
        ("text/plain; charset=iso-8859-1", "Lüdenscheidt".encode("latin-1"), "Lüdenscheidt"),
        ("text/plain; charset=utf-8", "œdème".encode(), "œdème"),
    ],
)
def test_a_note_sent_in_latin_1_without_its_charset_keeps_its_accents(
    content_type: str, payload: bytes, text: str
) -> None:
    attachment = {"contentType": content_type, "data": base64.b64encode(payload).decode()}
    assert attachment_text(attachment) == text


def test_a_report_presented_as_text_is_a_readable_document() -> None:
    summary = "Discharge summary: community-acquired pneumonia, no chest pain."
    raw = {
        "resourceType": "DiagnosticReport",
        "id": "dr1",
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "18842-5"}], "text": "CRH"},
        "subject": {"reference": "Patient/p1"},
        "issued": "2026-10-18T13:40:10-04:00",
        "presentedForm": [
            {"contentType": "text/plain", "data": base64.b64encode(summary.encode()).decode()}
        ],
    }
    rows = normalise_report(raw, {})
    [(table, document)] = [(t, r) for t, r in rows if t.name == "documents"]
    assert (document["resource_type"], document["patient_id"], document["text"]) == (
        "DiagnosticReport",
        "p1",
        summary,
    )
    assert document["title"] == "CRH" and document["type_code"] == "18842-5"


@pytest.mark.parametrize(
    ("text", "family", "given"),
    [
        ("Mme Odette FAURE", "FAURE", "Odette"),
        ("Jean-Pierre LE GOFF", "LE GOFF", "Jean-Pierre"),
        ("Dr. Anne MORVAN", "MORVAN", "Anne"),
        ("M. DUPONT", "DUPONT", None),
        ("Karim Benali", "Karim Benali", None),
    ],
)
def test_a_name_sent_only_as_text(text: str, family: str, given: str | None) -> None:
    raw = {"resourceType": "Patient", "id": "p1", "name": [{"text": text}]}
    [(_, row), *_] = normalise_patient(raw, {})
    assert (row["family"], row["given"]) == (family, given)


@pytest.mark.parametrize(
    ("stated", "precision"), [("1938", "year"), ("1938-03", "month"), ("1938-03-05", None)]
)
def test_a_partial_birth_date_keeps_its_precision(stated: str, precision: str | None) -> None:
    [(_, row), *_] = normalise_patient(
        {"resourceType": "Patient", "id": "p", "birthDate": stated}, {}
    )
    assert row["birth_date"].year == 1938
    assert row["birth_precision"] == precision
