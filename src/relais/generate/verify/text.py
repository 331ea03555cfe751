"""Folded text with offsets back into the sentence, and citation markers masked.

Patterns run on a folded copy (lower case, no accents, ``œ`` → ``oe``, µ → ``u``, every kind
of space → `` ``); each match is mapped back to the span of the original sentence.

>>> folded = Folded.of("Œdème à 5,8 µmol/l")
>>> folded.text
'oedeme a 5,8 umol/l'
>>> folded.span(13, 19)
Span(start=12, end=18, text='µmol/l')
"""

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from relais.generate.verify.model import Span
from relais.generate.verify.patterns import CITATION

_CITATION = re.compile(CITATION)
_SPECIAL = {"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "µ": "u", "μ": "u", "’": "'", "ß": "ss"}


@lru_cache(maxsize=4096)
def fold_char(char: str) -> str:
    if char.isascii():
        return char.lower()
    if char in _SPECIAL:
        return _SPECIAL[char]
    if char.isspace():
        return " "
    decomposed = unicodedata.normalize("NFKD", char)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def fold(text: str) -> str:
    return "".join(fold_char(c) for c in text)


@dataclass(frozen=True, slots=True)
class Folded:
    """The folded text, and for each folded character the index of its original one."""

    original: str
    text: str
    origin: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> "Folded":
        parts: list[str] = []
        origin: list[int] = []
        for index, char in enumerate(text):
            folded = fold_char(char)
            parts.append(folded)
            origin.extend([index] * len(folded))
        return cls(text, "".join(parts), tuple(origin))

    def at(self, index: int) -> int:
        """The folded offset of the original character ``index`` (or of the end)."""
        return bisect_left(self.origin, index)

    def span(self, start: int, end: int) -> Span:
        """The original ``(start, end, text)`` of the folded span ``[start, end)``."""
        if start >= end:
            first = self.origin[start] if start < len(self.origin) else len(self.original)
            return Span(first, first, "")
        first, last = self.origin[start], self.origin[end - 1] + 1
        return Span(first, last, self.original[first:last])


def mask_citations(text: str) -> str:
    """Citation markers ("[F12]", "[F3, F4]") replaced by spaces: offsets unchanged."""
    return _CITATION.sub(lambda m: " " * len(m.group(0)), text)


def cited_ids(text: str) -> list[str]:
    """Fact ids named by citation markers in the text, in order, without repeats."""
    found: list[str] = []
    for marker in _CITATION.finditer(text):
        for fact_id in re.findall(r"F\d+", marker.group(0), flags=re.IGNORECASE):
            if fact_id.upper() not in found:
                found.append(fact_id.upper())
    return found
