"""Compte rendu d'hospitalisation / lettre de liaison addressed to the médecin traitant."""

import random

from relais.synth.clinical.model import PatientPlan
from relais.synth.data.phrases import GREETING, INTRO, ROLES, SIGN_OFF
from relais.synth.data.places import HOSPITAL
from relais.synth.hospital import Hospital
from relais.synth.notes import identity, sections
from relais.synth.notes.course import course, follow_up, pending
from relais.synth.notes.text import Note, Piece
from relais.synth.rand import chance, pick
from relais.synth.timefmt import age_at, french_date


def _intro_values(rng: random.Random, plan: PatientPlan) -> dict[str, Piece]:
    person = plan.person
    principal = plan.diagnoses[0]
    return {
        "e": Piece("e" if person.sex == "female" else ""),
        "name": Piece(f"{person.given[0]} {person.family.upper()}", span="PATIENT_NAME"),
        "age": Piece(f"{age_at(person.birth_date, plan.admission.date())} ans", span="AGE"),
        "start": Piece(french_date(plan.admission.date(), rng.randrange(5)), span="DATE"),
        "end": Piece(french_date(plan.discharge.date(), rng.randrange(5)), span="DATE"),
        "reason": Piece(
            principal.abbrev or principal.display,
            fact="diagnosis",
            code=principal.code,
            resource_id=principal.id,
        ),
    }


def discharge_note(rng: random.Random, plan: PatientPlan, hospital: Hospital) -> Note:
    note = Note()
    identity.header(
        note,
        rng,
        hospital=hospital,
        service=plan.service.name,
        person=plan.person,
        ipp=plan.ipp,
        nda=plan.stay_nda,
        on=plan.discharge.date(),
        gp=None,
    )
    note.ident("CITY", HOSPITAL["city"])
    note.add(", le ")
    identity.day(note, rng, plan.discharge.date())
    note.line()
    note.add("Destinataire : ")
    identity.doctor(note, rng, plan.gp)
    note.add(", ")
    identity.address(note, plan.gp.person)
    note.line()
    note.line()
    note.line(pick(rng, GREETING))
    note.fill(pick(rng, INTRO), _intro_values(rng, plan))
    note.line()
    sections.history(note, rng, plan)
    sections.allergies(note, rng, plan)
    sections.admission_meds(note, rng, plan)
    course(note, rng, plan)
    pending(note, rng, plan)
    sections.discharge_meds(note, rng, plan)
    follow_up(note, rng, plan)
    sections.title(note, rng, "conclusion")
    principal = plan.diagnoses[0]
    note.fact("diagnosis", principal.display, code=principal.code, resource_id=principal.id)
    for other in plan.diagnoses[1:]:
        if other.kind == "secondary":
            note.add(", ")
            note.fact("diagnosis", other.display.lower(), code=other.code, resource_id=other.id)
    note.line(".")
    exit_text = {"8": "Retour à domicile", "7": "Transfert en SSR"}.get(plan.modes[2], "Sortie")
    note.add(
        f"{exit_text} le "
        if chance(rng, 0.5)
        else f"{'RAD' if plan.modes[2] == '8' else exit_text} le "
    )
    identity.day(note, rng, plan.discharge.date())
    note.line(".")
    note.line(pick(rng, SIGN_OFF))
    sections.signature(note, rng, plan, pick(rng, ROLES[:3]))
    return note
