"""The values a scenario's story and course templates refer to, as pieces (facts, spans)."""

import random

from relais.synth.clinical.model import PatientPlan, Result
from relais.synth.data.devices import THROMBOLYSIS_NOTE
from relais.synth.dosetext import french_number
from relais.synth.notes.text import Piece
from relais.synth.rand import pick


def _value(results: list[Result], key: str, last: bool = False) -> Result:
    chosen = [r for r in results if r.key == key]
    return chosen[-1] if last else chosen[0]


def story_values(rng: random.Random, plan: PatientPlan) -> dict[str, Piece]:
    female = plan.person.sex == "female"
    symptoms = list(plan.scenario.symptoms)
    rng.shuffle(symptoms)
    values = {k: Piece(v) for k, v in plan.values.items()}
    values["e"] = Piece("e" if female else "")
    values["pa"] = Piece(plan.lifestyle["pa"])
    values["s1"] = Piece(symptoms[0], fact="symptom")
    values["s2"] = Piece(symptoms[1 % len(symptoms)], fact="symptom")
    for key in ("temp", "fc"):
        vital = _value(plan.vitals, key)
        values[key] = Piece(french_number(vital.value), fact="vital", resource_id=vital.id)
    creat = [r for r in plan.labs if r.key == "creatinine"]
    values["creat"] = Piece(
        french_number(creat[0].value), fact="lab", code="14682-9", resource_id=creat[0].id
    )
    values["creat_out"] = Piece(
        french_number(creat[-1].value), fact="lab", code="14682-9", resource_id=creat[-1].id
    )
    if plan.relatives:
        relative = plan.relatives[0]
        values["proche"] = Piece(f"{relative.given} {relative.family}", span="RELATIVE_NAME")
    else:
        values["proche"] = Piece(pick(rng, ("sa voisine", "l'IDE", "les pompiers")))
    thrombolysis = next(
        (a for a in plan.administrations if a.extra.get("drug") == "alteplase"), None
    )
    if thrombolysis is not None:
        values["thrombolyse"] = Piece(
            THROMBOLYSIS_NOTE[0],
            fact="administration",
            code=thrombolysis.code,
            resource_id=thrombolysis.id,
        )
    else:
        values["thrombolyse"] = Piece(
            THROMBOLYSIS_NOTE[1], fact="administration", code="B01AD02", negated=True
        )
    return values
