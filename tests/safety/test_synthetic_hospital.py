"""Every interaction and allergy conflict the synthetic hospital plants is found."""

import json
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from sqlalchemy import Engine

from relais.ingest.importer import Importer
from relais.safety.knowledge import Knowledge
from relais.safety.records import patient_allergies, patient_lines
from relais.store.engine import make_engine
from relais.store.migrate import upgrade
from relais.synth.generate import generate


@pytest.fixture(scope="session")
def hospital(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Engine, dict[str, Any]]]:
    out = tmp_path_factory.mktemp("synth")
    generate(patients=120, seed=3, out=out, start=date(2024, 1, 1), days=7, ed_arrivals_per_day=2.0)
    engine = make_engine(f"sqlite:///{out / 'relais.db'}")
    upgrade(engine)
    assert Importer(engine).run([str(p) for p in sorted((out / "bundles").glob("*.json"))]).ok
    truth = json.loads((out / "truth" / "medication_risks.json").read_text())
    yield engine, truth
    engine.dispose()


def _report(engine: Engine, knowledge: Knowledge, patient_id: str) -> Any:
    with engine.connect() as conn:
        return knowledge.check(patient_lines(conn, patient_id), patient_allergies(conn, patient_id))


def test_planted_interactions_are_found(
    hospital: tuple[Engine, dict[str, Any]], knowledge: Knowledge
) -> None:
    engine, truth = hospital
    assert len(truth["interactions"]) >= 10
    missed, wrong_level = [], []
    for risk in truth["interactions"]:
        report = _report(engine, knowledge, risk["patient_id"])
        levels = [  # conditional entries (e.g. IEC + spironolactone in heart failure) hold several
            statement.level
            for i in report.interactions
            for statement in i.entry.levels
            if frozenset((i.first.line.source.split("/")[1], i.second.line.source.split("/")[1]))
            == frozenset(risk["resource_ids"])
        ]
        if not levels:
            missed.append(risk["drugs"])
        elif risk["expected_level"] not in {level.value for level in levels}:
            wrong_level.append((risk["drugs"], risk["expected_level"], [v.value for v in levels]))
    assert missed == []
    assert wrong_level == []  # the generator's levels are those of the loaded edition


def test_planted_allergy_conflicts_are_found(
    hospital: tuple[Engine, dict[str, Any]], knowledge: Knowledge
) -> None:
    engine, truth = hospital
    assert truth["allergy_conflicts"]
    for conflict in truth["allergy_conflicts"]:
        report = _report(engine, knowledge, conflict["patient_id"])
        pairs = {(c.allergy.source, c.line.source) for c in report.allergy_conflicts}
        assert (
            f"AllergyIntolerance/{conflict['allergy_id']}",
            f"MedicationRequest/{conflict['resource_id']}",
        ) in pairs, conflict


def test_every_medication_line_is_normalised(
    hospital: tuple[Engine, dict[str, Any]], knowledge: Knowledge
) -> None:
    engine, truth = hospital
    patients = {r["patient_id"] for r in truth["interactions"]}
    unresolved = [
        u.label for p in sorted(patients) for u in _report(engine, knowledge, p).unresolved
    ]
    assert unresolved == []
