"""Observations: labs (LOINC, UCUM, reference range, interpretation), vital signs, pending
results, BMR/BHRe screening; the DiagnosticReport grouping the admission labs."""

from datetime import datetime
from zoneinfo import ZoneInfo

from relais.synth.clinical.labs import interpretation
from relais.synth.clinical.model import Event, Result
from relais.synth.data.labs import BP_PANEL, LAB_REPORT, LABS, VITALS
from relais.synth.data.microbiology import NEGATIVE, ORGANISMS, SCREENING_CODE
from relais.synth.fhir.common import Json, concept, local_ref, quantity, text_concept
from relais.synth.fhir.systems import LOINC, OBS_CATEGORY, SNOMED, V2_0074, V3_INTERPRETATION
from relais.synth.timefmt import fhir_datetime

INTERPRETATIONS = {"H": "Élevé", "L": "Bas", "N": "Normal"}


def _base(
    id: str,
    category: tuple[str, str],
    code: Json,
    patient: str,
    stay: str,
    when: datetime,
    zone: ZoneInfo,
    status: str = "final",
) -> Json:
    return {
        "resourceType": "Observation",
        "id": id,
        "status": status,
        "category": [concept(OBS_CATEGORY, *category)],
        "code": code,
        "subject": local_ref(patient),
        "encounter": local_ref(stay),
        "effectiveDateTime": fhir_datetime(when, zone),
    }


def lab(result: Result, *, patient: str, stay: str, zone: ZoneInfo) -> Json:
    loinc, label, unit, (low, high), _, _ = LABS[result.key]
    code = concept(LOINC, loinc, label) if loinc else text_concept(label)
    resource = _base(
        result.id,
        ("laboratory", "Biologie"),
        code,
        patient,
        stay,
        result.when,
        zone,
    )
    resource["valueQuantity"] = quantity(result.value, unit)
    flag = interpretation(result.key, result.value)
    resource["interpretation"] = [concept(V3_INTERPRETATION, flag, INTERPRETATIONS[flag])]
    bounds: Json = {}
    if low is not None:
        bounds["low"] = quantity(low, unit)
    if high is not None:
        bounds["high"] = quantity(high, unit)
    resource["referenceRange"] = [bounds]
    return resource


def vital_signs(results: list[Result], *, patient: str, stay: str, zone: ZoneInfo) -> list[Json]:
    found = []
    by_key = {r.key: r for r in results}
    tas, tad = by_key["tas"], by_key["tad"]
    panel = _base(
        tas.id,
        ("vital-signs", "Signes vitaux"),
        concept(LOINC, *BP_PANEL),
        patient,
        stay,
        tas.when,
        zone,
    )
    panel["component"] = [
        {
            "code": concept(LOINC, VITALS[k][0], VITALS[k][1]),
            "valueQuantity": quantity(r.value, VITALS[k][2]),
        }
        for k, r in (("tas", tas), ("tad", tad))
    ]
    found.append(panel)
    for result in results:
        if result.key in ("tas", "tad"):
            continue
        loinc, label, unit, _ = VITALS[result.key]
        resource = _base(
            result.id,
            ("vital-signs", "Signes vitaux"),
            concept(LOINC, loinc, label),
            patient,
            stay,
            result.when,
            zone,
        )
        resource["valueQuantity"] = quantity(result.value, unit)
        found.append(resource)
    return found


def report(id: str, results: list[Result], *, patient: str, stay: str, zone: ZoneInfo) -> Json:
    first = min(r.when for r in results)
    return {
        "resourceType": "DiagnosticReport",
        "id": id,
        "status": "final",
        "category": [concept(V2_0074, "LAB", "Biologie")],
        "code": concept(LOINC, *LAB_REPORT),
        "subject": local_ref(patient),
        "encounter": local_ref(stay),
        "effectiveDateTime": fhir_datetime(first, zone),
        "issued": fhir_datetime(first, zone),
        "result": [local_ref(r.id) for r in results if r.when == first],
        "conclusion": "Bilan biologique d'entrée",
    }


def pending(event: Event, *, patient: str, stay: str, zone: ZoneInfo) -> Json:
    code = concept(LOINC, event.code or "", event.label)
    if event.extra["type"] == "DiagnosticReport":
        return {
            "resourceType": "DiagnosticReport",
            "id": event.id,
            "status": "registered",
            "category": [
                concept(V2_0074, "PAT" if event.extra["key"] == "anapath" else "OTH", event.label)
            ],
            "code": code,
            "subject": local_ref(patient),
            "encounter": local_ref(stay),
            "effectiveDateTime": fhir_datetime(event.when, zone),
        }
    resource = _base(
        event.id,
        ("laboratory", "Biologie"),
        code,
        patient,
        stay,
        event.when,
        zone,
        event.detail or "",
    )
    if event.detail == "preliminary":
        resource["valueString"] = "Pas de pousse à 48 h, résultat définitif en attente"
    return resource


def screening(event: Event, *, patient: str, stay: str, zone: ZoneInfo) -> Json:
    resource = _base(
        event.id,
        ("laboratory", "Biologie"),
        concept(LOINC, *SCREENING_CODE),
        patient,
        stay,
        event.when,
        zone,
    )
    if event.code is None:
        resource["valueCodeableConcept"] = concept(SNOMED, *NEGATIVE, "Recherche de BMR : négative")
    else:
        text = f"{event.extra['resistance']} positive : {event.detail}"
        organism = ORGANISMS[event.extra["organism"]][1]
        resource["valueCodeableConcept"] = concept(SNOMED, event.code, organism, text)
        resource["interpretation"] = [concept(V3_INTERPRETATION, "POS", "Positif")]
    return resource
