"""The optional re-identification table (SQLite and PostgreSQL), and the CLI that fills it
only when the setting is on."""

import json
from pathlib import Path

from sqlalchemy import Engine, func, select
from typer.testing import CliRunner

from relais.cli import app
from relais.privacy.pseudo import KnownPerson, PatientContext, Pseudonymizer
from relais.privacy.pseudo.reidentify import keep_pairs, originals_of
from relais.store.engine import make_engine
from relais.store.pseudo_tables import pseudo_reidentification
from tests.ingest.french_record import PATIENT, french_stay_bundle

RECORD = PatientContext("p-9", people=(KnownPerson("Kervella", "Yolande", "patient"),))
NOTE = "Mme Yolande KERVELLA vue le 14/02/2024. Fille prévenue au 06 71 22 09 48."


def test_pairs_are_kept_once_and_found_back(engine: Engine, pseudonymizer: Pseudonymizer) -> None:
    out = pseudonymizer.pseudonymize(NOTE, context=RECORD)
    with engine.begin() as conn:
        assert keep_pairs(conn, "p-9", out.spans) == len(out.spans) == 3
        assert keep_pairs(conn, "p-9", out.spans) == 0  # the same pairs again add nothing
    name = next(s for s in out.spans if s.type == "PATIENT_NAME")
    with engine.connect() as conn:
        assert originals_of(conn, name.surrogate, patient_id="p-9") == ["Yolande KERVELLA"]
        assert originals_of(conn, name.surrogate, patient_id="other") == []


def test_the_cli_keeps_pairs_only_when_asked(database_url: str, tmp_path: Path) -> None:
    runner = CliRunner()
    env = {
        "RELAIS_DATABASE_URL": database_url,
        "RELAIS_DATA_DIR": str(tmp_path / "data"),
        "RELAIS_PSEUDONYMISATION_KEY": "cle-de-test-0123456789",
    }
    bundle = tmp_path / "stay.json"
    bundle.write_text(json.dumps(french_stay_bundle()), encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(bundle)], env=env).exit_code == 0
    engine = make_engine(database_url)
    count = select(func.count()).select_from(pseudo_reidentification)
    try:
        assert runner.invoke(app, ["pseudonymize", "--patient", PATIENT], env=env).exit_code == 0
        with engine.connect() as conn:
            assert conn.scalar(count) == 0
        kept = {**env, "RELAIS_KEEP_REIDENTIFICATION_TABLE": "true"}
        result = runner.invoke(app, ["pseudonymize", "--patient", PATIENT], env=kept)
        assert result.exit_code == 0, result.output
        assert "Table de ré-identification" in result.stderr
        with engine.connect() as conn:
            rows = conn.execute(select(pseudo_reidentification)).all()
        assert {r.patient_id for r in rows} == {PATIENT}
        assert "Jeanne Lefèvre" in {r.original for r in rows}
    finally:
        engine.dispose()
