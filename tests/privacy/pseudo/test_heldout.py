"""Recall on hand-written notes in other styles (tests/privacy/pseudo/heldout.py), reported
apart from the synthetic truth. The floors are below the synthetic targets on purpose: these
notes were used to develop the rules after their first measure (docs/pseudonymisation.md
records the figures; the unseen set is test_unseen.py)."""

import pytest

from relais.privacy.pseudo import Pseudonymizer
from relais.privacy.pseudo.measure import Score, Span, TruthNote, score
from tests.privacy.pseudo.heldout import heldout_notes

GROUP_FLOORS = {
    "names": (("PATIENT_NAME", "RELATIVE_NAME", "CLINICIAN_NAME"), 0.97),
    "identifiers": (("NIR", "INS", "IPP", "NDA", "OTHER_ID", "PHONE", "EMAIL"), 0.99),
    "dates": (("DATE",), 0.99),
}


def heldout_score(pseudonymizer: Pseudonymizer, batch: str) -> Score:
    notes = heldout_notes(batch)
    truth = [
        TruthNote(str(n), "", "heldout", note.text, tuple(Span(*s) for s in note.spans), ())
        for n, note in enumerate(notes)
    ]
    contexts = {str(n): note.context for n, note in enumerate(notes)}
    return score(
        truth,
        lambda t: [
            Span(f.type, f.start, f.end)
            for f in pseudonymizer.find(t.text, context=contexts[t.note_id])
        ],
    )


@pytest.mark.parametrize("batch", ["first", "second"])
def test_heldout_recall(pseudonymizer: Pseudonymizer, batch: str) -> None:
    result = heldout_score(pseudonymizer, batch)
    assert len(heldout_notes(batch)) >= 20
    for group, (kinds, floor) in GROUP_FLOORS.items():
        found = sum(result.recall[k].found for k in kinds if k in result.recall)
        total = sum(result.recall[k].total for k in kinds if k in result.recall)
        assert total > 0 and found / total >= floor, (group, found, total, result.missed)
    precision = list(result.precision.values())
    assert sum(c.found for c in precision) / sum(c.total for c in precision) >= 0.97
