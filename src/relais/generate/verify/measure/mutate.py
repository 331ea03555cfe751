"""Mutations of a correct sentence, each the kind of error a drafting model makes, and the
flags that must catch it. A mutated value never equals what the cited facts hold (else no
citation-based check could see it)."""

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from relais.generate.verify.measure.catalogue import (
    DRUGS,
    INVENTED_DIAGNOSES,
    OTHER_DRUGS,
)
from relais.generate.verify.measure.render import Sentence, Slot, elide, write_date, write_quantity
from relais.generate.verify.measure.stays import Stay, number


@dataclass(frozen=True, slots=True)
class Pools:
    """What a model may swap in or invent: real drugs and diagnoses absent from the stays."""

    drugs: tuple[str, ...] = OTHER_DRUGS
    diagnoses: tuple[str, ...] = INVENTED_DIAGNOSES


# A wrong value that happens to be an uncited fact's is caught as "non cité".
EXPECTED: dict[str, frozenset[str]] = {
    "wrong_dose": frozenset({"unsupported_dose", "not_cited"}),
    "swapped_drug": frozenset({"unsupported_drug", "not_cited"}),
    "invented_drug": frozenset({"unsupported_drug"}),
    "wrong_value": frozenset({"unsupported_value", "not_cited"}),
    "wrong_date": frozenset({"unsupported_date", "not_cited"}),
    "invented_diagnosis": frozenset({"unsupported_diagnosis"}),
    "denied_finding_present": frozenset({"negation_conflict"}),
}
POSITIVES = ["{f}", "présence de {f}", "apparition de {f}"]


def _replace(sentence: Sentence, slot: Slot, text: str) -> Sentence:
    if slot.start == 0:
        text = text[0].upper() + text[1:]
    new = sentence.text[: slot.start] + text + sentence.text[slot.end :]
    return Sentence(new, sentence.citations, (slot,), sentence.template)


def _slots(sentence: Sentence, *fields: str) -> list[Slot]:
    return [s for s in sentence.slots if s.field in fields]


def wrong_dose(sentence: Sentence, stay: Stay, rng: random.Random, pools: Pools) -> Sentence | None:
    slots = _slots(sentence, "dose", "prev")
    if not slots:
        return None
    slot = rng.choice(slots)
    values = stay.cards[slot.fact_id].values
    held = {values["dose"], values.get("previous")}
    for fact_id in sentence.citations:
        card = stay.cards[fact_id].values
        held |= {card.get("dose"), card.get("previous")}
    base = values["previous" if slot.field == "prev" else "dose"]
    options = [*DRUGS[values["drug"]][3], base * 2, base / 2, base * 1.5, base + 10]
    options = [v for v in options if v not in held and v > 0]
    return _replace(sentence, slot, write_quantity(rng.choice(options), values["unit"]))


def _other_drug(
    stay: Stay, sentence: Sentence, rng: random.Random, pools: Pools, *, in_stay: bool
) -> str:
    cited = {stay.cards[i].values.get("drug") for i in sentence.citations}
    if in_stay:
        keys = sorted(stay.drug_keys() - cited)
        if keys:
            row = DRUGS[rng.choice(keys)]
            return rng.choice((row[0], *row[1]))
    outside = [
        n for k, row in DRUGS.items() if k not in stay.drug_keys() for n in (row[0], *row[1])
    ]
    return rng.choice(outside + list(pools.drugs))


def swapped_drug(
    sentence: Sentence, stay: Stay, rng: random.Random, pools: Pools
) -> Sentence | None:
    slots = _slots(sentence, "drug")
    if not slots:
        return None
    name = _other_drug(stay, sentence, rng, pools, in_stay=rng.random() < 0.5)
    return _replace(sentence, rng.choice(slots), name)


def invented_drug(
    sentence: Sentence, stay: Stay, rng: random.Random, pools: Pools
) -> Sentence | None:
    slots = _slots(sentence, "drug", "dose", "sched", "reason", "name")
    if not slots:
        return None
    slot = rng.choice(slots)
    name = _other_drug(stay, sentence, rng, pools, in_stay=False)
    added = rng.choice([f" et {name}", f", associé à {name}", f" (avec {name})"])
    text = sentence.text[slot.start : slot.end] + added
    mutated = _replace(sentence, slot, text)
    start = slot.start + len(text) - len(name)
    return Sentence(
        mutated.text,
        sentence.citations,
        (Slot("x", "drug", start, start + len(name), ""),),
        sentence.template,
    )


def wrong_value(
    sentence: Sentence, stay: Stay, rng: random.Random, pools: Pools
) -> Sentence | None:
    slots = _slots(sentence, "value")
    if not slots:
        return None
    slot = rng.choice(slots)
    values = stay.cards[slot.fact_id].values
    decimals = values["decimals"]
    step = 10 ** (-decimals)
    true = values["value"]
    factor = rng.choice([-1, 1]) * rng.uniform(0.12, 0.6)
    wrong = round(true * (1 + factor), decimals)
    if abs(wrong - true) <= step:
        wrong = round(true + 3 * step * (1 if factor > 0 else -1), decimals)
    unit = sentence.text[slot.start : slot.end].split(" ", 1)[1:] or [""]
    return _replace(sentence, slot, f"{number(wrong, decimals)} {unit[0]}".strip())


def wrong_date(sentence: Sentence, stay: Stay, rng: random.Random, pools: Pools) -> Sentence | None:
    slots = _slots(sentence, "adm", "dis", "date")
    if not slots:
        return None
    slot = rng.choice(slots)
    values = stay.cards[slot.fact_id].values
    when = values[{"adm": "admission", "dis": "discharge", "date": "date"}[slot.field]]
    held = {
        w.date()
        for i in sentence.citations
        for w in stay.cards[i].values.values()
        if hasattr(w, "date")
    }
    held |= {f.when.date() for i in sentence.citations if (f := stay.facts[i]).when}
    shifted = when
    while shifted.date() in held or (shifted.month, shifted.day) in {
        (d.month, d.day) for d in held
    }:
        shifted = shifted + timedelta(days=rng.choice([-1, 1]) * rng.randrange(1, 40))
    old = sentence.text[slot.start : slot.end]
    has_year = str(when.year) in old
    text = write_date(shifted, rng, year=True)
    if not has_year:
        text = text.rsplit(" ", 1)[0] if " " in text else text[:5]
    return _replace(sentence, slot, text)


def invented_diagnosis(
    sentence: Sentence, stay: Stay, rng: random.Random, pools: Pools
) -> Sentence | None:
    known = {n.lower() for c in stay.cards.values() for n in c.names}
    name = rng.choice([d for d in pools.diagnoses if d.lower() not in known])
    slots = _slots(sentence, "name")
    slots = [s for s in slots if s.role in ("diag", "hist")]
    if slots:
        return _replace(sentence, rng.choice(slots), name)
    end = sentence.text.rindex(" [")
    text = f", dans un contexte de {name}"
    new = sentence.text[:end] + text + sentence.text[end:]
    start = end + len(text) - len(name)
    return Sentence(
        new,
        sentence.citations,
        (Slot("x", "name", start, start + len(name), ""),),
        sentence.template,
    )


def denied_finding_present(
    sentence: Sentence, stay: Stay, rng: random.Random, pools: Pools
) -> Sentence | None:
    slots = _slots(sentence, "absent")
    if not slots:
        return None
    slot = rng.choice(slots)
    finding = stay.cards[slot.fact_id].names[0]
    form = rng.choice(POSITIVES)
    return _replace(
        sentence, slot, form.replace("de {f}", elide("de", finding)).replace("{f}", finding)
    )


Mutation = Callable[[Sentence, Stay, random.Random, Pools], Sentence | None]
MUTATIONS: dict[str, Mutation] = {
    "wrong_dose": wrong_dose,
    "swapped_drug": swapped_drug,
    "invented_drug": invented_drug,
    "wrong_value": wrong_value,
    "wrong_date": wrong_date,
    "invented_diagnosis": invented_diagnosis,
    "denied_finding_present": denied_finding_present,
}
