"""Appointment, CarePlan and ServiceRequest → follow-up items (suites à donner)."""

from collections.abc import Mapping

from sqlalchemy import Table

from relais.ingest.normalise.fhir import JsonObject, coded, first, period, ref_id, when
from relais.store.tables import care_items

Row = tuple[Table, JsonObject]


def normalise_appointment(raw: JsonObject, refs: Mapping[str, str]) -> list[Row]:
    actors = [p.get("actor") for p in raw.get("participant", []) if isinstance(p, dict)]
    concept = first(raw.get("serviceType")) or raw.get("appointmentType")
    row = {
        "fhir_id": raw["id"],
        "kind": "appointment",
        "patient_id": next((i for a in actors if (i := ref_id(a, refs, "Patient"))), None),
        "encounter_id": None,
        "status": raw.get("status"),
        **coded(concept),
        "description": raw.get("description") or raw.get("comment"),
        "start": when(raw.get("start")),
        "end": when(raw.get("end")),
        "practitioner_id": next(
            (i for a in actors if (i := ref_id(a, refs, "Practitioner", "PractitionerRole"))), None
        ),
    }
    return [(care_items, row)]


def normalise_care_plan(raw: JsonObject, refs: Mapping[str, str]) -> list[Row]:
    start, end = period(raw.get("period"))
    common = {
        "fhir_id": raw["id"],
        "patient_id": ref_id(raw.get("subject"), refs, "Patient"),
        "encounter_id": ref_id(raw.get("encounter"), refs, "Encounter"),
    }
    rows: list[Row] = [
        (
            care_items,
            {
                **common,
                "kind": "careplan",
                "status": raw.get("status"),
                **coded(first(raw.get("category"))),
                "description": raw.get("title") or raw.get("description"),
                "start": start,
                "end": end,
                "practitioner_id": ref_id(raw.get("author"), refs, "Practitioner"),
            },
        )
    ]
    for activity in raw.get("activity", []):
        detail = activity.get("detail") if isinstance(activity, dict) else None
        if not isinstance(detail, dict):
            continue
        a_start, a_end = period(detail.get("scheduledPeriod"))
        row = {
            **common,
            "kind": "careplan-activity",
            "status": detail.get("status"),
            **coded(detail.get("code")),
            "description": detail.get("description") or detail.get("scheduledString"),
            "start": a_start,
            "end": a_end,
            "practitioner_id": ref_id(first(detail.get("performer")), refs, "Practitioner"),
        }
        rows.append((care_items, row))
    return rows


def normalise_service_request(raw: JsonObject, refs: Mapping[str, str]) -> list[Row]:
    start, end = period(raw.get("occurrencePeriod"))
    row = {
        "fhir_id": raw["id"],
        "kind": "service-request",
        "patient_id": ref_id(raw.get("subject"), refs, "Patient"),
        "encounter_id": ref_id(raw.get("encounter"), refs, "Encounter"),
        "status": raw.get("status"),
        **coded(raw.get("code")),
        "description": first([n.get("text") for n in raw.get("note", []) if isinstance(n, dict)]),
        "start": when(raw.get("occurrenceDateTime")) or start,
        "end": end,
        "practitioner_id": ref_id(first(raw.get("performer")), refs, "Practitioner"),
    }
    return [(care_items, row)]
