"""Diagnoses named in a sentence: the lexicon of common diagnoses and abbreviations, then the
terms of the CIM-10 labels (``terms``, a ``TermIndex`` built once per process), then words
shaped like a diagnosis; optionally edsnlp's ``eds.cim10`` (slow to load: off by default).

>>> from relais.generate.verify.text import Folded
>>> [(d.span.text, d.key, d.negated) for d in find_diagnoses(Folded.of("FA, pas d'EP."))]
[('FA', 'fa', False), ('EP', 'ep', True)]
"""

import re
from functools import lru_cache
from typing import Any

from relais.generate.verify.lexicon import (
    DIAGNOSES,
    DIAGNOSIS_WORD,
    NOT_DIAGNOSIS_WORDS,
    PARENTS,
    UPPER_ONLY,
)
from relais.generate.verify.model import Diagnosis, Polarity
from relais.generate.verify.negation import polarity
from relais.generate.verify.terms import TermIndex
from relais.generate.verify.text import Folded


@lru_cache(maxsize=1)
def _regexes() -> list[tuple[str, re.Pattern[str], frozenset[str]]]:
    compiled = []
    for key, (names, _, _) in DIAGNOSES.items():
        upper = frozenset(n for n in names if n in UPPER_ONLY)
        alternation = "|".join(sorted(names, key=len, reverse=True))
        compiled.append((key, re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])"), upper))
    return compiled


WORD_PREFIX = "mot:"  # key of a diagnosis-shaped word found outside the lexicon


@lru_cache(maxsize=1)
def _word_regex() -> re.Pattern[str]:
    return re.compile(DIAGNOSIS_WORD)


def diagnosis_words(
    folded: Folded, taken: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Diagnosis-shaped words ("méningite", "sarcoïdose") outside the lexicon's matches."""
    found = []
    for match in _word_regex().finditer(folded.text):
        word = match.group(0)
        if word in NOT_DIAGNOSIS_WORDS:
            continue
        if folded.span(*match.span()).text.lower().endswith(("ité", "ités")):
            continue  # "particularité", "activité": a quality, not an inflammation
        if all(match.end() <= a or match.start() >= b for a, b, _ in taken):
            found.append((match.start(), match.end(), WORD_PREFIX + word.rstrip("s")))
    return found


TERM_PREFIX = "cim10:"  # key of a CIM-10 term (label head, or an eds.cim10 code)


def codes_of(key: str) -> tuple[str, ...]:
    return DIAGNOSES[key][1] if key in DIAGNOSES else ()


def display_of(key: str, codes: tuple[str, ...] = ()) -> str:
    if key in DIAGNOSES:
        return DIAGNOSES[key][2]
    if key.startswith(TERM_PREFIX) and codes:
        categories = dict.fromkeys(f"{c[:3]}" for c in codes)
        return "CIM-10 " + ", ".join(list(categories)[:3])
    return key.split(":", 1)[-1]


def term_matches(
    folded: Folded, terms: TermIndex | None, taken: list[tuple[int, int, str]]
) -> list[tuple[int, int, str, tuple[str, ...]]]:
    """CIM-10 terms outside the lexicon's matches: (folded start, end, key, codes)."""
    if terms is None:
        return []
    return [
        (m.start, m.end, TERM_PREFIX + m.term, m.codes)
        for m in terms.find(folded)
        if all(m.end <= a or m.start >= b for a, b, _ in taken)
    ]


def with_parents(keys: set[str]) -> set[str]:
    return keys | {PARENTS[k] for k in keys if k in PARENTS}


def lexicon_matches(folded: Folded) -> list[tuple[int, int, str]]:
    """(folded start, end, key), longest match first where two overlap."""
    found: list[tuple[int, int, str]] = []
    for key, regex, upper in _regexes():
        for match in regex.finditer(folded.text):
            if match.group(0) in upper and not folded.span(*match.span()).text.isupper():
                continue
            found.append((match.start(), match.end(), key))
    found.sort(key=lambda m: (m[0] - m[1], m[0]))
    kept: list[tuple[int, int, str]] = []
    for start, end, key in found:
        if all(end <= a or start >= b for a, b, _ in kept):
            kept.append((start, end, key))
    return sorted(kept)


def find_diagnoses(
    folded: Folded, *, cim10: Any = None, terms: TermIndex | None = None
) -> list[Diagnosis]:
    """Diagnoses with their polarity; ``terms`` the CIM-10 term index, ``cim10`` an optional
    edsnlp pipeline."""
    lexicon = [(s, e, k, codes_of(k)) for s, e, k in lexicon_matches(folded)]
    matches = lexicon + term_matches(folded, terms, [(s, e, k) for s, e, k, _ in lexicon])
    taken = [(s, e, k) for s, e, k, _ in matches]
    words = [(s, e, k, ()) for s, e, k in diagnosis_words(folded, taken)]
    found = []
    for start, end, key, codes in matches + words:
        state = polarity(folded, start, end)
        if state is not Polarity.MENTIONED:
            found.append(Diagnosis(folded.span(start, end), key, codes, state))
    if cim10 is not None:
        found.extend(_cim10(folded, cim10, found))
    return sorted(found, key=lambda d: d.span.start)


def _cim10(folded: Folded, nlp: Any, known: list[Diagnosis]) -> list[Diagnosis]:
    extra = []
    for ent in nlp(folded.original).ents:
        if ent.label_ != "cim10" or not ent.kb_id_ or len(ent.text) < 4:
            continue
        if any(c.isdigit() for c in ent.text):  # "à 300" read as code A30.0, "1m75" as M75
            continue
        if any(ent.start_char < d.span.end and d.span.start < ent.end_char for d in known):
            continue
        start = folded.origin.index(ent.start_char)
        end = start + len(ent.text)
        state = polarity(folded, start, end)
        if state is not Polarity.MENTIONED:
            code = str(ent.kb_id_)
            span = folded.span(start, end)
            extra.append(Diagnosis(span, f"{TERM_PREFIX}{code}", (code,), state))
    return extra
