"""Problems (FR-Liste-des-problemes / FR-Probleme, CIM-10), past procedures (FR-Acte, CCAM)
and family history (FR-Antecedents-familiaux) of the synthèse médicale."""

import unicodedata
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

DIAGNOSIS = ("282291009", "interprétation diagnostique")
RELATIONS = {  # French relation → HL7 RoleCode
    "mere": ("MTH", "Mère"),
    "pere": ("FTH", "Père"),
    "soeur": ("SIS", "Sœur"),
    "frere": ("BRO", "Frère"),
    "fils": ("SON", "Fils"),
    "fille": ("DAU", "Fille"),
    "grand-mere": ("GRMTH", "Grand-mère"),
    "grand-pere": ("GRFTH", "Grand-père"),
    "oncle": ("UNCLE", "Oncle"),
    "tante": ("AUNT", "Tante"),
    "cousin": ("COUSN", "Cousin"),
    "cousine": ("COUSN", "Cousine"),
}


def _plain(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.lower().replace("œ", "oe").strip())
    return "".join(c for c in folded if not unicodedata.combining(c))


def _cim10(parent: Element, tag: str, fact: dict[str, Any], content_id: str) -> None:
    data = fact.get("data") or {}
    code = data.get("cim10")
    el = sub(
        parent,
        tag,
        xsi_type="CD",
        code=code,
        displayName=data.get("label") if code else None,
        codeSystem=oids.CIM10 if code else None,
        codeSystemName="CIM10" if code else None,
        nullFlavor=None if code else "UNK",
    )
    reference(el, "originalText", content_id)


def problem_entry(
    section: Element, document_id: str, content_id: str, fact: dict[str, Any], *, active: bool
) -> Element:
    data = fact.get("data") or {}
    act = sub(sub(section, "entry"), "act", classCode="ACT", moodCode="EVN")
    templates(act, *oids.PROBLEM_CONCERN)
    entry_id(act, document_id, "concern", content_id)
    sub(act, "code", nullFlavor="NA")
    sub(act, "statusCode", code="active" if active else "completed")
    onset = data.get("onset") or fact.get("when")
    period(act, "effectiveTime", onset, False if active else None)
    obs = sub(
        sub(act, "entryRelationship", typeCode="SUBJ", inversionInd="false"),
        "observation",
        classCode="OBS",
        moodCode="EVN",
        negationInd="false",
    )
    templates(obs, *oids.PROBLEM)
    entry_id(obs, document_id, "problem", content_id)
    sub(
        obs,
        "code",
        code=DIAGNOSIS[0],
        displayName=DIAGNOSIS[1],
        codeSystem=oids.SNOMED,
        codeSystemName="SNOMED CT",
    )
    reference(obs, "text", content_id)
    sub(obs, "statusCode", code="completed")
    period(obs, "effectiveTime", onset, False)
    _cim10(obs, "value", fact, content_id)
    return act


def procedure_entry(
    section: Element, document_id: str, content_id: str, fact: dict[str, Any]
) -> Element:
    data = fact.get("data") or {}
    proc = sub(sub(section, "entry"), "procedure", classCode="PROC", moodCode="EVN")
    templates(proc, *oids.PROCEDURE)
    entry_id(proc, document_id, "procedure", content_id)
    if data.get("ccam"):
        coded = sub(
            proc,
            "code",
            code=data["ccam"],
            displayName=data.get("label"),
            codeSystem=oids.CCAM,
            codeSystemName="CCAM",
        )
    else:
        coded = sub(proc, "code", nullFlavor="UNK")
    reference(coded, "originalText", content_id)
    reference(proc, "text", content_id)
    sub(proc, "statusCode", code="completed")
    time_el(proc, "effectiveTime", fact.get("when"), day=True)
    return proc


def family_entry(
    section: Element, document_id: str, ids: tuple[str, str], fact: dict[str, Any]
) -> Element:
    """``ids``: content IDs of the relative and of the condition in the narrative."""
    data = fact.get("data") or {}
    organizer = sub(sub(section, "entry"), "organizer", classCode="CLUSTER", moodCode="EVN")
    templates(organizer, *oids.FAMILY_ORGANIZER)
    sub(organizer, "statusCode", code="completed")
    subject = sub(organizer, "subject", typeCode="SBJ")
    templates(subject, *oids.FAMILY_SUBJECT)
    related = sub(subject, "relatedSubject", classCode="PRS")
    relation = RELATIONS.get(_plain(str(data.get("relation") or "")))
    if relation:
        coded = sub(
            related,
            "code",
            code=relation[0],
            displayName=relation[1],
            codeSystem=oids.HL7_ROLE_CODE,
            codeSystemName="RoleCode",
        )
    else:
        coded = sub(related, "code", nullFlavor="UNK")
    reference(coded, "originalText", ids[0])
    obs = sub(
        sub(organizer, "component", typeCode="COMP"), "observation", classCode="OBS", moodCode="EVN"
    )
    templates(obs, *oids.FAMILY_OBSERVATION)
    entry_id(obs, document_id, "family", ids[1])
    sub(
        obs,
        "code",
        code=DIAGNOSIS[0],
        displayName=DIAGNOSIS[1],
        codeSystem=oids.SNOMED,
        codeSystemName="SNOMED CT",
    )
    reference(obs, "text", ids[1])
    sub(obs, "statusCode", code="completed")
    sub(obs, "effectiveTime", nullFlavor="UNK")
    _cim10(obs, "value", fact, ids[1])
    return organizer
