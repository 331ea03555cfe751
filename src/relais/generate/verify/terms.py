"""A fast matcher of multi-word diagnosis terms over folded text: a trie of word tokens, longest
match first, words joined only by spaces, apostrophes or hyphens (never across a comma).

>>> from relais.generate.verify.text import Folded
>>> index = TermIndex({("syndrome", "nephrotique"): ("N04",), ("varicelle",): ("B01",)})
>>> [(t.term, t.codes) for t in index.find(Folded.of("Syndrome néphrotique, pas de varicelle"))]
[('syndrome nephrotique', ('N04',)), ('varicelle', ('B01',))]
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from relais.generate.verify.cim10_terms import norm_token
from relais.generate.verify.text import Folded

_TOKEN = re.compile(r"[a-z0-9]+")
_JOINER = re.compile(r"^[ '-]{1,3}$")


@dataclass(slots=True)
class _Node:
    children: dict[str, "_Node"] = field(default_factory=dict)
    codes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TermMatch:
    start: int  # folded offsets
    end: int
    term: str  # the term's normalised tokens, joined by spaces
    codes: tuple[str, ...]


class TermIndex:
    """Built once per process from term tokens → codes (see ``cim10_terms``)."""

    def __init__(self, terms: Mapping[tuple[str, ...], tuple[str, ...]]) -> None:
        self._root = _Node()
        self.size = len(terms)
        for tokens, codes in terms.items():
            node = self._root
            for token in tokens:
                node = node.children.setdefault(token, _Node())
            node.codes = tuple(sorted({*node.codes, *codes}))

    def find(self, folded: Folded) -> list[TermMatch]:
        text = folded.text
        words = [(m.start(), m.end(), norm_token(m.group(0))) for m in _TOKEN.finditer(text)]
        found: list[TermMatch] = []
        i = 0
        while i < len(words):
            node = self._root
            best: tuple[int, tuple[str, ...]] | None = None
            j = i
            while j < len(words):
                if j > i and not _JOINER.match(text[words[j - 1][1] : words[j][0]]):
                    break
                child = node.children.get(words[j][2])
                if child is None:
                    break
                node = child
                if node.codes:
                    best = (j, node.codes)
                j += 1
            if best is None:
                i += 1
                continue
            last, codes = best
            term = " ".join(w[2] for w in words[i : last + 1])
            found.append(TermMatch(words[i][0], words[last][1], term, codes))
            i = last + 1
        return found
