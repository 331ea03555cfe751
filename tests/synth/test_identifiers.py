import pytest

from relais.synth.identifiers import (
    luhn_is_valid,
    make_finess,
    make_nir,
    make_rpps,
    nir_is_valid,
    nir_key,
    spaced_nir,
)


@pytest.mark.parametrize(
    ("nir13", "key"),
    [
        ("2550814168025", "38"),  # the classic example of the carte Vitale
        ("1730519123456", "39"),  # mainland département 19
        ("17305" + "2A" + "123456", "39"),  # Corsica 2A counts as 19 for the key
        ("17305" + "2B" + "123456", "66"),  # 2B counts as 18 (same digits as "1730518123456")
    ],
)
def test_nir_key(nir13: str, key: str) -> None:
    assert nir_key(nir13) == key
    assert nir_is_valid(nir13 + key)


def test_make_nir_sex_year_month_place() -> None:
    nir = make_nir("female", 1946, 3, "45234", 17)
    assert nir.startswith("2460345234017") and len(nir) == 15 and nir_is_valid(nir)


def test_make_nir_rejects_a_short_place() -> None:
    with pytest.raises(ValueError, match="5 characters"):
        make_nir("male", 1950, 1, "452", 1)


def test_spaced_nir_as_on_a_carte_vitale() -> None:
    assert spaced_nir("184127512345678") == "1 84 12 75 123 456 78"


def test_rpps_and_finess_have_a_luhn_digit() -> None:
    rpps = make_rpps("12345678")
    finess = make_finess("4500", "1234")
    assert len(rpps) == 11 and rpps.startswith("10") and luhn_is_valid(rpps)
    assert len(finess) == 9 and finess.startswith("45") and luhn_is_valid(finess)
