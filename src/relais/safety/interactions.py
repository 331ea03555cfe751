"""Drug–drug interactions among lines active at the same time, as the thesaurus states them."""

from collections.abc import Sequence
from datetime import datetime

from relais.safety.activity import period
from relais.safety.model import Interaction, Involved, Normalised, Substance
from relais.safety.thesaurus import Thesaurus

Prepared = tuple[Normalised, datetime | None, datetime | None, list[Substance]]


def _pair(first: Prepared, second: Prepared, thesaurus: Thesaurus) -> list[Interaction]:
    found: dict[int, Interaction] = {}
    for a in first[3]:
        for b in second[3]:
            for match in thesaurus.between(a.key, b.key):
                if match.entry.number in found:
                    continue
                one = Involved(first[0].line, a, match.via_first)
                other = Involved(second[0].line, b, match.via_second)
                main, plus = (one, other) if match.first_is_main else (other, one)
                found[match.entry.number] = Interaction(main, plus, match.entry, thesaurus.edition)
    return list(found.values())


def _apart(first: Prepared, second: Prepared) -> bool:
    """Whether the two periods do not overlap (see ``activity.overlap``)."""
    a_start, a_end, b_start, b_end = first[1], first[2], second[1], second[2]
    if a_start is not None and b_end is not None and a_start > b_end:
        return True
    return b_start is not None and a_end is not None and b_start > a_end


def check_interactions(lines: Sequence[Normalised], thesaurus: Thesaurus) -> list[Interaction]:
    """Every thesaurus entry matched by two different lines whose periods overlap.

    Substances of one line (a fixed combination) are not checked against each other.
    """
    prepared: list[Prepared] = []
    for line in lines:
        listed = [s for s in line.substances if s.in_thesaurus]
        if listed:
            prepared.append((line, *period(line.line), listed))
    found: list[Interaction] = []
    for i, first in enumerate(prepared):
        for second in prepared[i + 1 :]:
            if not _apart(first, second):
                found.extend(_pair(first, second, thesaurus))
    found.sort(key=lambda x: (x.level.rank, x.first.line.source, x.second.line.source))
    return _once_per_substance_pair(found)


def _once_per_substance_pair(found: list[Interaction]) -> list[Interaction]:
    """One alert per thesaurus entry and pair of substances: the same drug recorded twice
    (treatment at admission and discharge prescription) must not double the alert, nor must
    an entry matched both ways round (two substances each in both classes)."""
    seen: set[tuple[int, frozenset[str]]] = set()
    kept = []
    for interaction in found:
        key = (
            interaction.entry.number,
            frozenset((interaction.first.substance.key, interaction.second.substance.key)),
        )
        if key not in seen:
            seen.add(key)
            kept.append(interaction)
    return kept
