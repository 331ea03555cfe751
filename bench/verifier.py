"""Verifier figures: catch rate per mutation type, false flags on correct sentences, speed.

    .venv/bin/python bench/verifier.py [--stays 36] [--seed 7] [--cim10] [--eds-drugs]

Correct sentences are written from the facts of synthetic stays with two template sets: the
development set the patterns were written against, and a held-out set (with its own pools of
invented drugs and diagnoses) used only here. Reads the BDPM in ../shared/data/bdpm when present.
"""

import argparse
import time
from collections import Counter
from pathlib import Path

from relais.generate.verify import load_tools
from relais.generate.verify.measure import heldout, templates
from relais.generate.verify.measure.run import Figures, measure

BDPM = Path(__file__).resolve().parents[2] / "shared" / "data" / "bdpm"


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stays", type=int, default=36)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--cim10", action="store_true", help="add edsnlp's eds.cim10 (slow load)")
    parser.add_argument("--eds-drugs", action="store_true", help="add edsnlp's eds.drugs")
    parser.add_argument("--show", type=int, default=3, help="examples of misses to print")
    args = parser.parse_args()
    started = time.perf_counter()
    tools = load_tools(
        bdpm_dir=BDPM if BDPM.is_dir() else None, eds_drugs=args.eds_drugs, cim10=args.cim10
    )
    print(
        f"resources loaded in {time.perf_counter() - started:.1f} s "
        f"(BDPM: {'yes' if BDPM.is_dir() else 'no'}, eds.drugs: {args.eds_drugs}, "
        f"eds.cim10: {args.cim10})"
    )
    for name, module in (("development templates", templates), ("held-out templates", heldout)):
        figures = measure(
            module.TEMPLATES,
            module.NEGATIONS,
            tools=tools,
            pools=getattr(module, "POOLS", None),
            stays=args.stays,
            seed=args.seed,
        )
        report(name, figures, show=args.show)


if __name__ == "__main__":
    main()
