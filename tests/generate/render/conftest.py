"""A sample of CDA documents from the synthetic hospital: letters of 20 stays chosen to cover
every entry (devices, allergies, transfusions, stopped treatments, organisms…) and the
syntheses of 10 patients, rendered once per session."""

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from sqlalchemy import Engine

from relais.dossier import build_patient_dossier, build_stay_dossier
from relais.generate.draft import Drafter
from relais.generate.llm.base import DEFAULT_OPTIONS
from relais.generate.render.cda import export_cda
from tests.hospital import Hospital

DRAFTER = Drafter(backend=None, options=DEFAULT_OPTIONS)
NS = {"h": "urn:hl7-org:v3", "xsi": "http://www.w3.org/2001/XMLSchema-instance"}
LETTERS, SYNTHESES = 20, 10


@dataclass(frozen=True)
class Rendered:
    document: dict[str, Any]
    xml: bytes
    warnings: list[str]
    path: Path
    truth: dict[str, Any] | None = None  # the stay's truth (letters)

    @property
    def tree(self) -> etree._Element:
        return etree.fromstring(self.xml)


def _richness(stay: dict[str, Any]) -> int:
    keys = ("devices", "allergies", "stopped_medications", "transfusion", "adverse_events")
    bmr = stay.get("bmr_screening") or {}
    return sum(bool(stay.get(k)) for k in keys) + bool(bmr.get("organisms"))


def sample_stays(hospital: Hospital, count: int) -> list[dict[str, Any]]:
    """The ``count`` richest stays (every kind of entry appears), in a stable order."""
    ranked = sorted(hospital.stays, key=lambda s: (-_richness(s), s["encounter_id"]))
    return ranked[:count]


def _render(engine: Engine, document: dict[str, Any], n: int) -> tuple[bytes, list[str]]:
    document["id"] = f"00000000-0000-4000-8000-{n:012d}"
    document["version"] = 1
    with engine.connect() as conn:
        return export_cda(conn, document)


@pytest.fixture(scope="session")
def cda_sample(
    hospital: Hospital, sqlite_hospital: Engine, tmp_path_factory: pytest.TempPathFactory
) -> list[Rendered]:
    out = tmp_path_factory.mktemp("cda")
    rendered: list[Rendered] = []
    stays = sample_stays(hospital, LETTERS)
    patients = list(dict.fromkeys(s["patient_id"] for s in hospital.stays))[:SYNTHESES]
    for stay in stays:
        with sqlite_hospital.connect() as conn:
            document = DRAFTER.letter(build_stay_dossier(conn, stay["encounter_id"])).to_dict()
        xml, warnings = _render(sqlite_hospital, document, len(rendered))
        path = out / f"ldl-{len(rendered)}.xml"
        path.write_bytes(xml)
        rendered.append(Rendered(document, xml, warnings, path, stay))
    for patient in patients:
        with sqlite_hospital.connect() as conn:
            document = DRAFTER.synthesis(build_patient_dossier(conn, patient)).to_dict()
        xml, warnings = _render(sqlite_hospital, document, len(rendered))
        path = out / f"vsm-{len(rendered)}.xml"
        path.write_bytes(xml)
        rendered.append(Rendered(document, xml, warnings, path))
    return rendered
