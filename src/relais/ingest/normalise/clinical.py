"""Condition, AllergyIntolerance, Procedure, Device → problem, allergy, procedure, device tables."""

from collections.abc import Mapping

from sqlalchemy import Table

from relais.ingest.normalise.fhir import (
    JsonObject,
    code_of,
    coded,
    first,
    label,
    labels,
    period,
    ref_id,
    when,
)
from relais.store.tables import allergies, conditions, devices, procedures

Row = tuple[Table, JsonObject]


def _onset(raw: JsonObject, prefix: str) -> JsonObject | None:
    for suffix in ("DateTime", "Period", "Age", "String", "Range"):
        value = raw.get(f"{prefix}{suffix}")
        if value is not None:
            if suffix == "DateTime":
                return {"at": when(value)}
            if suffix == "Period":
                return {"at": period(value)[0]}
            return {"at": None}
    return None


def normalise_condition(raw: JsonObject, refs: Mapping[str, str]) -> list[Row]:
    onset = _onset(raw, "onset") or {}
    abatement = _onset(raw, "abatement") or {}
    row = {
        "fhir_id": raw["id"],
        "patient_id": ref_id(raw.get("subject"), refs, "Patient"),
        "encounter_id": ref_id(raw.get("encounter"), refs, "Encounter"),
        "category": code_of(raw.get("category")),
        **coded(raw.get("code")),
        "clinical_status": code_of(raw.get("clinicalStatus")),
        "verification_status": code_of(raw.get("verificationStatus")),
        "onset": onset.get("at"),
        "abatement": abatement.get("at"),
        "recorded": when(raw.get("recordedDate")),
    }
    return [(conditions, row)]


def normalise_allergy(raw: JsonObject, refs: Mapping[str, str]) -> list[Row]:
    reactions = [r for r in raw.get("reaction", []) if isinstance(r, dict)]
    manifestations = [labels(r.get("manifestation")) or r.get("description") for r in reactions]
    category = raw.get("category")
    row = {
        "fhir_id": raw["id"],
        "patient_id": ref_id(raw.get("patient"), refs, "Patient"),
        **coded(raw.get("code")),
        "category": first(category) if isinstance(category, list) else None,
        "criticality": raw.get("criticality"),
        "clinical_status": code_of(raw.get("clinicalStatus")),
        "verification_status": code_of(raw.get("verificationStatus")),
        "reaction": "; ".join(str(m) for m in manifestations if m) or None,
        "onset": (_onset(raw, "onset") or {}).get("at"),
    }
    if row["text"] is None and reactions:
        row["text"] = label(reactions[0].get("substance"))
    return [(allergies, row)]


def normalise_procedure(raw: JsonObject, refs: Mapping[str, str]) -> list[Row]:
    start, end = period(raw.get("performedPeriod"))
    performed = when(raw.get("performedDateTime"))
    row = {
        "fhir_id": raw["id"],
        "patient_id": ref_id(raw.get("subject"), refs, "Patient"),
        "encounter_id": ref_id(raw.get("encounter"), refs, "Encounter"),
        "status": raw.get("status"),
        **coded(raw.get("code")),
        "performed_start": performed or start,
        "performed_end": end,
        "outcome": label(raw.get("outcome")),
        "complication": labels(raw.get("complication")),
    }
    return [(procedures, row)]


def normalise_device(raw: JsonObject, refs: Mapping[str, str]) -> list[Row]:
    udi = first(raw.get("udiCarrier")) or {}
    name = first(raw.get("deviceName")) or {}
    row = {
        "fhir_id": raw["id"],
        "patient_id": ref_id(raw.get("patient"), refs, "Patient"),
        "status": raw.get("status"),
        **coded(raw.get("type")),
        "udi": udi.get("carrierHRF") or udi.get("deviceIdentifier"),
        "lot": raw.get("lotNumber"),
        "manufacturer": raw.get("manufacturer"),
        "model": name.get("name") or raw.get("modelNumber"),
        "expiry": when(raw.get("expirationDate")),
    }
    if row["text"] is None:
        row["text"] = row["model"]
    return [(devices, row)]
