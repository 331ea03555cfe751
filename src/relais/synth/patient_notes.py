"""The notes of one detailed patient as DocumentReferences, with their truth (spans, facts)."""

import random
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from relais.synth.clinical.model import PatientPlan
from relais.synth.fhir.common import Json
from relais.synth.fhir.document import document
from relais.synth.hospital import Hospital, Practitioner
from relais.synth.ids import IdMaker
from relais.synth.notes.admission import admission_note
from relais.synth.notes.consultation import consultation_note
from relais.synth.notes.discharge import discharge_note
from relais.synth.notes.operative import operative_note
from relais.synth.notes.text import Note


@dataclass(frozen=True, slots=True)
class WrittenNote:
    id: str
    kind: str
    encounter: str
    note: Note
    resource: Json


def _written(
    id: str,
    kind: str,
    note: Note,
    plan: PatientPlan,
    encounter: str,
    author: Practitioner,
    when: datetime,
    zone: ZoneInfo,
) -> WrittenNote:
    resource = document(
        id=id,
        kind=kind,
        text=note.text,
        patient=plan.id,
        encounter=encounter,
        author=author,
        when=when,
        zone=zone,
    )
    return WrittenNote(id, kind, encounter, note, resource)


def patient_notes(
    plan: PatientPlan, hospital: Hospital, id_maker: IdMaker, zone: ZoneInfo
) -> list[WrittenNote]:
    ids = [
        id_maker.make("p", plan.number, "DocumentReference", k)
        for k in ("admission", "discharge", "operative")
    ]
    rng = random.Random(f"notes:{plan.id}")
    found = [
        _written(
            ids[0],
            "admission",
            admission_note(rng, plan, hospital),
            plan,
            plan.stay_id,
            plan.attending,
            plan.admission,
            zone,
        ),
        _written(
            ids[1],
            "discharge",
            discharge_note(rng, plan, hospital),
            plan,
            plan.stay_id,
            plan.attending,
            plan.discharge,
            zone,
        ),
    ]
    surgery = next((p for p in plan.procedures if p.kind == "surgery"), None)
    if surgery is not None:
        note = operative_note(rng, plan, hospital, surgery)
        found.append(
            _written(
                ids[2],
                "operative",
                note,
                plan,
                plan.stay_id,
                plan.surgeon or plan.attending,
                surgery.when,
                zone,
            )
        )
    if plan.consultation is not None:
        visit = plan.consultation
        note = consultation_note(rng, plan, hospital, visit)
        found.append(
            _written(
                visit.detail or "",
                "consultation",
                note,
                plan,
                visit.id,
                plan.attending,
                visit.when,
                zone,
            )
        )
    return found
