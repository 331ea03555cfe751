"""A small synthetic hospital (20 detailed patients, 60 days), generated once per test session."""

import base64
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from relais.synth.generate import SynthSummary, generate

SMALL = {
    "patients": 20,
    "seed": 7,
    "start": date(2024, 1, 1),
    "days": 60,
    "ed_arrivals_per_day": 120.0,
}


@dataclass
class Output:
    root: Path
    summary: SynthSummary

    def json(self, relative: str) -> Any:
        return json.loads((self.root / relative).read_text(encoding="utf-8"))

    def bundles(self) -> dict[str, dict[str, Any]]:
        return {
            p.name: json.loads(p.read_text("utf-8"))
            for p in sorted((self.root / "bundles").glob("*.json"))
        }

    def ndjson(self, name: str) -> list[dict[str, Any]]:
        lines = (self.root / "activity" / name).read_text("utf-8").splitlines()
        return [json.loads(line) for line in lines]

    def resources(self) -> dict[str, dict[str, Any]]:
        """Every resource of the patient bundles, by id."""
        found = {}
        for name, bundle in self.bundles().items():
            if name != "000-hospital.json":
                found.update({e["resource"]["id"]: e["resource"] for e in bundle["entry"]})
        return found


def decoded(document: dict[str, Any]) -> str:
    return base64.b64decode(document["content"][0]["attachment"]["data"]).decode("utf-8")


@pytest.fixture(scope="session")
def small(tmp_path_factory: pytest.TempPathFactory) -> Output:
    root = tmp_path_factory.mktemp("synth-small")
    return Output(root, generate(out=root, **SMALL))
