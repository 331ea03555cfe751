"""Encounter: class, period, service (serviceProvider + location + serviceType.text), PMSI modes,
NDA, attending physician. Shared by the detailed bundles and the light NDJSON layer."""

from datetime import datetime
from zoneinfo import ZoneInfo

from relais.synth.data.pmsi import CLASSES, DESTINATION, MODE_ENTREE, MODE_SORTIE, PROVENANCE
from relais.synth.fhir.common import Json, coding, concept, ref
from relais.synth.fhir.systems import (
    PMSI_DESTINATION,
    PMSI_ENTREE,
    PMSI_PROVENANCE,
    PMSI_SORTIE,
    V2_0203,
    V3_ACT,
    V3_PARTICIPATION,
)
from relais.synth.hospital import Practitioner, Service
from relais.synth.timefmt import fhir_datetime


def admit_source(entry: str, provenance: str | None) -> Json:
    codings = [coding(PMSI_ENTREE, entry, MODE_ENTREE[entry])]
    if provenance:
        codings.append(coding(PMSI_PROVENANCE, provenance, PROVENANCE[provenance]))
    text = PROVENANCE[provenance] if provenance == "5" else MODE_ENTREE[entry]
    return {"coding": codings, "text": text}


def discharge_disposition(exit_mode: str, service_after: str | None = None) -> Json:
    codings = [coding(PMSI_SORTIE, exit_mode, MODE_SORTIE[exit_mode])]
    text = MODE_SORTIE[exit_mode]
    destination = {"7": "2", "6": "1"}.get(exit_mode)
    if destination:
        codings.append(coding(PMSI_DESTINATION, destination, DESTINATION[destination]))
        text = f"{text} ({service_after or DESTINATION[destination]})"
    return {"coding": codings, "text": text}


def encounter(
    *,
    id: str,
    subject: Json,
    klass: str,
    start: datetime,
    end: datetime,
    service: Service,
    nda: str,
    nda_system: str,
    zone: ZoneInfo,
    attending: Practitioner | None = None,
    modes: tuple[str, str | None, str] | None = None,
    reason: str | None = None,
    part_of: Json | None = None,
    service_after: str | None = None,
) -> Json:
    period = {"start": fhir_datetime(start, zone), "end": fhir_datetime(end, zone)}
    resource: Json = {
        "resourceType": "Encounter",
        "id": id,
        "identifier": [
            {
                "type": concept(V2_0203, "VN", "Numéro de séjour", "NDA"),
                "system": nda_system,
                "value": nda,
            }
        ],
        "status": "finished",
        "class": coding(V3_ACT, klass, CLASSES[klass]),
        "serviceType": {"text": service.name},
        "subject": subject,
        "period": period,
        "serviceProvider": ref("Organization", service.organization_id, service.name),
        "location": [
            {
                "location": ref("Location", service.location_id, f"Service {service.name}"),
                "status": "completed",
                "period": period,
            }
        ],
    }
    if attending is not None:
        resource["participant"] = [
            {
                "type": [concept(V3_PARTICIPATION, "ATND", "médecin responsable")],
                "individual": ref("Practitioner", attending.id, attending.display),
            }
        ]
    if reason:
        resource["reasonCode"] = [{"text": reason}]
    if modes is not None:
        entry, provenance, exit_mode = modes
        resource["hospitalization"] = {
            "admitSource": admit_source(entry, provenance),
            "dischargeDisposition": discharge_disposition(exit_mode, service_after),
        }
    if part_of is not None:
        resource["partOf"] = part_of
    return resource
