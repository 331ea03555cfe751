"""Export rules on one small record: all or nothing, declared projects, per-project pseudonyms.

Failures inside the export are injected (a disk that fills up while writing, a rename refused
by the file system): the real thing cannot be made to fail on cue.
"""

import os
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from sqlalchemy import Engine, func, select

from relais.errors import AccessDenied, InvalidInput
from relais.privacy.audit import Actor, search, verify
from relais.privacy.research import export as export_module
from relais.privacy.research import list_projects, run_export
from relais.store.privacy_tables import research_exports, research_projects
from tests.privacy.research.small import import_small_record

KEY = b"cle-de-test"
SCIENTIST = Actor(id="ds.nguyen", role="data_scientist", channel="cli")
DECLARED = {
    "requester": "Dr Baptiste, DIM",
    "purpose": "Insuffisance cardiaque : réhospitalisations à 30 jours",
    "legal_basis": "intérêt public",
}


@pytest.fixture
def record(engine: Engine, tmp_path: Path) -> Engine:
    import_small_record(engine, tmp_path)
    return engine


@pytest.fixture
def exports(tmp_path: Path) -> Path:
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


def _export(engine: Engine, out: Path, **kwargs: Any) -> Any:
    arguments: dict[str, Any] = {"actor": SCIENTIST, "project": "IC-30", "key": KEY, **DECLARED}
    arguments.update(kwargs)
    return run_export(engine, out=out, **arguments)


def _nothing_left(engine: Engine, folder: Path) -> None:
    assert list(folder.iterdir()) == []  # no extract, no temporary folder
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(research_projects)) == 0
        assert conn.scalar(select(func.count()).select_from(research_exports)) == 0
        assert [e.action for e in search(conn)] in ([], ["export"])  # at most a denial
        assert verify(conn).ok


def _disk_full(*_: object) -> None:
    raise OSError(28, "No space left on device")


FAILURES = [(pq.ParquetWriter, "write_table"), (export_module.os, "rename")]
REFUSED: list[tuple[dict[str, Any], type[Exception], str]] = [
    ({"actor": Actor(id="dr.martin", role="physician", channel="cli")}, AccessDenied, "export"),
    ({"legal_basis": None}, InvalidInput, "--legal-basis"),
    ({"requester": "x" * 300}, InvalidInput, "--requester must be between 1 and 255"),
    ({"out_exists": True}, InvalidInput, "not an empty folder"),
]


def test_a_failed_export_leaves_no_extract_and_no_register_row(
    record: Engine, exports: Path
) -> None:
    """The disk fills up while a table is written; the file system refuses the final rename."""
    for target, name in FAILURES:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(target, name, _disk_full)
            with pytest.raises(OSError, match="No space left"):
                _export(record, exports / "extrait")
        _nothing_left(record, exports)


def test_a_refused_export_writes_nothing(record: Engine, exports: Path) -> None:
    out = exports / "extrait"
    for case, error, message in REFUSED:
        change = dict(case)
        if change.pop("out_exists", False):
            out.mkdir()
            (out / "ancien.parquet").write_bytes(b"PAR1")
        with pytest.raises(error, match=message):
            _export(record, out, **change)
        if out.exists():
            (out / "ancien.parquet").unlink()
            out.rmdir()
        _nothing_left(record, exports)


def test_a_project_keeps_its_declared_purpose_and_its_own_pseudonyms(
    record: Engine, tmp_path: Path
) -> None:
    first = _export(record, tmp_path / "un")
    again = _export(record, tmp_path / "deux", requester="Mme Faure, biostatisticienne")
    with pytest.raises(InvalidInput, match="declared with purpose"):
        _export(record, tmp_path / "trois", purpose="Autre chose")
    other = _export(record, tmp_path / "autre", project="IC-AUTRE")
    ids = {
        folder: pq.read_table(tmp_path / folder / "stays.parquet").to_pylist()[0]
        for folder in ("un", "deux", "autre")
    }
    assert ids["un"] == ids["deux"]  # stable within a project
    assert ids["un"]["stay_id"] != ids["autre"]["stay_id"]  # not joinable across projects
    assert ids["un"]["start"] != ids["autre"]["start"]
    assert first.counts == again.counts == other.counts
    assert first.counts["documents"] == 1 and first.patients == 1
    with record.connect() as conn:
        projects = {p.name: p for p in list_projects(conn)}
    assert [e.requester for e in projects["IC-30"].exports] == [
        "Dr Baptiste, DIM",
        "Mme Faure, biostatisticienne",
    ]
    assert len(projects["IC-AUTRE"].exports) == 1
    assert os.stat(tmp_path / "un").st_mode & 0o077 == 0  # readable by its owner only
