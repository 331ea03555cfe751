"""Small French writing rules the templates need (elision)."""

VOWELS = "aeiouyéèêëàâîïôûùœh"


def elided_de(word: str) -> str:
    """``d'`` before a vowel or a mute h (``d'hémoptysie``, ``d'œdème``), ``de `` otherwise."""
    return "d'" if word[:1].lower() in VOWELS else "de "
