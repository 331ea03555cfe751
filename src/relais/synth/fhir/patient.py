"""Patient: INS (NIR), IPP, usage and maiden names, address, phone, GP, relatives."""

from dataclasses import dataclass

from relais.synth.fhir.common import Json, concept, ref
from relais.synth.fhir.systems import FR_V2_0203, INS_NIR, V2_0203
from relais.synth.hospital import Hospital, Practitioner
from relais.synth.people import Person

BIRTH_PLACE = "http://hl7.org/fhir/StructureDefinition/patient-birthPlace"
CONTACT_ROLE = "http://terminology.hl7.org/CodeSystem/v2-0131"
INSEE_CODE = "https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-address-insee-code"
COG_COMMUNES = "https://mos.esante.gouv.fr/NOS/TRE_R13-CommuneOM/FHIR/TRE-R13-CommuneOM"


@dataclass(frozen=True, slots=True)
class Relative:
    family: str
    given: str
    relation: str  # "épouse", "fils", "fille", "voisine"…
    phone: str
    emergency: bool


def ipp_identifier(hospital: Hospital, ipp: str) -> Json:
    return {
        "use": "usual",
        "type": concept(V2_0203, "PI", "Identifiant patient interne", "IPP"),
        "system": hospital.ipp_system,
        "value": ipp,
    }


def _contact(relative: Relative) -> Json:
    code, display = ("C", "Personne à prévenir") if relative.emergency else ("N", "Proche")
    return {
        "relationship": [concept(CONTACT_ROLE, code, display, relative.relation)],
        "name": {"family": relative.family, "given": [relative.given]},
        "telecom": [{"system": "phone", "value": relative.phone}],
    }


def _birthplace(person: Person) -> Json:
    """The birthplace as FR Core writes it: the city, and its COG code (INSEE) in the
    address's INSEE-code extension — one of the INS traits (with birth name, first names,
    birth date and sex)."""
    department, commune, city = person.birthplace
    code: Json = {"code": f"{department}{commune}", "display": city}
    if department != "99":  # born abroad: 99 + the INSEE country code, not a commune
        code = {"system": COG_COMMUNES, **code}
    return {"extension": [{"url": INSEE_CODE, "valueCoding": code}], "city": city}


def patient_resource(
    *,
    id: str,
    person: Person,
    ipp: str,
    hospital: Hospital,
    gp: Practitioner,
    relatives: list[Relative],
) -> Json:
    names: list[Json] = [{"use": "official", "family": person.family, "given": list(person.given)}]
    if person.birth_family:
        names.append({"use": "maiden", "family": person.birth_family, "given": list(person.given)})
    telecom = [
        {"system": "phone", "value": person.phone, "use": "mobile" if person.mobile else "home"}
    ]
    if person.email:
        telecom.append({"system": "email", "value": person.email, "use": "home"})
    address = person.address
    lines = [address.line, *([address.extra] if address.extra else [])]
    resource: Json = {
        "resourceType": "Patient",
        "id": id,
        "extension": [{"url": BIRTH_PLACE, "valueAddress": _birthplace(person)}],
        "identifier": [
            {
                "use": "official",
                "type": concept(FR_V2_0203, "INS-NIR", "NIR définitif", "INS-NIR"),
                "system": INS_NIR,
                "value": person.nir,
            },
            ipp_identifier(hospital, ipp),
        ],
        "active": True,
        "name": names,
        "telecom": telecom,
        "gender": person.sex,
        "birthDate": person.birth_date.isoformat(),
        "address": [
            {
                "use": "home",
                "line": lines,
                "city": address.city,
                "postalCode": address.postal_code,
                "country": "FR",
            }
        ],
        "generalPractitioner": [ref("Practitioner", gp.id, gp.display)],
        "managingOrganization": ref("Organization", hospital.id, hospital.name),
    }
    if relatives:
        resource["contact"] = [_contact(r) for r in relatives]
    return resource
