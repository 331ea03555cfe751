"""The verifier's resources (built once per session) and the facts of one stay: heart failure
on atrial fibrillation in a 78-year-old, as the dossier would number them."""

from datetime import datetime

import pytest

from relais.domain.facts import Fact, FactKind, Source
from relais.generate.verify import Tools, load_tools
from tests.conftest import shared_path


@pytest.fixture(scope="session")
def tools() -> Tools:
    return load_tools(bdpm_dir=shared_path("data", "bdpm"))


def _fact(fact_id: str, kind: FactKind, text: str, **fields: object) -> Fact:
    return Fact(fact_id, kind, text, Source("Test", fact_id.lower()), **fields)  # type: ignore[arg-type]


STAY = [
    _fact(
        "F1",
        FactKind.STAY,
        "Hospitalisation en cardiologie du 12/03/2024 au 19/03/2024",
        when=datetime(2024, 3, 12, 14, 30),
        data={"admission": "2024-03-12T14:30:00", "discharge": "2024-03-19T11:00:00"},
    ),
    _fact("F2", FactKind.DIAGNOSIS, "Insuffisance cardiaque congestive", code="I50.0"),
    _fact("F3", FactKind.HISTORY, "Fibrillation atriale paroxystique", code="I48.0"),
    _fact("F4", FactKind.HISTORY, "Hypertension essentielle", code="I10"),
    _fact(
        "F5",
        FactKind.MEDICATION,
        "Furosémide 80 mg, voie orale, 1 fois par jour (augmenté, 40 mg à l'entrée)",
        data={
            "substance": "furosémide",
            "atc": "C03CA01",
            "dose_value": 80,
            "dose_unit": "mg",
            "frequency": "1-0-0",
            "status": "modified",
            "previous_dose": "40 mg",
        },
    ),
    _fact(
        "F6",
        FactKind.MEDICATION,
        "Apixaban 5 mg, 1-0-1 (nouveau)",
        data={"substance": "apixaban", "dose_value": 5, "dose_unit": "mg", "frequency": "1-0-1"},
    ),
    _fact(
        "F7",
        FactKind.MEDICATION,
        "Ramipril 5 mg arrêté (hyperkaliémie)",
        data={"substance": "ramipril", "dose_value": 5, "dose_unit": "mg", "status": "stopped"},
    ),
    _fact(
        "F8",
        FactKind.OBSERVATION,
        "Kaliémie 5,8 mmol/l",
        when=datetime(2024, 3, 14, 8),
        data={"value": 5.8, "unit": "mmol/L", "loinc": "2823-3"},
    ),
    _fact(
        "F9",
        FactKind.OBSERVATION,
        "NT-proBNP 4500 pg/ml",
        when=datetime(2024, 3, 12, 16),
        data={"value": 4500, "unit": "pg/mL", "loinc": "33762-6"},
    ),
    _fact(
        "F10",
        FactKind.OBSERVATION,
        "Hémoglobine 11,2 g/dL",
        when=datetime(2024, 3, 13, 8),
        data={"value": 11.2, "unit": "g/dL", "loinc": "718-7"},
    ),
    _fact("F11", FactKind.NOTE_FINDING, "douleur thoracique", negated=True),
    _fact("F12", FactKind.NOTE_FINDING, "embolie pulmonaire", negated=True),
    _fact("F13", FactKind.NOTE_FINDING, "œdèmes des membres inférieurs"),
    _fact(
        "F14",
        FactKind.APPOINTMENT,
        "Consultation de cardiologie le 25/04/2024",
        when=datetime(2024, 4, 25, 9),
    ),
    _fact(
        "F15",
        FactKind.MEDICATION,
        "Bisoprolol 2,5 mg le matin (poursuivi)",
        data={"substance": "bisoprolol", "dose_value": 2.5, "dose_unit": "mg"},
    ),
]


@pytest.fixture(scope="session")
def facts() -> dict[str, Fact]:
    return {f.id: f for f in STAY}
