"""Allergy conflicts: a prescribed substance that is, or belongs to the class of, an allergen."""

from collections.abc import Sequence
from dataclasses import dataclass

from relais.safety.allergy_patterns import ALLERGY_CLASSES, SNOMED_ALLERGENS
from relais.safety.model import AllergyConflict, Normalised, RecordedAllergy, Substance
from relais.safety.names import name_key, tokens
from relais.safety.patterns import ATC_SYSTEMS
from relais.safety.substances import Normaliser


@dataclass(frozen=True, slots=True)
class Allergen:
    """What an allergy forbids: substances, and classes as (label, ATC prefixes)."""

    substances: frozenset[str]
    classes: tuple[tuple[str, tuple[str, ...]], ...]


def _class_label(code: str) -> str:
    """The French name of an ATC class used as an allergen ("J01C" → "pénicillines")."""
    for label, prefixes in ALLERGY_CLASSES.values():
        if prefixes == (code,):
            return label
    return f"la classe ATC {code}"


def _class_terms(text: str) -> list[str]:
    words = tokens(text)
    found = []
    for n in range(3, 0, -1):
        for i in range(len(words) - n + 1):
            term = " ".join(words[i : i + n])
            if term in ALLERGY_CLASSES:
                found.append(term)
    return found


def allergen(allergy: RecordedAllergy, normaliser: Normaliser) -> Allergen:
    substances: set[str] = set()
    terms: list[str] = []
    classes: list[tuple[str, tuple[str, ...]]] = []
    for coding in allergy.codings:
        code = (coding.code or "").strip()
        system = (coding.system or "").lower()
        if "snomed" in system and code in SNOMED_ALLERGENS:
            terms.append(SNOMED_ALLERGENS[code])
        elif any(m in system for m in ATC_SYSTEMS) and code:
            substances |= normaliser.index.atc.get(code.upper(), frozenset())
            classes.append((_class_label(code.upper()), (code.upper(),)))
    for text in (allergy.label, *(c.display or "" for c in allergy.codings)):
        terms.extend(_class_terms(text))
        whole = normaliser.index.names.get(name_key(text))
        substances |= whole if whole else normaliser.scan(text)[0]
    classes.extend(ALLERGY_CLASSES[t] for t in dict.fromkeys(terms))
    return Allergen(frozenset(substances), tuple(dict.fromkeys(classes)))


def _reason(substance: Substance, target: Allergen, atc_codes: set[str]) -> str | None:
    if substance.key in target.substances:
        return f"{substance.name} est l'allergène déclaré"
    for label, prefixes in target.classes:
        for code in sorted(atc_codes):
            if code.startswith(prefixes):
                return f"{substance.name} appartient à : {label} (ATC {code})"
    return None


def check_allergies(
    lines: Sequence[Normalised], allergies: Sequence[RecordedAllergy], normaliser: Normaliser
) -> list[AllergyConflict]:
    found: list[AllergyConflict] = []
    for allergy in allergies:
        target = allergen(allergy, normaliser)
        if not target.substances and not target.classes:
            continue
        for line in lines:
            for substance in line.substances:
                atc_codes = normaliser.index.atc_of.get(substance.key, set())
                reason = _reason(substance, target, atc_codes)
                if reason:
                    found.append(AllergyConflict(allergy, line.line, substance, reason))
    return found
