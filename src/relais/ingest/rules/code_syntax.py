"""Code syntax of terminologies whose codes carry a check digit (checkable without the data).

SNOMED CT concept ids end with a Verhoeff check digit; LOINC codes end with a mod-10 check
digit (LOINC part and answer codes, ``LP…``/``LA…``, are checked for shape only). A code that
fails these cannot exist in the terminology, whatever its version.
"""

import re

SNOMED = "http://snomed.info/sct"
LOINC = "http://loinc.org"

_SNOMED_EXPRESSION = re.compile(r"[:=+{}|(),<>\s]")  # post-coordinated expressions: not checked
_LOINC_CODE = re.compile(r"(L[A-Z])?(\d+)-(\d)")

_VERHOEFF_D = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 2, 3, 4, 0, 6, 7, 8, 9, 5),
    (2, 3, 4, 0, 1, 7, 8, 9, 5, 6), (3, 4, 0, 1, 2, 8, 9, 5, 6, 7),
    (4, 0, 1, 2, 3, 9, 5, 6, 7, 8), (5, 9, 8, 7, 6, 0, 4, 3, 2, 1),
    (6, 5, 9, 8, 7, 1, 0, 4, 3, 2), (7, 6, 5, 9, 8, 2, 1, 0, 4, 3),
    (8, 7, 6, 5, 9, 3, 2, 1, 0, 4), (9, 8, 7, 6, 5, 4, 3, 2, 1, 0),
)  # fmt: skip
_VERHOEFF_P = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 5, 7, 6, 2, 8, 3, 0, 9, 4),
    (5, 8, 0, 3, 7, 9, 6, 1, 4, 2), (8, 9, 1, 6, 0, 4, 3, 5, 2, 7),
    (9, 4, 5, 3, 1, 2, 6, 8, 7, 0), (4, 2, 8, 6, 5, 7, 3, 9, 0, 1),
    (2, 7, 9, 3, 8, 0, 6, 4, 1, 5), (7, 0, 4, 6, 9, 1, 3, 2, 5, 8),
)  # fmt: skip


def verhoeff_ok(digits: str) -> bool:
    check = 0
    for position, digit in enumerate(reversed(digits)):
        check = _VERHOEFF_D[check][_VERHOEFF_P[position % 8][int(digit)]]
    return check == 0


def luhn_check_digit(digits: str) -> int:
    total = 0
    for position, digit in enumerate(reversed(digits)):
        value = int(digit) * (2 if position % 2 == 0 else 1)
        total += value // 10 + value % 10
    return (10 - total % 10) % 10


def snomed_problem(code: str) -> str | None:
    """Why ``code`` cannot be a SNOMED CT concept id (None when it can, or is an expression)."""
    if _SNOMED_EXPRESSION.search(code):
        return None
    if not code.isdigit():
        return f"{code!r} is not a SNOMED CT concept id (digits only)"
    if not 6 <= len(code) <= 18 or code.startswith("0"):
        return f"{code!r} is not a SNOMED CT concept id (6 to 18 digits, no leading zero)"
    if not verhoeff_ok(code):
        return f"{code!r} is not a SNOMED CT concept id (wrong check digit: a typing error?)"
    return None


def loinc_problem(code: str) -> str | None:
    """Why ``code`` cannot be a LOINC code (None when its shape and check digit are right)."""
    match = _LOINC_CODE.fullmatch(code)
    if match is None:
        return f"{code!r} is not a LOINC code (expected digits, a dash and a check digit)"
    if match.group(1) is None and luhn_check_digit(match.group(2)) != int(match.group(3)):
        return f"{code!r} is not a LOINC code (wrong check digit: a typing error?)"
    return None


SYNTAX_CHECKS = {SNOMED: snomed_problem, LOINC: loinc_problem}
