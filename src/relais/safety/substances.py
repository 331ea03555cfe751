"""Medication line → active substances: codes first (ATC, CIS, RxNorm), then the names.

Names are matched in the line's text and in its codings' displays: DCI in French (accents,
case and salts ignored), brand names (BDPM, edsnlp), English / RxNorm ingredient names, and
a misspelt DCI when one substance name alone is close enough (``spelling``).
A line with no substance found is returned unresolved, never dropped.
"""

from dataclasses import dataclass, field

from relais.safety.model import Coding, MedicationLine, Normalised, Substance
from relais.safety.name_index import Keys, NameIndex
from relais.safety.names import english_keys, name_key, tokens, unglued
from relais.safety.patterns import (
    ATC_SYSTEMS,
    CATIONS,
    CIS_SYSTEMS,
    FIRST_WORD_ONLY,
    MINERAL_ANIONS,
    RXNORM_SYSTEMS,
    SALT_PREFIXES,
    STOPWORDS,
    STRENGTH_UNITS,
)
from relais.safety.spelling import Spelling

LONGEST_NAME = 6  # words


def _starts_drug(words: list[str], i: int) -> bool:
    """Whether a mineral word at ``i`` may name the drug (see ``FIRST_WORD_ONLY``)."""
    if i == 0 or words[i - 1] in FIRST_WORD_ONLY:
        return True  # "calcium magnésium"
    if words[i - 1][0].isdigit() or words[i - 1] in STRENGTH_UNITS:
        return True  # after a strength: "ACCUSOL 35 POTASSIUM", "2 mmol/l POTASSIUM"
    return i > 1 and words[i - 1] in ("de", "d") and words[i - 2] in SALT_PREFIXES


def _short_brand_start(words: list[str], i: int) -> bool:
    """A word of one or two letters that may begin a brand ("UN-ALFA", "L-THYROXIN")."""
    return (
        len(words[i]) <= 2
        and words[i].isalpha()
        and i + 1 < len(words)
        and len(words[i + 1]) > 2
        and words[i + 1].isalpha()
        and words[i + 1] not in STOPWORDS
    )


def _system_is(coding: Coding, markers: tuple[str, ...]) -> bool:
    system = (coding.system or "").lower()
    return any(m in system for m in markers)


@dataclass(slots=True)
class Normaliser:
    """Built once per process; remembers each distinct (text, codes) it has resolved."""

    index: NameIndex
    _memo: dict[tuple[str, tuple[Coding, ...]], tuple[Keys, str] | None] = field(
        default_factory=dict
    )
    _spelling: Spelling | None = None

    def substance(self, key: str) -> Substance:
        return Substance(
            key,
            self.index.display.get(key, key),
            key in self.index.thesaurus.substances,
        )

    def by_code(self, coding: Coding) -> tuple[Keys, str] | None:
        code = (coding.code or "").strip()
        if not code:
            return None
        if _system_is(coding, RXNORM_SYSTEMS):
            key = self.index.thesaurus.rxnorm.get(code)
            return (frozenset({key}), f"RxNorm {code}") if key else None
        if _system_is(coding, ATC_SYSTEMS):
            keys = self.index.atc.get(code.upper())
            return (keys, f"ATC {code.upper()}") if keys else None
        if _system_is(coding, CIS_SYSTEMS):
            keys = self.index.cis.get(code)
            return (keys, f"CIS {code}") if keys else None
        return None

    def scan(self, text: str) -> tuple[Keys, list[str]]:
        """Substances named in a free text, and the names that matched."""
        words = unglued(tokens(text))
        found: set[str] = set()
        matched: list[str] = []
        i = 0
        while i < len(words):
            shortest = 1
            if words[i] in STOPWORDS or words[i][0].isdigit():
                if not _short_brand_start(words, i):
                    i += 1
                    continue
                shortest = 2  # "un alfa", "l thyroxine": a brand, never the word alone
            if words[i] in CATIONS and self._counterion(words, i):
                i += 1
                continue
            for n in range(min(LONGEST_NAME, len(words) - i), shortest - 1, -1):
                name = " ".join(words[i : i + n])
                keys = self._lookup(name, first=_starts_drug(words, i), single=n == 1)
                if keys:
                    found |= keys
                    matched.append(name)
                    i += n
                    break
            else:
                corrected = self._corrected(words[i])
                if corrected and corrected != words[i]:  # a name refused above stays refused
                    found |= self.index.names[corrected]
                    matched.append(f"{words[i]} ≈ {corrected}")
                i += 1
        return frozenset(found), matched

    def _counterion(self, words: list[str], i: int) -> bool:
        """Whether the cation at ``i`` is the salt of the drug named next ("potassium
        clavulanate", "calcium folinate"), not a mineral ("potassium chloride")."""
        if i + 1 >= len(words):
            return False
        following = words[i + 1]
        if following in MINERAL_ANIONS or following in FIRST_WORD_ONLY:
            return False
        if following in STOPWORDS or following[0].isdigit():
            return False
        return self._lookup(following, first=False, single=True) is not None

    def _corrected(self, word: str) -> str | None:
        """The one substance name a misspelt word stands for (built on first use)."""
        if self._spelling is None:
            names = self.index.names
            self._spelling = Spelling.of(k for k in self.index.display if k in names)
        return self._spelling.correct(word)

    def _lookup(self, name: str, *, first: bool, single: bool) -> Keys | None:
        if single and (name in STOPWORDS or name[0].isdigit() or len(name) < 3):
            return None
        if single and name in FIRST_WORD_ONLY and not first:
            return None
        keys = self.index.names.get(name)
        if keys or name.count(" ") > 2:
            return keys
        for candidate in english_keys(name):
            keys = self.index.names.get(candidate)
            if keys:
                return keys
        return None

    def normalise(self, line: MedicationLine) -> Normalised | None:
        """The line's substances, or None when neither its codes nor its names are known."""
        memo_key = (line.label, line.codings)
        if memo_key not in self._memo:
            self._memo[memo_key] = self._resolve(line)
        found = self._memo[memo_key]
        return None if found is None else self._result(line, found[0], found[1])

    def _resolve(self, line: MedicationLine) -> tuple[Keys, str] | None:
        for coding in line.codings:
            hit = self.by_code(coding)
            if hit:
                return hit
        for text in (line.label, *(c.display or "" for c in line.codings)):
            whole = self.index.names.get(name_key(text))
            keys, matched = (whole, [name_key(text)]) if whole else self.scan(text)
            if keys:
                return keys, "nom : " + ", ".join(matched)
        return None

    def _result(self, line: MedicationLine, keys: Keys, method: str) -> Normalised:
        substances = tuple(sorted((self.substance(k) for k in keys), key=lambda s: s.key))
        return Normalised(line, substances, method)
