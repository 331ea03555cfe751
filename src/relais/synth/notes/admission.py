"""Observation médicale d'entrée."""

import random

from relais.synth.clinical.model import PatientPlan
from relais.synth.data.phrases import DIFFERENTIAL, HYPOTHESIS, NEGATION_LIST
from relais.synth.hospital import Hospital
from relais.synth.notes import identity, sections
from relais.synth.notes.french import elided_de
from relais.synth.notes.story import story_values
from relais.synth.notes.text import Note, Piece
from relais.synth.rand import chance, pick
from relais.synth.timefmt import french_time


def negations(note: Note, rng: random.Random, plan: PatientPlan) -> None:
    absent = list(plan.scenario.negatives)
    rng.shuffle(absent)
    template = pick(rng, NEGATION_LIST)
    note.fill(
        template,
        {
            "a": Piece(absent[0], fact="symptom", negated=True),
            "da": Piece(elided_de(absent[0])),
            "b": Piece(absent[1], fact="symptom", negated=True),
            "db": Piece(elided_de(absent[1])),
        },
    )
    note.line()


def admission_note(rng: random.Random, plan: PatientPlan, hospital: Hospital) -> Note:
    note = Note()
    identity.header(
        note,
        rng,
        hospital=hospital,
        service=plan.service.name,
        person=plan.person,
        ipp=plan.ipp,
        nda=plan.stay_nda,
        on=plan.admission.date(),
        gp=plan.gp,
    )
    note.line()
    note.add("OBSERVATION MÉDICALE D'ENTRÉE du " if chance(rng, 0.5) else "Observation d'entrée — ")
    identity.day(note, rng, plan.admission.date())
    note.line(f" à {french_time(plan.admission)}")
    sections.title(note, rng, "motif")
    note.line(plan.scenario.ed_reason)
    sections.history(note, rng, plan)
    sections.allergies(note, rng, plan)
    sections.lifestyle(note, rng, plan)
    if plan.relatives:
        relative = plan.relatives[0]
        note.add("Personne à prévenir : ")
        note.ident("RELATIVE_NAME", f"{relative.given} {relative.family.upper()}")
        note.add(f" ({relative.relation}), ")
        identity.phone(note, rng, relative.phone)
        note.line()
    sections.admission_meds(note, rng, plan)
    sections.title(note, rng, "hdm")
    note.add(f"{identity.civility(plan.person)} ")
    note.ident("PATIENT_NAME", plan.person.family.upper())
    note.add(", ")
    identity.age(note, plan.person, plan.admission.date())
    note.add(". ")
    note.fill(pick(rng, plan.scenario.story), story_values(rng, plan))
    note.line()
    negations(note, rng, plan)
    sections.title(note, rng, "exam")
    sections.vitals(note, rng, plan)
    sections.title(note, rng, "tests")
    first = min(r.when for r in plan.labs)
    sections.labs(note, rng, [r for r in plan.labs if r.when == first and r.key != "dfg"])
    sections.title(note, rng, "hypotheses")
    principal = plan.diagnoses[0]
    note.fill(
        pick(rng, HYPOTHESIS),
        {
            "x": Piece(
                principal.abbrev or principal.display,
                fact="diagnosis",
                code=principal.code,
                resource_id=principal.id,
                hypothesis=True,
            )
        },
    )
    note.add(". ")
    other = pick(rng, plan.scenario.hypotheses)
    note.fill(pick(rng, DIFFERENTIAL), {"x": Piece(other, fact="diagnosis", hypothesis=True)})
    note.line(".")
    sections.title(note, rng, "plan")
    note.line(
        pick(rng, ("Hospitalisation en ", "Admission en ", "Transfert en "))
        + plan.service.name.lower()
        + "."
    )
    note.add("Rédigé par ")
    identity.doctor(note, rng, plan.ed_physician if chance(rng, 0.5) else plan.attending)
    note.line()
    return note
