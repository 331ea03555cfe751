"""The ANSM interaction thesaurus in memory: entries indexed by substance or class, both ways.

Built once per process from the database (``read_thesaurus``) or straight from an edition's
files (``Thesaurus.from_data``), then passed explicitly to the checks.
"""

from dataclasses import dataclass, field

from relais.safety.model import Edition, ThesaurusEntry
from relais.safety.names import name_key
from relais.safety.thesaurus_files import ThesaurusData


@dataclass(frozen=True, slots=True)
class Match:
    """An entry that links two substances; ``via_*`` is the class that matched, if any."""

    entry: ThesaurusEntry
    via_first: str | None
    via_second: str | None
    first_is_main: bool


@dataclass(slots=True)
class Thesaurus:
    edition: Edition
    entries: tuple[ThesaurusEntry, ...]
    substances: dict[str, str]  # substance key → name as printed in the index
    classes_of: dict[str, frozenset[str]]  # substance key → class keys
    class_names: dict[str, str]  # class key → name as printed
    rxnorm: dict[str, str]  # RxNorm code → substance key
    _pairs: dict[str, dict[str, ThesaurusEntry]] = field(default_factory=dict)
    _mocs: dict[str, frozenset[str]] = field(default_factory=dict)
    _between: dict[tuple[str, str], list[Match]] = field(default_factory=dict)  # memo

    @classmethod
    def from_data(cls, data: ThesaurusData) -> "Thesaurus":
        class_names: dict[str, str] = {}
        classes_of: dict[str, frozenset[str]] = {}
        for key, (_, classes) in data.substances.items():
            keys = []
            for name in classes:
                class_names.setdefault(name_key(name), name)
                keys.append(name_key(name))
            classes_of[key] = frozenset(keys)
        thesaurus = cls(
            edition=data.edition,
            entries=tuple(data.entries),
            substances={key: name for key, (name, _) in data.substances.items()},
            classes_of=classes_of,
            class_names=class_names,
            rxnorm={code: key for key, code in data.rxnorm.items() if key in data.substances},
        )
        thesaurus._mocs = {key: classes | {key} for key, classes in classes_of.items()}
        for entry in thesaurus.entries:
            main, plus = name_key(entry.main), name_key(entry.plus)
            thesaurus._pairs.setdefault(main, {}).setdefault(plus, entry)
            thesaurus._pairs.setdefault(plus, {}).setdefault(main, entry)
        return thesaurus

    def mocs(self, substance: str) -> frozenset[str]:
        """The substance's own key and the keys of its classes."""
        return self._mocs.get(substance) or frozenset({substance})

    def knows(self, moc: str) -> bool:
        """Whether a substance or class key appears in some entry."""
        return moc in self._pairs

    def between(self, first: str, second: str) -> list[Match]:
        """Entries linking two substance keys, most specific first (none for a substance alone)."""
        if first == second:
            return []
        known = self._between.get((first, second))
        if known is None:
            known = self._between[(first, second)] = self._search(first, second)
        return known

    def _search(self, first: str, second: str) -> list[Match]:
        second_mocs = self.mocs(second)
        found: dict[int, Match] = {}
        for moc in self.mocs(first):
            row = self._pairs.get(moc)
            if not row:
                continue
            for other in second_mocs & row.keys():
                entry = row[other]
                if entry.number not in found:
                    found[entry.number] = Match(
                        entry,
                        None if moc == first else self.class_names.get(moc, moc),
                        None if other == second else self.class_names.get(other, other),
                        name_key(entry.main) == moc,
                    )
        return _most_specific(list(found.values()))


def _specificity(match: Match) -> int:
    """0 substance × substance, 1 substance × class, 2 class × class."""
    return (match.via_first is not None) + (match.via_second is not None)


def _most_specific(matches: list[Match]) -> list[Match]:
    """Drop a class-level entry when a more specific one covers the pair at least as severely.

    The thesaurus states general rules for classes and exceptions for substances; a class
    entry is kept beside a more specific one only when it is strictly more severe.
    """
    kept: list[Match] = []
    for match in sorted(matches, key=lambda m: (_specificity(m), m.entry.number)):
        more_specific = [k for k in kept if _specificity(k) < _specificity(match)]
        if all(match.entry.level.rank < k.entry.level.rank for k in more_specific):
            kept.append(match)
    return sorted(kept, key=lambda m: (m.entry.level.rank, m.entry.number))
