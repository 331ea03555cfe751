"""Resource type → normaliser. Types without one are stored raw only, never rejected."""

from collections.abc import Callable, Mapping

from sqlalchemy import Table

from relais.ingest.normalise.care import (
    normalise_appointment,
    normalise_care_plan,
    normalise_service_request,
)
from relais.ingest.normalise.clinical import (
    normalise_allergy,
    normalise_condition,
    normalise_device,
    normalise_procedure,
)
from relais.ingest.normalise.documents import normalise_composition, normalise_document_reference
from relais.ingest.normalise.encounter import normalise_encounter
from relais.ingest.normalise.fhir import JsonObject
from relais.ingest.normalise.medication import normalise_medication
from relais.ingest.normalise.people import (
    normalise_organization,
    normalise_patient,
    normalise_practitioner,
)
from relais.ingest.normalise.results import normalise_observation, normalise_report

Row = tuple[Table, JsonObject]
Normaliser = Callable[[JsonObject, Mapping[str, str]], list[Row]]

NORMALISERS: dict[str, Normaliser] = {
    "Patient": normalise_patient,
    "Practitioner": normalise_practitioner,
    "Organization": normalise_organization,
    "Encounter": normalise_encounter,
    "Condition": normalise_condition,
    "AllergyIntolerance": normalise_allergy,
    "Procedure": normalise_procedure,
    "Device": normalise_device,
    "MedicationRequest": normalise_medication,
    "MedicationStatement": normalise_medication,
    "MedicationAdministration": normalise_medication,
    "MedicationDispense": normalise_medication,
    "Observation": normalise_observation,
    "DiagnosticReport": normalise_report,
    "DocumentReference": normalise_document_reference,
    "Composition": normalise_composition,
    "Appointment": normalise_appointment,
    "CarePlan": normalise_care_plan,
    "ServiceRequest": normalise_service_request,
}


def normalise(raw: JsonObject, refs: Mapping[str, str]) -> list[Row]:
    """Normalised rows for one validated resource (empty for raw-only types)."""
    normaliser = NORMALISERS.get(raw["resourceType"])
    return normaliser(raw, refs) if normaliser else []
