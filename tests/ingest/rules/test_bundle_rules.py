"""Bundle rules: fullUrls, links, search sets, references in documents, narrative links."""

from typing import Any

import pytest

from relais.ingest.rules.bundle_rules import bundle_issues

BASE = "https://hopital.fr/fhir/"
PATIENT = {"resourceType": "Patient", "id": "p1", "name": [{"family": "Dupont"}]}


def bundle(kind: str, *entries: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"resourceType": "Bundle", "type": kind, "entry": list(entries), **extra}


def entry(resource: dict[str, Any], full_url: str | None = None, **extra: Any) -> dict[str, Any]:
    url = full_url or f"{BASE}{resource['resourceType']}/{resource.get('id')}"
    return {"fullUrl": url, "resource": resource, **extra}


def composition(*references: str) -> dict[str, Any]:
    return {
        "resourceType": "Composition",
        "id": "cr-1",
        "status": "final",
        "type": {"text": "Compte rendu d'hospitalisation"},
        "date": "2024-03-18",
        "title": "CRH",
        "subject": {"reference": references[0]},
        "author": [{"reference": r} for r in references[1:]] or [{"display": "Dr Martin"}],
    }


CASES = [
    (bundle("collection", entry(PATIENT)), None),
    (bundle("collection", entry(PATIENT, "Patient/p1")), "absolute URL"),
    (bundle("collection", entry(PATIENT, "urn:uuid:p1")), "not a valid urn:uuid"),
    (
        bundle("searchset", link=[{"relation": "self", "url": "a"}] * 2),
        "'self' can occur once",
    ),
    (
        bundle(
            "searchset",
            entry(PATIENT, search={"mode": "outcome"}),
        ),
        "is an OperationOutcome",
    ),
    (
        bundle(
            "searchset",
            entry({"resourceType": "Patient"}, f"{BASE}x", search={"mode": "match"}),
        ),
        "have ids",
    ),
    (
        bundle(
            "searchset",
            entry(PATIENT, search={"mode": "match"}),
            link=[{"relation": "self", "url": f"{BASE}Encounter?patient=p1"}],
        ),
        "does not match the search",
    ),
    (bundle("document", entry(composition("Patient/p1")), entry(PATIENT)), None),
    (bundle("document", entry(composition("Patient/p2")), entry(PATIENT)), "not in the document"),
    (
        bundle(
            "document",
            entry(composition("Patient/p1")),
            entry({**PATIENT, "meta": {"versionId": "1"}}),
            entry({**PATIENT, "meta": {"versionId": "2"}}),
        ),
        "matches several entries",
    ),
    (
        bundle(
            "document",
            entry(composition("Patient/p1/_history/2")),
            entry({**PATIENT, "meta": {"versionId": "1"}}),
            entry({**PATIENT, "meta": {"versionId": "2"}}),
        ),
        None,
    ),
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_bundle_rules(raw: dict[str, Any], expected: str | None) -> None:
    found = [i.message for i in bundle_issues(raw) if i.severity == "error"]
    assert found == [] if expected is None else expected in found[0]


def test_narrative_link_must_point_into_a_narrative() -> None:
    div = '<div xmlns="http://www.w3.org/1999/xhtml"><p id="allergie-1">Pénicilline</p></div>'
    doc = {**composition("Patient/p1"), "text": {"status": "generated", "div": div}}
    link = "http://hl7.org/fhir/StructureDefinition/narrativeLink"

    def allergy(fragment: str) -> dict[str, Any]:
        return {
            "resourceType": "AllergyIntolerance",
            "id": "a1",
            "patient": {"reference": "Patient/p1"},
            "extension": [{"url": link, "valueUrl": f"{BASE}Composition/cr-1#{fragment}"}],
        }

    good = bundle("document", entry(doc), entry(PATIENT), entry(allergy("allergie-1")))
    bad = bundle("document", entry(doc), entry(PATIENT), entry(allergy("allergie-9")))
    assert bundle_issues(good) == []
    assert "narrativeLink" in bundle_issues(bad)[0].message
