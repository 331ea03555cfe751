"""The deterministic sections of a synthèse médicale (volet VSM), from a patient's facts."""

from datetime import datetime
from typing import Any

from relais.domain.facts import Fact, FactKind
from relais.dossier.model import Dossier
from relais.generate.draft import codes
from relais.generate.draft.document import Section
from relais.generate.draft.items import fact_item, medication_lines
from relais.generate.draft.letter import status_section

ACTIVE = (None, "active", "recurrence", "relapse")
SURGICAL = "chirurgical"


def _section(code: str, facts: list[Fact]) -> Section:
    items = [fact_item(f) for f in facts]
    return Section(
        code,
        codes.SYNTHESIS_SECTIONS[code],
        generated=False,
        text=None if items else codes.NONE_TEXT[code],
        items=items,
    )


def _when(fact: Fact) -> datetime:
    return fact.when or datetime.min


def _latest_abnormal(facts: list[Fact]) -> list[Fact]:
    """The latest value of each analyte, kept when it is out of range."""
    latest: dict[str, Fact] = {}
    for fact in facts:
        label = str(fact.data.get("label") or fact.text)
        if label not in latest or _when(fact) >= _when(latest[label]):
            latest[label] = fact
    return [f for f in latest.values() if f.data.get("abnormal")]


def vigilance(dossier: Dossier) -> list[Fact]:
    """Alerts, adverse events, positive screenings, pending and abnormal latest results."""
    of = dossier.of_kind
    positive = [f for f in of(FactKind.MICROBIOLOGY) if f.data.get("positive")]
    return [
        *of(FactKind.INTERACTION, FactKind.ALLERGY_CONFLICT, FactKind.ADVERSE_EVENT),
        *positive,
        *of(FactKind.PENDING_RESULT),
        *_latest_abnormal(of(FactKind.OBSERVATION)),
    ]


def synthesis_sections(dossier: Dossier, narrative: Section) -> list[Section]:
    of = dossier.of_kind
    problems = [
        f
        for f in of(FactKind.PROBLEM, FactKind.DIAGNOSIS)
        if not f.negated and f.data.get("clinical_status") in ACTIVE
    ]
    history = [f for f in of(FactKind.HISTORY) if not f.negated]
    treatment = Section(
        codes.LONG_TERM_TREATMENT,
        codes.SYNTHESIS_SECTIONS[codes.LONG_TERM_TREATMENT],
        generated=False,
    )
    treatment.items = medication_lines(dossier.facts, stopped=False) or [
        item  # no discharge prescription: the treatment recorded otherwise (EHR, admission)
        for item in medication_lines(dossier.facts, stopped=True)
        if item["status"] == "unreconciled"
    ]
    treatment.text = None if treatment.items else codes.NONE_TEXT[codes.LONG_TERM_TREATMENT]
    vigilance_items: list[dict[str, Any]] = [fact_item(f) for f in vigilance(dossier)]
    return [
        narrative,
        _section(codes.PROBLEMS, problems),
        _section(codes.MEDICAL_HISTORY, [f for f in history if f.data.get("type") != SURGICAL]),
        _section(codes.SURGICAL_HISTORY, [f for f in history if f.data.get("type") == SURGICAL]),
        _section(codes.ALLERGIES, [f for f in of(FactKind.ALLERGY) if not f.negated]),
        _section(codes.RISK_FACTORS, of(FactKind.RISK_FACTOR)),
        _section(codes.FAMILY_HISTORY, of(FactKind.FAMILY_HISTORY)),
        Section(
            codes.VIGILANCE,
            codes.SYNTHESIS_SECTIONS[codes.VIGILANCE],
            generated=False,
            text=None if vigilance_items else "Aucune alerte ni résultat anormal récent.",
            items=vigilance_items,
        ),
        treatment,
        _section(codes.FOLLOW_UP, of(FactKind.APPOINTMENT, FactKind.FOLLOW_UP)),
        status_section(codes.SYNTHESIS_SECTIONS[codes.STATUS]),
    ]
