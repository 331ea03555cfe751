"""Encounter → stays: class, period, service, PMSI admission and discharge modes, NDA."""

from collections.abc import Mapping

from sqlalchemy import Table

from relais.ingest.model import as_object
from relais.ingest.normalise.fhir import JsonObject, code_of, first, label, labels, period, ref_id
from relais.ingest.normalise.people import identifier_kind, identifiers
from relais.store.tables import encounters

Row = tuple[Table, JsonObject]


def _service(raw: JsonObject) -> str | None:
    """The care unit: serviceType, else the service provider's or location's display, else type."""
    location = first(raw.get("location")) or {}
    candidates = [
        label(raw.get("serviceType")),
        (raw.get("serviceProvider") or {}).get("display"),
        (location.get("location") or {}).get("display"),
        label(first(raw.get("type"))),
    ]
    return next((str(c) for c in candidates if c), None)


def _attending(raw: JsonObject, refs: Mapping[str, str]) -> str | None:
    participants = [p for p in raw.get("participant", []) if isinstance(p, dict)]
    participants.sort(key=lambda p: 0 if code_of(p.get("type")) in ("ATND", "PPRF") else 1)
    for participant in participants:
        found = ref_id(participant.get("individual"), refs, "Practitioner", "PractitionerRole")
        if found:
            return found
    return None


def _nda(raw: JsonObject) -> str | None:
    found = identifiers(raw)
    preferred = [i for i in found if identifier_kind(i) == "NDA"] or found
    return str(preferred[0]["value"]) if preferred else None


def normalise_encounter(raw: JsonObject, refs: Mapping[str, str]) -> list[Row]:
    start, end = period(raw.get("period"))
    stay_class = as_object(raw.get("class"))
    hospitalisation = raw.get("hospitalization") or {}
    location = first(raw.get("location")) or {}
    row = {
        "fhir_id": raw["id"],
        "patient_id": ref_id(raw.get("subject"), refs, "Patient"),
        "status": raw.get("status"),
        "class_code": stay_class.get("code"),
        "type": labels(raw.get("type")),
        "start": start,
        "end": end,
        "service": _service(raw),
        "service_organization_id": ref_id(raw.get("serviceProvider"), refs, "Organization"),
        "location_id": ref_id(location.get("location"), refs, "Location"),
        "admit_source_code": code_of(hospitalisation.get("admitSource")),
        "admit_source": label(hospitalisation.get("admitSource")),
        "discharge_code": code_of(hospitalisation.get("dischargeDisposition")),
        "discharge": label(hospitalisation.get("dischargeDisposition")),
        "nda": _nda(raw),
        "attending_id": _attending(raw, refs),
        "part_of_id": ref_id(raw.get("partOf"), refs, "Encounter"),
        "reason": labels(raw.get("reasonCode")),
    }
    return [(encounters, row)]
