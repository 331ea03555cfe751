"""Patient, Practitioner and Organization → identity tables (IPP, INS/NIR, RPPS, FINESS)."""

import re
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Table

from relais.domain.records import birth_precision
from relais.ingest.normalise.fhir import JsonObject, day, first, label, ref_id, when
from relais.store.tables import organizations, patient_identifiers, patients, practitioners

Row = tuple[Table, JsonObject]

# French OIDs (ANS): INS-NIR, INS-NIA, test INS; RPPS (IdNatPS); FINESS.
INS_SYSTEMS = {
    "urn:oid:1.2.250.1.213.1.4.8": "INS-NIR",
    "urn:oid:1.2.250.1.213.1.4.9": "INS-NIA",
    "urn:oid:1.2.250.1.213.1.4.10": "INS-NIR-TEST",
    "urn:oid:1.2.250.1.213.1.4.11": "INS-NIA-TEST",
}
TYPE_KINDS = {
    "PI": "IPP", "MR": "IPP", "INS-NIR": "INS-NIR", "INS-NIA": "INS-NIA", "NH": "NIR",
    "SS": "NIR", "SB": "NIR", "VN": "NDA", "AN": "NDA", "RPPS": "RPPS", "ADELI": "ADELI",
    "FINEG": "FINESS", "FINEJ": "FINESS", "FINESS": "FINESS", "PRN": "RPPS",
}  # fmt: skip
NIR_SHAPE = re.compile(r"[12378]\d{2}(?:0[1-9]|1[0-2]|[2-9]\d)(?:\d{2}|2[AB])\d{6}(?:\d{2})?", re.I)
CIVILITIES = frozenset({"m", "mme", "mlle", "mr", "mrs", "ms", "dr", "pr", "madame", "monsieur"})
RPPS_SYSTEM = "urn:oid:1.2.250.1.71.4.2.1"
FINESS_SYSTEM = "urn:oid:1.2.250.1.71.4.2.2"


def identifier_kind(identifier: JsonObject) -> str:
    """Classify an identifier by its system (French OIDs) or its v2-0203 type code."""
    system = identifier.get("system") or ""
    if system in INS_SYSTEMS:
        return INS_SYSTEMS[system]
    if system == RPPS_SYSTEM:
        return "RPPS"
    if system == FINESS_SYSTEM:
        return "FINESS"
    type_concept = identifier.get("type") or {}
    for coding in type_concept.get("coding", []) if isinstance(type_concept, dict) else []:
        kind = TYPE_KINDS.get(str(coding.get("code", "")).upper())
        if kind == "NIR" and not NIR_SHAPE.fullmatch(
            str(identifier.get("value", "")).replace(" ", "")
        ):
            return "other"  # another country's social security number (US SSN "999-58-1234")
        if kind:
            return kind
    return "other"


def identifiers(raw: JsonObject) -> list[JsonObject]:
    return [i for i in raw.get("identifier", []) if isinstance(i, dict) and i.get("value")]


def _name(raw: JsonObject, use: str | None = None) -> JsonObject:
    names = [n for n in raw.get("name", []) if isinstance(n, dict)]
    if use:
        names = [n for n in names if n.get("use") == use]
    else:
        names.sort(key=lambda n: {"official": 0, "usual": 1}.get(n.get("use", ""), 2))
    return names[0] if names else {}


def _family(name: JsonObject) -> str | None:
    family = name.get("family")
    if family:
        return str(family)
    text = name.get("text")
    return split_name_text(str(text))[0] if text else None


def _given(name: JsonObject) -> str | None:
    given = " ".join(str(g) for g in name.get("given", []) if g)
    if given or name.get("family") or not name.get("text"):
        return given or None
    return split_name_text(str(name["text"]))[1]


def split_name_text(text: str) -> tuple[str | None, str | None]:
    """(family, given) of a name sent only as text: civility dropped; the words in capitals
    are the family name (the French convention, "Odette FAURE"), else the whole text is."""
    words = text.split()
    while words and words[0].lower().rstrip(".") in CIVILITIES:
        words = words[1:]
    upper = [w for w in words if w.isupper() and len(w.strip(".-'")) > 1]
    if upper and len(upper) < len(words):
        given = [w for w in words if w not in upper]
        return " ".join(upper), " ".join(given)
    return (" ".join(words) or None), None


def _telecom(raw: JsonObject, system: str) -> str | None:
    for contact in raw.get("telecom", []):
        if isinstance(contact, dict) and contact.get("system") == system and contact.get("value"):
            return str(contact["value"])
    return None


def _address(raw: JsonObject) -> JsonObject:
    address = first(raw.get("address")) or {}
    lines = address.get("line") or []
    text = ", ".join(str(part) for part in lines if part) or address.get("text")
    return {"address": text, "postal_code": address.get("postalCode"), "city": address.get("city")}


def normalise_patient(raw: JsonObject, refs: Mapping[str, str]) -> list[Row]:
    name = _name(raw)
    deceased_at = when(raw.get("deceasedDateTime"))
    deceased: Any = raw.get("deceasedBoolean", True if deceased_at else None)
    row = {
        "fhir_id": raw["id"],
        "family": _family(name),
        "given": _given(name),
        "birth_family": _family(_name(raw, "maiden")) if _name(raw, "maiden") else None,
        "sex": raw.get("gender"),
        "birth_date": day(raw.get("birthDate")),
        "birth_precision": birth_precision(raw.get("birthDate")),
        "deceased": deceased,
        "deceased_at": deceased_at,
        **_address(raw),
        "phone": _telecom(raw, "phone"),
        "email": _telecom(raw, "email"),
        "gp_id": ref_id(
            first(raw.get("generalPractitioner")), refs, "Practitioner", "PractitionerRole"
        ),
        "organization_id": ref_id(raw.get("managingOrganization"), refs, "Organization"),
        "active": raw.get("active"),
    }
    rows: list[Row] = [(patients, row)]
    for identifier in identifiers(raw):
        ident = {
            "patient_id": raw["id"],
            "kind": identifier_kind(identifier),
            "system": identifier.get("system"),
            "value": str(identifier["value"]),
        }
        rows.append((patient_identifiers, ident))
    return rows


def normalise_practitioner(raw: JsonObject, refs: Mapping[str, str]) -> list[Row]:
    name = _name(raw)
    rpps = next((i["value"] for i in identifiers(raw) if identifier_kind(i) == "RPPS"), None)
    if isinstance(rpps, str) and len(rpps) == 12 and rpps.startswith("8"):
        rpps = rpps[1:]  # IdNatPS = "8" + RPPS
    row = {
        "fhir_id": raw["id"],
        "family": _family(name),
        "given": _given(name),
        "prefix": " ".join(str(p) for p in name.get("prefix", []) if p) or None,
        "rpps": rpps,
        "phone": _telecom(raw, "phone"),
        "qualification": label((first(raw.get("qualification")) or {}).get("code")),
    }
    return [(practitioners, row)]


def normalise_organization(raw: JsonObject, refs: Mapping[str, str]) -> list[Row]:
    finess = next((i["value"] for i in identifiers(raw) if identifier_kind(i) == "FINESS"), None)
    row = {
        "fhir_id": raw["id"],
        "name": raw.get("name"),
        "finess": finess,
        "type": label(first(raw.get("type"))),
        "part_of_id": ref_id(raw.get("partOf"), refs, "Organization"),
    }
    return [(organizations, row)]
