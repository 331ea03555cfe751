"""Consultation note of an outpatient visit before the stay."""

import random

from relais.synth.clinical.model import Event, PatientPlan
from relais.synth.hospital import Hospital
from relais.synth.notes import identity, sections
from relais.synth.notes.text import Note
from relais.synth.rand import chance, pick

REASONS = ("Suivi de {x}", "Consultation de suivi : {x}", "Bilan de {x}")
CONCLUSIONS = (
    "Pas de modification thérapeutique.",
    "Traitement inchangé.",
    "Poursuite du traitement en cours.",
)


def consultation_note(
    rng: random.Random, plan: PatientPlan, hospital: Hospital, visit: Event
) -> Note:
    note = Note()
    identity.header(
        note,
        rng,
        hospital=hospital,
        service=plan.service.name,
        person=plan.person,
        ipp=plan.ipp,
        nda=visit.extra["nda"],
        on=visit.when.date(),
        gp=plan.gp,
    )
    note.line()
    note.add("Consultation du ")
    identity.day(note, rng, visit.when.date())
    note.line()
    comorbidities = [d for d in plan.diagnoses if d.kind == "comorbidity"]
    if comorbidities:
        item = pick(rng, comorbidities)
        before, after = pick(rng, REASONS).split("{x}")
        note.add(before)
        note.fact("comorbidity", item.abbrev or item.display, code=item.code, resource_id=item.id)
        note.line(after + ".")
    else:
        note.line("Bilan à la demande du médecin traitant.")
    e = "e" if plan.person.sex == "female" else ""
    note.line(f"Patient{e} vu{e} seul{e}." if chance(rng, 0.5) else f"Patient{e} accompagné{e}.")
    sections.allergies(note, rng, plan)
    sections.admission_meds(note, rng, plan)
    note.line()
    note.line(pick(rng, CONCLUSIONS))
    note.add("Prochain rendez-vous dans 6 mois. ")
    identity.doctor(note, rng, plan.attending)
    note.line()
    return note
