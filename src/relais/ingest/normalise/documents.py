"""DocumentReference attachments and Composition sections → readable document text.

Attachment data is base64; its charset comes from the content type (UTF-8 by default, else
Windows-1252 when the bytes are not UTF-8). HTML
and XHTML are reduced to their visible text: markup is never stored for display.
"""

import base64
import binascii
from collections.abc import Iterator, Mapping
from typing import Any

from sqlalchemy import Table

from relais.ingest.normalise.fhir import JsonObject, coded, first, label, plain_text, ref_id, when
from relais.store.tables import documents

Row = tuple[Table, JsonObject]
TEXT_TYPES = ("text/", "application/xhtml", "application/json", "application/fhir")


def attachment_text(attachment: JsonObject) -> str | None:
    """The attachment's text when it is textual and inline, else None."""
    content_type = str(attachment.get("contentType") or "text/plain")
    data = attachment.get("data")
    if not isinstance(data, str) or not content_type.lower().startswith(TEXT_TYPES):
        return None
    try:
        payload = base64.b64decode(data, validate=False)
    except (binascii.Error, ValueError):
        return None
    charset = None
    for parameter in content_type.split(";")[1:]:
        name, _, value = parameter.strip().partition("=")
        if name.lower() == "charset" and value:
            charset = value.strip('"')
    text = _decoded(payload, charset)
    if "html" in content_type.lower():
        return plain_text(text)
    return text


def _decoded(payload: bytes, charset: str | None) -> str:
    """The text in its declared charset; undeclared, UTF-8, else Windows-1252 (what Latin-1
    systems send without saying: "M\xfcller" is "Müller", not "M�ller")."""
    if charset is not None:
        try:
            return payload.decode(charset, errors="replace")
        except LookupError:
            pass
    try:
        return payload.decode("utf-8")
    except UnicodeDecodeError:
        return payload.decode("cp1252", errors="replace")


def normalise_document_reference(raw: JsonObject, refs: Mapping[str, str]) -> list[Row]:
    context = raw.get("context") or {}
    common = {
        "fhir_id": raw["id"],
        "resource_type": raw["resourceType"],
        "patient_id": ref_id(raw.get("subject"), refs, "Patient"),
        "encounter_id": ref_id(first(context.get("encounter")), refs, "Encounter"),
        "status": raw.get("docStatus") or raw.get("status"),
        **coded(raw.get("type"), "type_"),
        "date": when(raw.get("date")) or first([when(p) for p in _period_start(context)]),
        "author_id": ref_id(first(raw.get("author")), refs, "Practitioner", "PractitionerRole"),
    }
    rows: list[Row] = []
    for index, content in enumerate(raw.get("content", [])):
        attachment = content.get("attachment") or {} if isinstance(content, dict) else {}
        row = {
            **common,
            "part": index,
            "title": attachment.get("title") or raw.get("description") or label(raw.get("type")),
            "content_type": attachment.get("contentType"),
            "text": attachment_text(attachment),
            "url": attachment.get("url"),
        }
        rows.append((documents, row))
    return rows


def _period_start(context: JsonObject) -> list[Any]:
    value = (context.get("period") or {}).get("start")
    return [value] if value else []


def _sections(sections: Any, depth: int = 0) -> Iterator[JsonObject]:
    for section in sections if isinstance(sections, list) else []:
        if isinstance(section, dict):
            yield section
            yield from _sections(section.get("section"), depth + 1)


def normalise_composition(raw: JsonObject, refs: Mapping[str, str]) -> list[Row]:
    common = {
        "fhir_id": raw["id"],
        "resource_type": raw["resourceType"],
        "patient_id": ref_id(raw.get("subject"), refs, "Patient"),
        "encounter_id": ref_id(raw.get("encounter"), refs, "Encounter"),
        "status": raw.get("status"),
        **coded(raw.get("type"), "type_"),
        "date": when(raw.get("date")),
        "author_id": ref_id(first(raw.get("author")), refs, "Practitioner", "PractitionerRole"),
        "content_type": "text/plain",
        "url": None,
    }
    rows: list[Row] = []
    for index, section in enumerate(_sections(raw.get("section"))):
        div = (section.get("text") or {}).get("div")
        title = section.get("title") or label(section.get("code"))
        text = plain_text(div) if isinstance(div, str) else None
        rows.append((documents, {**common, "part": index, "title": title, "text": text}))
    if not rows:
        rows.append((documents, {**common, "part": 0, "title": raw.get("title"), "text": None}))
    return rows
