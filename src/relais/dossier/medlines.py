"""A medication line as the reconciliation reads it (one row of ``medication_lines``)."""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from relais.domain.facts import Source
from relais.dossier.doses import Dose
from relais.dossier.schedule import Schedule, parse_schedule
from relais.safety.model import Coding

RESOURCE_TYPES = {
    "request": "MedicationRequest",
    "statement": "MedicationStatement",
    "administration": "MedicationAdministration",
    "dispense": "MedicationDispense",
}


@dataclass(frozen=True, slots=True)
class MedLine:
    source: Source
    label: str
    codings: tuple[Coding, ...] = ()
    status: str | None = "active"
    status_reason: str | None = None
    dose: Dose = Dose(None, None)
    route: str | None = None
    frequency: str | None = None  # as stored: "2/j MORN,EVE"
    dosage_text: str | None = None
    duration: str | None = None
    start: datetime | None = None
    end: datetime | None = None
    recorded: datetime | None = None
    indication: str | None = None
    category: str | None = None

    @property
    def schedule(self) -> Schedule:
        return parse_schedule(self.frequency, self.dosage_text)

    @property
    def when(self) -> datetime | None:
        return self.start or self.recorded


def _codings(raw: Any) -> tuple[Coding, ...]:
    if not isinstance(raw, list):
        return ()
    return tuple(
        Coding(c.get("system"), c.get("code"), c.get("display")) for c in raw if isinstance(c, dict)
    )


def medline(row: Any) -> MedLine:
    """From a ``medication_lines`` row."""
    codings = _codings(row.codings)
    if not codings and row.code:
        codings = (Coding(row.code_system, row.code, row.display),)
    return MedLine(
        source=Source(RESOURCE_TYPES.get(row.kind, row.kind), row.fhir_id),
        label=str(row.text or row.display or row.code or "médicament sans nom"),
        codings=codings,
        status=row.status,
        status_reason=row.status_reason,
        dose=Dose(row.dose_value, row.dose_unit),
        route=row.route,
        frequency=row.frequency,
        dosage_text=row.dosage_text,
        duration=row.duration,
        start=row.start,
        end=row.end,
        recorded=row.recorded,
        indication=row.reason,
        category=row.category,
    )
