"""Clinical sections written from the plan; every stated item is recorded as a fact."""

import random

from relais.synth.clinical.model import MedLine, PatientPlan, Result
from relais.synth.data.drugs import DRUGS
from relais.synth.data.labs import LAB_SHORT, LABS, VITALS
from relais.synth.data.phrases import (
    CONTINUED,
    MODIFIED,
    NEW,
    NO_ALLERGY,
    NO_HISTORY,
    STOPPED,
    TITLES,
)
from relais.synth.dosetext import dose_text, french_number, schedule_text
from relais.synth.fhir.common import UNIT_DISPLAY
from relais.synth.notes import identity
from relais.synth.notes.french import elided_de
from relais.synth.notes.text import Note, Piece
from relais.synth.rand import chance, pick


def title(note: Note, rng: random.Random, key: str) -> None:
    text = pick(rng, TITLES[key])
    note.line()
    note.line(text if text.endswith(":") else f"{text} :")


def history(note: Note, rng: random.Random, plan: PatientPlan) -> None:
    title(note, rng, "atcd")
    comorbidities = [d for d in plan.diagnoses if d.kind == "comorbidity"]
    if not comorbidities and not plan.surgeries:
        note.line(pick(rng, NO_HISTORY))
    for item in comorbidities:
        note.add("- ")
        note.fact("comorbidity", item.abbrev or item.display, code=item.code, resource_id=item.id)
        if chance(rng, 0.4):
            note.add(" depuis ")
            note.ident("DATE", str(item.onset.year))
        note.line()
    for surgery in plan.surgeries:
        label = surgery.detail or surgery.label
        note.add(f"- ATCD {elided_de(label)}" if chance(rng, 0.5) else "- ")
        note.fact(
            "surgical_history",
            label,
            code=surgery.code,
            resource_id=surgery.id,
        )
        note.add(" en ")
        note.ident("DATE", str(surgery.when.year))
        note.line()
    for relative in plan.family:
        note.add("- ATCD familial : " if chance(rng, 0.5) else "- ")
        female = relative.relation in ("mère", "sœur")
        if relative.deceased:
            text = f"{relative.relation} décédé{'e' if female else ''} d'un {relative.condition}"
        else:
            text = f"{relative.relation} : {relative.condition}"
        note.fact("family_history", text, resource_id=relative.id)
        if relative.age:
            note.add(" à ")
            note.ident("AGE", f"{relative.age} ans")
        note.line()


def allergies(note: Note, rng: random.Random, plan: PatientPlan) -> None:
    title(note, rng, "allergies")
    if not plan.allergies:
        note.fact("allergy", pick(rng, NO_ALLERGY), negated=True)
        note.line()
    for item in plan.allergies:
        note.fact("allergy", item.label, resource_id=item.id)
        note.line(f" ({item.manifestation})")


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def lifestyle(note: Note, rng: random.Random, plan: PatientPlan) -> None:
    title(note, rng, "lifestyle")
    life = plan.lifestyle
    note.line(
        f"{_upper_first(life['living'])}, {life['autonomy']}. "
        f"{_upper_first(life['tobacco'])}, {life['alcohol']}."
    )


def med_text(rng: random.Random, line: MedLine, dose: float) -> str:
    return f"{line.label} {schedule_text(rng, line.drug, dose, line.schedule)}"


def admission_meds(note: Note, rng: random.Random, plan: PatientPlan) -> None:
    title(note, rng, "home_meds")
    lines = [line for line in plan.meds if line.at_admission]
    if not lines:
        note.line("Pas de traitement au long cours")
    for line in lines:
        dose = line.previous_dose if line.previous_dose is not None else line.dose
        note.add("- ")
        note.fact(
            "medication",
            med_text(rng, line, dose),
            code=DRUGS[line.drug][1],
            resource_id=line.statement_id,
        )
        note.line()


def discharge_meds(note: Note, rng: random.Random, plan: PatientPlan) -> None:
    title(note, rng, "discharge_meds")
    for line in plan.meds:
        code = DRUGS[line.drug][1]
        dose = dose_text(line.drug, line.dose)
        note.add("- ")
        if line.status == "stopped":
            template = pick(rng, STOPPED)
            note.fill(
                template,
                {
                    "drug": Piece(
                        line.label,
                        fact="medication_stopped",
                        code=code,
                        resource_id=line.statement_id,
                    ),
                    "reason": Piece(line.stop_reason or ""),
                },
            )
        else:
            template = pick(rng, {"new": NEW, "modified": MODIFIED}.get(line.status, CONTINUED))
            before = (
                dose_text(line.drug, line.previous_dose) if line.previous_dose is not None else ""
            )
            sched = schedule_text(rng, line.drug, line.dose, line.schedule)
            drug = Piece(
                f"{line.label} {sched}" if "{dose}" not in template else line.label,
                fact="medication",
                code=code,
                resource_id=line.request_id,
            )
            note.fill(template, {"drug": drug, "dose": Piece(dose), "before": Piece(before)})
            if line.days:
                note.add(f" pendant {line.days} jours")
        note.line()


def lab_piece(result: Result, rng: random.Random) -> Piece:
    label = pick(rng, LAB_SHORT.get(result.key, (LABS[result.key][1],)))
    unit = UNIT_DISPLAY.get(LABS[result.key][2], LABS[result.key][2]).replace(
        "/L", pick(rng, ("/l", "/L"))
    )
    value = french_number(result.value)
    text = f"{label} {value} {unit}" if chance(rng, 0.6) else f"{label} à {value} {unit}"
    return Piece(
        text.replace(" INR", "").replace(" pH", ""),
        fact="lab",
        code=LABS[result.key][0],
        resource_id=result.id,
    )


def labs(note: Note, rng: random.Random, results: list[Result]) -> None:
    for i, result in enumerate(results):
        note.add(", " if i else "")
        note.piece(lab_piece(result, rng))
    note.line(".")


def vitals(note: Note, rng: random.Random, plan: PatientPlan) -> None:
    values = {r.key: r for r in plan.vitals}
    tas, tad = values["tas"], values["tad"]
    note.fact(
        "vital",
        f"TA {french_number(tas.value)}/{french_number(tad.value)} mmHg",
        code=VITALS["tas"][0],
        resource_id=tas.id,
    )
    for key, text in (
        ("fc", "FC {v}/min"),
        ("spo2", "SpO2 {v} %"),
        ("temp", "T° {v} °C"),
        ("fr", "FR {v}/min"),
    ):
        note.add(", ")
        result = values[key]
        note.fact(
            "vital",
            text.format(v=french_number(result.value)),
            code=VITALS[key][0],
            resource_id=result.id,
        )
    if chance(rng, 0.5):
        note.add(", poids ")
        note.fact(
            "vital",
            f"{french_number(values['poids'].value)} kg",
            code=VITALS["poids"][0],
            resource_id=values["poids"].id,
        )
    note.line(".")


def signature(note: Note, rng: random.Random, plan: PatientPlan, role: str) -> None:
    identity.doctor(note, rng, plan.attending)
    note.line(f", {role}, service de {plan.service.name.lower()}")
    note.add("Secrétariat : ")
    uf = plan.service.uf
    identity.phone(note, rng, f"02 38 51 {uf[3:5]} {uf[5:7]}")
    note.line()
