"""Read from the stored record what the CDA header needs and the draft does not carry:
identifier systems (INS, IPP), birth names and birthplace, addresses, split names."""

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from sqlalchemy import Connection, select

from relais.generate.render.cda import oids
from relais.generate.render.cda.facility import facility_type
from relais.generate.render.cda.ids import check_oid, default_document_root, oid_of
from relais.generate.render.cda.model import (
    Address,
    CdaContext,
    Identifier,
    OrganizationInfo,
    PatientInfo,
    PersonInfo,
    Telecom,
)
from relais.store.drafting_tables import drafts
from relais.store.tables import (
    encounters,
    fhir_resources,
    organizations,
    patient_identifiers,
    practitioners,
)

BIRTH_PLACE = "http://hl7.org/fhir/StructureDefinition/patient-birthPlace"
INSEE_CODE = re.compile(r"^(\d{5}|2[AB]\d{3})$")
NO_INS = (
    "INS non transmise dans le document CDA : traits d'identité incomplets ({missing}). "
    "Le patient est identifié par son IPP."
)
NO_SECTOR = (
    "Secteur d'activité de l'établissement inconnu (code TRE_R02, ex. SA01) : le document CDA "
    "sera refusé tant qu'il n'est pas renseigné (type de l'Organization ou facility_type)."
)
PROPOSED = (
    "Responsable du document non désigné : {name} (médecin du dernier séjour) est proposé ; "
    "à confirmer à la signature."
)
NO_RESPONSIBLE = (
    "Aucun médecin responsable du document (legalAuthenticator) : le document CDA sera "
    "refusé tant qu'il n'est pas désigné."
)
PHONE_USES = {"home": "H", "work": "WP", "mobile": "MC"}


def _raw(conn: Connection, resource_type: str, fhir_id: str | None) -> dict[str, Any]:
    if not fhir_id:
        return {}
    row = conn.execute(
        select(fhir_resources.c.content).where(
            fhir_resources.c.resource_type == resource_type, fhir_resources.c.fhir_id == fhir_id
        )
    ).first()
    return dict(row.content) if row and isinstance(row.content, dict) else {}


def address(raw: dict[str, Any]) -> Address | None:
    found = next((a for a in raw.get("address") or [] if isinstance(a, dict)), None)
    if not found:
        return None
    lines = tuple(str(line) for line in found.get("line") or [] if line)
    if not lines and found.get("text"):
        lines = (str(found["text"]),)
    return Address(lines, found.get("postalCode"), found.get("city"), found.get("country"))


def telecoms(raw: dict[str, Any]) -> tuple[Telecom, ...]:
    found = []
    for contact in raw.get("telecom") or []:
        value = str(contact.get("value") or "").strip() if isinstance(contact, dict) else ""
        if not value:
            continue
        if contact.get("system") == "phone":
            found.append(
                Telecom(
                    "tel:" + re.sub(r"[^\d+]", "", value), PHONE_USES.get(str(contact.get("use")))
                )
            )
        elif contact.get("system") == "email":
            found.append(Telecom("mailto:" + value, PHONE_USES.get(str(contact.get("use")))))
    return tuple(t for t in found if len(t.value) > 5)


def _names(raw: dict[str, Any]) -> dict[str, dict[str, Any]]:
    names: dict[str, dict[str, Any]] = {}
    for name in raw.get("name") or []:
        if isinstance(name, dict):
            names.setdefault(str(name.get("use") or "official"), name)
    return names


def _birthplace(raw: dict[str, Any]) -> tuple[str | None, str | None]:
    """(COG code, city) of the birthplace extension; the code from an INSEE-code extension
    of the address, or a ``district`` written as a COG code."""
    for ext in raw.get("extension") or []:
        if not isinstance(ext, dict) or ext.get("url") != BIRTH_PLACE:
            continue
        place = ext.get("valueAddress") or {}
        codes = [
            e.get("valueCoding", {}).get("code") or e.get("valueString")
            for e in place.get("extension") or []
            if isinstance(e, dict) and "insee" in str(e.get("url", "")).lower()
        ]
        codes.append(place.get("district"))
        cog = next((str(c) for c in codes if c and INSEE_CODE.match(str(c))), None)
        return cog, place.get("city")
    return None, None


def patient_info(conn: Connection, patient_id: str) -> tuple[PatientInfo, list[str]]:
    raw = _raw(conn, "Patient", patient_id)
    rows = conn.execute(
        select(
            patient_identifiers.c.kind, patient_identifiers.c.system, patient_identifiers.c.value
        )
        .where(patient_identifiers.c.patient_id == patient_id)
        .order_by(patient_identifiers.c.kind, patient_identifiers.c.value)
    ).all()
    ins = next(
        (Identifier(oids.INS_KINDS[r.kind], r.value) for r in rows if r.kind in oids.INS_KINDS),
        None,
    )
    ipp = next((r for r in rows if r.kind == "IPP"), None)
    ipp_oid = oid_of(ipp.system) if ipp else None
    names = _names(raw)
    used = names.get("usual") or names.get("official") or next(iter(names.values()), {})
    birth = names.get("maiden") or names.get("official") or used
    cog, city = _birthplace(raw)
    info = PatientInfo(
        ins=ins,
        ipp=Identifier(ipp_oid, ipp.value) if ipp and ipp_oid else None,
        family=used.get("family"),
        given=" ".join(str(g) for g in used.get("given") or [] if g) or None,
        birth_family=birth.get("family"),
        birth_given=tuple(  # first names do not change with the name: official ones
            str(g) for g in birth.get("given") or used.get("given") or [] if g
        ),
        sex=raw.get("gender"),
        birth_date=raw.get("birthDate"),
        birthplace_cog=cog,
        birthplace_city=city,
        address=address(raw),
        telecoms=telecoms(raw),
    )
    missing = [
        label
        for label, value in (
            ("nom de naissance", info.birth_family),
            ("prénoms de naissance", info.birth_given),
            ("date de naissance", info.birth_date),
            ("sexe", info.sex in ("male", "female")),
            ("lieu de naissance (code COG)", info.birthplace_cog),
        )
        if not value
    ]
    if info.ins and missing:
        info = replace(info, ins=None)
        return info, [NO_INS.format(missing=", ".join(missing))]
    return info, []


def persons(conn: Connection, ids: Iterable[str]) -> dict[str, PersonInfo]:
    wanted = sorted({i for i in ids if i})
    if not wanted:
        return {}
    p = practitioners.c
    return {
        r.fhir_id: PersonInfo(
            r.fhir_id, r.family, r.given, r.prefix, r.rpps, r.qualification, r.phone
        )
        for r in conn.execute(select(practitioners).where(p.fhir_id.in_(wanted)))
    }


def hospital_info(
    conn: Connection, document: dict[str, Any], sector: tuple[str, str] | None = None
) -> tuple[OrganizationInfo, list[str]]:
    hospital = document.get("hospital") or {}
    raw = _raw(conn, "Organization", hospital.get("id"))
    if not raw and hospital.get("finess"):
        row = conn.execute(
            select(organizations.c.fhir_id).where(organizations.c.finess == hospital["finess"])
        ).first()
        raw = _raw(conn, "Organization", row.fhir_id if row else None)
    phone = next((t.value for t in telecoms(raw) if t.value.startswith("tel:")), None)
    found = sector or facility_type(raw)
    info = OrganizationInfo(
        hospital.get("name"), hospital.get("finess"), address(raw), phone, found
    )
    return info, [] if found else [NO_SECTOR]


def admission_priority(conn: Connection, document: dict[str, Any]) -> str | None:
    raw = _raw(conn, "Encounter", (document.get("stay") or {}).get("id"))
    codings = (raw.get("priority") or {}).get("coding") or []
    return next((str(c["code"]) for c in codings if isinstance(c, dict) and c.get("code")), None)


def first_version_id(conn: Connection, document: dict[str, Any]) -> str | None:
    """The id of the first version of this document's chain of versions (its setId): the
    stored draft's ``previous_id`` links are followed back; a draft not stored is its own."""
    current = document.get("id")
    if not current:
        return None
    seen = {str(current)}
    while True:
        row = conn.execute(select(drafts.c.previous_id).where(drafts.c.id == current)).first()
        if row is None or row.previous_id is None or row.previous_id in seen:
            return str(current)
        current = row.previous_id
        seen.add(str(current))


def last_attending(conn: Connection, patient_id: str) -> str | None:
    e = encounters.c
    row = conn.execute(
        select(e.attending_id)
        .where(e.patient_id == patient_id, e.attending_id.isnot(None))
        .order_by(e.end.desc(), e.start.desc())
        .limit(1)
    ).first()
    return str(row.attending_id) if row else None


def responsible(
    conn: Connection, document: dict[str, Any], chosen: str | None
) -> tuple[PersonInfo | None, list[str]]:
    """The physician who answers for the document: the one chosen (the signer), else the
    author, else the attending physician of the patient's last stay (flagged as proposed)."""
    author = (document.get("author") or {}).get("id")
    wanted = chosen or author or last_attending(conn, document["patient"]["id"])
    found = persons(conn, [wanted]).get(wanted) if wanted else None
    if found is None:
        return None, [NO_RESPONSIBLE]
    if chosen or author:
        return found, []
    name = " ".join(p for p in (found.prefix, found.given, found.family) if p)
    return found, [PROPOSED.format(name=name or found.id)]


def load_context(
    conn: Connection,
    document: dict[str, Any],
    *,
    document_root: str | None = None,
    facility_type: tuple[str, str] | None = None,
    responsible_id: str | None = None,
    signer: PersonInfo | None = None,
) -> CdaContext:
    """The context of ``document`` (a ``DraftDocument.to_dict()``) from the stored record.
    ``signer``: the physician who signed it, the legalAuthenticator whatever the record says."""
    patient, warnings = patient_info(conn, document["patient"]["id"])
    people = [document.get("author"), document.get("referrer"), *document.get("recipients", [])]
    hospital, more = hospital_info(conn, document, facility_type)
    if signer is None:
        signer, about_signer = responsible(conn, document, responsible_id)
    else:
        about_signer = []
    return CdaContext(
        document_root=check_oid(document_root or default_document_root(hospital.finess)),
        set_id=first_version_id(conn, document),
        patient=patient,
        persons=persons(conn, (p["id"] for p in people if p)),
        hospital=hospital,
        admission_priority=admission_priority(conn, document),
        responsible=signer,
        warnings=(*warnings, *more, *about_signer),
    )
