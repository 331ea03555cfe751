"""The CDA header: ids and versions, patient, author, custodian, recipients, legal
authenticator, médecin traitant (PCP), the documented act and the encounter."""

from typing import Any

from relais.generate.render.cda import oids
from relais.generate.render.cda.model import CdaContext, PersonInfo
from relais.generate.render.cda.patient import record_target
from relais.generate.render.cda.people import assigned, organization, person_id, person_name
from relais.generate.render.cda.xml import Element, period, sub, time_el

LETTER = "lettre_de_liaison"
DEVICE_ID = "relais"  # Relais' id under the hospital's document root


def person(context: CdaContext, found: dict[str, Any] | None) -> PersonInfo | None:
    if not found:
        return None
    return context.persons.get(found["id"]) or PersonInfo(
        found["id"], family=found.get("name"), rpps=found.get("rpps")
    )


def identification(doc: Element, document: dict[str, Any], context: CdaContext) -> None:
    letter = document["kind"] == LETTER
    sub(doc, "realmCode", code="FR")
    sub(doc, "typeId", root="2.16.840.1.113883.1.3", extension="POCD_HD000040")
    sub(doc, "templateId", root=oids.HL7_FRANCE)
    sub(doc, "templateId", root=oids.CI_SIS)
    if letter:
        sub(doc, "templateId", root=oids.LDL_SES, extension=oids.LDL_SES_VERSION)
    else:
        sub(doc, "templateId", root=oids.VSM, extension=oids.VSM_VERSION)
    sub(doc, "id", root=context.document_root, extension=document["id"])
    if letter:
        sub(
            doc,
            "code",
            code=document["code"],
            displayName=document["title"],
            codeSystem=oids.LOINC,
            codeSystemName="LOINC",
        )
    else:
        sub(doc, "code", code="SYNTH", displayName="Synthèse", codeSystem=oids.DOC_TYPES)
    sub(doc, "title", document["title"])
    time_el(doc, "effectiveTime", document["created_at"])
    sub(
        doc,
        "confidentialityCode",
        code="N",
        displayName="Normal",
        codeSystem=oids.HL7_CONFIDENTIALITY,
    )
    sub(doc, "languageCode", code="fr-FR")
    sub(doc, "setId", root=context.document_root, extension=context.set_id or document["id"])
    sub(doc, "versionNumber", value=str(document.get("version") or 1))


def participants(doc: Element, document: dict[str, Any], context: CdaContext) -> None:
    author = person(context, document.get("author"))
    hospital = context.hospital
    when = document["created_at"]
    record_target(doc, context.patient)
    el = sub(doc, "author")
    time_el(el, "time", when)
    if author is not None:
        assigned(el, "assignedAuthor", author, hospital, classCode="ASSIGNED")
    else:
        authoring_device(el, context)
    custodian = sub(sub(doc, "custodian", typeCode="CST"), "assignedCustodian")
    organization(custodian, "representedCustodianOrganization", hospital)
    for recipient in document.get("recipients") or []:
        gp = person(context, recipient)
        if gp is None or not gp.rpps:
            continue
        intended = sub(sub(doc, "informationRecipient"), "intendedRecipient")
        person_id(intended, gp)
        person_name(sub(intended, "informationRecipient"), gp)
    legal = sub(doc, "legalAuthenticator")
    time_el(legal, "time", document.get("signed_at") or when)
    sub(legal, "signatureCode", code="S")
    assigned(legal, "assignedEntity", context.responsible, hospital, setting=True)
    for recipient in document.get("recipients") or []:
        _pcp(doc, person(context, recipient), context)


def authoring_device(author: Element, context: CdaContext) -> None:
    """Relais as author of a draft no physician has written yet (a synthèse médicale)."""
    el = sub(author, "assignedAuthor")
    sub(el, "id", root=context.document_root, extension=DEVICE_ID)
    device = sub(el, "assignedAuthoringDevice")
    sub(device, "manufacturerModelName", "Relais")
    sub(device, "softwareName", "Relais — rédaction assistée")
    organization(el, "representedOrganization", context.hospital)


def _pcp(doc: Element, gp: PersonInfo | None, context: CdaContext) -> None:
    """The médecin traitant as participant (functionCode PCP)."""
    if gp is None:
        return
    el = sub(doc, "participant", typeCode="INF")
    sub(
        el,
        "functionCode",
        code="PCP",
        displayName="Médecin traitant",
        codeSystem=oids.HL7_PARTICIPATION_FUNCTION,
    )
    sub(el, "time", nullFlavor="NA")
    entity = sub(el, "associatedEntity", classCode="PROV")
    person_id(entity, gp)
    person_name(sub(entity, "associatedPerson"), gp)


def service_event(doc: Element, document: dict[str, Any], context: CdaContext) -> None:
    stay = document.get("stay") or {}
    event = sub(
        sub(doc, "documentationOf", typeCode="DOC"), "serviceEvent", classCode="ACT", moodCode="EVN"
    )
    if document["kind"] == LETTER:
        sub(
            event,
            "code",
            code="IMP",
            displayName="Hospitalisation (établissement, y compris HAD)",
            codeSystem=oids.HL7_ACT_CODE,
            codeSystemName="HL7:ActCode",
        )
        period(event, "effectiveTime", stay.get("start"), stay.get("end"))
    else:
        sub(
            event,
            "code",
            code="34117-2",
            displayName="Historique et clinique",
            codeSystem=oids.LOINC,
            codeSystemName="LOINC",
        )
        period(event, "effectiveTime", document["created_at"], False)
    performer = sub(event, "performer", typeCode="PRF")
    assigned(
        performer,
        "assignedEntity",
        person(context, document.get("author")) or context.responsible,
        context.hospital,
        setting=True,
    )
    encounter = sub(sub(doc, "componentOf"), "encompassingEncounter")
    if document["kind"] == LETTER:
        period(encounter, "effectiveTime", stay.get("start"), stay.get("end"))
    else:
        period(encounter, "effectiveTime", document["created_at"], False)
    facility = sub(sub(encounter, "location"), "healthCareFacility")
    sector = context.hospital.facility_type
    if sector:
        sub(facility, "code", code=sector[0], displayName=sector[1], codeSystem=oids.FACILITY_TYPE)
    else:
        sub(facility, "code", nullFlavor="UNK")
    if stay.get("service") or context.hospital.name:
        sub(sub(facility, "location"), "name", stay.get("service") or context.hospital.name)
