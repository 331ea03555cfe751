"""A small synthetic hospital, generated once per session, and its truth."""

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

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
