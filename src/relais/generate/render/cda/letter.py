"""The body of a lettre de liaison (volet LDL-SES 2022.01), section by section."""

from typing import Any

from relais.generate.draft import codes
from relais.generate.render.cda import sections
from relais.generate.render.cda.allergies import allergy_entry
from relais.generate.render.cda.common import item_rows, listed, prose, treatments
from relais.generate.render.cda.devices import device_entry
from relais.generate.render.cda.model import CdaContext
from relais.generate.render.cda.narrative import section, text_block
from relais.generate.render.cda.plan import appointment_entry, follow_up_entry
from relais.generate.render.cda.status import status_section
from relais.generate.render.cda.summary import events_section
from relais.generate.render.cda.xml import Element


def letter_body(body: Element, document: dict[str, Any], context: CdaContext) -> None:
    drafted = {s["code"]: s for s in document["sections"]}
    doc_id = document["id"]
    stay = document.get("stay") or {}
    status_section(body, document, letter=True)
    reason = section(body, doc_id, sections.REASON, "Motif d'hospitalisation")
    text_block(reason, paragraphs=[prose(drafted.get(codes.MOTIF))])
    events_section(body, document, drafted.get(codes.STAY_SUMMARY), context)
    if (drafted.get(codes.STOPPED_TREATMENT) or {}).get("items"):
        treatments(
            body,
            document,
            sections.ADMINISTERED,
            "Traitements arrêtés pendant le séjour",
            drafted.get(codes.STOPPED_TREATMENT),
            prefix="arret",
            stopped=True,
        )
    treatments(
        body,
        document,
        sections.DISCHARGE,
        "Traitements à la sortie",
        drafted.get(codes.DISCHARGE_TREATMENT),
        prefix="sortie",
        stopped=False,
        low=stay.get("end"),
    )
    pending = section(body, doc_id, sections.RESULTS, "Résultats en attente")
    listed(
        pending,
        drafted.get(codes.PENDING),
        item_rows((drafted.get(codes.PENDING) or {}).get("items") or [], "attente"),
        header="Résultat attendu",
    )
    _care_plan(body, document, drafted.get(codes.FOLLOW_UP))
    _devices(body, document, drafted.get(codes.DEVICES))
    _allergies(body, document, drafted.get(codes.ALLERGIES))


def _care_plan(body: Element, document: dict[str, Any], drafted: dict[str, Any] | None) -> None:
    sect = section(body, document["id"], sections.CARE_PLAN, "Suites à donner")
    rows = item_rows((drafted or {}).get("items") or [], "suite")
    listed(sect, drafted, rows, header="Suites à donner")
    facts = document.get("facts") or {}
    for cid, item in rows:
        fact = facts.get(item.get("fact") or "", {})
        if fact.get("kind") == "appointment":
            appointment_entry(sect, document["id"], cid, fact)
        else:
            follow_up_entry(sect, document["id"], cid, fact or {"text": item["text"]})


def _devices(body: Element, document: dict[str, Any], drafted: dict[str, Any] | None) -> None:
    rows = item_rows((drafted or {}).get("items") or [], "dm")
    if not rows:
        return
    sect = section(body, document["id"], sections.DEVICES, "Dispositifs médicaux")
    listed(sect, drafted, rows, header="Dispositif médical")
    facts = document.get("facts") or {}
    for cid, item in rows:
        device_entry(sect, document["id"], cid, facts.get(item.get("fact") or "", {}))


def _allergies(body: Element, document: dict[str, Any], drafted: dict[str, Any] | None) -> None:
    sect = section(body, document["id"], sections.ALLERGIES, "Allergies et intolérances")
    rows = item_rows((drafted or {}).get("items") or [], "allergie")
    listed(sect, drafted, rows, header="Allergie ou intolérance")
    facts = document.get("facts") or {}
    pairs = [(cid, facts.get(item.get("fact") or "", {})) for cid, item in rows]
    denied = any(f.get("kind") == "allergy" and f.get("negated") for f in facts.values())
    allergy_entry(sect, document["id"], pairs, known_none=denied)
