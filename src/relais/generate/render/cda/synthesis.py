"""The body of a synthèse médicale (volet VSM 2023.01)."""

from typing import Any

from relais.generate.draft import codes
from relais.generate.render.cda import sections
from relais.generate.render.cda.allergies import allergy_entry
from relais.generate.render.cda.common import item_rows, listed, prose, treatments
from relais.generate.render.cda.model import CdaContext
from relais.generate.render.cda.narrative import section, text_block
from relais.generate.render.cda.problems import family_entry, problem_entry, procedure_entry
from relais.generate.render.cda.status import status_section
from relais.generate.render.cda.xml import Element


def synthesis_body(body: Element, document: dict[str, Any], context: CdaContext) -> None:
    drafted = {s["code"]: s for s in document["sections"]}
    doc_id = document["id"]
    facts = document.get("facts") or {}
    top = section(
        body,
        doc_id,
        sections.SUMMARY,
        "Pathologies en cours, antécédents, allergies et facteurs de risque",
    )
    text_block(top, paragraphs=[("synthese", prose(drafted.get(codes.CONCLUSIONS)))])
    history = section(
        top, doc_id, sections.HISTORY_AND_PHYSICAL, "Pathologies en cours, antécédents et allergies"
    )
    text_block(history, paragraphs=["Pathologies en cours, antécédents et allergies"])
    for kind, code, title, prefix in (
        (sections.ACTIVE_PROBLEMS, codes.PROBLEMS, "Pathologies en cours", "pathologie"),
        (sections.PAST_ILLNESS, codes.MEDICAL_HISTORY, "Antécédents médicaux", "atcd-med"),
    ):
        sect = section(history, doc_id, kind, title)
        rows = item_rows((drafted.get(code) or {}).get("items") or [], prefix)
        listed(sect, drafted.get(code), rows, header=title)
        for cid, item in rows:
            problem_entry(
                sect,
                doc_id,
                cid,
                facts.get(item.get("fact") or "", {}),
                active=code == codes.PROBLEMS,
            )
    surgeries = section(history, doc_id, sections.SURGERIES, "Antécédents chirurgicaux")
    rows = item_rows((drafted.get(codes.SURGICAL_HISTORY) or {}).get("items") or [], "atcd-chir")
    listed(surgeries, drafted.get(codes.SURGICAL_HISTORY), rows, header="Antécédent chirurgical")
    for cid, item in rows:
        procedure_entry(surgeries, doc_id, cid, facts.get(item.get("fact") or "", {}))
    _allergies(history, document, drafted.get(codes.ALLERGIES))
    _risks(top, document, drafted)
    vigilance = section(body, doc_id, sections.RESULTS, "Résultats notables et points de vigilance")
    listed(
        vigilance,
        drafted.get(codes.VIGILANCE),
        item_rows((drafted.get(codes.VIGILANCE) or {}).get("items") or [], "vigilance"),
        header="Point de vigilance",
    )
    plan = section(body, doc_id, sections.TREATMENT_PLAN, "Traitement au long cours et suivi")
    listed(
        plan,
        drafted.get(codes.FOLLOW_UP),
        item_rows((drafted.get(codes.FOLLOW_UP) or {}).get("items") or [], "suivi"),
        header="Suivi prévu",
    )
    treatments(
        plan,
        document,
        sections.MEDICATIONS,
        "Traitement au long cours",
        drafted.get(codes.LONG_TERM_TREATMENT),
        prefix="ttt",
        stopped=False,
    )
    status_section(body, document, letter=False)


def _allergies(parent: Element, document: dict[str, Any], drafted: dict[str, Any] | None) -> None:
    sect = section(parent, document["id"], sections.ALLERGIES, "Allergies et intolérances")
    rows = item_rows((drafted or {}).get("items") or [], "allergie")
    listed(sect, drafted, rows, header="Allergie ou intolérance")
    facts = document.get("facts") or {}
    pairs = [(cid, facts.get(item.get("fact") or "", {})) for cid, item in rows]
    denied = any(f.get("kind") == "allergy" and f.get("negated") for f in facts.values())
    allergy_entry(sect, document["id"], pairs, known_none=denied)


def _risks(parent: Element, document: dict[str, Any], drafted: dict[str, dict[str, Any]]) -> None:
    doc_id = document["id"]
    facts = document.get("facts") or {}
    risks = section(parent, doc_id, sections.RISK_FACTORS, "Facteurs de risque")
    listed(
        risks,
        drafted.get(codes.RISK_FACTORS),
        item_rows((drafted.get(codes.RISK_FACTORS) or {}).get("items") or [], "risque"),
        header="Facteur de risque (mode de vie)",
    )
    family = section(risks, doc_id, sections.FAMILY, "Antécédents familiaux")
    rows = item_rows((drafted.get(codes.FAMILY_HISTORY) or {}).get("items") or [], "atcd-fam")
    if rows:
        table = []
        for cid, item in rows:
            data = (facts.get(item.get("fact") or "", {}).get("data")) or {}
            table.append(
                [
                    (f"{cid}-lien", str(data.get("relation") or "Non précisé")),
                    (cid, str(data.get("label") or item["text"])),
                ]
            )
        text_block(family, headers=("Lien de parenté", "Antécédent"), rows=table)
    else:
        text_block(family, paragraphs=[prose(drafted.get(codes.FAMILY_HISTORY))])
    for cid, item in rows:
        family_entry(family, doc_id, (f"{cid}-lien", cid), facts.get(item.get("fact") or "", {}))
