"""Medication reconciliation: treatment at admission against treatment at discharge.

Each discharge line is ``new`` (no admission line of the same substance), ``continued`` or
``modified`` (dose, frequency per day or route changed); each admission line that no discharge
line continues is ``stopped``, with its stop reason. Decided from the data (substances, doses
with units, schedules), never from free-text notes. Without any discharge prescription the
admission lines stay ``unreconciled`` (stopped ones are still ``stopped``).
"""

from collections.abc import Sequence
from dataclasses import dataclass

from relais.dossier.doses import same_dose
from relais.dossier.medlines import MedLine
from relais.dossier.substances import SubstanceMatcher
from relais.safety.names import name_key

IGNORED = frozenset({"entered-in-error", "not-taken", "cancelled", "draft"})
RATE_TOLERANCE = 1e-6


@dataclass(frozen=True, slots=True)
class Reconciled:
    line: MedLine  # the discharge line, or the admission line when stopped / unreconciled
    status: str  # new / continued / modified / stopped / unreconciled
    previous: MedLine | None = None  # the admission line continued or modified
    changes: tuple[str, ...] = ()  # "dose", "fréquence", "voie"
    reason: str | None = None  # why it was stopped


def changes(before: MedLine, after: MedLine) -> tuple[str, ...]:
    """What differs between two lines of the same substance (only what both state)."""
    found: list[str] = []
    if before.dose.value is not None and after.dose.value is not None:
        if not same_dose(before.dose, after.dose):
            found.append("dose")
    rate_before, rate_after = before.schedule.per_day, after.schedule.per_day
    if rate_before is not None and rate_after is not None:
        if abs(rate_before - rate_after) > RATE_TOLERANCE * max(rate_before, rate_after):
            found.append("fréquence")
    if before.route and after.route and name_key(before.route) != name_key(after.route):
        found.append("voie")
    return tuple(found)


def reconcile(
    admission: Sequence[MedLine], discharge: Sequence[MedLine], matcher: SubstanceMatcher
) -> list[Reconciled]:
    at_entry = [line for line in admission if (line.status or "") not in IGNORED]
    at_exit = [line for line in discharge if (line.status or "") not in IGNORED]
    if not at_exit:
        return [_unmatched(line, reconciled=False) for line in at_entry]
    tokens = {line.source: matcher.tokens(line.label, line.codings) for line in at_entry}
    used: set[int] = set()
    found: list[Reconciled] = []
    for line in at_exit:
        mine = matcher.tokens(line.label, line.codings)
        candidates = [i for i, a in enumerate(at_entry) if tokens[a.source] & mine]
        if not candidates:
            found.append(Reconciled(line, "new"))
            continue
        best = min(candidates, key=lambda i: _preference(at_entry[i], line, i in used, mine))
        used.add(best)
        before = at_entry[best]
        changed = changes(before, line)
        found.append(Reconciled(line, "modified" if changed else "continued", before, changed))
    found += [_unmatched(a, reconciled=True) for i, a in enumerate(at_entry) if i not in used]
    return found


def _preference(
    before: MedLine, after: MedLine, used: bool, tokens: frozenset[str]
) -> tuple[bool, bool, bool, str]:
    same_atc = any(t.startswith("atc:") for t in tokens) and (
        _atc_tokens(before) == _atc_tokens(after)
    )
    return (used, not same_atc, bool(changes(before, after)), before.source.resource_id)


def _atc_tokens(line: MedLine) -> frozenset[str]:
    return frozenset(c.code or "" for c in line.codings if c.code)


def _unmatched(line: MedLine, *, reconciled: bool) -> Reconciled:
    if reconciled or (line.status or "") == "stopped":
        return Reconciled(line, "stopped", reason=line.status_reason)
    return Reconciled(line, "unreconciled")
