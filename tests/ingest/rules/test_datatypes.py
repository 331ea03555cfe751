"""Data-type rules: per-1, Coding/Identifier systems, attachments, base64, markdown."""

from typing import Any

import pytest

from relais.ingest.rules.datatypes import compare_datetimes
from tests.ingest.rules.helpers import errors, observation, sejour, warnings

PERIODS = [
    ({"start": "2024-03-12T14:30:00+01:00", "end": "2024-03-18T11:00:00+01:00"}, []),
    ({"start": "2024-03-18T11:00:00+01:00", "end": "2024-03-12T14:30:00+01:00"}, ["after"]),
    ({"start": "2024-03-12", "end": "2024-03-18"}, []),
    ({"start": "2024-03-12", "end": "2024-03-12T06:20:00Z"}, ["precisions"]),
    ({"start": "2024-03-11", "end": "2024-03-12T06:20:00Z"}, []),
    (
        {"start": "2024-03-12T10:00:00+01:00", "end": "2024-03-12T09:30:00Z"},
        [],
    ),  # 09:00Z before 09:30Z
    ({"start": "2024-03-12"}, []),
]


@pytest.mark.parametrize(("period", "expected"), PERIODS)
def test_per_1_on_the_stay_period(period: dict[str, str], expected: list[str]) -> None:
    found = [i.message for i in errors(sejour(period=period))]
    assert len(found) == len(expected)
    for message, word in zip(found, expected, strict=True):
        assert word in message and message.startswith("per-1")


COMPARISONS = [
    ("2024-03-12", "2024-03-13", -1),
    ("2024-03", "2024-03-13", None),
    ("2024-02", "2024-03-13", -1),
    ("2024-03-12T10:00:00Z", "2024-03-12T11:00:00+01:00", 0),
]


@pytest.mark.parametrize(("first", "second", "expected"), COMPARISONS)
def test_fhirpath_like_comparison(first: str, second: str, expected: int | None) -> None:
    assert compare_datetimes(first, second) == expected


SYSTEMS = [
    ({"system": "http://loinc.org", "code": "8867-4"}, None),
    ({"system": "urn:oid:1.2.250.1.213.2.5", "code": "X"}, None),
    ({"system": "local", "code": "FC"}, "absolute URI"),
    ({"system": "#cs", "code": "FC"}, "absolute URI"),
    ({"system": "http://hl7.org/fhir/ValueSet/measure-type", "code": "x"}, "is a ValueSet"),
    ({"system": "urn:uuid:123", "code": "x"}, "not a valid urn:uuid"),
]


@pytest.mark.parametrize(("coding", "expected"), SYSTEMS)
def test_coding_system(coding: dict[str, str], expected: str | None) -> None:
    found = [i.message for i in errors(observation(coding)) if i.path.endswith(".system")]
    assert found == [] if expected is None else expected in found[0]


def test_identifier_system_is_absolute() -> None:
    patient = {"resourceType": "Patient", "identifier": [{"system": "IPP", "value": "123"}]}
    assert errors(patient)[0].path == "Patient.identifier[0].system"


ATTACHMENTS: list[tuple[dict[str, Any], str | None]] = [
    ({"contentType": "text/plain", "data": "Q1JIIFJlaW1z", "size": 9}, None),
    ({"contentType": "text/plain", "data": "Q1JIIFJlaW1z", "size": 100}, "does not match"),
    ({"contentType": "text/plain", "data": "..."}, "not valid base64"),
    ({"contentType": "text/plain", "data": "Q1JI\nIFJl aW1z"}, None),
]


@pytest.mark.parametrize(("attachment", "expected"), ATTACHMENTS)
def test_attachment(attachment: dict[str, Any], expected: str | None) -> None:
    report = {
        "resourceType": "DocumentReference",
        "status": "current",
        "content": [{"attachment": attachment}],
    }
    found = [i.message for i in errors(report)]
    assert found == [] if expected is None else expected in found[0]


def test_strings_over_one_megabyte_are_refused() -> None:
    patient = {"resourceType": "Patient", "name": [{"family": "D" * (1024 * 1024 + 1)}]}
    assert "1 MB" in errors(patient)[0].message


MARKDOWN = [
    ("Patient **allergique** à la pénicilline", 0),
    ("Voir <b>compte rendu</b> du 12/03", 1),
    ("Glycémie < 7 mmol/l", 0),
]


@pytest.mark.parametrize(("text", "expected"), MARKDOWN)
def test_markdown_with_html_is_a_warning(text: str, expected: int) -> None:
    note = {
        "resourceType": "Communication",
        "status": "completed",
        "note": [{"text": text}],
    }
    assert errors(note) == []
    assert len([w for w in warnings(note) if "markdown" in w.message]) == expected
