"""Is a finding written as present, absent or uncertain in the sentence? French cues.

>>> from relais.generate.verify.text import Folded
>>> def at(sentence: str, word: str) -> Polarity:
...     folded = Folded.of(sentence)
...     start = folded.text.index(word)
...     return polarity(folded, start, start + len(word))
>>> at("Pas de fièvre ni de toux.", "toux")
<Polarity.ABSENT: 'absent'>
>>> at("Embolie pulmonaire éliminée par angioscanner.", "embolie pulmonaire")
<Polarity.ABSENT: 'absent'>
>>> at("Pas de fièvre, toux productive.", "toux")
<Polarity.PRESENT: 'present'>
>>> at("Suspicion de pneumopathie.", "pneumopathie")
<Polarity.UNCERTAIN: 'uncertain'>
>>> at("Œdème des membres inférieurs : 0, Ø toux.", "oedeme")
<Polarity.ABSENT: 'absent'>
>>> at("Œdème des membres inférieurs : 0, Ø toux.", "toux")
<Polarity.ABSENT: 'absent'>
"""

import re
from functools import lru_cache

from relais.generate.verify.model import Polarity
from relais.generate.verify.patterns import (
    CLAUSE_BREAK,
    FINDING_COMPLEMENT,
    HYPOTHESIS,
    LIST_GOES_ON,
    NEGATION_AFTER,
    NEGATION_BEFORE,
    NEGATION_JUST_BEFORE,
    NEGATION_REACH,
    NOT_A_CLAIM,
    RESOLUTION,
)
from relais.generate.verify.text import Folded


@lru_cache(maxsize=1)
def _regexes() -> dict[str, re.Pattern[str]]:
    return {
        "before": re.compile(NEGATION_BEFORE),
        "just_before": re.compile(NEGATION_JUST_BEFORE),
        "after": re.compile(NEGATION_AFTER),
        "break": re.compile(CLAUSE_BREAK),
        "hypothesis": re.compile(HYPOTHESIS),
        "resolution": re.compile(RESOLUTION),
        "list": re.compile(LIST_GOES_ON),
        "mention": re.compile(NOT_A_CLAIM),
        "complement": re.compile(FINDING_COMPLEMENT),
    }


def clause_before(text: str, start: int) -> str:
    """The part of the clause before ``start`` that a negation cue can reach."""
    rx = _regexes()
    window = text[max(0, start - NEGATION_REACH) : start]
    cut = 0
    for match in rx["break"].finditer(window):
        cut = match.end()
    window = window[cut:]
    for match in rx["after"].finditer(window):  # "X non retrouvé et Y": the cue was X's
        window = window[match.end() :]
    while "," in window:
        head, _, tail = window.rpartition(",")
        if rx["list"].search(tail):
            break
        window = tail
    return window


def negated_after(after: str) -> bool:
    """A postposed cue right after the finding, or after its complement ("œdème des membres
    inférieurs non retrouvé")."""
    rx = _regexes()
    if rx["after"].match(after):
        return True
    complement = rx["complement"].match(after)
    return bool(complement and rx["after"].match(after[complement.end() :]))


def polarity(folded: Folded, start: int, end: int) -> Polarity:
    """Polarity of the finding at folded ``[start, end)``."""
    rx = _regexes()
    text = folded.text
    before = clause_before(text, start)
    after = text[end : end + 40]
    if rx["mention"].search(before):
        return Polarity.MENTIONED
    if rx["resolution"].search(before):
        return Polarity.UNCERTAIN
    negated_before = rx["before"].search(before) or rx["just_before"].search(before)
    if negated_before or negated_after(after):
        return Polarity.ABSENT
    if rx["hypothesis"].search(before) or rx["hypothesis"].match(after.lstrip()):
        return Polarity.UNCERTAIN
    return Polarity.PRESENT
