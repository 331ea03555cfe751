"""Drug–drug interactions among lines active at the same time, as the thesaurus states them."""

from collections.abc import Sequence

from relais.safety.activity import overlap
from relais.safety.model import Interaction, Involved, Normalised
from relais.safety.thesaurus import Thesaurus


def _pair(first: Normalised, second: Normalised, thesaurus: Thesaurus) -> list[Interaction]:
    found: dict[int, Interaction] = {}
    for a in first.substances:
        if not a.in_thesaurus:
            continue
        for b in second.substances:
            if not b.in_thesaurus:
                continue
            for match in thesaurus.between(a.key, b.key):
                if match.entry.number in found:
                    continue
                one = Involved(first.line, a, match.via_first)
                other = Involved(second.line, b, match.via_second)
                main, plus = (one, other) if match.first_is_main else (other, one)
                found[match.entry.number] = Interaction(main, plus, match.entry, thesaurus.edition)
    return list(found.values())


def check_interactions(lines: Sequence[Normalised], thesaurus: Thesaurus) -> list[Interaction]:
    """Every thesaurus entry matched by two different lines whose periods overlap.

    Substances of one line (a fixed combination) are not checked against each other.
    """
    found: list[Interaction] = []
    for i, first in enumerate(lines):
        for second in lines[i + 1 :]:
            if overlap(first.line, second.line):
                found.extend(_pair(first, second, thesaurus))
    found.sort(key=lambda x: (x.level.rank, x.first.line.source, x.second.line.source))
    return found
