"""FR-Liste-des-allergies-et-hypersensibilites: one concern act holding one observation per
allergy (type from its FHIR category, agent from its code), or "no known allergy"."""

from typing import Any

from relais.generate.render.cda import oids
from relais.generate.render.cda.xml import (
    Element,
    entry_id,
    period,
    reference,
    sub,
    templates,
    time_el,
)

TYPES = {
    "medication": ("416098002", "allergie médicamenteuse"),
    "food": ("414285001", "allergie alimentaire"),
    "environment": ("419199007", "allergie à une substance"),
    "biologic": ("419199007", "allergie à une substance"),
}
ANY_ALLERGY = ("609328004", "allergie")
ABSENT = "2.16.840.1.113883.5.1150.1"
SYSTEMS = {"http://snomed.info/sct": oids.SNOMED, "http://www.whocc.no/atc": oids.ATC}
STATUSES = {"active": "Actif", "inactive": "Inactif", "resolved": "Résolu"}


def allergy_entry(
    section: Element, document_id: str, items: list[tuple[str, dict[str, Any]]], *, known_none: bool
) -> Element:
    """``items``: (content ID, fact) pairs; none and ``known_none``: "no known allergy"."""
    act = sub(sub(section, "entry"), "act", classCode="ACT", moodCode="EVN")
    templates(act, *oids.ALLERGY_CONCERN)
    entry_id(act, document_id, "allergies")
    sub(act, "code", nullFlavor="NA")
    sub(act, "statusCode", code="active")
    period(act, "effectiveTime", None, False)
    for content_id, fact in items:
        _allergy(act, document_id, content_id, fact)
    if not items:
        _none(act, document_id, known_none)
    return act


def _observation(act: Element, document_id: str, key: str) -> Element:
    obs = sub(
        sub(act, "entryRelationship", typeCode="SUBJ", inversionInd="false"),
        "observation",
        classCode="OBS",
        moodCode="EVN",
        negationInd="false",
    )
    templates(obs, *oids.ALLERGY)
    entry_id(obs, document_id, "allergy", key)
    return obs


def _allergy(act: Element, document_id: str, content_id: str, fact: dict[str, Any]) -> None:
    data = fact.get("data") or {}
    obs = _observation(act, document_id, content_id)
    kind = TYPES.get(str(data.get("category")), ANY_ALLERGY)
    sub(
        obs,
        "code",
        code=kind[0],
        displayName=kind[1],
        codeSystem=oids.SNOMED,
        codeSystemName="SNOMED CT",
    )
    reference(obs, "text", content_id)
    sub(obs, "statusCode", code="completed")
    span = sub(obs, "effectiveTime", xsi_type="IVL_TS")
    time_el(span, "low", data.get("since") or fact.get("when"))
    value = sub(obs, "value", xsi_type="CD", nullFlavor="UNK")
    reference(value, "originalText", content_id)
    entity = sub(
        sub(sub(obs, "participant", typeCode="CSM"), "participantRole", classCode="MANU"),
        "playingEntity",
        classCode="MMAT",
    )
    system = SYSTEMS.get(str(fact.get("system")))
    if fact.get("code") and system:
        agent = sub(
            entity, "code", code=fact["code"], displayName=data.get("substance"), codeSystem=system
        )
    else:
        agent = sub(entity, "code", nullFlavor="UNK")
    reference(agent, "originalText", content_id)
    if data.get("substance"):
        sub(entity, "name", data["substance"])
    status = data.get("clinical_status")
    if status in STATUSES:
        rel = sub(
            sub(obs, "entryRelationship", typeCode="REFR", inversionInd="false"),
            "observation",
            classCode="OBS",
            moodCode="EVN",
        )
        templates(rel, *oids.PROBLEM_STATUS)
        sub(
            rel,
            "code",
            code="33999-4",
            displayName="Statut",
            codeSystem=oids.LOINC,
            codeSystemName="LOINC",
        )
        sub(rel, "statusCode", code="completed")
        sub(
            rel,
            "value",
            xsi_type="CE",
            code=status,
            displayName=STATUSES[status],
            codeSystem=oids.ALLERGY_CLINICAL,
        )


def _none(act: Element, document_id: str, known_none: bool) -> None:
    obs = _observation(act, document_id, "none")
    code, display = (
        ("no-known-allergies", "Pas d'allergie/hypersensibilité connue")
        if known_none
        else ("no-allergy-info", "Pas d'information sur les allergies/hypersensibilités")
    )
    sub(obs, "code", code=code, displayName=display, codeSystem=ABSENT)
    sub(obs, "statusCode", code="completed")
    span = sub(obs, "effectiveTime", xsi_type="IVL_TS")
    sub(span, "low", nullFlavor="NA")
    sub(obs, "value", xsi_type="CD", nullFlavor="NA")
