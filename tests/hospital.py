"""A small synthetic hospital, generated once per session, and its truth (fixtures shared by
every test package through tests/conftest.py)."""

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from relais.ingest.importer import Importer
from relais.store.engine import make_engine
from relais.store.migrate import upgrade
from relais.synth.generate import generate


@dataclass(frozen=True)
class Hospital:
    out: Path
    stays: list[dict[str, Any]]
    patients: list[dict[str, Any]]
    notes: dict[str, Any]

    @property
    def bundles(self) -> list[str]:
        return [str(p) for p in sorted((self.out / "bundles").glob("*.json"))]


@pytest.fixture(scope="session")
def hospital(tmp_path_factory: pytest.TempPathFactory) -> Hospital:
    out = tmp_path_factory.mktemp("dossier-synth")
    generate(patients=40, seed=5, out=out, days=30, ed_arrivals_per_day=5)
    truth = out / "truth"
    return Hospital(
        out,
        json.loads((truth / "stays.json").read_text())["stays"],
        json.loads((truth / "patients.json").read_text())["patients"],
        json.loads((truth / "notes.json").read_text())["notes"],
    )


@pytest.fixture(scope="session")
def sqlite_hospital(
    hospital: Hospital, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Engine]:
    """The hospital ingested once into SQLite (tests that need no second backend)."""
    engine = make_engine(f"sqlite:///{tmp_path_factory.mktemp('dossier-db') / 'relais.db'}")
    upgrade(engine)
    assert Importer(engine).run(hospital.bundles).ok
    yield engine
    engine.dispose()
