"""Research extract and audit trail figures on the synthetic hospital, SQLite and PostgreSQL.

Export: wall time of ``run_export`` (all six Parquet tables, every text pseudonymised) after a
warm-up export (the pseudonymiser's one-off loading is reported apart), patients and
characters of document text per second. Audit: appends per second (one transaction each) and
rows verified per second; beside them, plain one-row insert transactions per second on the
same database (the floor set by commits on this machine).

    .venv/bin/python bench/export.py [--patients 100 --days 30] [--audit-rows 2000] [--postgres URL]
"""

import argparse
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import Engine, func, select, text

from relais.ingest.importer import Importer
from relais.privacy.audit import Actor, AuditEvent, record, verify
from relais.privacy.research import run_export
from relais.store.engine import make_engine
from relais.store.migrate import upgrade
from relais.store.tables import documents

OUT = Path(__file__).parent / "out"
DEFAULT_POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
SCIENTIST = Actor(id="bench", role="data_scientist", channel="cli")
KEY = b"bench-key"


def synthetic(patients: int, days: int) -> list[str]:
    target = OUT / f"export-synth-{patients}p-{days}d"
    if not (target / "bundles").exists():
        from relais.synth.generate import generate

        generate(patients=patients, seed=3, out=target, days=days, ed_arrivals_per_day=20)
    return [str(p) for p in sorted((target / "bundles").glob("*.json"))] + [
        str(p) for p in sorted((target / "activity").glob("*.ndjson"))
    ]


def export_figures(engine: Engine, inputs: list[str], work: Path) -> dict[str, Any]:
    assert Importer(engine).run(inputs).ok
    work.mkdir()
    with engine.connect() as conn:
        chars = conn.scalar(select(func.sum(func.length(documents.c.text)))) or 0
    began = time.perf_counter()
    run_export(engine, actor=SCIENTIST, project="warm", out=work / "warm", key=KEY, **_declared())
    first = time.perf_counter() - began
    began = time.perf_counter()
    summary = run_export(
        engine, actor=SCIENTIST, project="bench", out=work / "x", key=KEY, **_declared()
    )
    seconds = time.perf_counter() - began
    return {
        "patients": summary.patients,
        "rows": summary.counts,
        "document_chars": int(chars),
        "first_export_s": round(first, 2),
        "export_s": round(seconds, 2),
        "patients_per_s": round(summary.patients / seconds, 1),
        "document_chars_per_s": round(chars / seconds),
    }


def audit_figures(engine: Engine, rows: int) -> dict[str, Any]:
    """Appends per second beside the floor of this database: one-row insert transactions."""
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE bench_floor (n INTEGER)"))
    began = time.perf_counter()
    for n in range(rows):
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO bench_floor VALUES (:n)"), {"n": n})
    floor = time.perf_counter() - began
    actor = Actor(id="dr.martin", role="physician", channel="api")
    began = time.perf_counter()
    for n in range(rows):
        with engine.begin() as conn:
            event = AuditEvent(actor=actor, action="read", patient_id=f"p{n % 97}", purpose="soins")
            record(conn, event)
    appended = time.perf_counter() - began
    began = time.perf_counter()
    with engine.connect() as conn:
        report = verify(conn)
    checked = time.perf_counter() - began
    assert report.ok
    return {
        "appends": rows,
        "appends_per_s": round(rows / appended),
        "insert_transactions_per_s": round(rows / floor),
        "verified_rows": report.rows,
        "verified_rows_per_s": round(report.rows / checked),
    }


def _declared() -> dict[str, str]:
    return {"requester": "bench", "purpose": "mesure", "legal_basis": "MR-004"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--patients", type=int, default=100)
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--audit-rows", type=int, default=2000)
    parser.add_argument("--postgres", default=DEFAULT_POSTGRES)
    args = parser.parse_args()
    inputs = synthetic(args.patients, args.days)
    results: dict[str, Any] = {"patients_generated": args.patients, "days": args.days}
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        engine = make_engine(f"sqlite:///{work / 'relais.db'}")
        upgrade(engine)
        results["sqlite"] = {
            "export": export_figures(engine, inputs, work / "sqlite"),
            "audit": audit_figures(engine, args.audit_rows),
        }
        engine.dispose()
        schema = f"bench_{uuid.uuid4().hex[:8]}"
        admin = make_engine(args.postgres)
        with admin.begin() as conn:
            conn.execute(text(f"CREATE SCHEMA {schema}"))
        try:
            engine = make_engine(f"{args.postgres}?options=-csearch_path%3D{schema}")
            upgrade(engine)
            results["postgresql"] = {
                "export": export_figures(engine, inputs, work / "pg"),
                "audit": audit_figures(engine, args.audit_rows),
            }
            engine.dispose()
        finally:
            with admin.begin() as conn:
                conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
            admin.dispose()
    print(orjson.dumps(results, option=orjson.OPT_INDENT_2).decode())


if __name__ == "__main__":
    main()
