"""Persons and organisations of the header: names, identifiers, addresses, telecoms."""

import unicodedata

from relais.generate.render.cda import ids, oids
from relais.generate.render.cda.model import Address, OrganizationInfo, PersonInfo, Telecom
from relais.generate.render.cda.specialties import PHYSICIAN, SPECIALTIES
from relais.generate.render.cda.xml import Element, sub

DOCTOR_PREFIXES = ("dr", "docteur", "pr", "professeur")


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip()


def specialty_code(specialty: str | None) -> tuple[str, str]:
    """TRE_R38 code of a physician's specialty, or the profession alone when unsure."""
    plain = _plain(specialty or "")
    for label, found in SPECIALTIES.items():
        if plain == label or plain.startswith(label + " "):
            return found
    return PHYSICIAN


def addr(parent: Element, address: Address | None, *, use: str | None = None) -> Element:
    if address is None or not (address.lines or address.city or address.postal_code):
        return sub(parent, "addr", nullFlavor="NAV")
    el = sub(parent, "addr", use=use)
    for line in address.lines:
        sub(el, "streetAddressLine", line)
    if address.postal_code:
        sub(el, "postalCode", address.postal_code)
    if address.city:
        sub(el, "city", address.city)
    if address.country:
        sub(el, "country", address.country)
    return el


def telecom(parent: Element, values: tuple[Telecom, ...]) -> None:
    if not values:
        sub(parent, "telecom", nullFlavor="NASK")
    for value in values:
        sub(parent, "telecom", value=value.value, use=value.use)


def phone(number: str | None, use: str = "WP") -> tuple[Telecom, ...]:
    digits = "".join(c for c in number or "" if c.isdigit() or c == "+")
    return (Telecom(f"tel:{digits}", use),) if len(digits) >= 4 else ()


def person_name(parent: Element, person: PersonInfo) -> Element:
    name = sub(parent, "name")
    title = _plain(person.prefix or "").rstrip(".")
    if person.given:
        sub(name, "given", person.given)
    sub(name, "family", person.family or person.id)
    if title in DOCTOR_PREFIXES:
        sub(name, "suffix", "PR" if title.startswith("p") else "DR")
    return name


def person_id(parent: Element, person: PersonInfo | None) -> Element:
    found = ids.rpps(person.rpps if person else None)
    if found is None:
        return sub(parent, "id", nullFlavor="UNK")
    return sub(parent, "id", root=found.root, extension=found.extension)


def organization(
    parent: Element,
    tag: str,
    hospital: OrganizationInfo,
    *,
    contact: bool = True,
    setting: bool = False,
) -> Element:
    el = sub(parent, tag)
    found = ids.finess(hospital.finess)
    if found:
        sub(el, "id", root=found.root, extension=found.extension)
    else:
        sub(el, "id", nullFlavor="UNK")
    sub(el, "name", hospital.name or "Établissement de santé")
    if contact:
        telecom(el, phone(hospital.phone))
        addr(el, hospital.address)
    if setting:
        sub(
            el,
            "standardIndustryClassCode",
            code="ETABLISSEMENT",
            displayName="Établissement de santé",
            codeSystem=oids.PRACTICE_SETTING,
            codeSystemName="practiceSettingCode",
        )
    return el


def assigned(
    parent: Element,
    tag: str,
    person: PersonInfo | None,
    hospital: OrganizationInfo,
    *,
    person_tag: str = "assignedPerson",
    org_tag: str = "representedOrganization",
    with_code: bool = True,
    setting: bool = False,
    **attrs: object,
) -> Element:
    """assignedAuthor / assignedEntity / associatedEntity: the physician (RPPS, specialty,
    name) and the hospital, or the hospital alone when the physician is not known."""
    el = sub(parent, tag, **attrs)
    person_id(el, person)
    if with_code and person is not None:
        code, display = specialty_code(person.specialty)
        sub(el, "code", code=code, displayName=display, codeSystem=oids.TRE_R38)
    addr(el, hospital.address if org_tag == "representedOrganization" else None)
    telecom(el, phone(person.phone if person else None))
    if person is not None:
        person_name(sub(el, person_tag), person)
    organization(el, org_tag, hospital, setting=setting)
    return el
