"""MedicationStatement (treatment at admission), MedicationRequest (discharge prescription),
MedicationAdministration (drugs given during the stay)."""

import random
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from relais.synth.clinical.model import Event, MedLine
from relais.synth.data.drugs import DRUGS, ROUTES
from relais.synth.data.schedules import SCHEDULES
from relais.synth.dosetext import dose_text, schedule_text
from relais.synth.fhir.common import Json, coding, concept, local_ref, quantity, ref, text_concept
from relais.synth.fhir.systems import ATC, EDQM, MED_REQUEST_CATEGORY, MED_STATEMENT_CATEGORY
from relais.synth.hospital import Practitioner
from relais.synth.timefmt import fhir_datetime

UCUM_CODE = {"UI": "[iU]"}


def dose_quantity(drug: str, dose: float) -> Json:
    unit = DRUGS[drug][3]
    return quantity(dose, UCUM_CODE.get(unit, unit))


def medication(drug: str, label: str) -> Json:
    dci, atc = DRUGS[drug][0], DRUGS[drug][1]
    return {"coding": [coding(ATC, atc, dci)], "text": label}


def dosage(
    rng: random.Random, drug: str, dose: float, schedule: str, bounds: Json | None = None
) -> Json:
    frequency, period, unit, when, _ = SCHEDULES[schedule]
    repeat: Json = {"frequency": frequency, "period": period, "periodUnit": unit}
    if when:
        repeat["when"] = list(when)
    if bounds:
        repeat.update(bounds)
    route_code, route_display, route_text = ROUTES[DRUGS[drug][5]]
    found: Json = {
        "text": schedule_text(rng, drug, dose, schedule),
        "timing": {"repeat": repeat},
        "route": concept(EDQM, route_code, route_display, route_text),
        "doseAndRate": [{"doseQuantity": dose_quantity(drug, dose)}],
    }
    if schedule.endswith("_si"):
        found["asNeededBoolean"] = True
    return found


def statement(
    rng: random.Random,
    line: MedLine,
    *,
    patient: str,
    stay: str,
    admission: datetime,
    stopped_at: datetime,
    zone: ZoneInfo,
) -> Json:
    dose = line.previous_dose if line.previous_dose is not None else line.dose
    resource: Json = {
        "resourceType": "MedicationStatement",
        "id": line.statement_id,
        "status": "stopped" if line.status == "stopped" else "active",
        "category": concept(
            MED_STATEMENT_CATEGORY, "community", "Traitement habituel", "Traitement à l'entrée"
        ),
        "medicationCodeableConcept": medication(line.drug, line.label),
        "subject": local_ref(patient),
        "context": local_ref(stay),
        "dateAsserted": fhir_datetime(admission, zone),
        "informationSource": local_ref(patient),
        "dosage": [dosage(rng, line.drug, dose, line.schedule)],
    }
    if line.status == "stopped":
        resource["statusReason"] = [text_concept(line.stop_reason or "arrêt")]
        resource["effectivePeriod"] = {"end": fhir_datetime(stopped_at, zone)}
    return resource


def request(
    rng: random.Random,
    line: MedLine,
    *,
    patient: str,
    stay: str,
    discharge: datetime,
    prescriber: Practitioner,
    zone: ZoneInfo,
) -> Json:
    bounds = None
    if line.days:
        bounds = {
            "boundsDuration": {
                "value": line.days,
                "unit": "jours",
                "system": "http://unitsofmeasure.org",
                "code": "d",
            }
        }
    resource: Json = {
        "resourceType": "MedicationRequest",
        "id": line.request_id,
        "status": "active",
        "intent": "order",
        "category": [concept(MED_REQUEST_CATEGORY, "discharge", "Ordonnance de sortie")],
        "medicationCodeableConcept": medication(line.drug, line.label),
        "subject": local_ref(patient),
        "encounter": local_ref(stay),
        "authoredOn": fhir_datetime(discharge, zone),
        "requester": ref("Practitioner", prescriber.id, prescriber.display),
        "dosageInstruction": [dosage(rng, line.drug, line.dose, line.schedule, bounds)],
    }
    if line.indication:
        resource["reasonCode"] = [text_concept(line.indication)]
    if line.status == "new":
        resource["note"] = [{"text": "Nouveau traitement introduit pendant l'hospitalisation"}]
    elif line.status == "modified" and line.previous_dose is not None:
        before, after = dose_text(line.drug, line.previous_dose), dose_text(line.drug, line.dose)
        resource["note"] = [{"text": f"Posologie modifiée : {before} → {after}"}]
    return resource


def administration(
    rng: random.Random, event: Event, *, patient: str, stay: str, end: datetime, zone: ZoneInfo
) -> Json:
    drug, dose, schedule = event.extra["drug"], float(event.extra["dose"]), event.extra["schedule"]
    until = min(event.when + timedelta(days=int(event.extra["days"])), end - timedelta(hours=2))
    route_code, route_display, route_text = ROUTES[DRUGS[drug][5]]
    resource: Json = {
        "resourceType": "MedicationAdministration",
        "id": event.id,
        "status": "completed",
        "medicationCodeableConcept": medication(drug, DRUGS[drug][0]),
        "subject": local_ref(patient),
        "context": local_ref(stay),
        "dosage": {
            "text": schedule_text(rng, drug, dose, schedule),
            "route": concept(EDQM, route_code, route_display, route_text),
            "dose": dose_quantity(drug, dose),
        },
    }
    if schedule == "dose_unique" or until <= event.when:
        resource["effectiveDateTime"] = fhir_datetime(event.when, zone)
    else:
        resource["effectivePeriod"] = {
            "start": fhir_datetime(event.when, zone),
            "end": fhir_datetime(until, zone),
        }
    return resource
