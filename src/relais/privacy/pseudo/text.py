"""Text helpers: accent- and case-folding, word shapes."""

import re
import unicodedata
from functools import lru_cache

APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "‐": "-", "‑": "-", "–": "-"})
LETTER = r"A-Za-zÀ-ÖØ-öø-ÿœŒæÆĀ-ɏḀ-ỿ"  # Latin-1, Extended-A and -B, Extended Additional
WORD = re.compile(rf"[{LETTER}]+(?:['-][{LETTER}]+)*")


@lru_cache(maxsize=65_536)
def fold(text: str) -> str:
    """Lowercase without accents, typographic apostrophes and hyphens made plain."""
    decomposed = unicodedata.normalize("NFKD", text.translate(APOSTROPHES))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def is_upper_word(word: str) -> bool:
    """At least two letters, all capitals (``DUPONT``, ``LE-GOFF``)."""
    return word.isupper() and sum(c.isalpha() for c in word) >= 2


def is_title_word(word: str) -> bool:
    """Capitalised (``Dupont``, ``Jean-Pierre``, ``d'Arc``) or all capitals (``DUPONT``)."""
    parts = [p for p in re.split(r"['-]", word) if p]
    if not parts:
        return False
    if is_upper_word(word):
        return True
    return any(p[0].isupper() for p in parts) and all(
        p[1:].islower() or not p[1:] for p in parts if p[0].isupper()
    )


def keep_case(model: str, value: str) -> str:
    """``value`` written in the case style of ``model`` (DUPONT, Dupont, dupont)."""
    if is_upper_word(model) or (len(model) == 1 and model.isupper()):
        return value.upper()
    if model.islower():
        return value.lower()
    if model[:1].isupper():
        return value[:1].upper() + value[1:]
    return value
