"""One hand-written French stay (tests/ingest/french_record.py) imported into a test database."""

import json
from pathlib import Path

from sqlalchemy import Engine

from relais.ingest.importer import Importer
from tests.ingest.french_record import PATIENT, french_stay_bundle

__all__ = ["IPP", "PATIENT", "import_small_record"]
IPP = "004512378"


def import_small_record(engine: Engine, folder: Path) -> None:
    path = folder / "sejour.json"
    path.write_text(json.dumps(french_stay_bundle()))
    assert Importer(engine).run([str(path)]).ok
