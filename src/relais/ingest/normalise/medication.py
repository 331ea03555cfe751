"""MedicationRequest / Statement / Administration / Dispense → medication lines.

One row per resource, read from its first dosage: substance or product codes, dose, route,
frequency, period and duration, status and reasons (stop reason included). A drug named by
``medicationReference`` takes the code of a contained Medication (``#med1``) here; one stored
apart is copied in by the writer (``relais.ingest.medication_names``).
"""

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Table

from relais.ingest.normalise.fhir import (
    JsonObject,
    code_of,
    coded,
    first,
    label,
    labels,
    period,
    quantity,
    ref_id,
    when,
)
from relais.store.tables import medication_lines

Row = tuple[Table, JsonObject]

KINDS = {
    "MedicationRequest": "request",
    "MedicationStatement": "statement",
    "MedicationAdministration": "administration",
    "MedicationDispense": "dispense",
}
UNITS_FR = {"s": "s", "min": "min", "h": "h", "d": "j", "wk": "sem", "mo": "mois", "a": "an"}


def frequency(timing: Any) -> str | None:
    """A compact schedule such as ``3/j`` or ``1/12 h`` or ``toutes les 8 h``."""
    if not isinstance(timing, dict):
        return None
    repeat = timing.get("repeat") or {}
    count = repeat.get("frequency")
    every = repeat.get("period")
    unit = UNITS_FR.get(repeat.get("periodUnit", ""), repeat.get("periodUnit"))
    when_codes = repeat.get("when") or []
    parts = []
    if count is not None and every is not None:
        parts.append(f"{count}/{unit}" if every == 1 else f"{count}/{every} {unit}")
    if when_codes:
        parts.append(",".join(str(w) for w in when_codes))
    return " ".join(parts) or label(timing.get("code"))


def _as_needed(schedule: str | None, dosage: JsonObject) -> str | None:
    """The schedule marked ``PRN`` when the dosage says it is taken as needed."""
    if dosage.get("asNeededBoolean") is True or isinstance(
        dosage.get("asNeededCodeableConcept"), dict
    ):
        return f"{schedule} PRN" if schedule else "PRN"
    return schedule


def _duration(dosage: JsonObject, raw: JsonObject) -> str | None:
    repeat = (dosage.get("timing") or {}).get("repeat") or {}
    bounds = repeat.get("boundsDuration") or (raw.get("dispenseRequest") or {}).get(
        "expectedSupplyDuration"
    )
    value, unit = quantity(bounds)
    if value is None:
        return None
    number = int(value) if value.is_integer() else value
    return f"{number} {unit}" if unit else str(number)


def _dosage(raw: JsonObject) -> JsonObject:
    dosage = raw.get("dosage")
    if isinstance(dosage, dict):  # MedicationAdministration.dosage is a single object
        return dosage
    return first(raw.get("dosageInstruction")) or first(dosage) or {}


def _dose(dosage: JsonObject) -> tuple[float | None, str | None]:
    if "dose" in dosage:  # MedicationAdministration
        return quantity(dosage.get("dose"))
    rate = first(dosage.get("doseAndRate")) or {}
    if "doseQuantity" in rate:
        return quantity(rate["doseQuantity"])
    low, unit = quantity((rate.get("doseRange") or {}).get("low"))
    return low, unit


def _period(raw: JsonObject, dosage: JsonObject) -> tuple[Any, Any]:
    for candidate in (
        raw.get("effectivePeriod"),
        ((dosage.get("timing") or {}).get("repeat") or {}).get("boundsPeriod"),
        (raw.get("dispenseRequest") or {}).get("validityPeriod"),
    ):
        start, end = period(candidate)
        if start or end:
            return start, end
    moment = when(raw.get("effectiveDateTime")) or when(raw.get("whenHandedOver"))
    return moment, None


def medication_concept(medication: Any) -> Any:
    """The CodeableConcept naming a Medication resource: its code, else its ingredients."""
    if not isinstance(medication, dict):
        return None
    code = medication.get("code")
    if isinstance(code, dict) and (code.get("text") or code.get("coding")):
        return code
    items: list[JsonObject] = [
        i["itemCodeableConcept"]
        for i in medication.get("ingredient") or []
        if isinstance(i, dict) and isinstance(i.get("itemCodeableConcept"), dict)
    ]
    if not items:
        return code
    names = [label(item) for item in items]
    return {
        "coding": [c for item in items for c in item.get("coding") or []],
        "text": " + ".join(n for n in names if n) or None,
    }


def _contained(raw: JsonObject) -> Any:
    """The contained Medication that ``medicationReference`` points at (``#id``), if any."""
    reference = (raw.get("medicationReference") or {}).get("reference")
    if not isinstance(reference, str) or not reference.startswith("#"):
        return None
    for resource in raw.get("contained") or []:
        if isinstance(resource, dict) and resource.get("id") == reference[1:]:
            return resource if resource.get("resourceType") == "Medication" else None
    return None


def normalise_medication(raw: JsonObject, refs: Mapping[str, str]) -> list[Row]:
    dosage = _dosage(raw)
    dose_value, dose_unit = _dose(dosage)
    start, end = _period(raw, dosage)
    reasons = labels(raw.get("reasonCode")) or "; ".join(
        str(r.get("display")) for r in raw.get("reasonReference", []) if r.get("display")
    )
    status_reason = raw.get("statusReason")
    row = {
        "fhir_id": raw["id"],
        "kind": KINDS[raw["resourceType"]],
        "patient_id": ref_id(raw.get("subject"), refs, "Patient"),
        "encounter_id": ref_id(raw.get("encounter") or raw.get("context"), refs, "Encounter"),
        "status": raw.get("status"),
        "status_reason": labels(status_reason),
        "category": code_of(raw.get("category")),
        "intent": raw.get("intent"),
        **coded(raw.get("medicationCodeableConcept") or medication_concept(_contained(raw))),
        "medication_id": ref_id(raw.get("medicationReference"), refs, "Medication"),
        "dose_value": dose_value,
        "dose_unit": dose_unit,
        "route": label(dosage.get("route")),
        "frequency": _as_needed(frequency(dosage.get("timing")), dosage),
        "dosage_text": dosage.get("text"),
        "start": start,
        "end": end,
        "duration": _duration(dosage, raw),
        "reason": reasons or None,
        "recorded": when(raw.get("authoredOn") or raw.get("dateAsserted")),
    }
    if row["text"] is None:
        row["text"] = (raw.get("medicationReference") or {}).get("display")
    return [(medication_lines, row)]
