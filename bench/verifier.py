"""Verifier figures: catch rate per mutation type, false flags on correct sentences, speed.

    .venv/bin/python bench/verifier.py [--stays 36] [--seed 7] [--cim10] [--eds-drugs]
        [--no-cim10-terms] [--sets dev,heldout,heldout2,heldout3,heldout4]
        [--database sqlite:///relais-data/relais.db]

Correct sentences are written from the facts of synthetic stays with five template sets: the
development set the patterns were written against, and four held-out sets, each with its own
pools of invented drugs and diagnoses (the second in terse GP-letter French, the third in
model-like prose, the fourth in synthèse-médicale lists, written after all the tuning).
Reads the BDPM in ../shared/data/bdpm when present.
With ``--database`` (an ingested synthetic hospital), also a self-check on real dossiers: each
fact's own French text, citing that fact, must raise no flag.
"""

import argparse
import time
from collections import Counter
from pathlib import Path

from relais.generate.verify import Tools, load_tools, verify_sentence
from relais.generate.verify.measure import heldout, heldout2, heldout3, heldout4, templates
from relais.generate.verify.measure.run import Figures, measure

BDPM = Path(__file__).resolve().parents[2] / "shared" / "data" / "bdpm"
SETS = {
    "dev": ("development templates", templates),
    "heldout": ("held-out templates", heldout),
    "heldout2": ("held-out 2 templates (terse GP letter)", heldout2),
    "heldout3": ("held-out 3 templates (model-like prose)", heldout3),
    "heldout4": ("held-out 4 templates (synthèse médicale lists; blind)", heldout4),
}


def share(part: int, whole: int) -> str:
    return f"{part}/{whole} = {100 * part / whole:.1f} %" if whole else "0/0"


def report(name: str, figures: Figures, *, show: int) -> None:
    print(f"\n## {name}: {figures.sentences} correct sentences, {figures.mutations} mutations")
    for kind in sorted(figures.tried):
        note = f" (of which {figures.as_not_cited[kind]} as « non cité »)"
        extra = note if figures.as_not_cited[kind] else ""
        print(f"  {kind:24} caught {share(figures.caught[kind], figures.tried[kind])}{extra}")
    total = sum(figures.caught.values())
    print(f"  {'all mutations':24} caught {share(total, figures.mutations)}")
    flagged = share(figures.flagged, figures.sentences)
    print(f"  false flags (any flag) on correct sentences: {flagged}")
    print(f"  false errors (warnings aside): {share(figures.errors, figures.sentences)}")
    print(f"  p50 verification time per sentence: {figures.p50_ms:.2f} ms")
    for text, messages in figures.false_flags[:show]:
        print(f"    false flag: {text}\n      {messages}")
    shown: Counter[str] = Counter()
    for kind, text in figures.misses:
        shown[kind] += 1
        if shown[kind] <= show:
            print(f"    missed {kind}: {text}")


def dossier_self_check(url: str, tools: Tools, *, stays: int, show: int) -> None:
    from sqlalchemy import select

    from relais.dossier import build_stay_dossier
    from relais.store.engine import make_engine
    from relais.store.tables import conditions, encounters

    engine = make_engine(url)
    checked = flagged = 0
    examples: list[str] = []
    with engine.connect() as conn:
        coded = select(conditions.c.encounter_id)  # the stays with a clinical record
        query = select(encounters.c.fhir_id).where(
            encounters.c.class_code == "IMP", encounters.c.fhir_id.in_(coded)
        )
        ids = conn.execute(query.order_by(encounters.c.fhir_id).limit(stays)).scalars().all()
        for stay_id in ids:
            facts = build_stay_dossier(conn, stay_id).by_id()
            for fact in facts.values():
                checked += 1
                flags = verify_sentence(fact.text, [fact], facts, tools=tools)
                if flags:
                    flagged += 1
                    examples.append(f"{fact.text} → {[f.message for f in flags]}")
    print(f"\n## dossier self-check: {len(ids)} stays, each fact's text citing itself")
    print(f"  facts flagged: {share(flagged, checked)}")
    for line in examples[:show]:
        print(f"    {line}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stays", type=int, default=36)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--cim10", action="store_true", help="add edsnlp's eds.cim10 (slow load)")
    parser.add_argument("--eds-drugs", action="store_true", help="add edsnlp's eds.drugs")
    parser.add_argument(
        "--no-cim10-terms", action="store_true", help="without the CIM-10 term index (default on)"
    )
    parser.add_argument("--show", type=int, default=3, help="examples of misses to print")
    parser.add_argument("--sets", default=",".join(SETS), help="template sets, comma-separated")
    parser.add_argument("--database", help="URL of an ingested hospital, for the self-check")
    args = parser.parse_args()
    started = time.perf_counter()
    tools = load_tools(
        bdpm_dir=BDPM if BDPM.is_dir() else None,
        eds_drugs=args.eds_drugs,
        cim10=args.cim10,
        cim10_terms=not args.no_cim10_terms,
    )
    print(
        f"resources loaded in {time.perf_counter() - started:.1f} s "
        f"(BDPM: {'yes' if BDPM.is_dir() else 'no'}, eds.drugs: {args.eds_drugs}, "
        f"eds.cim10: {args.cim10}, CIM-10 terms: {not args.no_cim10_terms})"
    )
    chosen = args.sets.split(",")
    for key in chosen:
        if key not in SETS:
            parser.error(f"unknown set {key!r}: choose among {', '.join(SETS)}")
    for key in chosen:
        name, module = SETS[key]
        figures = measure(
            module.TEMPLATES,
            module.NEGATIONS,
            tools=tools,
            pools=getattr(module, "POOLS", None),
            stays=args.stays,
            seed=args.seed,
        )
        report(name, figures, show=args.show)
    if args.database:
        dossier_self_check(args.database, tools, stays=args.stays, show=args.show)


if __name__ == "__main__":
    main()
