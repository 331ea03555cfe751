"""Keyed hashes: stable with a key, different with another, date shifts keep intervals."""

from datetime import date

import pytest

from relais.errors import InvalidInput
from relais.privacy.pseudo import date_shift_days, pseudonymous_id, shift_date

KEY = b"clef-de-test"


def test_pseudonymous_id_is_stable_and_keyed() -> None:
    first = pseudonymous_id("83c5a033", kind="patient", key=KEY)
    assert first == pseudonymous_id("83c5a033", kind="patient", key=KEY)
    assert first != pseudonymous_id("83c5a033", kind="patient", key=b"autre-clef")
    assert first != pseudonymous_id("83c5a033", kind="stay", key=KEY)
    assert len(first) == 32 and "83c5a033" not in first


@pytest.mark.parametrize("patient", [f"patient-{n}" for n in range(200)])
def test_date_shift_is_bounded_and_never_zero(patient: str) -> None:
    days = date_shift_days(patient, key=KEY)
    assert days != 0 and -365 <= days <= 365


def test_date_shift_changes_with_the_key() -> None:
    shifts = {date_shift_days("p1", key=k) for k in (b"a", b"b", b"c", b"d", b"e")}
    assert len(shifts) > 1


def test_shift_keeps_intervals() -> None:
    admission, discharge = date(2024, 2, 27), date(2024, 3, 4)
    moved = [shift_date(d, "p1", key=KEY) for d in (admission, discharge)]
    assert moved[1] - moved[0] == discharge - admission
    assert moved[0] != admission


def test_empty_key_is_refused() -> None:
    with pytest.raises(InvalidInput, match="key"):
        pseudonymous_id("x", kind="patient", key=b"")
