"""Relais against the HL7 reference validator's R4 test cases (accept/reject agreement).

Every case must import without a crash; every rejection has a reason; the cases the reference
rejects in the structural modules are rejected (documented exceptions aside); terminology cases
are rejected or carry a warning; nothing unsafe reaches the database.
"""

import json
import re
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from relais.ingest.importer import Importer
from relais.store.tables import fhir_resources
from tests.conftest import shared_path
from tests.ingest.validator_cases import (
    ACCEPTED_EXCEPTIONS,
    CASES_DIR,
    NON_TX,
    OPTION_VARIANTS,
    Outcome,
    agreement_table,
    manifest,
    run_case,
)

BASE = Path(__file__).resolve().parents[2].parent / "shared" / Path(*CASES_DIR)
CASES = manifest(BASE) if BASE.exists() else []
NAMES = [c["name"] for c in CASES]
UNSAFE = re.compile(r"<script|\bon[a-z]+\s*=|javascript:", re.IGNORECASE)


def outcome(name: str) -> Outcome:
    return run_case(shared_path(*CASES_DIR), name)


@pytest.mark.parametrize("name", NAMES)
def test_case_imports_without_crash_and_explains_rejections(name: str) -> None:
    result = outcome(name)
    assert all(reason.strip() for reason in result.reasons)


@pytest.mark.parametrize(
    "name", [c["name"] for c in CASES if c["module"] in NON_TX and c["expected_error_count"]]
)
def test_structural_case_rejected_by_the_reference_is_rejected(name: str) -> None:
    if name in ACCEPTED_EXCEPTIONS:
        pytest.skip(ACCEPTED_EXCEPTIONS[name])
    result = outcome(name)
    assert result.rejected, f"{name} should be rejected"
    assert not result.stored


@pytest.mark.parametrize(
    "name", [c["name"] for c in CASES if c["module"] in NON_TX and not c["expected_error_count"]]
)
def test_structural_case_accepted_by_the_reference_is_accepted(name: str) -> None:
    if name in OPTION_VARIANTS:
        pytest.skip(OPTION_VARIANTS[name])
    assert not outcome(name).rejected, outcome(name).reasons


def _malformed(file: str) -> bool:
    try:
        json.loads((BASE / file).read_bytes())
    except ValueError:
        return True
    return False


@pytest.mark.parametrize(
    "name", [c["name"] for c in CASES if c["expected_error_count"] and _malformed(c["file"])]
)
def test_malformed_json_is_always_rejected(name: str) -> None:
    result = outcome(name)
    assert result.rejected and "malformed JSON" in result.reasons[0]
    assert not result.stored


@pytest.mark.parametrize(
    "name", [c["name"] for c in CASES if c["module"] == "tx" and c["expected_error_count"]]
)
def test_terminology_case_is_rejected_or_warned(name: str) -> None:
    result = outcome(name)
    assert result.rejected or result.warnings


@pytest.mark.parametrize("name", NAMES)
def test_no_active_content_reaches_the_database(name: str) -> None:
    for content in outcome(name).stored:
        assert not UNSAFE.search(content), f"{name} stored active content"


REJECTED_ON_BOTH = ["pat-security-bad-xhtml", "bundle-duplicate-id", "encounter-period",
                    "bundle-document-versioned-references-bad", "json-comma-bad-1"]  # fmt: skip


@pytest.mark.parametrize("name", REJECTED_ON_BOTH)
def test_rejected_case_leaves_nothing_behind(name: str, engine: Engine) -> None:
    case = next(c for c in CASES if c["name"] == name)
    summary = Importer(engine).run([str(shared_path(*CASES_DIR, case["file"]))])
    assert summary.rejected_count > 0 and summary.rejected[0]["reason"]
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(fhir_resources)).scalar_one() == 0


def test_agreement_table(capsys: pytest.CaptureFixture[str]) -> None:
    table = agreement_table([outcome(name) for name in NAMES])
    with capsys.disabled():
        print("\nmodule                     agree / total")
        for row, (agree, total) in sorted(table.items()):
            print(f"{row:<26} {agree:>5} / {total:<5} {agree / total:6.1%}")
    agree, total = table["non-tx, default options"]
    assert agree / total >= 0.90
    assert table["fmt"][0] == table["fmt"][1]
