"""A tiny synthetic hospital (six weeks, 10 ED arrivals a day), generated once per session."""

import csv
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine

from relais.ingest.importer import Importer
from relais.synth.generate import generate


@dataclass(frozen=True)
class TinyHospital:
    out: Path
    daily: dict[date, dict[str, int]]  # truth/activity_daily.csv
    services: dict[str, str]  # key → name

    @property
    def inputs(self) -> list[str]:
        bundles = sorted((self.out / "bundles").glob("*.json"))
        return [str(p) for p in [*bundles, *sorted((self.out / "activity").glob("*.ndjson"))]]

    def ingest(self, engine: Engine) -> None:
        assert Importer(engine).run(self.inputs).ok

    def truth(self, column: str, first: date, last: date) -> list[float]:
        return [float(row[column]) for day, row in self.daily.items() if first <= day <= last]


@pytest.fixture(scope="session")
def tiny_hospital(tmp_path_factory: pytest.TempPathFactory) -> TinyHospital:
    out = tmp_path_factory.mktemp("forecast-synth")
    generate(patients=1, seed=3, out=out, start=date(2024, 1, 1), days=42, ed_arrivals_per_day=10)
    with (out / "truth" / "activity_daily.csv").open() as handle:
        daily = {
            date.fromisoformat(row.pop("date")): {k: int(v) for k, v in row.items()}
            for row in csv.DictReader(handle)
        }
    summary = json.loads((out / "truth" / "activity.json").read_text())
    services = {key: s["name"] for key, s in summary["services"].items()}
    return TinyHospital(out, daily, services)
