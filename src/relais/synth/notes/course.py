"""Sections of the discharge letter about the stay: course, pending results, follow-up."""

import random

from relais.synth.clinical.model import PatientPlan
from relais.synth.notes import identity, sections
from relais.synth.notes.story import story_values
from relais.synth.notes.text import Note
from relais.synth.rand import chance, pick
from relais.synth.timefmt import french_time


def course(note: Note, rng: random.Random, plan: PatientPlan) -> None:
    sections.title(note, rng, "course")
    note.fill(pick(rng, plan.scenario.course), story_values(rng, plan))
    note.line()
    for procedure in plan.procedures:
        note.fact("procedure", procedure.label, code=procedure.code, resource_id=procedure.id)
        note.add(" le ")
        identity.day(note, rng, procedure.when.date(), rng.choice((0, 5)))
        note.line(".")
    if plan.device is not None:
        note.add("Matériel implanté : ")
        note.fact("device", plan.device.label, resource_id=plan.device.id)
        note.line(f" (lot {plan.device.detail}).")
    if plan.transfusion is not None:
        units = plan.transfusion.extra["units"]
        note.fact(
            "transfusion",
            f"Transfusion de {units} CGR",
            code=plan.transfusion.code,
            resource_id=plan.transfusion.id,
        )
        reaction = plan.transfusion.detail
        note.line(f", réaction transfusionnelle ({reaction})." if reaction else ", bien tolérée.")
    for event in plan.adverse_events:
        note.add("Épisode de " if chance(rng, 0.5) else "Survenue d'un(e) ")
        note.fact("adverse_event", event.label, resource_id=event.id)
        note.add(" le ")
        identity.day(note, rng, event.when.date(), 5)
        note.line(".")
    if plan.screening is not None:
        note.add("Dépistage BMR/BHRe : ")
        result = plan.screening
        positive = result.code is not None
        note.fact(
            "bmr",
            result.detail or "négatif",
            code=result.code,
            resource_id=result.id,
            negated=not positive,
        )
        note.line(" — mesures de précautions complémentaires contact." if positive else ".")
    last = max(r.when for r in plan.labs)
    note.add("Biologie de sortie : ")
    sections.labs(note, rng, [r for r in plan.labs if r.when == last])


def pending(note: Note, rng: random.Random, plan: PatientPlan) -> None:
    if not plan.pending:
        return
    sections.title(note, rng, "pending")
    for event in plan.pending:
        note.add("- ")
        note.fact("pending", event.label, code=event.code, resource_id=event.id)
        note.line(" : résultat à récupérer" if chance(rng, 0.5) else " (en cours)")


def follow_up(note: Note, rng: random.Random, plan: PatientPlan) -> None:
    sections.title(note, rng, "followup")
    for event in plan.appointments:
        note.add("- ")
        note.fact("appointment", event.label, resource_id=event.id)
        note.add(" le ")
        identity.day(note, rng, event.when.date())
        note.line(f" à {french_time(event.when)}")
    for item in plan.monitoring:
        note.add("- ")
        note.fact("care_plan", item, resource_id=plan.care_plan_id)
        note.line()
