"""recordTarget: the patient, identified by INS (with its traits) and IPP."""

from relais.generate.render.cda import oids
from relais.generate.render.cda.model import PatientInfo
from relais.generate.render.cda.people import addr, telecom
from relais.generate.render.cda.xml import Element, sub, time_el

GENDERS = {"male": ("M", "Masculin"), "female": ("F", "Féminin")}


def record_target(parent: Element, patient: PatientInfo) -> Element:
    role = sub(sub(parent, "recordTarget"), "patientRole")
    identifiers = [i for i in (patient.ins, patient.ipp) if i]
    for found in identifiers:
        sub(role, "id", root=found.root, extension=found.extension)
    if not identifiers:
        sub(role, "id", nullFlavor="UNK")
    addr(role, patient.address, use="H")
    telecom(role, patient.telecoms)
    person = sub(role, "patient", classCode="PSN")
    _name(person, patient)
    gender = GENDERS.get(patient.sex or "")
    if gender:
        sub(
            person,
            "administrativeGenderCode",
            code=gender[0],
            displayName=gender[1],
            codeSystem=oids.HL7_GENDER,
        )
    else:
        sub(person, "administrativeGenderCode", nullFlavor="UNK")
    time_el(person, "birthTime", patient.birth_date, day=True)
    if patient.birthplace_cog or patient.birthplace_city:
        place = sub(sub(sub(person, "birthplace"), "place"), "addr")
        if patient.birthplace_cog:
            sub(place, "county", patient.birthplace_cog)
        if patient.birthplace_city:
            sub(place, "city", patient.birthplace_city)
    return role


def _name(person: Element, patient: PatientInfo) -> None:
    """Birth name and first names (BR, the INS traits) then the name used (CL)."""
    name = sub(person, "name")
    birth_family = patient.birth_family or patient.family
    if birth_family:
        sub(name, "family", birth_family, qualifier="BR")
    if patient.birth_given:
        sub(name, "given", " ".join(patient.birth_given))
        sub(name, "given", patient.birth_given[0], qualifier="BR")
    if patient.family:
        sub(name, "family", patient.family, qualifier="CL")
    if patient.given:
        sub(name, "given", patient.given.split()[0], qualifier="CL")
    if not (birth_family or patient.family):
        sub(name, "family", nullFlavor="UNK")
