"""Which active substance a medication line holds, to match admission and discharge lines.

Identity tokens: the line's ATC code, the ATC codes its name stands for (edsnlp's ATC → names
table, read by ``relais.safety.atc``: DCI and brand names, "Lasilix" → C03CA01), English
names through ``relais.safety.names``, and with a ``Knowledge`` the substance keys of the
safety normaliser (BDPM, thesaurus). Two lines hold the same substance when their tokens meet.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from relais.safety.atc import AtcNames, read_atc
from relais.safety.knowledge import Knowledge
from relais.safety.model import Coding, MedicationLine
from relais.safety.names import english_keys, moiety, name_key, tokens
from relais.safety.patterns import ATC_SYSTEMS, STOPWORDS

Tokens = frozenset[str]


def atc_of(codings: Sequence[Coding]) -> tuple[str | None, str | None]:
    """(ATC code, its display) of the first ATC coding."""
    for coding in codings:
        system = (coding.system or "").lower()
        if coding.code and any(m in system for m in ATC_SYSTEMS):
            return coding.code.strip().upper(), coding.display
    return None, None


@dataclass(slots=True)
class SubstanceMatcher:
    names: dict[str, frozenset[str]]  # folded name → ATC codes
    knowledge: Knowledge | None = None
    _memo: dict[tuple[str, tuple[Coding, ...]], Tokens] = field(default_factory=dict)

    @classmethod
    def from_table(cls, table: AtcNames, knowledge: Knowledge | None = None) -> "SubstanceMatcher":
        names: dict[str, set[str]] = {}
        for code, written in table.names.items():
            for name in written:
                for key in {name_key(name), moiety(name)}:
                    if key:
                        names.setdefault(key, set()).add(code)
        return cls({k: frozenset(v) for k, v in names.items()}, knowledge)

    def with_knowledge(self, knowledge: Knowledge | None) -> "SubstanceMatcher":
        if knowledge is self.knowledge:
            return self
        return SubstanceMatcher(self.names, knowledge)

    def name_codes(self, text: str) -> frozenset[str]:
        """ATC codes a drug name stands for: whole name, then its leading words."""
        words = _leading_words(text)
        for n in range(len(words), 0, -1):
            key = " ".join(words[:n])
            if n == 1 and (key in STOPWORDS or len(key) < 3):
                break
            for candidate in (key, moiety(key), *english_keys(key)):
                if candidate in self.names:
                    return self.names[candidate]
        return frozenset()

    def tokens(self, label: str, codings: tuple[Coding, ...]) -> Tokens:
        memo_key = (label, codings)
        if memo_key not in self._memo:
            self._memo[memo_key] = self._tokens(label, codings)
        return self._memo[memo_key]

    def _tokens(self, label: str, codings: tuple[Coding, ...]) -> Tokens:
        found: set[str] = set()
        code, display = atc_of(codings)
        if code and len(code) >= 7:
            found.add(f"atc:{code}")
        for text in (label, display or ""):
            found |= {f"atc:{c}" for c in self.name_codes(text)}
        if self.knowledge is not None:
            normalised = self.knowledge.normaliser.normalise(
                MedicationLine("dossier/line", label, codings)
            )
            if normalised is not None:
                found |= {f"sub:{s.key}" for s in normalised.substances}
        words = _leading_words(label)
        if words:
            found.add(f"name:{moiety(' '.join(words))}")
        return frozenset(found)

    def substance_name(self, label: str, codings: tuple[Coding, ...]) -> str:
        """The DCI to show: the ATC coding's display, the safety normaliser's, else the label."""
        _, display = atc_of(codings)
        if display:
            return display
        if self.knowledge is not None:
            line = MedicationLine("dossier/line", label, codings)
            normalised = self.knowledge.normaliser.normalise(line)
            if normalised is not None:
                return " + ".join(s.name for s in normalised.substances)
        return label


def _leading_words(text: str) -> list[str]:
    """The folded words of a drug label before its first number ("Kardégic 75 mg")."""
    words = tokens(text)
    cut = next((i for i, w in enumerate(words) if w[0].isdigit()), len(words))
    return words[:cut]


@cache
def default_matcher() -> SubstanceMatcher:
    """Built on first use (about 0.2 s) and kept for the process."""
    return SubstanceMatcher.from_table(read_atc())
