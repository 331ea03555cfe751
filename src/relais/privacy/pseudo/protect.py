"""Clinical words that look like names and must stay: eponyms ("maladie de Parkinson",
"signe de Babinski", "voie de Watson-Jones", "Garden IV"), words of a drug's name ("Vitamine
B12 Gerda") and drug names (edsnlp's ATC terminology)."""

import gzip
import importlib.util
import json
import re
from functools import cache
from pathlib import Path

from relais.privacy.pseudo.names_data import FIRST_NAMES
from relais.privacy.pseudo.patterns import (
    EPONYM_HEADS,
    EPONYM_PHRASES,
    EPONYMS,
    NATIONAL_ORGANISATIONS,
    REFERENCE_WORKS,
    SCORED_EPONYMS,
    STRONG_EPONYM_HEADS,
    TITLES,
)
from relais.privacy.pseudo.text import fold

CAP = r"[A-Za-zÀ-ÖØ-öø-ÿœŒ][\wÀ-ÖØ-öø-ÿœŒ'’\-]*"
HEADED = re.compile(
    rf"(?<![\w])(?:{'|'.join(re.escape(h) for h in sorted(EPONYM_HEADS, key=len, reverse=True))})"
    r"s?(?:[ \t]+(?:de la|du|des|de|d'|d’|selon)[ \t]*|[ \t]+)"
    rf"({CAP}(?:[ \t\-]+(?:et|de|{CAP})){{0,3}})"
)
PHRASES = re.compile(
    "|".join(
        rf"(?<![\w]){re.escape(p)}(?![\w])"
        for p in sorted(EPONYM_PHRASES + NATIONAL_ORGANISATIONS, key=len, reverse=True)
    )
)
WORD = re.compile(r"[\w'’\-]+")
UPPER = "A-ZÀ-ÖØ-ÞŒ"
LOWER = "a-zà-öø-ÿœ"
# "voie antéro-latérale de Watson-Jones", "échelle de Hamilton", "signe d'Homans": a strong
# head, up to two lowercase words, "de", then a capitalised word (any, listed or not).
_STRONG_HEADS = "|".join(re.escape(h) for h in sorted(STRONG_EPONYM_HEADS, key=len, reverse=True))
STRONG = re.compile(
    rf"(?<![\w])(?i:{_STRONG_HEADS})"
    rf"(?:[ \t]+[{LOWER}][\w'’\-]*){{0,2}}?"
    r"(?i:[ \t]+(?:de|du|des)[ \t]+|[ \t]+d['’])"
    rf"([{UPPER}][\w'’\-]+)"
)
# A classification grade after the name: "Garden IV", "Neer III", "Child-Pugh B" stays listed.
GRADED = re.compile(rf"(?<![\w])([{UPPER}][\w'’\-]+)[ \t]+(?:I{{1,3}}|IV|VI?)[ab]?(?![\w.])")
# A scale or score named after a person, on folded text, then its value in the original text:
# "Cormack 1", "glasgow 15", "Hamilton (HDRS-17) 27", "NYHA III", "Child-Pugh B7", "Apgar 7/9/10"
# (never an age, "Berg 45 ans", a count, "Clark 3 fois", nor a phone number, "Berg 06 12 34 56 78").
_SCORED = "|".join(re.escape(w) for w in sorted(SCORED_EPONYMS, key=len, reverse=True))
SCORED = re.compile(rf"(?<![\w\-])(?:{_SCORED})(?![\w\-])")
SCORE_VALUE = re.compile(
    r"(?:[ \t]*\([^()\n]{1,25}\))?[ \t]*(?:[:=]|à|a(?=[ \t]*\d))?[ \t]*"
    r"(?:\d{1,3}(?!\d)(?![,.]\d+[ \t]*(?:ans?|years?)\b|[ \t]*(?:ans?|years?|fois)\b"
    r"|[ .]\d{2}[ .]\d{2}[ .]\d{2})"
    r"|(?:I{1,3}|IV|VI{0,3})[abcABC]?(?![\w])|[A-D]\d?(?![\w]))"
)
# "IADL de Lawton", "ADL de Katz", "GDS de Yesavage": a scale's acronym, "de", the eponym.
ACRONYM_DE = re.compile(rf"(?<![\w])([{UPPER}][{UPPER}0-9\-]{{1,7}})[ \t]+(?:de|d['’])[ \t]*$")
ESTABLISHMENT_ACRONYMS = frozenset({"CH", "CHU", "CHR", "CHI", "CHRU", "GH", "GHU", "CHS"})
# "vérifié dans le Vidal", "Vidal et Thériaque": a reference work after an article or another.
REFERENCE = re.compile(rf"(?<![\w])(?:{'|'.join(sorted(REFERENCE_WORKS))})(?![\w])")
REFERENCE_BEFORE = re.compile(
    rf"(?:(?<![\w])(?:le|du|au)|(?:{'|'.join(sorted(REFERENCE_WORKS))})[ \t]*(?:et|,))[ \t]+$"
)
# After a drug word, its strength and its maker: "Vitamine B12 Gerda", "Amlodipine Arrow".
STRENGTH = re.compile(
    rf"((?:[ \t]+(?:[A-Za-z]{{0,2}}\d[\w,./]*|mg|g|µg|mcg|ui|UI|ml|%))*)[ \t]+([{UPPER}][\w'’\-]+)"
)


def protected_spans(text: str, folded: str) -> list[tuple[int, int]]:
    """Spans of eponyms after a clinical head word, of known eponym phrases, of names before
    a grade, and of capitalised words that belong to a drug's name."""
    spans = [m.span() for m in PHRASES.finditer(folded)]
    for match in STRONG.finditer(text):
        if _not_title(match[1]):
            spans.append(match.span(1))
    for match in GRADED.finditer(text):
        if _not_title(match[1]) and not _after_title(text, match.start(1)):
            spans.append(match.span(1))
    spans.extend(_drug_makers(text, folded))
    spans.extend(_scored(text, folded))
    spans.extend(
        m.span()
        for m in REFERENCE.finditer(folded)
        if REFERENCE_BEFORE.search(folded, max(0, m.start() - 24), m.start())
    )
    for match in HEADED.finditer(folded):
        words = list(WORD.finditer(match[1]))
        if words and not _not_title(words[0].group()):
            continue  # "test de Mme Parkinson": a person
        eponymic = [w for w in words if _is_eponym(w.group())]
        if eponymic:
            last = eponymic[-1]
            spans.append((match.start(1), match.start(1) + last.end()))
    return spans


def _scored(text: str, folded: str) -> list[tuple[int, int]]:
    """Scales and scores named after a person, with their value or after a scale's acronym."""
    spans = []
    for match in SCORED.finditer(folded):
        start, end = match.span()
        if _titled_before(text, start):
            continue
        acronym = ACRONYM_DE.search(text, max(0, start - 16), start)
        if SCORE_VALUE.match(text, end) or (
            acronym is not None and acronym[1] not in ESTABLISHMENT_ACRONYMS
        ):
            spans.append((start, end))
    return spans


def _titled_before(text: str, start: int) -> bool:
    """A title among the two words before: "Mme Anna Berg", "Dr Hamilton"."""
    before = text[max(0, start - 40) : start].split()[-2:]
    return any(fold(w) in TITLES or fold(w) + "." in TITLES for w in before)


def _not_title(word: str) -> bool:
    folded = fold(word)
    return len(word) >= 3 and folded not in TITLES and folded + "." not in TITLES


def _after_title(text: str, start: int) -> bool:
    """ "M. DUPONT II": a title before the word makes it a person."""
    before = text[max(0, start - 16) : start].split()
    return bool(before) and fold(before[-1]) in TITLES


def _drug_makers(text: str, folded: str) -> list[tuple[int, int]]:
    """A capitalised word after a drug word (and its strength) is the drug's maker or brand."""
    drugs = drug_words()
    spans = []
    for word in WORD.finditer(folded):
        if word.group() not in drugs or word.group() in FIRST_NAMES:
            continue
        after = STRENGTH.match(text, word.end())
        if after and _not_title(after[2]):
            spans.append(after.span(2))
    return spans


def _is_eponym(word: str) -> bool:
    parts = re.split(r"[-'’]", word)
    return word in EPONYMS or any(p in EPONYMS for p in parts if len(p) > 2)


def is_eponym(word: str) -> bool:
    return _is_eponym(fold(word))


def edsnlp_resource(name: str) -> Path | None:
    spec = importlib.util.find_spec("edsnlp")  # locate the data without importing spaCy
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "resources" / name
    return path if path.exists() else None


@cache
def clinical_words() -> frozenset[str]:
    """Words of the CIM-10 labels (edsnlp's copy), folded, at least four letters: a vocabulary
    that a guessed name must not come from ("Insuffisance Cardiaque" is no person)."""
    path = edsnlp_resource("cim10.csv.gz")
    if path is None:
        return frozenset()
    text = gzip.decompress(path.read_bytes()).decode("utf-8").lower()
    table = {ord(c): " " for c in set(text) if not c.isalpha()}
    words = {fold(w) for w in set(text.translate(table).split()) if len(w) >= 4}
    return frozenset(words - FIRST_NAMES)


@cache
def drug_words() -> frozenset[str]:
    """Single-word drug names (brand and DCI) of edsnlp's ATC table, folded."""
    path = edsnlp_resource("drugs.json")
    if path is None:
        return frozenset()
    table: dict[str, list[str]] = json.loads(path.read_text(encoding="utf-8"))
    words = set()
    for names in table.values():
        for name in names:
            first = fold(name).split()
            if first and len(first[0]) > 3:
                words.add(first[0])
    return frozenset(words)
