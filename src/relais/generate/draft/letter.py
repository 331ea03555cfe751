"""The deterministic sections of a lettre de liaison, rendered straight from the stay's facts."""

from typing import Any

from relais.domain.facts import Fact, FactKind
from relais.dossier.model import Dossier
from relais.generate.draft import codes
from relais.generate.draft.document import AI_LABEL, Section
from relais.generate.draft.items import fact_item, medication_lines, yes_no_item

ALERT_KINDS = (FactKind.INTERACTION, FactKind.ALLERGY_CONFLICT)


def _section(code: str, items: list[dict[str, Any]]) -> Section:
    return Section(
        code,
        codes.LETTER_SECTIONS[code],
        generated=False,
        text=None if items else codes.NONE_TEXT[code],
        items=items,
    )


def stay_summary_items(dossier: Dossier) -> list[dict[str, Any]]:
    """The yes/no statements of the synthèse du séjour (R1112-1-2), and the safety alerts."""
    of = dossier.of_kind
    bmr = of(FactKind.MICROBIOLOGY)
    organisms = [o for f in bmr for o in f.data.get("organisms") or []]
    transfusions = of(FactKind.TRANSFUSION)
    reactions = [str(f.data["reaction"]) for f in transfusions if f.data.get("reaction")]
    items = [
        yes_no_item(
            "adverse_events",
            "Événements indésirables pendant le séjour",
            of(FactKind.ADVERSE_EVENT),
        ),
        yes_no_item(
            "bmr_screening",
            "Recherche de BMR/BHRe",
            bmr,
            details=[f"Germes : {o}" for o in organisms],
        ),
        yes_no_item(
            "transfusion",
            "Transfusion de produits sanguins labiles",
            transfusions,
            details=[f"Réaction : {r}" for r in reactions],
        ),
        yes_no_item(
            "blood_derivatives",
            "Administration de médicaments dérivés du sang",
            of(FactKind.BLOOD_DERIVATIVE),
        ),
        yes_no_item("implanted_devices", "Dispositifs implantés", of(FactKind.DEVICE)),
    ]
    items += [fact_item(f, item="alert") for f in of(*ALERT_KINDS)]
    return items


def letter_sections(dossier: Dossier, narrative: dict[str, Section]) -> list[Section]:
    """All sections in the volet's order; ``narrative`` holds the generated ones by code."""
    facts = dossier.facts
    summary = narrative[codes.STAY_SUMMARY]
    summary.items = stay_summary_items(dossier)
    follow = dossier.of_kind(FactKind.APPOINTMENT, FactKind.FOLLOW_UP)
    return [
        narrative[codes.MOTIF],
        summary,
        _section(codes.DISCHARGE_TREATMENT, medication_lines(facts, stopped=False)),
        _section(codes.STOPPED_TREATMENT, medication_lines(facts, stopped=True)),
        _section(codes.PENDING, [fact_item(f) for f in dossier.of_kind(FactKind.PENDING_RESULT)]),
        _section(codes.FOLLOW_UP, [fact_item(f) for f in follow]),
        _section(codes.ALLERGIES, [fact_item(f) for f in _allergies(facts)]),
        _section(codes.DEVICES, [fact_item(f) for f in dossier.of_kind(FactKind.DEVICE)]),
        status_section(codes.LETTER_SECTIONS[codes.STATUS]),
    ]


def _allergies(facts: tuple[Fact, ...]) -> list[Fact]:
    return [f for f in facts if f.kind is FactKind.ALLERGY and not f.negated]


def status_section(title: str) -> Section:
    """Document status (33557-0): a draft until a physician signs it."""
    item = {"item": "status", "value": "draft", "text": AI_LABEL}
    return Section(codes.STATUS, title, generated=False, text=AI_LABEL, items=[item])
