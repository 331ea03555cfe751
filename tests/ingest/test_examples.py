"""The official FHIR R4 examples (../shared): each one ingests, or is rejected with a reason.

A valid example is stored verbatim (only a missing id is filled in).
"""

import json
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from relais.ingest.importer import Importer
from relais.store.engine import make_engine
from relais.store.migrate import upgrade
from relais.store.tables import fhir_resources
from tests.conftest import shared_path

EXAMPLES = Path(__file__).resolve().parents[2].parent / "shared/data/fhir-r4-examples/examples"
NAMES = sorted(p.name for p in EXAMPLES.glob("*.json"))
GENUINELY_INVALID = {"bundle-questionnaire.json": "linkId"}  # a required linkId is missing


@pytest.fixture
def sqlite(tmp_path: Path) -> Engine:
    engine = make_engine(f"sqlite:///{tmp_path / 'relais.db'}")
    upgrade(engine)
    return engine


@pytest.mark.parametrize("name", NAMES)
def test_example_ingests_or_is_rejected_with_a_reason(name: str, sqlite: Engine) -> None:
    path = shared_path("data", "fhir-r4-examples", "examples", name)
    summary = Importer(sqlite).run([str(path)])
    if name in GENUINELY_INVALID:
        assert summary.rejected_count == 1
        assert GENUINELY_INVALID[name] in summary.rejected[0]["reason"]
        return
    assert summary.rejected_count == 0, summary.rejected
    raw = json.loads(path.read_bytes())
    if raw["resourceType"] == "Bundle":
        return
    with sqlite.connect() as conn:
        stored = conn.execute(
            select(fhir_resources.c.content).where(
                fhir_resources.c.resource_type == raw["resourceType"]
            )
        ).scalar_one()
    assert stored == (raw if "id" in raw else {**raw, "id": stored["id"]})
    sqlite.dispose()


def test_the_examples_are_there() -> None:
    assert len(NAMES) >= 70
