"""Companies: a name after a legal or trade head ("Transports Dumont & Fils", "GAEC Meunier
frères", "Ambulances Favier") and an employer after a word of employment ("en CDI chez
Boulanger"). Reported as ``OTHER_NAME``: the name of neither a patient nor a clinician."""

import re
from collections.abc import Iterator

from relais.privacy.pseudo.lexicon import french_words
from relais.privacy.pseudo.names_data import FIRST_NAMES
from relais.privacy.pseudo.patterns import (
    COMPANY_FORMS,
    COMPANY_HEADS,
    COMPANY_KINDS,
    EMPLOYMENT_WORDS,
    TITLES,
)
from relais.privacy.pseudo.recognizers.address import city_after
from relais.privacy.pseudo.recognizers.base import GUESSED, KNOWN, Finding, Scan
from relais.privacy.pseudo.text import fold

CAP_WORD = r"[A-ZÀ-ÖØ-ÞŒ][A-Za-zÀ-ÖØ-öø-ÿœŒ'’\-]*"
TAIL = (
    r"(?:[ \t]*(?:&|et)[ \t]*(?:Fils|fils|Filles|filles|Cie|cie)(?![\w])"
    r"|[ \t]+(?:frères|Frères|fils)(?![\w]))?"
)
HEADED = re.compile(
    rf"(?<![\w])((?i:{'|'.join(re.escape(h) for h in COMPANY_HEADS)})|"
    rf"(?:{'|'.join(COMPANY_FORMS)}))(?![\w])"
    rf"[ \t]+({CAP_WORD}(?:[ \t]+{CAP_WORD}){{0,2}})({TAIL})"
)
EMPLOYER = re.compile(rf"([\w']+)[ \t]+chez[ \t]+({CAP_WORD}(?:[ \t]+{CAP_WORD})?)")


def find(scan: Scan) -> Iterator[Finding]:
    for match in HEADED.finditer(scan.text):
        if _a_name(match[2]):
            # the whole company, over a known surname inside it ("GAEC Meunier frères")
            yield Finding("OTHER_NAME", match.start(), match.end(), KNOWN, "company")
            yield from city_after(scan, match.end(), bracketed=True)  # "… Dumont (Seclin)"
    for match in EMPLOYER.finditer(scan.text):
        if fold(match[1]) in EMPLOYMENT_WORDS and _a_name(match[2]):
            yield Finding("OTHER_NAME", match.start(2), match.end(2), GUESSED, "employer")


def _a_name(words: str) -> bool:
    """Not a title, not a first name alone, not a common French word first ("Sanitaires")."""
    folded = [fold(w) for w in words.split()]
    if folded[0] in TITLES or folded[0] + "." in TITLES:
        return False
    if len(folded) == 1 and folded[0] in FIRST_NAMES:
        return False
    first = folded[0]
    if first in COMPANY_KINDS:
        return False
    return first not in french_words() and first.rstrip("sx") not in french_words()


def company_name(original: str) -> tuple[int, int] | None:
    """Where the name lies inside a company's span ("Dumont" of "Transports Dumont & Fils"), so
    that a surrogate keeps the head and the tail."""
    match = HEADED.fullmatch(original)
    return match.span(2) if match else None
