"""Misspelt substance names: one close DCI, or nothing.

A word of the line that names nothing is compared with the single-word substance names of
the index sharing its first two letters: one edit (a letter added, dropped, changed, or two
letters swapped) is allowed from 8 letters, two from 12. Only a unique closest name is taken,
and the match is shown as such ("amoxiciline ≈ amoxicilline"), never as an exact name.
Plurals (a class: "tétracyclines") and words with a disease ending ("pancréatite", one letter
from "pancréatine") are never corrected.

>>> Spelling.of(["amoxicilline", "ampicilline", "clopidogrel"]).correct("amoxiciline")
'amoxicilline'
>>> Spelling.of(["amoxicilline"]).correct("amoxi") is None
True
>>> Spelling.of(["pancreatine", "tetracycline"]).correct("pancreatite") is None
True
"""

from collections.abc import Iterable
from dataclasses import dataclass

from relais.safety.patterns import NOT_CORRECTED_ENDINGS

SHORTEST = 8  # letters: shorter words are never corrected
TWO_EDITS = 12  # letters: from this length, two edits are allowed


def distance(a: str, b: str, limit: int) -> int:
    """Edits from ``a`` to ``b`` (optimal string alignment), or ``limit + 1`` beyond it."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    before: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], before[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        before, previous = previous, current
    return previous[-1]


@dataclass(frozen=True, slots=True)
class Spelling:
    by_start: dict[str, tuple[str, ...]]  # first two letters → single-word names

    @classmethod
    def of(cls, names: Iterable[str]) -> "Spelling":
        by_start: dict[str, list[str]] = {}
        for name in names:
            if " " not in name and name.isalpha() and len(name) >= SHORTEST - 2:
                by_start.setdefault(name[:2], []).append(name)
        return cls({start: tuple(sorted(found)) for start, found in by_start.items()})

    def correct(self, word: str) -> str | None:
        if len(word) < SHORTEST or not word.isalpha() or word.endswith(NOT_CORRECTED_ENDINGS):
            return None
        limit = 2 if len(word) >= TWO_EDITS else 1
        scored = [(distance(word, n, limit), n) for n in self.by_start.get(word[:2], ())]
        plural = word.endswith("s")
        close = sorted((d, n) for d, n in scored if d <= limit and n.endswith("s") >= plural)
        if not close or (len(close) > 1 and close[0][0] == close[1][0]):
            return None
        return close[0][1]
