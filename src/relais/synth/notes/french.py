"""Small French writing rules the templates need (elision)."""

VOWELS = "aeiouyéèêëàâîïôûùœh"


def elided_de(word: str) -> str:
    """``d'`` before a vowel or an h (``d'hémoptysie``, ``d'œdème``), ``de `` otherwise.

    Every h counts as mute: fine for the findings the scenarios negate (no "hanche" there).
    """
    return "d'" if word[:1].lower() in VOWELS else "de "
