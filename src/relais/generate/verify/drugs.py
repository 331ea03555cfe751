"""Drug names in a sentence → substances, through the medication-safety normaliser (BDPM
brands, DCI, English names) and/or edsnlp's ``eds.drugs`` (ATC codes).

Both are built once per process by ``tools.load_tools`` and passed in.
"""

import re
from collections.abc import Sequence
from typing import Any, Protocol

from relais.generate.verify.lexicon_drugs import DRUG_ALIASES, HOMEOPATHIC, NOT_DRUG_WORDS
from relais.generate.verify.model import Drug
from relais.generate.verify.text import Folded
from relais.safety.substances import Normaliser

_WORD = re.compile(r"[a-z0-9]+")


class DrugFinder(Protocol):
    def find(self, folded: Folded) -> list[Drug]: ...

    def atc_keys(self, code: str) -> frozenset[str]:
        """Substance keys of an ATC code (empty when the finder works on codes alone)."""
        ...


class NormaliserDrugs:
    """Substance keys from ``relais.safety``'s normaliser; spans located word by word."""

    def __init__(self, normaliser: Normaliser) -> None:
        self.normaliser = normaliser
        alternation = "|".join(f"(?:{a})" for a in DRUG_ALIASES)
        self._aliases = re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])")
        self._alias_keys = [
            (re.compile(rf"^(?:{a})$"), self.normaliser.scan(name)[0])
            for a, name in DRUG_ALIASES.items()
        ]

    def find(self, folded: Folded) -> list[Drug]:
        return merge([self._names(folded), self._short_names(folded)])

    def _short_names(self, folded: Folded) -> list[Drug]:
        """Short names the normaliser lacks ("amox-clav", "L-thyroxine", "glargine")."""
        found = []
        for match in self._aliases.finditer(folded.text):
            keys = next((k for rx, k in self._alias_keys if rx.match(match.group(0))), None)
            if keys:
                found.append(Drug(folded.span(*match.span()), keys, self._atc(keys)))
        return found

    def _names(self, folded: Folded) -> list[Drug]:
        words = [(m.start(), m.end(), m.group(0)) for m in _WORD.finditer(folded.text)]
        _, matched = self.normaliser.scan(folded.text)
        found: list[Drug] = []
        position = 0
        for name in matched:
            size = name.count(" ") + 1
            for i in range(position, len(words) - size + 1):
                if " ".join(w[2] for w in words[i : i + size]) == name:
                    keys, _ = self.normaliser.scan(name)
                    span = folded.span(words[i][0], words[i + size - 1][1])
                    if _is_drug(name, keys):
                        found.append(Drug(span, keys, self._atc(keys)))
                    position = i + size
                    break
        return found

    def _atc(self, keys: frozenset[str]) -> frozenset[str]:
        return frozenset(c for k in keys for c in self.normaliser.index.atc_of.get(k, ()))

    def atc_keys(self, code: str) -> frozenset[str]:
        return self.normaliser.index.atc.get(code.strip().upper(), frozenset())


class EdsDrugs:
    """ATC codes from edsnlp's ``eds.drugs`` (slower to load: ~10 s)."""

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp

    def find(self, folded: Folded) -> list[Drug]:
        doc = self.nlp(folded.original)
        return [
            Drug(
                folded.span(*_folded(folded, e.start_char, e.end_char)),
                frozenset(),
                frozenset({e.kb_id_}),
            )
            for e in doc.ents
            if e.label_ == "drug" and e.kb_id_
        ]

    def atc_keys(self, code: str) -> frozenset[str]:
        return frozenset()


def _is_drug(name: str, keys: frozenset[str]) -> bool:
    """Not an everyday word the index happens to hold, nor a homeopathic stock."""
    return name not in NOT_DRUG_WORDS and not all(HOMEOPATHIC in k for k in keys)


def _folded(folded: Folded, start: int, end: int) -> tuple[int, int]:
    """Folded offsets of an original span (for ``Folded.span``)."""
    first = folded.origin.index(start)
    last = first
    while last < len(folded.origin) and folded.origin[last] < end:
        last += 1
    return first, last


def merge(found: Sequence[list[Drug]]) -> list[Drug]:
    """Drugs of several finders; overlapping spans merged into one mention."""
    merged: list[Drug] = []
    for drug in sorted((d for group in found for d in group), key=lambda d: d.span.start):
        last = merged[-1] if merged else None
        if last and drug.span.start < last.span.end:
            merged[-1] = Drug(
                last.span if last.span.end >= drug.span.end else drug.span,
                last.substances | drug.substances,
                last.atc | drug.atc,
            )
        else:
            merged.append(drug)
    return merged
