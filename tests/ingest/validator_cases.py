"""The HL7 reference validator's R4 test cases (../shared), run through Relais' importer once.

Used by test_validator_cases.py; kept apart so that the agreement table can be printed from the
same results the assertions check.
"""

import json
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import select

from relais.ingest.importer import Importer
from relais.store.engine import make_engine
from relais.store.migrate import upgrade
from relais.store.tables import fhir_resources

CASES_DIR = ("data", "fhir-r4-validator-cases")
NON_TX = ("general", "bundle", "references", "fmt", "xhtml", "json5", "invariants")

# Same input file, opposite expected outcome: the reference validator ran with a non-default
# option. Relais keeps its default (strict JSON, contained ids checked, markdown HTML warned).
OPTION_VARIANTS = {
    "json-comments-1-yes": "validator option allowing JSON comments; Relais parses strict JSON",
    "json-comments-2-yes": "validator option allowing JSON comments; Relais parses strict JSON",
    "contained-resource-bad-id-ignore": "validateContains=IGNORE; Relais checks contained ids",
    "bad-markdown-no-html": "option forbidding HTML in markdown; by default only a warning",
}
# Rejected by the reference validator, accepted by Relais: each with the reason.
ACCEPTED_EXCEPTIONS = {
    "dr-example-org": "'example.org URLs not allowed' is a validator policy (its twin "
    "dr-example-org-2 accepts the same file), not a FHIR R4 rule",
    "parameters-reference-bad": "the validator resolves references inside Parameters like a "
    "Bundle; FHIR R4 does not, and Patient/2 may live on the server",
    "bundle-id-5": "its only error is a wrong CVX display: needs a terminology server "
    "(accepted with the 'terminology not verified' warning)",
    "uk-msg": "its errors are SNOMED CT UK-edition codes and displays: needs a terminology "
    "server (accepted with warnings)",
    "bad-markdown-no-html": OPTION_VARIANTS["bad-markdown-no-html"],
}


@dataclass(frozen=True, slots=True)
class Outcome:
    name: str
    module: str
    expected_errors: int
    rejected: bool
    reasons: tuple[str, ...]
    warnings: tuple[str, ...]
    stored: tuple[str, ...]  # the JSON text of every stored resource

    @property
    def agrees(self) -> bool:
        return self.rejected == (self.expected_errors > 0)


def manifest(base: Path) -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = json.loads((base / "manifest_r4_selfcontained.json").read_text())[
        "test-cases"
    ]
    return cases


@cache
def run_case(base: Path, name: str) -> Outcome:
    case = next(c for c in manifest(base) if c["name"] == name)
    with tempfile.TemporaryDirectory() as folder:
        engine = make_engine(f"sqlite:///{folder}/relais.db")
        upgrade(engine)
        summary = Importer(engine).run([str(base / case["file"])])
        with engine.connect() as conn:
            stored = tuple(
                json.dumps(row.content) for row in conn.execute(select(fhir_resources.c.content))
            )
        engine.dispose()
    return Outcome(
        name,
        case["module"],
        case["expected_error_count"],
        summary.rejected_count > 0,
        tuple(str(r["reason"]) for r in summary.rejected),
        tuple(str(w["warning"]) for w in summary.warnings),
        stored,
    )


def agreement_table(outcomes: list[Outcome]) -> dict[str, tuple[int, int]]:
    """Module → (agreeing, total), plus the rows ``all``, ``non-tx`` and ``non-tx default``."""
    table: dict[str, tuple[int, int]] = {}

    def add(row: str, outcome: Outcome) -> None:
        agree, total = table.get(row, (0, 0))
        table[row] = (agree + outcome.agrees, total + 1)

    for outcome in outcomes:
        add(outcome.module, outcome)
        add("all", outcome)
        if outcome.module in NON_TX:
            add("non-tx", outcome)
            if outcome.name not in OPTION_VARIANTS:
                add("non-tx, default options", outcome)
    return table
