"""Write a correct sentence from a template and a stay, remembering where each fact went.

A template holds placeholders ``{role.field}`` (``{new.drug}``, ``{lab2.value}``…): the role
names a fact of the stay (``lab2`` is its second result), the field how it is written. The
rendered sentence cites every fact it used.
"""

import random
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from relais.generate.verify.measure.stays import Stay, number

_PLACEHOLDER = re.compile(r"\{([a-z]+)(\d?)\.([a-z]+)\}")
_MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
MONTH_NAMES = dict(enumerate(_MONTHS.split(), start=1))
VOWELS = tuple("aeiouyhéèêâîôœAEIOUYHÉ")


@dataclass(frozen=True, slots=True)
class Slot:
    role: str
    field: str
    start: int
    end: int
    fact_id: str


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    citations: tuple[str, ...]
    slots: tuple[Slot, ...]
    template: str


def elide(word: str, following: str) -> str:
    """ "de" + "œdème" → "d'œdème"."""
    return f"{word[:-1]}'{following}" if following.startswith(VOWELS) else f"{word} {following}"


def write_date(when: datetime, rng: random.Random, *, year: bool = True) -> str:
    day = "1er" if when.day == 1 else str(when.day)
    forms = [f"{when:%d/%m/%Y}", f"{day} {MONTH_NAMES[when.month]} {when.year}"]
    if not year:
        forms += [f"{when:%d/%m}", f"{day} {MONTH_NAMES[when.month]}"]
    return rng.choice(forms)


def write_quantity(value: float, unit: str, form: str = "dose") -> str:
    """ "80 mg"; form ``tight``: "80mg"; form ``num``: "80" (the unit left implicit)."""
    if form == "num":
        return number(value)
    if form == "tight":
        return f"{number(value)}{unit}"
    text = number(value)
    if unit == "UI" and value >= 1000:
        text = f"{int(value) // 1000} {int(value) % 1000:03d}" if value % 1000 else text
    return f"{text} {unit}".strip()


# Date fields: ``adm``/``dis``/``date`` in any usual form, ``…short`` ("3/4", "3/4/24"),
# ``…month`` ("mi-mars", "début avril", "courant mai"), ``…long`` ("mardi 12 mars 2024"),
# ``…dot`` ("12.03.2024").
DATE_KEYS = {"adm": "admission", "dis": "discharge", "date": "date"}
DATE_FORMS = ("short", "month", "long", "dot")
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


def date_field(field: str) -> tuple[str, str] | None:
    """``"admshort"`` → ``("admission", "short")``; None when not a date field."""
    for base, key in DATE_KEYS.items():
        if field == base:
            return key, "any"
        for form in DATE_FORMS:
            if field == base + form:
                return key, form
    return None


def month_part(when: datetime) -> str:
    return "début" if when.day <= 10 else "mi-" if when.day <= 20 else "fin"


def write_date_form(when: datetime, form: str, rng: random.Random, *, year: bool) -> str:
    """A date in the other forms: ``short`` ("3/4", or "3/4/24" with ``year``), ``month``
    ("mi-mars", "fin avril", "courant mai"), ``long`` ("mardi 12 mars 2024"), ``dot``
    ("12.03.2024")."""
    if form == "long":
        day = "1er" if when.day == 1 else str(when.day)
        return f"{WEEKDAYS[when.weekday()]} {day} {MONTH_NAMES[when.month]} {when.year}"
    if form == "dot":
        return f"{when:%d.%m.%Y}"
    if form == "short":
        return f"{when.day}/{when.month}" + (f"/{when.year % 100:02d}" if year else "")
    month = MONTH_NAMES[when.month]
    part = month_part(when)
    written = f"mi-{month}" if part == "mi-" else f"{part} {month}"
    return rng.choice([written, f"courant {month}"])


def field_text(
    stay: Stay,
    fact_id: str,
    field: str,
    rng: random.Random,
    negations: list[str],
    aliases: Mapping[str, tuple[str, ...]] | None = None,
) -> str:
    card = stay.cards[fact_id]
    values = card.values
    extra = (aliases or {}).get(card.names[0], ()) if card.names else ()
    if field in ("name", "drug"):
        return rng.choice(card.names + extra if extra else card.names)
    if field == "abbr":  # the template set's own short names, when it has some
        return rng.choice(extra or card.names)
    if field in ("dose", "tight", "num"):
        return write_quantity(values["dose"], values["unit"], field)
    if field == "prev":
        return write_quantity(values["previous"], values["unit"])
    if field == "sched":
        return str(values["schedule"])
    if field == "reason":
        return str(values["reason"])
    if field == "value":
        shown = number(round(values["value"], values["decimals"]), values["decimals"])
        return f"{shown} {rng.choice(values['units'])}".strip()
    if field == "bare":  # the value alone: "Hb à 9,2", "créat 130"
        return number(round(values["value"], values["decimals"]), values["decimals"])
    if dated := date_field(field):
        key, form = dated
        if form == "any":
            return write_date(values[key], rng, year=rng.random() < 0.7 or field == "date")
        return write_date_form(values[key], form, rng, year=rng.random() < 0.3)
    if field == "absent":
        form = rng.choice(negations)
        finding = card.names[0]
        return form.replace("de {f}", elide("de", finding)).replace("{f}", finding)
    raise ValueError(f"unknown field {field}")


def render(
    template: str,
    stay: Stay,
    rng: random.Random,
    negations: list[str],
    *,
    aliases: Mapping[str, tuple[str, ...]] | None = None,
) -> Sentence | None:
    """The sentence, or None when the stay lacks a fact the template needs. ``aliases``: the
    template set's extra names of a fact (keyed by its first name: English drug names,
    abbreviations), used by ``{x.name}``/``{x.drug}`` and preferred by ``{x.abbr}``."""
    parts: list[str] = []
    slots: list[Slot] = []
    cited: list[str] = []
    position = 0
    length = 0
    for match in _PLACEHOLDER.finditer(template):
        role, index, field = match.group(1), int(match.group(2) or 1), match.group(3)
        ids = stay.roles.get(role, [])
        if len(ids) < index:
            return None
        fact_id = ids[index - 1]
        literal = template[position : match.start()]
        text = field_text(stay, fact_id, field, rng, negations, aliases)
        if not parts and not literal:
            text = text[0].upper() + text[1:]
        parts += [literal, text]
        length += len(literal)
        slots.append(Slot(role, field, length, length + len(text), fact_id))
        length += len(text)
        position = match.end()
        if fact_id not in cited:
            cited.append(fact_id)
    parts.append(template[position:])
    body = "".join(parts)
    if rng.random() < 0.6:
        markers = " " + "".join(f"[{i}]" for i in cited)
    else:
        markers = f" [{', '.join(cited)}]"
    return Sentence(body.rstrip(".") + markers + ".", tuple(cited), tuple(slots), template)
