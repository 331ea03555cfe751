"""The fourth held-out set (data/unseen4: 20 notes, 385 identifying spans, 164 clinical terms
that must stay), written by someone who had not read the pseudonymiser's rules and committed
(2bd68af) before Relais was run on it.

First measure, taken once on 2026-11-30 with src/relais/privacy/ as of 2bd68af (the honest
figure for unseen writing; docs/pseudonymisation.md, "Fourth held-out set", lists the misses):

    recall               with the record      text alone
    names                131/149 = 0.879      128/149 = 0.859
    identifiers           58/61  = 0.951       58/61  = 0.951
    dates                 68/75  = 0.907       68/75  = 0.907
    places                69/97  = 0.711       69/97  = 0.711
    ages over 89           3/3                  3/3
    precision, all spans 337/348 = 0.968      333/344 = 0.968
    clinical terms removed  5 of 164             5 of 164

The floors are that first measure rounded down to the percent: a regression guard, not a
target, and they stay as they are.

One round of general fixes followed from its misses (2026-11-30), so the set is no longer
held-out. Second measure, after those fixes (not a measure of unseen writing):

    recall               with the record      text alone
    names                139/149 = 0.933      135/149 = 0.906
    identifiers           61/61  = 1.000       61/61  = 1.000
    dates                 73/75  = 0.973       73/75  = 0.973
    places                89/97  = 0.918       89/97  = 0.918
    ages over 89           3/3                  3/3
    precision, all spans 373/374 = 0.997      369/370 = 0.997
    clinical terms removed  0 of 164             0 of 164

``AFTER_FIXES_FLOORS`` sit just under that second measure so that a regression shows."""

import json

import pytest

from relais.privacy.pseudo import Pseudonymizer
from relais.privacy.pseudo.measure import Score
from tests.privacy.pseudo.unseen import score_notes
from tests.privacy.pseudo.unseen4 import FOLDER, unseen4_notes

GROUPS = {
    "names": ("PATIENT_NAME", "RELATIVE_NAME", "CLINICIAN_NAME", "OTHER_NAME"),
    "identifiers": ("NIR", "INS", "IPP", "NDA", "OTHER_ID", "PHONE", "EMAIL"),
    "dates": ("DATE",),
    "places": ("ADDRESS", "POSTAL_CODE", "CITY", "HOSPITAL", "SERVICE"),
    "ages": ("AGE",),
}


def unseen4_score(pseudonymizer: Pseudonymizer, *, with_record: bool) -> Score:
    return score_notes(unseen4_notes(), pseudonymizer, with_record=with_record)


def group_rate(result: Score, kinds: tuple[str, ...]) -> tuple[int, int]:
    found = sum(result.recall[k].found for k in kinds if k in result.recall)
    total = sum(result.recall[k].total for k in kinds if k in result.recall)
    return found, total


def precision_rate(result: Score) -> tuple[int, int]:
    counts = list(result.precision.values())
    return sum(c.found for c in counts), sum(c.total for c in counts)


def report(result: Score) -> str:
    """Per-type and per-group recall, precision, clinical terms removed, misses and errors."""
    lines = []
    for kind, counts in sorted(result.recall.items()):
        lines.append(f"recall    {kind:<15} {counts.found:>3}/{counts.total:<3} {counts.rate:.3f}")
    for group, kinds in GROUPS.items():
        found, total = group_rate(result, kinds)
        lines.append(f"recall    {group:<15} {found:>3}/{total:<3} {found / total:.3f}")
    for kind, counts in sorted(result.precision.items()):
        lines.append(f"precision {kind:<15} {counts.found:>3}/{counts.total:<3} {counts.rate:.3f}")
    found, total = precision_rate(result)
    lines.append(f"precision {'all':<15} {found:>3}/{total:<3} {found / total:.3f}")
    lines.append(f"clinical terms removed: {len(result.removed_facts)} {result.removed_facts}")
    lines += [f"missed {note} {kind} {text!r}" for note, kind, text in result.missed]
    lines += [f"wrong  {note} {kind} {text!r}" for note, kind, text in result.wrong]
    return "\n".join(lines)


FLOORS = {  # first measure, rounded down to the percent
    "with-record": {
        "names": 0.87,
        "identifiers": 0.95,
        "dates": 0.90,
        "places": 0.71,
        "ages": 1.0,
    },
    "text-only": {
        "names": 0.85,
        "identifiers": 0.95,
        "dates": 0.90,
        "places": 0.71,
        "ages": 1.0,
    },
}
PRECISION_FLOOR = 0.96  # first measure: 337/348 and 333/344
CLINICAL_REMOVED_CEILING = 5  # first measure: Hamilton, Vidal, Lawton, glasgow, Cormack


def test_the_fourth_set_is_complete_and_its_offsets_exact() -> None:
    notes = unseen4_notes()
    truth = json.loads((FOLDER / "truth.json").read_text(encoding="utf-8"))["notes"]
    assert len(notes) == 20
    assert sum(len(n.truth.spans) for n in notes) == 385
    assert sum(len(n.truth.facts) for n in notes) == 164
    for note in notes:
        entries = truth[note.truth.note_id]["spans"] + truth[note.truth.note_id]["clinical"]
        for entry in entries:
            assert note.truth.text[entry["start"] : entry["end"]] == entry["text"], entry


AFTER_FIXES_FLOORS = {  # second measure (after one round of fixes), rounded down
    "with-record": {
        "names": 0.93,
        "identifiers": 0.98,
        "dates": 0.97,
        "places": 0.91,
        "ages": 1.0,
    },
    "text-only": {
        "names": 0.90,
        "identifiers": 0.98,
        "dates": 0.97,
        "places": 0.91,
        "ages": 1.0,
    },
}
AFTER_FIXES_PRECISION_FLOOR = 0.99  # second measure: 373/374 and 369/370
AFTER_FIXES_CLINICAL_REMOVED_CEILING = 0  # second measure: none


@pytest.mark.parametrize("mode", ["with-record", "text-only"])
def test_unseen4_floors(pseudonymizer: Pseudonymizer, mode: str) -> None:
    result = unseen4_score(pseudonymizer, with_record=mode == "with-record")
    print(f"\n{mode}\n{report(result)}")
    for group, floor in FLOORS[mode].items():
        found, total = group_rate(result, GROUPS[group])
        assert total > 0 and found / total >= floor, (group, found, total, result.missed)
    found, total = precision_rate(result)
    assert found / total >= PRECISION_FLOOR, (found, total, result.wrong)
    assert len(result.removed_facts) <= CLINICAL_REMOVED_CEILING, result.removed_facts


@pytest.mark.parametrize("mode", ["with-record", "text-only"])
def test_unseen4_after_fixes(pseudonymizer: Pseudonymizer, mode: str) -> None:
    """Guards the second measure: no longer held-out, its misses informed the fixes."""
    result = unseen4_score(pseudonymizer, with_record=mode == "with-record")
    for group, floor in AFTER_FIXES_FLOORS[mode].items():
        found, total = group_rate(result, GROUPS[group])
        assert total > 0 and found / total >= floor, (group, found, total, result.missed)
    found, total = precision_rate(result)
    assert found / total >= AFTER_FIXES_PRECISION_FLOOR, (found, total, result.wrong)
    assert len(result.removed_facts) <= AFTER_FIXES_CLINICAL_REMOVED_CEILING, result.removed_facts
