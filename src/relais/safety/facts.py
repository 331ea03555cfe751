"""Safety findings as facts for the dossier (kind ``interaction`` / ``allergy_conflict``).

Each fact cites the medication lines (and allergy) it comes from and the thesaurus edition,
so that drafting can cite it in the synthesis and the "points de vigilance" of a letter.
"""

from dataclasses import dataclass

from relais.safety.levels import Tier
from relais.safety.model import SafetyReport


@dataclass(frozen=True, slots=True)
class SafetyFact:
    kind: str  # interaction / allergy_conflict
    text: str  # one French sentence
    tier: Tier
    sources: tuple[str, ...]  # FHIR resource type/id of the lines and allergy
    provenance: str  # "Thésaurus ANSM 2020-10, entrée 1679"
    key: str


def safety_facts(report: SafetyReport) -> list[SafetyFact]:
    facts = [
        SafetyFact(
            "allergy_conflict",
            f"Allergie « {c.allergy.label} » : {c.line.label} prescrit ({c.reason}).",
            c.tier,
            (c.allergy.source, c.line.source),
            "Allergies du dossier et classes ATC",
            c.key,
        )
        for c in report.allergy_conflicts
    ]
    edition = report.edition.label
    facts += [
        SafetyFact(
            "interaction",
            f"{i.level.value} : {i.first.substance.name} ({i.first.line.label}) + "
            f"{i.second.substance.name} ({i.second.line.label}). {i.entry.risk}",
            i.tier,
            (i.first.line.source, i.second.line.source),
            f"Thésaurus ANSM {edition}, entrée {i.entry.number} ({i.entry.main} + {i.entry.plus})",
            i.key,
        )
        for i in report.interactions
    ]
    return facts
