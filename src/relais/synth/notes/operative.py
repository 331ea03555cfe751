"""Compte rendu opératoire (hip fracture): indication, installation, approach, steps, implant."""

import random

from relais.synth.clinical.model import Event, PatientPlan
from relais.synth.data.operative import (
    AFTER,
    APPROACH,
    CEMENT,
    CLOSING,
    INCIDENTS,
    INSTALLATION,
    SIDES,
    STEPS,
)
from relais.synth.hospital import Hospital
from relais.synth.notes import identity
from relais.synth.notes.text import Note
from relais.synth.rand import pick


def operative_note(
    rng: random.Random, plan: PatientPlan, hospital: Hospital, surgery: Event
) -> Note:
    note = Note()
    identity.header(
        note,
        rng,
        hospital=hospital,
        service=plan.service.name,
        person=plan.person,
        ipp=plan.ipp,
        nda=plan.stay_nda,
        on=surgery.when.date(),
        gp=None,
    )
    note.line()
    note.add("COMPTE RENDU OPÉRATOIRE — ")
    identity.day(note, rng, surgery.when.date())
    note.line()
    note.add("Opérateur : ")
    identity.doctor(note, rng, plan.surgeon or plan.attending)
    note.line()
    side = pick(rng, SIDES)
    principal = plan.diagnoses[0]
    note.add("Indication : ")
    note.fact(
        "diagnosis",
        f"{principal.display.lower()} {side}",
        code=principal.code,
        resource_id=principal.id,
    )
    note.line(".")
    note.add("Intervention : ")
    note.fact("procedure", surgery.label, code=surgery.code, resource_id=surgery.id)
    note.line(f" ({surgery.code}), côté {side.removesuffix('e') if side == 'droite' else side}.")
    note.line(pick(rng, INSTALLATION).format(side_opp=SIDES[1 - SIDES.index(side)]))
    note.line(pick(rng, APPROACH))
    note.line(pick(rng, STEPS))
    implant = plan.device.label if plan.device is not None else ""
    note.line(CEMENT[1] if "non cimentée" in implant else CEMENT[0])
    if plan.device is not None:
        note.add("Matériel implanté : ")
        note.fact("device", plan.device.label, resource_id=plan.device.id)
        note.line(
            f", {plan.device.extra['manufacturer']}, réf. {plan.device.code}, "
            f"lot {plan.device.detail}."
        )
    note.line(pick(rng, CLOSING))
    note.line(pick(rng, INCIDENTS))
    note.line(pick(rng, AFTER))
    return note
