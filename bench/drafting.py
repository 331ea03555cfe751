"""Drafting on the synthetic hospital: completeness, reconciliation, speed, and a naive baseline.

For every stay: the deterministic part (dossier + sections, no model) is timed and checked
against the truth (every required section and item present; reconciliation precision and
recall). For the first ``--llm-stays`` stays, the whole letter with the embedded model is timed,
and in the same run a *naive baseline* asks the same model to write the whole letter from the
raw record (the stay's FHIR resources as JSON, cut to fit the context); both letters are scored
by the same completeness check (are the discharge drugs, stopped drugs, allergies, pending
results, appointments and the yes/no items of R1112-1-2 all stated?).

    .venv/bin/python bench/drafting.py [--patients 60] [--llm-stays 5] [--model PATH.gguf]
"""

import argparse
import json
import re
import statistics
import tempfile
import time
import unicodedata
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select

from relais.dossier import build_stay_dossier
from relais.generate.draft import DraftDocument, Drafter, codes
from relais.generate.llm.base import GenerationOptions
from relais.generate.llm.embedded import EmbeddedBackend
from relais.generate.llm.models import resolve_model_path
from relais.generate.render.html import render_html
from relais.ingest.importer import Importer
from relais.store.engine import make_engine
from relais.store.migrate import upgrade
from relais.store.tables import fhir_resources
from relais.synth.generate import generate

YES_NO_WORDS = ("transfusion", "bmr", "deriv", "dispositif", "indesirable")
RAW_BUDGET_CHARS = 7_000  # the raw record must fit the model's context with the answer


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in text if not unicodedata.combining(c))


def required_items(stay: dict[str, Any]) -> list[str]:
    """What a complete letter must state, as words to find in its text (folded)."""
    items = [m["drug"] for m in stay["discharge_medications"]]
    items += [m["drug"] for m in stay["stopped_medications"]]
    items += [a.get("substance") or a.get("label") or "" for a in stay["allergies"]]
    items += [p["label"] for p in stay["pending_results"]]
    items += [a["label"] for a in stay["appointments"]]
    return [fold(i).split(" et ")[0] for i in items if i] + list(YES_NO_WORDS)


def completeness(text: str, stay: dict[str, Any]) -> float:
    folded = fold(text)
    wanted = required_items(stay)
    return sum(1 for w in wanted if w in folded) / len(wanted)


def plain(document: DraftDocument) -> str:
    return re.sub(r"<[^>]+>", " ", render_html(document.to_dict()))


def raw_record(engine: Engine, stay: dict[str, Any]) -> str:
    """The stay's resources as compact JSON, narrative dropped, cut to the budget."""
    ids = {stay["encounter_id"], stay.get("ed_encounter_id"), stay["patient_id"]}
    out = []
    with engine.connect() as conn:
        for row in conn.execute(select(fhir_resources.c.content)):
            text = json.dumps(row.content, ensure_ascii=False)
            if any(i and i in text for i in ids):
                content = {k: v for k, v in row.content.items() if k not in ("text", "meta")}
                out.append(json.dumps(content, ensure_ascii=False, separators=(",", ":")))
    return "\n".join(out)[:RAW_BUDGET_CHARS]


def naive_letter(backend: EmbeddedBackend, record: str, options: GenerationOptions) -> str:
    messages = [
        {"role": "system", "content": "Tu es un médecin hospitalier français."},
        {
            "role": "user",
            "content": "Voici le dossier du séjour (ressources FHIR) :\n"
            f"{record}\n\nRédige la lettre de liaison de sortie complète pour le médecin "
            "traitant (motif, synthèse du séjour, traitements à la sortie et arrêtés, résultats "
            "en attente, suites à donner, allergies, dispositifs, transfusion, BMR).",
        },
    ]
    return backend.complete(messages, options=options).text


def p50(values: list[float]) -> float:
    return round(statistics.median(values) * 1000, 1) if values else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--patients", type=int, default=60)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--llm-stays", type=int, default=5)
    parser.add_argument("--model", default="smollm2", help="GGUF path or shipped model name")
    parser.add_argument("--max-tokens", type=int, default=700)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        generate(patients=args.patients, seed=args.seed, out=out, days=60, ed_arrivals_per_day=5)
        engine = make_engine(f"sqlite:///{out / 'relais.db'}")
        upgrade(engine)
        Importer(engine).run([str(p) for p in sorted((out / "bundles").glob("*.json"))])
        stays = json.loads((out / "truth" / "stays.json").read_text())["stays"]
        offline = Drafter(backend=None, options=GenerationOptions())
        times, complete, tp, fp, fn = [], 0, 0, 0, 0
        for stay in stays:
            started = time.perf_counter()
            with engine.connect() as conn:
                letter = offline.letter(build_stay_dossier(conn, stay["encounter_id"]))
            times.append(time.perf_counter() - started)
            sections = [s.code for s in letter.sections] == list(codes.LETTER_SECTIONS)
            complete += sections and completeness(plain(letter), stay) == 1.0
            items = letter.section(codes.DISCHARGE_TREATMENT).items
            items += letter.section(codes.STOPPED_TREATMENT).items
            got = {(i["source"].split("/", 1)[1], i["status"]) for i in items}
            want = {(m["request_id"], m["status"]) for m in stay["discharge_medications"]}
            want |= {(m["statement_id"], "stopped") for m in stay["stopped_medications"]}
            tp, fp, fn = tp + len(got & want), fp + len(got - want), fn + len(want - got)
        print(f"stays: {len(stays)} (patients {args.patients}, seed {args.seed})")
        print(f"deterministic part (dossier + sections): p50 {p50(times)} ms per stay")
        print(f"completeness (sections and items): {complete}/{len(stays)}")
        precision, recall = tp / max(1, tp + fp), tp / max(1, tp + fn)
        print(f"reconciliation: precision {precision:.3f}, recall {recall:.3f} ({tp} lines)")
        if args.llm_stays == 0:
            return
        options = GenerationOptions(max_tokens=args.max_tokens, timeout_s=600)
        backend = EmbeddedBackend(resolve_model_path(args.model))
        drafter = Drafter(backend=backend, options=options)
        chosen = [s for s in stays if s["discharge_medications"]][: args.llm_stays]
        rows: list[dict[str, Any]] = []
        for stay in chosen:
            started = time.perf_counter()
            with engine.connect() as conn:
                letter = drafter.letter(build_stay_dossier(conn, stay["encounter_id"]))
            relais_s = time.perf_counter() - started
            record = raw_record(engine, stay)
            started = time.perf_counter()
            naive = naive_letter(backend, record, options)
            naive_s = time.perf_counter() - started
            verification = letter.verification()
            rows.append(
                {
                    "stay": stay["nda"],
                    "relais_s": relais_s,
                    "relais_complete": completeness(plain(letter), stay),
                    "outcome": letter.model.outcome if letter.model else None,
                    "sentences": verification["sentences"],
                    "flagged": verification["sentences_flagged"],
                    "naive_s": naive_s,
                    "naive_complete": completeness(naive, stay),
                }
            )
            print(json.dumps(rows[-1]))
        print(f"\nmodel {backend.model}, {backend.threads} thread(s), max {args.max_tokens} tokens")
        print("| letter | p50 s per stay | completeness (mean) | narrative outcome |")
        print("| --- | ---: | ---: | --- |")
        relais_p50 = statistics.median(r["relais_s"] for r in rows)
        print(
            f"| Relais (facts + cited narrative) | {relais_p50:.1f}"
            f" | {statistics.mean(r['relais_complete'] for r in rows):.0%}"
            f" | {sum(r['outcome'] == 'ok' for r in rows)}/{len(rows)} ok,"
            f" {sum(r['flagged'] for r in rows)} of {sum(r['sentences'] for r in rows)}"
            " sentences flagged |"
        )
        print(
            f"| naive: same model, whole letter from the raw record | "
            f"{statistics.median(r['naive_s'] for r in rows):.1f}"
            f" | {statistics.mean(r['naive_complete'] for r in rows):.0%} | free text, unverified |"
        )


if __name__ == "__main__":
    main()
