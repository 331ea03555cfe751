"""A birth date given without its day (FHIR ``1938``, ``1938-03``) is shown as given."""

import json
from pathlib import Path

import pytest
from sqlalchemy import Engine

from relais.domain.records import birth_label
from relais.ingest.importer import Importer
from relais.render_text import patient_sheet, patients_table
from relais.store.patients import get_patient, list_patients


@pytest.mark.parametrize(
    ("stated", "shown"), [("1938", "1938"), ("1938-03", "03/1938"), ("1938-03-05", "05/03/1938")]
)
def test_the_patient_list_and_sheet_show_the_birth_date_as_stated(
    engine: Engine, tmp_path: Path, stated: str, shown: str
) -> None:
    patient = {"resourceType": "Patient", "id": "p1", "name": [{"family": "Faure"}]}
    source = tmp_path / "patient.json"
    source.write_text(json.dumps({**patient, "birthDate": stated}))
    assert Importer(engine).run([str(source)]).ok
    with engine.connect() as conn:
        [summary] = list_patients(conn)
        record = get_patient(conn, "p1")
    assert summary.born == record.born == shown
    assert f" {shown} " in patients_table([summary])
    assert f"naissance {shown}" in patient_sheet(record)
    assert "01/01/1938" not in patient_sheet(record) + patients_table([summary])


def test_an_unknown_birth_date_is_a_dash() -> None:
    assert birth_label(None, None) == "—"
