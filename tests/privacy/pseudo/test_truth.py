"""Recall and precision on the synthetic hospital's truth of identifying spans (15 patients),
with the record's context and without it; clinical facts of the truth stay untouched."""

import pytest

from relais.privacy.pseudo import Pseudonymizer, patient_context
from relais.privacy.pseudo.measure import Score, Span, score, truth_notes
from tests.privacy.pseudo.conftest import SmallHospital

NAMES = ("PATIENT_NAME", "RELATIVE_NAME", "CLINICIAN_NAME")
IDENTIFIERS = ("NIR", "INS", "IPP", "NDA", "PHONE", "EMAIL")
RECALL_TARGET = 0.99
PRECISION_TARGET = 0.95


def _measure(hospital: SmallHospital, pseudonymizer: Pseudonymizer, *, context: bool) -> Score:
    with hospital.engine.connect() as conn:
        notes = truth_notes(conn, hospital.out)
        contexts = {n.patient_id: patient_context(conn, n.patient_id) for n in notes}
    assert len(notes) >= 20

    def predict(note):  # type: ignore[no-untyped-def]
        known = contexts[note.patient_id] if context else None
        return [Span(f.type, f.start, f.end) for f in pseudonymizer.find(note.text, context=known)]

    return score(notes, predict)


@pytest.mark.slow
@pytest.mark.parametrize("context", [True, False], ids=["with-record", "text-only"])
def test_targets_on_the_synthetic_truth(
    small_hospital: SmallHospital, pseudonymizer: Pseudonymizer, context: bool
) -> None:
    result = _measure(small_hospital, pseudonymizer, context=context)
    for kind in (*NAMES, *IDENTIFIERS, "DATE"):
        counts = result.recall.get(kind)
        if counts is None:
            continue  # this small hospital wrote no such span
        assert counts.rate >= RECALL_TARGET, (kind, counts, result.missed)
    for kind, counts in result.precision.items():
        assert counts.rate >= PRECISION_TARGET, (kind, counts, result.wrong)
    assert result.removed_facts == []
    assert sum(result.recall[k].total for k in NAMES if k in result.recall) > 50
