"""The hospital bundle: the hospital Organization, its services, their Locations, practitioners."""

from relais.synth.data.places import HOSPITAL
from relais.synth.fhir.common import Json, coding, concept, ref, transaction
from relais.synth.fhir.systems import FINESS, FR_V2_0203, LOCATION_PHYSICAL, ORG_TYPE, RPPS, V2_0203
from relais.synth.hospital import Hospital, Practitioner, Service


def hospital_organization(hospital: Hospital) -> Json:
    return {
        "resourceType": "Organization",
        "id": hospital.id,
        "identifier": [
            {
                "use": "official",
                "type": concept(FR_V2_0203, "FINEG", "FINESS d'entité géographique"),
                "system": FINESS,
                "value": hospital.finess,
            }
        ],
        "active": True,
        "type": [concept(ORG_TYPE, "prov", "Établissement de santé", "Centre hospitalier")],
        "name": hospital.name,
        "alias": [hospital.short],
        "telecom": [{"system": "phone", "value": HOSPITAL["phone"], "use": "work"}],
        "address": [
            {
                "line": [HOSPITAL["line"]],
                "city": HOSPITAL["city"],
                "postalCode": HOSPITAL["postal_code"],
                "country": "FR",
            }
        ],
    }


def service_organization(hospital: Hospital, service: Service) -> Json:
    return {
        "resourceType": "Organization",
        "id": service.organization_id,
        "identifier": [{"system": hospital.uf_system, "value": service.uf}],
        "active": True,
        "type": [concept(ORG_TYPE, "dept", "Service hospitalier", "Service")],
        "name": service.name,
        "partOf": ref("Organization", hospital.id, hospital.name),
    }


def service_location(service: Service) -> Json:
    return {
        "resourceType": "Location",
        "id": service.location_id,
        "status": "active",
        "name": f"Service {service.name}",
        "mode": "instance",
        "physicalType": concept(LOCATION_PHYSICAL, "wa", "Unité de soins", "Unité de soins"),
        "managingOrganization": ref("Organization", service.organization_id, service.name),
    }


def practitioner(doctor: Practitioner, hospital: Hospital) -> Json:
    person = doctor.person
    address = person.address
    resource: Json = {
        "resourceType": "Practitioner",
        "id": doctor.id,
        "identifier": [
            {
                "use": "official",
                "type": {"coding": [coding(FR_V2_0203, "RPPS", "N° RPPS")], "text": "RPPS"},
                "system": RPPS,
                "value": doctor.rpps,
            }
        ],
        "active": True,
        "name": [
            {
                "use": "official",
                "family": person.family,
                "given": list(person.given),
                "prefix": ["Dr"],
            }
        ],
        "telecom": [{"system": "phone", "value": person.phone, "use": "work"}],
        "gender": person.sex,
        "qualification": [
            {"code": concept(V2_0203, "MD", "Docteur en médecine", doctor.specialty)}
        ],
    }
    if doctor.service is None:
        resource["address"] = [
            {
                "use": "work",
                "line": [address.line],
                "city": address.city,
                "postalCode": address.postal_code,
                "country": "FR",
            }
        ]
    return resource


def hospital_bundle(hospital: Hospital, bundle_id: str) -> Json:
    resources = [hospital_organization(hospital)]
    for service in hospital.services.values():
        resources.append(service_organization(hospital, service))
        resources.append(service_location(service))
    for team in hospital.physicians.values():
        resources.extend(practitioner(d, hospital) for d in team)
    resources.extend(practitioner(d, hospital) for d in hospital.gps)
    return transaction(bundle_id, resources)
