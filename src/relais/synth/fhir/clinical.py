"""Condition, Procedure, AllergyIntolerance, FamilyMemberHistory of a detailed patient."""

from zoneinfo import ZoneInfo

from relais.synth.clinical.model import Allergy, Diagnosis, Event, Family
from relais.synth.data.conditions import ALLERGIES
from relais.synth.fhir.common import Json, concept, local_ref, ref, text_concept
from relais.synth.fhir.systems import (
    ALLERGY_CLINICAL,
    ALLERGY_VERIFICATION,
    ATC,
    CCAM,
    CONDITION_CATEGORY,
    CONDITION_CLINICAL,
    CONDITION_VERIFICATION,
    ICD10,
    SNOMED,
    V3_ROLE,
)
from relais.synth.hospital import Practitioner
from relais.synth.timefmt import fhir_datetime


def condition(diagnosis: Diagnosis, *, patient: str, stay: str, recorded: str) -> Json:
    in_stay = diagnosis.kind != "comorbidity"
    category = (
        ("encounter-diagnosis", "Diagnostic du séjour")
        if in_stay
        else ("problem-list-item", "Antécédent")
    )
    resource: Json = {
        "resourceType": "Condition",
        "id": diagnosis.id,
        "clinicalStatus": concept(CONDITION_CLINICAL, "active", "Actif"),
        "verificationStatus": concept(CONDITION_VERIFICATION, "confirmed", "Confirmé"),
        "category": [concept(CONDITION_CATEGORY, *category)],
        "code": concept(ICD10, diagnosis.code, diagnosis.display),
        "subject": local_ref(patient),
        "onsetDateTime": diagnosis.onset.isoformat(),
        "recordedDate": recorded,
    }
    if in_stay:
        resource["encounter"] = local_ref(stay)
    return resource


def procedure(
    event: Event,
    *,
    patient: str,
    stay: str | None,
    zone: ZoneInfo,
    performer: Practitioner | None,
    device: str | None = None,
) -> Json:
    code = concept(CCAM, event.code, event.label) if event.code else text_concept(event.label)
    resource: Json = {
        "resourceType": "Procedure",
        "id": event.id,
        "status": "completed",
        "code": code,
        "subject": local_ref(patient),
        "performedDateTime": fhir_datetime(event.when, zone)
        if stay
        else event.when.date().isoformat(),
    }
    if stay:
        resource["encounter"] = local_ref(stay)
    else:
        resource["category"] = text_concept("Antécédent chirurgical")
    if performer is not None:
        resource["performer"] = [{"actor": ref("Practitioner", performer.id, performer.display)}]
    if device:
        resource["focalDevice"] = [{"manipulated": local_ref(device)}]
    if event.kind == "transfusion":
        units = event.extra["units"]
        resource["code"]["text"] = f"Transfusion de {units} CGR (concentrés de globules rouges)"
        if event.detail:
            resource["complication"] = [text_concept(f"Réaction transfusionnelle : {event.detail}")]
        else:
            resource["outcome"] = text_concept("Pas de réaction transfusionnelle")
    return resource


def allergy(item: Allergy, *, patient: str, recorded: str) -> Json:
    system, code, text, manifestation, _ = ALLERGIES[item.key]
    category = "medication" if system == "atc" else "environment"
    return {
        "resourceType": "AllergyIntolerance",
        "id": item.id,
        "clinicalStatus": concept(ALLERGY_CLINICAL, "active", "Active"),
        "verificationStatus": concept(ALLERGY_VERIFICATION, "confirmed", "Confirmée"),
        "type": "allergy",
        "category": [category],
        "criticality": "high"
        if "Quincke" in manifestation or "bronchospasme" in manifestation
        else "low",
        "code": concept(ATC if system == "atc" else SNOMED, code, text, text),
        "patient": local_ref(patient),
        "recordedDate": recorded,
        "reaction": [{"manifestation": [text_concept(manifestation)]}],
    }


def family_history(item: Family, *, patient: str) -> Json:
    condition: Json = {"code": text_concept(item.condition)}
    if item.age is not None:
        condition["onsetAge"] = {
            "value": item.age,
            "unit": "ans",
            "system": "http://unitsofmeasure.org",
            "code": "a",
        }
    return {
        "resourceType": "FamilyMemberHistory",
        "id": item.id,
        "status": "completed",
        "patient": local_ref(patient),
        "relationship": concept(V3_ROLE, item.relation_code, item.relation),
        "deceasedBoolean": item.deceased,
        "condition": [condition],
    }
