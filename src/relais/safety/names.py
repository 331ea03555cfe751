"""Name keys: fold accents, case and punctuation; strip salts and hydrates; English → French.

>>> name_key("Chlorhydrate de TRAMADOL")
'chlorhydrate de tramadol'
>>> moiety("CHLORHYDRATE DE TRAMADOL")
'tramadol'
>>> moiety("Amoxicilline trihydratée")
'amoxicilline'
>>> name_key("sodium (chlorure de)")
'chlorure de sodium'
>>> moiety("CHLORURE DE POTASSIUM")
'potassium'
>>> english_candidates("simvastatin")
['simvastatine']
>>> english_candidates("mefenamic acid")
['acide mefenamique']
>>> english_candidates("fusidate")
['acide fusidique']
>>> name_key("IBANDRONIQUE (ACIDE)")
'acide ibandronique'
>>> moiety("CODÉINE (PHOSPHATE DE) HÉMIHYDRATÉ")
'codeine'
>>> moiety("EXTRAIT SEC D'OPIUM")
'opium'
>>> unglued(["tahor40mg", "1cp", "vitamine", "b12"])
['tahor', '40mg', '1cp', 'vitamine', 'b12']
"""

import re
import unicodedata

from relais.safety.patterns import (
    ALIASES,
    ENGLISH_NAMES,
    ENGLISH_SUFFIX_E,
    PREPARATION_PREFIXES,
    SALT_PREFIXES,
    SALT_SUFFIXES,
)

_NOT_WORD = re.compile(r"[^a-z0-9]+")
# "sodium (chlorure de)", "codéine (phosphate de) hémihydraté", "alendronique (acide)"
_INVERTED = re.compile(r"^(.+?) \(([^()]+ (?:de|d')|acide)\)(.*)$")
# A dose glued to a name: "doliprane1000", "amlodipine5mg" (names of one or two letters
# with a number, "b12", "d3", are kept whole).
_GLUED = re.compile(r"^([a-z]{4,})(\d+[a-z]*)$")


_LATIN = str.maketrans(
    "àâäáãåçéèêëíìîïñóòôöõúùûüýÿÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜÝ’",
    "aaaaaaceeeeiiiinooooouuuuyyAAAAAACEEEEIIIINOOOOOUUUUY'",
)


def fold(text: str) -> str:
    """Lower case without accents (``œ`` → ``oe``), other characters kept."""
    if not text.isascii():
        text = text.translate(_LATIN)
    if text.isascii():
        return text.lower()
    text = text.replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def name_key(text: str) -> str:
    """A comparison key: folded, punctuation and apostrophes as spaces, single spaces."""
    folded = fold(text)
    match = _INVERTED.match(folded.strip())
    if match:
        folded = f"{match[2]} {match[1]}{match[3]}"
    return _NOT_WORD.sub(" ", folded).strip()


def tokens(text: str) -> list[str]:
    return name_key(text).split()


def unglued(words: list[str]) -> list[str]:
    """Words with a dose glued to a name split in two: "tahor40mg" → "tahor", "40mg"."""
    split: list[str] = []
    for word in words:
        match = _GLUED.match(word)
        split.extend(match.groups() if match else (word,))
    return split


def _drop_preparation(words: list[str]) -> list[str]:
    for prefix in PREPARATION_PREFIXES:
        n = len(prefix)
        if len(words) > n + 1 and tuple(words[:n]) == prefix and words[n] in ("de", "d"):
            return words[n + 1 :]
    return words


def moiety(name: str) -> str:
    """The key of the active moiety: salt prefixes ("chlorhydrate de") and suffixes dropped."""
    words = _drop_preparation(tokens(name))
    changed = True
    while changed and len(words) > 1:
        changed = False
        if len(words) > 2 and words[0] in SALT_PREFIXES and words[1] in ("de", "d"):
            words, changed = words[2:], True
        elif words[-1] in SALT_SUFFIXES and words[-2] not in ("de", "d"):
            words, changed = words[:-1], True
        elif len(words) > 2 and words[-1] in SALT_SUFFIXES and words[0] not in SALT_PREFIXES:
            words, changed = words[:-2], True  # "diclofénac de diéthylamine"
    key = " ".join(words)
    return ALIASES.get(key, key)


def english_candidates(name: str) -> list[str]:
    """French keys an English (RxNorm) ingredient name may stand for, most likely first."""
    return english_keys(name_key(name))


def english_keys(key: str) -> list[str]:
    """``english_candidates`` of a name already reduced by ``name_key``."""
    found = [ENGLISH_NAMES[key]] if key in ENGLISH_NAMES else []
    words = key.split()
    if len(words) == 2 and words[1] == "acid" and words[0].endswith("ic"):
        found.append(f"acide {words[0][:-2]}ique")
    elif len(words) == 1 and len(key) > 6 and key.endswith("ate"):
        found.append(f"acide {key[:-3]}ique")  # "clavulanate": the acid's anion
    elif words and words[-1].endswith(ENGLISH_SUFFIX_E):
        found.append(" ".join([*words[:-1], words[-1] + "e"]))
    return list(dict.fromkeys(found))
