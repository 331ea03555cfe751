"""One note → findings: entities with their span, qualifiers, and values read after them."""

import re
from dataclasses import dataclass
from typing import Any

from relais.dossier.nlp.patterns import LAB_VALUE, LABS

_DOSE = re.compile(r"\s*(?P<value>\d+(?:[.,]\d+)?)\s*(?P<unit>mg|g|µg|μg|UI|ml|mL)\b")
_LABS = [
    (re.compile(rf"(?<![\w+])(?:{name})(?![\w]){LAB_VALUE}", re.IGNORECASE), label, loinc)
    for name, (label, loinc) in LABS.items()
]


@dataclass(frozen=True, slots=True)
class Finding:
    kind: str  # symptom / condition / drug / diagnosis (cim10) / lab
    label: str  # canonical name ("fièvre", "Créatinine") or the text
    text: str  # as written in the note
    start: int
    end: int
    negated: bool = False
    hypothesis: bool = False
    family: bool = False
    history: bool = False
    code: str | None = None  # ATC, CIM-10 or LOINC
    value: str | None = None
    unit: str | None = None
    date: str | None = None  # a date written in the same sentence


def _number(text: str) -> str:
    return re.sub(r"\s+", "", text)


def entity_findings(doc: Any) -> list[Finding]:
    dates = list(doc.spans.get("dates", []))
    found = []
    for ent in doc.ents:
        label = ent.label_
        if "|" in label:
            kind, name = label.split("|", 1)
        elif label == "drug":
            kind, name = "drug", ent.text
        else:
            kind, name = "diagnosis", ent.text
        value = unit = None
        end = ent.end_char
        if kind == "drug":
            dose = _DOSE.match(doc.text, ent.end_char)
            if dose:
                value, unit, end = dose["value"].replace(",", "."), dose["unit"], dose.end()
        sentence = ent.sent
        date = next(
            (d.text for d in dates if d.start >= sentence.start and d.end <= sentence.end), None
        )
        found.append(
            Finding(
                kind=kind,
                label=name,
                text=doc.text[ent.start_char : end],
                start=ent.start_char,
                end=end,
                negated=bool(ent._.negation),
                hypothesis=bool(ent._.hypothesis),
                family=bool(ent._.family),
                history=bool(ent._.history),
                code=ent.kb_id_ or None,
                value=value,
                unit=unit,
                date=date,
            )
        )
    return found


def lab_findings(text: str) -> list[Finding]:
    """Lab values and vital signs: "créatinine à 130 µmol/l", "K+ 5,8 mmol/L", "TA 145/85"."""
    found: list[Finding] = []
    taken: list[tuple[int, int]] = []
    for pattern, label, loinc in _LABS:
        for match in pattern.finditer(text):
            start, end = match.start(), match.end()
            if any(a < end and start < b for a, b in taken):
                continue
            taken.append((start, end))
            unit = match["unit"]
            found.append(
                Finding(
                    kind="lab",
                    label=label,
                    text=text[start:end],
                    start=start,
                    end=end,
                    code=loinc,
                    value=_number(match["value"]).replace(",", "."),
                    unit=unit,
                )
            )
    return sorted(found, key=lambda f: f.start)


def note_findings(doc: Any) -> list[Finding]:
    return sorted(entity_findings(doc) + lab_findings(doc.text), key=lambda f: (f.start, f.end))
