"""A drafted document as a FHIR R4 document Bundle: the Composition first, then the resources
it references (patient, stay, physicians, hospital and the source of every section entry),
taken verbatim from the stored record."""

import uuid
from collections.abc import Iterable
from html import escape
from typing import Any

from sqlalchemy import Connection, select, tuple_

from relais.store.tables import fhir_resources

LOINC = "http://loinc.org"
DEFAULT_BASE = "http://relais.invalid/fhir"  # a hospital sets its own FHIR base URL
AI_TAG = {
    "system": "http://terminology.hl7.org/CodeSystem/v3-ObservationValue",
    "code": "AIAST",
    "display": "Artificial Intelligence asserted",
}
EMPTY = {
    "coding": [
        {
            "system": "http://terminology.hl7.org/CodeSystem/list-empty-reason",
            "code": "nilknown",
            "display": "Nil Known",
        }
    ]
}


def _ref(source: str) -> tuple[str, str]:
    resource_type, _, rest = source.partition("/")
    return resource_type, rest.split("#", 1)[0]


def _section_sources(section: dict[str, Any]) -> list[str]:
    found: list[str] = []
    for item in section.get("items", []):
        found += [item["source"]] if "source" in item else list(item.get("sources", []))
    return list(dict.fromkeys(found))


def _div(section: dict[str, Any]) -> str:
    lines = []
    if section.get("generated"):
        lines.append(f"<p>{escape(section.get('text') or '')}</p>")
    items = [i for i in section.get("items", []) if i.get("text")]
    if items:
        lines.append("<ul>" + "".join(f"<li>{escape(i['text'])}</li>" for i in items) + "</ul>")
    elif not section.get("generated"):
        lines.append(f"<p>{escape(section.get('text') or '')}</p>")
    return f'<div xmlns="http://www.w3.org/1999/xhtml">{"".join(lines)}</div>'


def _stored(conn: Connection, refs: Iterable[tuple[str, str]]) -> dict[tuple[str, str], Any]:
    wanted = list(dict.fromkeys(refs))
    found: dict[tuple[str, str], Any] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        rows = conn.execute(
            select(
                fhir_resources.c.resource_type, fhir_resources.c.fhir_id, fhir_resources.c.content
            ).where(tuple_(fhir_resources.c.resource_type, fhir_resources.c.fhir_id).in_(chunk))
        )
        found.update({(r.resource_type, r.fhir_id): r.content for r in rows})
    return found


def composition(document: dict[str, Any], present: set[tuple[str, str]]) -> dict[str, Any]:
    """The Composition; section entries reference only resources the Bundle carries."""
    patient = document["patient"]["id"]
    author = document.get("author")
    hospital = document.get("hospital") or {}
    sections = []
    for section in document["sections"]:
        entries = [
            {"reference": f"{t}/{i}"}
            for t, i in map(_ref, _section_sources(section))
            if (t, i) in present
        ]
        found: dict[str, Any] = {
            "title": section["title"],
            "code": {
                "coding": [{"system": LOINC, "code": section["code"], "display": section["title"]}]
            },
            "text": {"status": "generated", "div": _div(section)},
        }
        if entries:
            found["entry"] = entries
        elif not section.get("generated"):
            found["emptyReason"] = EMPTY
        sections.append(found)
    result: dict[str, Any] = {
        "resourceType": "Composition",
        "id": document.get("id") or str(uuid.uuid4()),
        "meta": {"security": [AI_TAG]} if document["status"] != "signed" else {},
        "status": "final" if document["status"] == "signed" else "preliminary",
        "type": {
            "coding": [{"system": LOINC, "code": document["code"], "display": document["title"]}]
        },
        "subject": {"reference": f"Patient/{patient}"},
        "date": document["created_at"],
        "author": (
            [{"reference": f"Practitioner/{author['id']}", "display": author["name"]}]
            if author
            else [{"display": hospital.get("name") or "Établissement"}]
        ),
        "title": document["title"],
        "section": sections,
    }
    if not result["meta"]:
        del result["meta"]
    stay = document.get("stay")
    if stay:
        result["encounter"] = {"reference": f"Encounter/{stay['id']}"}
    if hospital.get("id") and ("Organization", hospital["id"]) in present:
        result["custodian"] = {"reference": f"Organization/{hospital['id']}"}
    return result


def document_bundle(
    conn: Connection, document: dict[str, Any], *, base_url: str = DEFAULT_BASE
) -> dict[str, Any]:
    people = [document.get("author"), document.get("referrer"), *document.get("recipients", [])]
    refs = [("Patient", document["patient"]["id"])]
    refs += [("Practitioner", p["id"]) for p in people if p]
    if document.get("hospital") and document["hospital"].get("id"):
        refs.append(("Organization", document["hospital"]["id"]))
    if document.get("stay"):
        refs.append(("Encounter", document["stay"]["id"]))
    for section in document["sections"]:
        refs += [_ref(s) for s in _section_sources(section)]
    stored = _stored(conn, refs)
    comp = composition(document, set(stored))
    entries = [{"fullUrl": f"{base_url}/Composition/{comp['id']}", "resource": comp}]
    entries += [
        {"fullUrl": f"{base_url}/{t}/{i}", "resource": content}
        for (t, i), content in stored.items()
    ]
    return {
        "resourceType": "Bundle",
        "id": str(uuid.uuid4()),
        "identifier": {"system": "urn:ietf:rfc:3986", "value": f"urn:uuid:{uuid.uuid4()}"},
        "type": "document",
        "timestamp": document["created_at"],
        "entry": entries,
    }
