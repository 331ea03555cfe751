"""A small synthetic hospital ingested once per session on each database, and one extract of it.

Two detailed patients and one light (ED-only) patient are opposed; a third detailed patient's
opposition is withdrawn before the export, so they are included.
"""

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from sqlalchemy import Engine, select

from relais.ingest.importer import Importer
from relais.privacy.audit import Actor
from relais.privacy.research import TABLES, ExportSummary, add_opposition, run_export
from relais.privacy.research.opposition import withdraw_opposition
from relais.store.engine import make_engine
from relais.store.migrate import upgrade
from relais.store.tables import patients
from relais.synth.generate import generate
from tests.conftest import postgres_schema

KEY = b"cle-de-test-du-chu-de-valmont-0123456789"
PROJECT = "AVC-2024"
DPO = Actor(id="dpo.leroy", name="Anne Leroy", role="dpo", channel="cli")
SCIENTIST = Actor(id="ds.nguyen", name="Linh Nguyen", role="data_scientist", channel="cli")


@dataclass(frozen=True)
class Synthetic:
    out: Path
    patients: list[dict[str, Any]]  # truth of the detailed patients
    notes: dict[str, Any]  # truth of the notes, by document id

    @property
    def inputs(self) -> list[str]:
        return [
            *(str(p) for p in sorted((self.out / "bundles").glob("*.json"))),
            *(str(p) for p in sorted((self.out / "activity").glob("*.ndjson"))),
        ]


@dataclass(frozen=True)
class Extract:
    engine: Engine
    out: Path
    summary: ExportSummary
    tables: dict[str, list[dict[str, Any]]]
    opposed: frozenset[str]
    withdrawn: str


@pytest.fixture(scope="session")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Synthetic:
    out = tmp_path_factory.mktemp("research-synth")
    generate(patients=10, seed=11, out=out, days=7, ed_arrivals_per_day=2)
    truth = out / "truth"
    return Synthetic(
        out,
        json.loads((truth / "patients.json").read_text())["patients"],
        json.loads((truth / "notes.json").read_text())["notes"],
    )


def _export(engine: Engine, synthetic: Synthetic, out: Path) -> Extract:
    assert Importer(engine).run(synthetic.inputs).ok
    detailed = [p["patient_id"] for p in synthetic.patients]
    with engine.connect() as conn:
        light = sorted(set(conn.scalars(select(patients.c.fhir_id))) - set(detailed))[0]
    opposed = frozenset({detailed[0], detailed[1], light})
    with engine.begin() as conn:
        add_opposition(conn, actor=DPO, patient=synthetic.patients[0]["ipp"], channel="courrier")
        add_opposition(conn, actor=DPO, patient=detailed[1], channel="portail", note="réf. 42")
        add_opposition(conn, actor=DPO, patient=light, channel="oral")
        add_opposition(conn, actor=DPO, patient=detailed[2], channel="email")
        withdraw_opposition(conn, actor=DPO, patient=detailed[2], reason="revient sur sa décision")
    summary = run_export(
        engine,
        actor=SCIENTIST,
        project=PROJECT,
        out=out,
        key=KEY,
        requester="Pr Camus, service de neurologie",
        purpose="Parcours des patients après un AVC ischémique",
        legal_basis="MR-004",
        batch_size=4,  # several batches even on a small hospital
    )
    tables = {name: pq.read_table(out / f"{name}.parquet").to_pylist() for name in TABLES}
    return Extract(engine, out, summary, tables, opposed, detailed[2])


@pytest.fixture(scope="session")
def sqlite_extract(
    synthetic: Synthetic, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Extract]:
    folder = tmp_path_factory.mktemp("research-sqlite")
    engine = make_engine(f"sqlite:///{folder / 'relais.db'}")
    upgrade(engine)
    yield _export(engine, synthetic, folder / "extract")
    engine.dispose()


@pytest.fixture(scope="session")
def postgresql_extract(
    synthetic: Synthetic, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Extract]:
    with postgres_schema() as url:
        engine = make_engine(url)
        try:
            yield _export(engine, synthetic, tmp_path_factory.mktemp("research-pg") / "extract")
        finally:
            engine.dispose()


@pytest.fixture(
    scope="session", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def extract(request: pytest.FixtureRequest) -> Extract:
    """The extract made on each database."""
    value: Extract = request.getfixturevalue(f"{request.param}_extract")
    return value
