"""Pseudonymiser fixtures: a keyed pseudonymiser, a small synthetic hospital ingested once,
and a helper that runs one recognizer family on a text."""

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Engine

from relais.ingest.importer import Importer
from relais.privacy.pseudo import PatientContext, Pseudonymizer
from relais.privacy.pseudo.protect import protected_spans
from relais.privacy.pseudo.recognizers.base import Finding, Scan
from relais.privacy.pseudo.resolve import resolve
from relais.store.engine import make_engine
from relais.store.migrate import upgrade
from relais.synth.generate import generate

KEY = b"cle-de-test-pseudonymisation-0123456789"
Recognizer = Callable[[Scan], Iterable[Finding]]


def found(
    recognizer: Recognizer, text: str, context: PatientContext | None = None
) -> list[tuple[str, str]]:
    """(type, text) of what one recognizer family finds, overlaps resolved, in text order."""
    scan = Scan(text, context)
    scan.protected = protected_spans(scan.text, scan.folded)
    return [(f.type, text[f.start : f.end]) for f in resolve(list(recognizer(scan)))]


@pytest.fixture(scope="session")
def pseudonymizer() -> Pseudonymizer:
    return Pseudonymizer(key=KEY)


@dataclass(frozen=True)
class SmallHospital:
    out: Path
    engine: Engine


@pytest.fixture(scope="session")
def small_hospital(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SmallHospital]:
    """15 detailed patients over 20 days, ingested once into SQLite."""
    out = tmp_path_factory.mktemp("pseudo-synth")
    generate(patients=15, seed=11, out=out, days=20, ed_arrivals_per_day=3)
    engine = make_engine(f"sqlite:///{tmp_path_factory.mktemp('pseudo-db') / 'relais.db'}")
    upgrade(engine)
    bundles = [str(p) for p in sorted((out / "bundles").glob("*.json"))]
    assert Importer(engine).run(bundles).ok
    yield SmallHospital(out, engine)
    engine.dispose()
