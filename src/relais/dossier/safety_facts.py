"""Medication safety findings (``relais.safety``) as INTERACTION / ALLERGY_CONFLICT facts."""

from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy import Connection

from relais.domain.facts import FactKind, Source
from relais.dossier.draft import Draft
from relais.dossier.medlines import MedLine
from relais.safety.facts import safety_facts
from relais.safety.knowledge import Knowledge
from relais.safety.model import MedicationLine
from relais.safety.records import patient_allergies, patient_lines

KINDS = {"interaction": FactKind.INTERACTION, "allergy_conflict": FactKind.ALLERGY_CONFLICT}


def _source(reference: str) -> Source:
    resource_type, _, resource_id = reference.partition("/")
    return Source(resource_type, resource_id)


def safety_drafts(
    conn: Connection,
    knowledge: Knowledge,
    patient_id: str,
    lines: Sequence[MedLine] | None,
) -> list[Draft]:
    """Findings among ``lines`` taken together (a stay's discharge treatment), or, with None,
    among all the patient's lines by their periods of activity, courses finished before today
    left out (the synthèse médicale is today's: a course taken last year while allergic is
    history, not an alert)."""
    now: datetime | None = None
    if lines is None:
        checked = patient_lines(conn, patient_id)
        now = datetime.now(UTC)
    else:
        checked = [
            MedicationLine(str(line.source), line.label, line.codings, "active", None, None)
            for line in lines
        ]
    report = knowledge.check(checked, patient_allergies(conn, patient_id), now=now)
    found = []
    for fact in safety_facts(report):
        sources = list(fact.sources)
        found.append(
            Draft(
                KINDS[fact.kind],
                fact.text,
                _source(sources[-1]),
                data={
                    "sources": sources,
                    "provenance": fact.provenance,
                    "tier": fact.tier.value,
                    "key": fact.key,
                },
            )
        )
    return found
