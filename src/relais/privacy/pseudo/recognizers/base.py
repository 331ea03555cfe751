"""What a recognizer sees (``Scan``) and what it reports (``Finding``)."""

import re
from dataclasses import dataclass, field

from relais.privacy.pseudo.model import PatientContext
from relais.privacy.pseudo.text import fold

LABEL_TAIL = re.compile(r"[\s:=#.(]*(?:(?<![a-z])(?:n°|no|num|numero)\.?)?[\s:=#.(]*$")

# Priorities: the higher wins when two findings overlap (then the longer one).
STRUCTURED = 100  # e-mail, URL, NIR with a valid key
KNOWN = 90  # a value stored in the patient's record
LABELLED = 85  # a value after its label ("IPP : …")
PATTERN = 70  # a shape alone (phone, date, address)
TITLED = 60  # a name after a title ("Dr …")
GUESSED = 40  # a name from the first-name list, a city after "à"


@dataclass(frozen=True, slots=True)
class Finding:
    type: str
    start: int
    end: int
    priority: int
    source: str  # the recognizer that found it (kept for debugging and the evaluation)


@dataclass(slots=True)
class Scan:
    """The text under scan, its folded copy (same offsets) and the patient's context."""

    text: str
    context: PatientContext | None = None
    folded: str = field(init=False)
    protected: list[tuple[int, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.folded = fold_same_length(self.text)

    def is_protected(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.protected)


_FOLDED_CHARS: dict[str, str] = {}


def fold_same_length(text: str) -> str:
    """``fold`` character by character, so offsets in the folded text match the original."""
    table = _FOLDED_CHARS
    for char in set(text) - table.keys():
        folded = fold(char)
        table[char] = (
            folded if len(folded) == 1 else (char.lower() if len(char.lower()) == 1 else char)
        )
    return "".join([table[c] for c in text])


def label_before(folded: str, start: int, labels: tuple[str, ...], *, window: int = 30) -> bool:
    """Whether one of ``labels`` ends just before ``start`` (then optional ``:``, ``n°``)."""
    before = LABEL_TAIL.sub("", folded[max(0, start - window) : start])
    return any(
        before.endswith(label)
        and (len(before) == len(label) or not before[-len(label) - 1].isalnum())
        for label in labels
    )
