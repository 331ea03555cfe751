"""Ingestion throughput into SQLite and PostgreSQL, against the FHIR library's own ceiling.

The ceiling is what only reading, parsing and validating the same resources with
``fhir.resources`` (R4B) costs, measured in the same run on the same data: no import can be
faster than that in one process. Ingestion adds Relais' own JSON checks, reference resolution,
hashing, normalisation and the database writes. Each database is measured with validation in
the main process (×1) and in one worker process per CPU (×N); the ceiling is one process.

    .venv/bin/python bench/ingest.py [--patients 1000 --days 730] [--data DIR] [--postgres URL]

Without ``--data`` it generates the synthetic hospital (bundles + NDJSON activity) under
``bench/out/`` and reuses it on later runs. The machine's load average is printed with each
run (other work on the machine slows some runs more than others), and the ceiling is measured
again at the end: a large gap between the two says the figures are not comparable. Method and
figures: ``docs/ingestion.md``.
"""

import argparse
import itertools
import os
import sys
import tempfile
import time
import uuid
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import text

from relais.ingest.importer import Importer
from relais.ingest.model import Parsed, Unreadable
from relais.ingest.sources import iter_paths, read_objects
from relais.ingest.validate import model_class
from relais.store.engine import make_engine
from relais.store.migrate import upgrade

OUT = Path(__file__).parent / "out"
DEFAULT_POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def synthetic_data(patients: int, days: int) -> Path:
    target = OUT / f"synth-{patients}p-{days}d"
    if not (target / "bundles").exists():
        from relais.synth.generate import generate

        print(f"generating the synthetic hospital into {target} …", flush=True)
        generate(patients=patients, seed=7, out=target, start=date(2024, 1, 1), days=days)
    return target


def warm_up(paths: list[str], *, files: int = 3, documents: int = 100) -> None:
    """Import the library's models before the ceiling is timed (a one-time cost of seconds):
    the ceiling is then the library's steady throughput, the strictest reference."""
    for path in paths:
        for name in itertools.islice(iter_paths([path]), files):
            _validate_all(itertools.islice(read_objects(name), documents))


def ceiling(paths: list[str]) -> tuple[int, float, float]:
    """Read + parse + validate every resource with fhir.resources R4B, nothing else: the count,
    the wall time and the CPU time."""
    start, cpu_start = time.perf_counter(), time.process_time()
    count = sum(_validate_all(read_objects(name)) for name in iter_paths(paths))
    return count, time.perf_counter() - start, time.process_time() - cpu_start


def _validate_all(items: Iterable[Parsed | Unreadable]) -> int:
    count = 0
    for item in items:
        if not isinstance(item, Parsed):
            continue
        raw = item.raw
        resources = (
            [e["resource"] for e in raw.get("entry", []) if "resource" in e]
            if raw.get("resourceType") == "Bundle"
            else [raw]
        )
        for resource in resources:
            cls = model_class(resource["resourceType"])
            if cls is not None:
                cls.model_validate(resource)
            count += 1
    return count


def ingest(url: str, paths: list[str], workers: int) -> tuple[Importer, float, float]:
    """The importer, the wall time, and the CPU time of Relais (this process, all threads, and
    the workers' parse + validate + prepare; not the database server's)."""
    engine = make_engine(url)
    upgrade(engine)
    importer = Importer(engine, workers=workers)
    start, cpu_start = time.perf_counter(), time.process_time()
    summary = importer.run(paths)
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    if workers > 1:
        cpu += importer.timings["validate cpu"]
    if not summary.ok:
        print(f"  warning: {summary.rejected_count} rejected, first: {summary.rejected[0]}")
    engine.dispose()
    return importer, elapsed, cpu


def postgres_schema(base: str) -> tuple[str, Any]:
    schema = f"bench_{uuid.uuid4().hex[:8]}"
    admin = make_engine(base)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))

    def drop() -> None:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()

    return f"{base}?options=-csearch_path%3D{schema}", drop


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load {one:.1f} (5 min {five:.1f})"


def report(
    label: str, importer: Importer, elapsed: float, cpu: float, ceiling: dict[str, float]
) -> dict[str, Any]:
    summary = importer.summary
    rate = summary.resources / elapsed
    ceiling_rate = ceiling["rate"]
    cpu_ratio = (cpu / summary.resources) / ceiling["cpu_per_resource"]
    timings = importer.timings
    background = timings["write"] + timings["statistics"]
    phases = {
        "parse + validate + prepare, wall time summed over workers": timings["validate"],
        "write, on the writer thread (overlaps)": timings["write"],
        "planner statistics (PostgreSQL), writer thread": timings["statistics"],
        "dangling-reference report": timings["dangling references"],
        "main process: read, apply, wait for the writer": elapsed
        - background
        - timings["dangling references"],
    }
    print(
        f"{label:14} {summary.resources:>9,} resources  {elapsed:7.1f} s  {rate:8,.0f} res/s  "
        f"{rate / ceiling_rate:5.0%} of ceiling  ({load()})"
    )
    print(
        f"{'':14}CPU {cpu:7.1f} s, {1e6 * cpu / summary.resources:5.0f} µs/resource = "
        f"{cpu_ratio:.2f} × the ceiling's (database server not counted)"
    )
    for phase, seconds in phases.items():
        print(f"{'':14}{phase:58} {seconds:7.2f} s  {seconds / elapsed:5.0%}")
    return {
        "rate": rate,
        "seconds": elapsed,
        "ratio": rate / ceiling_rate,
        "cpu_seconds": cpu,
        "cpu_ratio": cpu_ratio,
        "phases": phases,
        "load": os.getloadavg(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--patients", type=int, default=1000)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--data", type=Path, help="a folder of FHIR files instead of synth data")
    parser.add_argument(
        "--postgres", default=os.environ.get("RELAIS_TEST_POSTGRES_URL", DEFAULT_POSTGRES)
    )
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument(
        "--runs",
        help="only these runs, e.g. sqlite:1,postgresql:2 (default: both databases, ×1 and ×N)",
    )
    args = parser.parse_args()

    data = args.data or synthetic_data(args.patients, args.days)
    paths = [str(data / "bundles"), str(data / "activity")] if args.data is None else [str(data)]
    print(f"data: {data}  (Python {sys.version.split()[0]}, {os.cpu_count()} CPU, {load()})")
    warm_up(paths)
    count, seconds, cpu = ceiling(paths)
    reference = {"rate": count / seconds, "cpu_per_resource": cpu / count}
    print(
        f"{'ceiling':14} {count:>9,} resources  {seconds:7.1f} s  {count / seconds:8,.0f} res/s  "
        f"(read + parse + fhir.resources R4B validation only; {load()})"
    )
    print(f"{'':14}CPU {cpu:7.1f} s, {1e6 * cpu / count:5.0f} µs/resource")
    results: dict[str, Any] = {
        "resources": count,
        "ceiling_rate": count / seconds,
        "ceiling_cpu_seconds": cpu,
        "ceiling_load": os.getloadavg(),
    }
    workers = os.cpu_count() or 1
    runs = [("sqlite", 1), ("sqlite", workers), ("postgresql", 1), ("postgresql", workers)]
    if args.runs:
        runs = [(b, int(n)) for b, _, n in (r.partition(":") for r in args.runs.split(","))]
    with tempfile.TemporaryDirectory() as tmp:
        for backend, n in runs:
            if backend == "sqlite":
                url, drop = f"sqlite:///{tmp}/bench-{n}.db", None
            else:
                url, drop = postgres_schema(args.postgres)
            try:
                importer, elapsed, used = ingest(url, paths, n)
                label = f"{backend} ×{n}"
                results[label] = report(label, importer, elapsed, used, reference)
            finally:
                if drop:
                    drop()
    count, seconds, cpu = ceiling(paths)
    again = count / seconds
    print(
        f"{'ceiling again':14} {count:>9,} resources  {seconds:7.1f} s  {again:8,.0f} res/s  "
        f"({again / reference['rate'] - 1:+.0%} from the first; CPU {cpu:.1f} s; {load()})"
    )
    results["ceiling_again_rate"] = again
    results["ceiling_again_cpu_seconds"] = cpu
    if args.json:
        args.json.write_bytes(orjson.dumps(results, option=orjson.OPT_INDENT_2))


if __name__ == "__main__":
    main()
