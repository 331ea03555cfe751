"""Codes have the right shape and check digit (LOINC, SNOMED CT, CIM-10, ATC, CCAM)."""

import re
from collections.abc import Iterator
from typing import Any

from relais.synth.identifiers import luhn_digit
from tests.synth.conftest import Output

# The dihedral group D5 multiplication table and the position permutations of Verhoeff's scheme.
VERHOEFF_D = (
    "0123456789",
    "1234067895",
    "2340178956",
    "3401289567",
    "4012395678",
    "5987604321",
    "6598710432",
    "7659821043",
    "8765932104",
    "9876543210",
)
VERHOEFF_P = (
    "0123456789",
    "1576283094",
    "5803796142",
    "8916043527",
    "9453126870",
    "4286573901",
    "2793806415",
    "7046913258",
)
SHAPES = {
    "http://hl7.org/fhir/sid/icd-10": re.compile(r"[A-Z]\d\d(\.\d{1,2})?"),
    "http://www.whocc.no/atc": re.compile(r"[A-Z](\d\d([A-Z]([A-Z](\d\d)?)?)?)?"),
    "https://smt.esante.gouv.fr/terminologie-ccam": re.compile(r"[A-Z]{4}\d{3}"),
}


def verhoeff_ok(digits: str) -> bool:
    check = 0
    for position, digit in enumerate(reversed(digits)):
        check = int(VERHOEFF_D[check][int(VERHOEFF_P[position % 8][int(digit)])])
    return check == 0


def codings(value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, dict):
        if "system" in value and "code" in value:
            yield value
        for item in value.values():
            yield from codings(item)
    elif isinstance(value, list):
        for item in value:
            yield from codings(item)


def test_verhoeff_tables() -> None:
    assert verhoeff_ok("2363") and not verhoeff_ok("2364")  # the textbook example 236 → 3
    assert verhoeff_ok("22298006")  # SNOMED CT: myocardial infarction


def test_codes_are_well_formed(small: Output) -> None:
    seen = set()
    for bundle in small.bundles().values():
        for coding in codings(bundle):
            system, code = coding["system"], str(coding["code"])
            seen.add(system)
            if system == "http://loinc.org":
                number, check = code.split("-")
                assert luhn_digit(number) == check, code
            elif system == "http://snomed.info/sct":
                assert code.isdigit() and verhoeff_ok(code), code
            elif system in SHAPES:
                assert SHAPES[system].fullmatch(code), (system, code)
    assert {"http://loinc.org", "http://hl7.org/fhir/sid/icd-10", "http://www.whocc.no/atc"} <= seen
