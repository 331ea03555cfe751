"""Medication safety fixtures: the bundled thesaurus, the shared BDPM, edsnlp's ATC table.

Built once per test session from the files (no database); database tests load them too.
"""

from pathlib import Path

import pytest

from relais.safety.atc import AtcNames, read_atc
from relais.safety.bdpm import Bdpm, read_folder
from relais.safety.knowledge import Knowledge
from relais.safety.model import MedicationLine
from relais.safety.thesaurus import Thesaurus
from relais.safety.thesaurus_files import ThesaurusData, read_bundled
from tests.conftest import shared_path


@pytest.fixture(scope="session")
def bdpm_dir() -> Path:
    return shared_path("data", "bdpm")


@pytest.fixture(scope="session")
def thesaurus_data() -> ThesaurusData:
    return read_bundled()


@pytest.fixture(scope="session")
def thesaurus(thesaurus_data: ThesaurusData) -> Thesaurus:
    return Thesaurus.from_data(thesaurus_data)


@pytest.fixture(scope="session")
def bdpm(bdpm_dir: Path) -> Bdpm:
    return read_folder(bdpm_dir)


@pytest.fixture(scope="session")
def atc() -> AtcNames:
    return read_atc()


@pytest.fixture(scope="session")
def knowledge(thesaurus: Thesaurus, bdpm: Bdpm, atc: AtcNames) -> Knowledge:
    return Knowledge.build(thesaurus, bdpm, atc)


def lines(*labels: str) -> list[MedicationLine]:
    """Prescriptions active together, one per label."""
    return [MedicationLine(f"MedicationRequest/m{n}", label) for n, label in enumerate(labels, 1)]
