"""Safety findings as facts (with a Knowledge), the text rendering and the CLI command."""

import json

import pytest
from sqlalchemy import Engine
from typer.testing import CliRunner

from relais.cli import app
from relais.domain.facts import FactKind
from relais.dossier import build_stay_dossier
from relais.dossier.render import dossier_text
from relais.safety.atc import read_atc
from relais.safety.bdpm import read_folder
from relais.safety.knowledge import Knowledge
from relais.safety.thesaurus import Thesaurus
from relais.safety.thesaurus_files import read_bundled
from tests.conftest import shared_path
from tests.hospital import Hospital


@pytest.fixture(scope="module")
def knowledge() -> Knowledge:
    bdpm = read_folder(shared_path("data", "bdpm"))
    return Knowledge.build(Thesaurus.from_data(read_bundled()), bdpm, read_atc())


def test_planted_interactions_become_facts(
    sqlite_hospital: Engine, hospital: Hospital, knowledge: Knowledge
) -> None:
    risks = json.loads((hospital.out / "truth" / "medication_risks.json").read_text())
    assert risks["interactions"]
    with sqlite_hospital.connect() as conn:
        for risk in risks["interactions"]:
            dossier = build_stay_dossier(conn, risk["encounter_id"], knowledge=knowledge)
            cited = [set(f.data["sources"]) for f in dossier.of_kind(FactKind.INTERACTION)]
            pair = {f"MedicationRequest/{i}" for i in risk["resource_ids"]}
            assert pair in cited, (risk["drugs"], cited)


def test_text_rendering_lists_every_fact(sqlite_hospital: Engine, hospital: Hospital) -> None:
    with sqlite_hospital.connect() as conn:
        dossier = build_stay_dossier(conn, hospital.stays[0]["encounter_id"])
    text = dossier_text(dossier)
    assert all(f"[{f.id}]" in text for f in dossier.facts)
    assert "Traitements" in text


def test_cli_dossier_json_and_not_found(
    hospital: Hospital, sqlite_hospital: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = sqlite_hospital.url.render_as_string(hide_password=False)
    monkeypatch.setenv("RELAIS_DATABASE_URL", url)
    stay = hospital.stays[0]
    result = CliRunner().invoke(app, ["dossier", stay["nda"], "--json"])
    assert result.exit_code == 0, result.output
    found = json.loads(result.stdout)
    assert found["stay"]["id"] == stay["encounter_id"]
    assert found["facts"]["F1"]["kind"] == "patient"
    missing = CliRunner().invoke(app, ["dossier", "0000"])
    assert missing.exit_code == 3
