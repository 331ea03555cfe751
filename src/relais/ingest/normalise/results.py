"""Observation and DiagnosticReport → results (one row per value, components included)."""

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Table

from relais.ingest.model import as_object
from relais.ingest.normalise.documents import attachment_text
from relais.ingest.normalise.fhir import (
    JsonObject,
    code_of,
    coded,
    first,
    label,
    period,
    quantity,
    ref_id,
    when,
)
from relais.store.tables import diagnostic_reports, documents, observations

Row = tuple[Table, JsonObject]


def censored(value: Any) -> str | None:
    """A Quantity with a comparator as the text it means (``< 0,5``): not a plain number."""
    if not isinstance(value, dict) or not value.get("comparator"):
        return None
    number, _ = quantity(value)
    if number is None:
        return None
    shown = f"{number:g}".replace(".", ",")
    return f"{value['comparator']} {shown}"


def _value(element: JsonObject) -> JsonObject:
    number, unit = quantity(element.get("valueQuantity"))
    text: Any = censored(element.get("valueQuantity"))
    if text is not None:
        number = None
    elif number is None:
        if "valueInteger" in element:
            number = float(element["valueInteger"])
        elif "valueCodeableConcept" in element:
            text = label(element["valueCodeableConcept"])
        elif "valueString" in element:
            text = element["valueString"]
        elif "valueBoolean" in element:
            text = "oui" if element["valueBoolean"] else "non"
        elif "valueDateTime" in element:
            text = element["valueDateTime"]
        elif "valueRange" in element:
            low, unit = quantity(element["valueRange"].get("low"))
            high, _ = quantity(element["valueRange"].get("high"))
            text = f"{low}–{high}"
    reference = as_object(next(iter(element.get("referenceRange", [])), None))
    low, _ = quantity(reference.get("low"))
    high, _ = quantity(reference.get("high"))
    absent = label(element.get("dataAbsentReason"))
    return {
        "value_num": number,
        "value_unit": unit,
        "value_text": text if text is not None else absent,
        "ref_low": low,
        "ref_high": high,
        "ref_text": reference.get("text"),
        "interpretation": code_of(element.get("interpretation")),
    }


def normalise_observation(raw: JsonObject, refs: Mapping[str, str]) -> list[Row]:
    effective = (
        when(raw.get("effectiveDateTime"))
        or when(raw.get("effectiveInstant"))
        or period(raw.get("effectivePeriod"))[0]
        or when(raw.get("issued"))
    )
    common = {
        "fhir_id": raw["id"],
        "patient_id": ref_id(raw.get("subject"), refs, "Patient"),
        "encounter_id": ref_id(raw.get("encounter"), refs, "Encounter"),
        "status": raw.get("status"),
        "category": code_of(raw.get("category")),
        "effective": effective,
    }
    rows: list[Row] = [
        (observations, {**common, "component": 0, **coded(raw.get("code")), **_value(raw)})
    ]
    for index, component in enumerate(raw.get("component", []), start=1):
        if isinstance(component, dict):
            row = {
                **common,
                "component": index,
                **coded(component.get("code")),
                **_value(component),
            }
            rows.append((observations, row))
    return rows


def normalise_report(raw: JsonObject, refs: Mapping[str, str]) -> list[Row]:
    results = [ref_id(r, refs, "Observation") for r in raw.get("result", [])]
    row = {
        "fhir_id": raw["id"],
        "patient_id": ref_id(raw.get("subject"), refs, "Patient"),
        "encounter_id": ref_id(raw.get("encounter"), refs, "Encounter"),
        "status": raw.get("status"),
        "category": code_of(raw.get("category")),
        **coded(raw.get("code")),
        "effective": when(raw.get("effectiveDateTime")) or period(raw.get("effectivePeriod"))[0],
        "issued": when(raw.get("issued")),
        "conclusion": raw.get("conclusion"),
        "result_ids": [r for r in results if r] or None,
    }
    return [(diagnostic_reports, row), *_presented(raw, row, refs)]


def _presented(raw: JsonObject, report: JsonObject, refs: Mapping[str, str]) -> list[Row]:
    """The report's ``presentedForm`` attachments as documents (a discharge summary, a
    pathology report sent as text), readable like a DocumentReference's."""
    found: list[Row] = []
    for index, attachment in enumerate(raw.get("presentedForm") or []):
        if not isinstance(attachment, dict):
            continue
        found.append(
            (
                documents,
                {
                    "fhir_id": raw["id"],
                    "part": index,
                    "resource_type": "DiagnosticReport",
                    "patient_id": report["patient_id"],
                    "encounter_id": report["encounter_id"],
                    "status": raw.get("status"),
                    **coded(raw.get("code"), "type_"),
                    "title": attachment.get("title") or label(raw.get("code")),
                    "date": report["issued"] or report["effective"],
                    "author_id": ref_id(
                        first(raw.get("performer")), refs, "Practitioner", "PractitionerRole"
                    ),
                    "content_type": attachment.get("contentType"),
                    "text": attachment_text(attachment),
                    "url": attachment.get("url"),
                },
            )
        )
    return found
