"""Facts with provenance: the one currency between the record and everything Relais writes.

A ``Fact`` is one statement drawn from the record — a diagnosis, a medication line, a lab value,
an appointment, a finding in a note — with its ``Source`` (FHIR resource type and id, and for a
note the character span). The dossier numbers the facts (``F1``, ``F2``…); generated sentences
cite those ids and the verifier checks each sentence against the facts it cites.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any


class FactKind(StrEnum):
    PATIENT = "patient"  # identity line
    STAY = "stay"  # dates, service, admission / discharge modes
    PRACTITIONER = "practitioner"  # author, médecin traitant, referring physician
    REASON = "reason"  # motif d'hospitalisation
    DIAGNOSIS = "diagnosis"  # diagnosis of the stay
    PROBLEM = "problem"  # pathologie en cours (problem list)
    HISTORY = "history"  # antécédent médical or chirurgical
    FAMILY_HISTORY = "family_history"
    RISK_FACTOR = "risk_factor"  # mode de vie: tabac, alcool…
    ALLERGY = "allergy"
    MEDICATION = "medication"  # one medication line (see data["status"] for reconciliation)
    ADMINISTRATION = "administration"  # given during the stay
    OBSERVATION = "observation"  # lab value or vital sign
    PENDING_RESULT = "pending_result"
    PROCEDURE = "procedure"
    TRANSFUSION = "transfusion"
    BLOOD_DERIVATIVE = "blood_derivative"  # albumine, immunoglobulines, facteurs de coagulation
    MICROBIOLOGY = "microbiology"  # multi-resistant organism screening
    ADVERSE_EVENT = "adverse_event"
    DEVICE = "device"
    APPOINTMENT = "appointment"
    FOLLOW_UP = "follow_up"  # care plan activity, monitoring, recommendation
    NOTE_FINDING = "note_finding"  # an entity found in a clinical note by the NLP layer
    INTERACTION = "interaction"  # drug–drug interaction (medication safety)
    ALLERGY_CONFLICT = "allergy_conflict"


@dataclass(frozen=True, slots=True)
class Source:
    """Where a fact comes from: a FHIR resource, and for text a span ``[start, end)``."""

    resource_type: str
    resource_id: str
    start: int | None = None
    end: int | None = None

    @property
    def reference(self) -> str:
        return f"{self.resource_type}/{self.resource_id}"

    def __str__(self) -> str:
        span = f"#{self.start}-{self.end}" if self.start is not None else ""
        return f"{self.reference}{span}"


@dataclass(frozen=True, slots=True)
class Fact:
    """One statement of the record, in French, with its provenance.

    ``text`` is what a clinician reads ("Furosémide 80 mg, voie orale, 1 fois par jour").
    ``data`` holds the structured values the verifier compares (e.g. ``substance``, ``atc``,
    ``dose_value``, ``dose_unit``, ``value``, ``unit``, ``status`` new/continued/modified/stopped,
    ``previous_dose``, ``reason``). Negated and hypothetical findings are facts too, flagged, so
    that "pas de fièvre" can be cited and never turned into fever.
    """

    id: str
    kind: FactKind
    text: str
    source: Source
    when: datetime | None = None
    code: str | None = None
    system: str | None = None
    negated: bool = False
    hypothesis: bool = False
    data: Mapping[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "text": self.text,
            "source": str(self.source),
            "when": self.when.isoformat() if self.when else None,
            "code": self.code,
            "system": self.system,
            "negated": self.negated,
            "hypothesis": self.hypothesis,
            "data": dict(self.data),
        }


def index_facts(facts: Iterable[Fact]) -> dict[str, Fact]:
    """Facts by id; ids must be unique."""
    found: dict[str, Fact] = {}
    for fact in facts:
        if fact.id in found:
            raise ValueError(f"duplicate fact id {fact.id}")
        found[fact.id] = fact
    return found
