"""Dossier build time per stay on the synthetic hospital: structured part, and with the notes.

Reports p50 / p90 per stay for (1) the dossier without NLP, (2) the NLP reading per note with
the default pipes (no CIM-10), and (3) the whole stay dossier with its notes; plus the pipeline
build time and the reconciliation precision / recall against ``truth/stays.json``.

    .venv/bin/python bench/dossier.py [--patients 200 --seed 7] [--dates]
"""

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from relais.domain.facts import FactKind
from relais.dossier import build_stay_dossier
from relais.dossier.nlp.pipeline import PipelineOptions
from relais.dossier.nlp.reader import NoteReader
from relais.dossier.substances import default_matcher
from relais.ingest.importer import Importer
from relais.store.engine import make_engine
from relais.store.migrate import upgrade
from relais.synth.generate import generate


def percentiles(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    return {
        "p50_ms": round(statistics.median(ordered) * 1000, 2),
        "p90_ms": round(ordered[int(0.9 * (len(ordered) - 1))] * 1000, 2),
        "n": len(ordered),
    }


def reconciliation(dossier: Any, stay: dict[str, Any]) -> tuple[int, int, int]:
    got = {(f.source.resource_id, f.data["status"]) for f in dossier.of_kind(FactKind.MEDICATION)}
    want = {(m["request_id"], m["status"]) for m in stay["discharge_medications"]}
    want |= {(m["statement_id"], "stopped") for m in stay["stopped_medications"]}
    return len(got & want), len(got - want), len(want - got)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--patients", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--dates", action="store_true", help="Add eds.dates (slower).")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        generate(patients=args.patients, seed=args.seed, out=out, days=60, ed_arrivals_per_day=10)
        engine = make_engine(f"sqlite:///{out / 'relais.db'}")
        upgrade(engine)
        Importer(engine).run([str(p) for p in sorted((out / "bundles").glob("*.json"))])
        stays = json.loads((out / "truth" / "stays.json").read_text())["stays"]
        default_matcher()
        started = time.perf_counter()
        reader = NoteReader.build(PipelineOptions(dates=args.dates))
        pipeline_s = time.perf_counter() - started
        plain, full, per_note = [], [], []
        tp = fp = fn = 0
        with engine.connect() as conn:
            for stay in stays:
                started = time.perf_counter()
                dossier = build_stay_dossier(conn, stay["encounter_id"])
                plain.append(time.perf_counter() - started)
                a, b, c = reconciliation(dossier, stay)
                tp, fp, fn = tp + a, fp + b, fn + c
                started = time.perf_counter()
                with_notes = build_stay_dossier(conn, stay["encounter_id"], notes=reader)
                full.append(time.perf_counter() - started)
                notes = {f.source.resource_id for f in with_notes.of_kind(FactKind.NOTE_FINDING)}
                for note_id in notes:
                    text = conn.exec_driver_sql(
                        "SELECT text FROM documents WHERE fhir_id = ?", (note_id,)
                    ).scalar_one()
                    started = time.perf_counter()
                    reader.read(text)
                    per_note.append(time.perf_counter() - started)
        engine.dispose()
    report = {
        "stays": len(stays),
        "pipeline_build_s": round(pipeline_s, 2),
        "dates": args.dates,
        "dossier_without_nlp": percentiles(plain),
        "nlp_per_note": percentiles(per_note),
        "dossier_with_notes": percentiles(full),
        "reconciliation": {
            "precision": tp / (tp + fp) if tp + fp else None,
            "recall": tp / (tp + fn) if tp + fn else None,
            "lines": tp + fn,
        },
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
