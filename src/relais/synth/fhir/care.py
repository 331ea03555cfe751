"""Device (implant), AdverseEvent, Appointment (follow-up), CarePlan (monitoring after the stay)."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from relais.synth.clinical.model import Event
from relais.synth.fhir.common import Json, concept, local_ref, ref, text_concept
from relais.synth.fhir.systems import ADVERSE_SERIOUSNESS, DEVICE_UDI
from relais.synth.hospital import Practitioner
from relais.synth.timefmt import fhir_datetime


def device(event: Event, *, patient: str) -> Json:
    gtin, lot = event.code or "", event.detail or ""
    expiry = event.when.replace(year=event.when.year + 4).date().isoformat()
    return {
        "resourceType": "Device",
        "id": event.id,
        "udiCarrier": [
            {
                "deviceIdentifier": gtin,
                "issuer": DEVICE_UDI,
                "carrierHRF": f"(01){gtin}(17){expiry[2:4]}{expiry[5:7]}{expiry[8:10]}(10){lot}",
            }
        ],
        "status": "active",
        "manufacturer": event.extra["manufacturer"],
        "lotNumber": lot,
        "expirationDate": expiry,
        "deviceName": [{"name": event.label, "type": "user-friendly-name"}],
        "type": text_concept(event.label),
        "patient": local_ref(patient),
    }


def adverse_event(
    event: Event, *, patient: str, stay: str, suspect: str | None, zone: ZoneInfo
) -> Json:
    drug = event.kind == "adverse_drug"
    resource: Json = {
        "resourceType": "AdverseEvent",
        "id": event.id,
        "actuality": "actual",
        "category": [
            text_concept(
                "Effet indésirable médicamenteux" if drug else "Événement indésirable lié aux soins"
            )
        ],
        "event": text_concept(event.label),
        "subject": local_ref(patient),
        "encounter": local_ref(stay),
        "date": fhir_datetime(event.when, zone),
        "seriousness": concept(ADVERSE_SERIOUSNESS, "non-serious", "Non grave"),
    }
    if suspect:
        resource["suspectEntity"] = [{"instance": local_ref(suspect)}]
    return resource


def appointment(
    event: Event, *, patient: str, practitioner: Practitioner, zone: ZoneInfo, created: datetime
) -> Json:
    return {
        "resourceType": "Appointment",
        "id": event.id,
        "status": "booked",
        "serviceType": [text_concept(event.label)],
        "description": event.label,
        "start": fhir_datetime(event.when, zone),
        "end": fhir_datetime(event.when + timedelta(minutes=30), zone),
        "created": fhir_datetime(created, zone),
        "participant": [
            {"actor": local_ref(patient), "status": "accepted"},
            {
                "actor": ref("Practitioner", practitioner.id, practitioner.display),
                "status": "accepted",
            },
        ],
    }


def care_plan(
    id: str,
    items: list[str],
    *,
    patient: str,
    stay: str,
    start: datetime,
    author: Practitioner,
    zone: ZoneInfo,
) -> Json:
    return {
        "resourceType": "CarePlan",
        "id": id,
        "status": "active",
        "intent": "plan",
        "title": "Suites à donner",
        "description": "Surveillance et suivi après la sortie",
        "subject": local_ref(patient),
        "encounter": local_ref(stay),
        "period": {"start": fhir_datetime(start, zone)},
        "author": ref("Practitioner", author.id, author.display),
        "activity": [{"detail": {"status": "scheduled", "description": item}} for item in items],
    }
