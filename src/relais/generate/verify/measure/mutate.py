"""Mutations of a correct sentence, each the kind of error a drafting model makes, and the
flags that must catch it. A mutated value never equals what the cited facts hold (else no
citation-based check could see it)."""

import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from relais.generate.verify.measure.catalogue import (
    DRUGS,
    INVENTED_DIAGNOSES,
    OTHER_DRUGS,
)
from relais.generate.verify.measure.render import (
    Sentence,
    Slot,
    date_field,
    elide,
    write_date,
    write_date_form,
    write_quantity,
)
from relais.generate.verify.measure.stays import Stay, number

POSITIVES = ("{f}", "présence de {f}", "apparition de {f}")
INSERTIONS = (", dans un contexte de {x}",)


@dataclass(frozen=True, slots=True)
class Pools:
    """What a model may swap in or invent (real drugs and diagnoses absent from the stays),
    and how a template set writes: its extra names of the stays' facts (``aliases``, keyed by
    the fact's first name), how it states a finding (``positives``) and adds a diagnosis
    (``insertions``)."""

    drugs: tuple[str, ...] = OTHER_DRUGS
    diagnoses: tuple[str, ...] = INVENTED_DIAGNOSES
    aliases: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    positives: tuple[str, ...] = POSITIVES
    insertions: tuple[str, ...] = INSERTIONS


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


def _replace(sentence: Sentence, slot: Slot, text: str) -> Sentence:
    if slot.start == 0:
        text = text[0].upper() + text[1:]
    new = sentence.text[: slot.start] + text + sentence.text[slot.end :]
    return Sentence(new, sentence.citations, (slot,), sentence.template)


def _slots(sentence: Sentence, *fields: str) -> list[Slot]:
    return [s for s in sentence.slots if s.field in fields]


def wrong_dose(sentence: Sentence, stay: Stay, rng: random.Random, pools: Pools) -> Sentence | None:
    slots = _slots(sentence, "dose", "prev", "tight", "num")
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
    form = slot.field if slot.field in ("tight", "num") else "dose"
    return _replace(sentence, slot, write_quantity(rng.choice(options), values["unit"], form))


def _other_drug(
    stay: Stay, sentence: Sentence, rng: random.Random, pools: Pools, *, in_stay: bool
) -> str:
    cited = {stay.cards[i].values.get("drug") for i in sentence.citations}
    if in_stay:
        keys = sorted(stay.drug_keys() - cited)
        if keys:
            row = DRUGS[rng.choice(keys)]
            return rng.choice((row[0], *row[1], *pools.aliases.get(row[0], ())))
    outside = [
        n
        for k, row in DRUGS.items()
        if k not in stay.drug_keys()
        for n in (row[0], *row[1], *pools.aliases.get(row[0], ()))
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
    slots = _slots(sentence, "drug", "dose", "sched", "reason", "name", "abbr", "tight", "num")
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
    slots = _slots(sentence, "value", "bare")
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
    if slot.field == "bare":
        unit = [""]
    return _replace(sentence, slot, f"{number(wrong, decimals)} {unit[0]}".strip())


def wrong_date(sentence: Sentence, stay: Stay, rng: random.Random, pools: Pools) -> Sentence | None:
    slots = [s for s in sentence.slots if date_field(s.field)]
    if not slots:
        return None
    slot = rng.choice(slots)
    values = stay.cards[slot.fact_id].values
    key, form = date_field(slot.field) or ("", "any")
    when = values[key]
    held = {
        w.date()
        for i in sentence.citations
        for w in stay.cards[i].values.values()
        if hasattr(w, "date")
    }
    held |= {f.when.date() for i in sentence.citations if (f := stay.facts[i]).when}
    if form != "any":
        return _replace(sentence, slot, _terse_date(sentence, slot, when, held, form, rng))
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


def _terse_date(
    sentence: Sentence, slot: Slot, when: datetime, held: set[Any], form: str, rng: random.Random
) -> str:
    """Another date in the same form: another day ("3/4" → "17/4") or, written as a month
    ("mi-mars"), another month than any cited fact's."""
    old = sentence.text[slot.start : slot.end]
    months = {d.month for d in held}
    shifted = when
    while (form == "month" and shifted.month in months) or (
        form != "month" and (shifted.month, shifted.day) in {(d.month, d.day) for d in held}
    ):
        shifted = shifted + timedelta(days=rng.choice([-1, 1]) * rng.randrange(1, 40))
    return write_date_form(shifted, form, rng, year=old.count("/") == 2)


def invented_diagnosis(
    sentence: Sentence, stay: Stay, rng: random.Random, pools: Pools
) -> Sentence | None:
    known = {n.lower() for c in stay.cards.values() for n in c.names}
    name = rng.choice([d for d in pools.diagnoses if d.lower() not in known])
    slots = _slots(sentence, "name")
    slots = [s for s in slots + _slots(sentence, "abbr") if s.role in ("diag", "hist")]
    if slots:
        return _replace(sentence, rng.choice(slots), name)
    end = sentence.text.rindex(" [")
    insertion = rng.choice(pools.insertions) if len(pools.insertions) > 1 else pools.insertions[0]
    text = insertion.replace("{x}", name)
    new = sentence.text[:end] + text + sentence.text[end:]
    start = end + insertion.index("{x}")
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
    form = rng.choice(pools.positives)
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
