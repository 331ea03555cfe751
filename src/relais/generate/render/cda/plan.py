"""Suites à donner: appointments (FR-Rencontre, planned) and instructions or requested
follow-up (FR-Demande-d-examen-ou-de-suivi, ORG-064)."""

from typing import Any

from relais.generate.render.cda import oids
from relais.generate.render.cda.xml import Element, entry_id, reference, sub, templates, time_el


def appointment_entry(
    section: Element, document_id: str, content_id: str, fact: dict[str, Any]
) -> Element:
    data = fact.get("data") or {}
    encounter = sub(sub(section, "entry"), "encounter", classCode="ENC", moodCode="ARQ")
    templates(encounter, *oids.PLANNED_ENCOUNTER)
    entry_id(encounter, document_id, "appointment", content_id)
    sub(
        encounter,
        "code",
        code="AMB",
        displayName="Ambulatoire (hors établissement)",
        codeSystem=oids.HL7_ACT_CODE,
        codeSystemName="ActEncounterCode",
    )
    reference(encounter, "text", content_id)
    time_el(encounter, "effectiveTime", data.get("start") or fact.get("when"))
    return encounter


def follow_up_entry(
    section: Element, document_id: str, content_id: str, fact: dict[str, Any]
) -> Element:
    data = fact.get("data") or {}
    obs = sub(sub(section, "entry"), "observation", classCode="OBS", moodCode="INT")
    templates(obs, *oids.FOLLOW_UP_REQUEST)
    entry_id(obs, document_id, "follow-up", content_id)
    sub(
        obs,
        "code",
        code="ORG-064",
        displayName="Demande d'examen ou de suivi",
        codeSystem=oids.TA_ASIP,
        codeSystemName="TA_ASIP",
    )
    reference(obs, "text", content_id)
    sub(obs, "statusCode", code="active")
    time_el(obs, "effectiveTime", fact.get("when"), day=True)
    sub(obs, "value", data.get("label") or fact.get("text") or "", xsi_type="ST")
    return obs
