"""Recall and false alerts of the checker against the thesaurus itself (tests and bench).

Each case prescribes two drugs by name, as a prescriber would write them, so that the
normaliser is measured together with the checker.
"""

import random
from collections.abc import Iterator
from dataclasses import dataclass

from relais.safety.knowledge import Knowledge
from relais.safety.model import MedicationLine, ThesaurusEntry
from relais.safety.names import name_key
from relais.safety.thesaurus import Thesaurus


@dataclass(frozen=True, slots=True)
class Case:
    first: str  # substance name as printed in the thesaurus index
    second: str
    entry: ThesaurusEntry | None  # None: a pair the thesaurus does not list


def _members(thesaurus: Thesaurus) -> dict[str, list[str]]:
    members: dict[str, list[str]] = {}
    for substance, classes in sorted(thesaurus.classes_of.items()):
        for moc in classes:
            members.setdefault(moc, []).append(substance)
    return members


def substance_pairs(thesaurus: Thesaurus) -> Iterator[Case]:
    """Every substance × substance entry."""
    names = thesaurus.substances
    for entry in thesaurus.entries:
        main, plus = name_key(entry.main), name_key(entry.plus)
        if main in names and plus in names:
            yield Case(names[main], names[plus], entry)


def class_pairs(thesaurus: Thesaurus, sample: int, seed: int = 0) -> list[Case]:
    """A sample of class × class and class × substance entries, with random members."""
    rng = random.Random(seed)
    members, names = _members(thesaurus), thesaurus.substances
    cases = []
    for entry in thesaurus.entries:
        main, plus = name_key(entry.main), name_key(entry.plus)
        if main in names and plus in names:
            continue
        firsts = [main] if main in names else members.get(main, [])
        seconds = [plus] if plus in names else members.get(plus, [])
        pairs = [(a, b) for a in firsts for b in seconds if a != b]
        if pairs:
            a, b = rng.choice(pairs)
            cases.append(Case(names[a], names[b], entry))
    return rng.sample(cases, min(sample, len(cases)))


def unlisted_pairs(thesaurus: Thesaurus, count: int, seed: int = 0) -> list[Case]:
    """Random substance pairs that no entry links, by substance or by class."""
    listed = {frozenset((name_key(e.main), name_key(e.plus))) for e in thesaurus.entries}
    rng = random.Random(seed)
    keys = sorted(thesaurus.substances)
    found: dict[frozenset[str], Case] = {}
    while len(found) < count:
        a, b = rng.sample(keys, 2)
        pair = frozenset((a, b))
        if pair in found:
            continue
        mocs_a, mocs_b = thesaurus.mocs(a), thesaurus.mocs(b)
        if any(frozenset((x, y)) in listed for x in mocs_a for y in mocs_b):
            continue
        found[pair] = Case(thesaurus.substances[a], thesaurus.substances[b], None)
    return list(found.values())


def found(knowledge: Knowledge, case: Case) -> bool:
    """Whether checking the two drugs gives the case's entry (or a more specific entry at
    least as severe); for an unlisted pair, whether it gives any interaction at all."""
    lines = [MedicationLine("case/1", case.first), MedicationLine("case/2", case.second)]
    report = knowledge.check(lines)
    if case.entry is None:
        return bool(report.interactions)
    wanted = frozenset((name_key(case.entry.main), name_key(case.entry.plus)))
    for item in report.interactions:
        if frozenset((name_key(item.entry.main), name_key(item.entry.plus))) == wanted:
            return True
    return any(i.level.rank <= case.entry.level.rank for i in report.interactions)
