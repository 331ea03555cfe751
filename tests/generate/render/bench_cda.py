"""Bench: every stay of a synthetic hospital as a CDA lettre de liaison (LDL-SES) and every
patient's synthèse médicale (VSM), all validated by the ANS validator; prints the counts.

    .venv/bin/python -m tests.generate.render.bench_cda --patients 200 --out /tmp/cda-bench
"""

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from relais.dossier import build_patient_dossier, build_stay_dossier
from relais.generate.draft import Drafter
from relais.generate.llm.base import DEFAULT_OPTIONS
from relais.generate.render.cda import export_cda
from relais.ingest.importer import Importer
from relais.store.engine import make_engine
from relais.store.migrate import upgrade
from relais.synth.generate import generate
from tests.generate.render.cda_validator import errors, validate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--patients", type=int, default=200)
    parser.add_argument("--days", type=int, default=60)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    out = args.out or Path(tempfile.mkdtemp(prefix="cda-bench-"))
    synth, docs = out / "synth", out / "cda"
    docs.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    generate(
        patients=args.patients,
        seed=args.seed,
        out=synth,
        days=args.days,
        ed_arrivals_per_day=max(2.0, args.patients / 20),
    )
    stays = json.loads((synth / "truth" / "stays.json").read_text())["stays"]
    engine = make_engine(f"sqlite:///{out / 'relais.db'}")
    upgrade(engine)
    assert Importer(engine).run(sorted(str(p) for p in (synth / "bundles").glob("*.json"))).ok
    drafter = Drafter(backend=None, options=DEFAULT_OPTIONS)
    paths: dict[str, list[Path]] = {"LDL-SES": [], "VSM": []}
    warnings: Counter[str] = Counter()
    patients = list(dict.fromkeys(s["patient_id"] for s in stays))
    with engine.connect() as conn:
        for n, stay in enumerate(stays):
            document = drafter.letter(build_stay_dossier(conn, stay["encounter_id"])).to_dict()
            document["id"], document["version"] = f"00000000-0000-4000-8000-{n:012d}", 1
            xml, found = export_cda(conn, document)
            paths["LDL-SES"].append(docs / f"ldl-{n}.xml")
            paths["LDL-SES"][-1].write_bytes(xml)
            warnings.update(w.split(":")[0] for w in found)
        for n, patient in enumerate(patients):
            document = drafter.synthesis(build_patient_dossier(conn, patient)).to_dict()
            document["id"], document["version"] = f"00000000-0000-4000-9000-{n:012d}", 1
            xml, found = export_cda(conn, document)
            paths["VSM"].append(docs / f"vsm-{n}.xml")
            paths["VSM"][-1].write_bytes(xml)
            warnings.update(w.split(":")[0] for w in found)
    rendered = time.perf_counter() - started
    total_errors = 0
    for volet, files in paths.items():
        t0 = time.perf_counter()
        reports = validate(files, volet)
        bad = {r["document"]: errors(r) for r in reports if not r["ok"]}
        count = sum(len(e) for e in bad.values())
        total_errors += count
        print(
            f"{volet}: {len(reports)} documents, {len(bad)} rejected, {count} errors "
            f"({time.perf_counter() - t0:.0f} s to validate)"
        )
        for document, lines in list(bad.items())[:5]:
            print(f"  {document}: {lines[:3]}")
    print(
        f"{args.patients} patients, {len(stays)} stays, {len(patients)} syntheses; "
        f"generated, imported, drafted and rendered in {rendered:.0f} s; warnings: "
        f"{dict(warnings)}"
    )
    return 1 if total_errors else 0


if __name__ == "__main__":
    sys.exit(main())
