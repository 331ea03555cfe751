"""Time the synthetic hospital generator (default: 1000 detailed patients over 730 days).

    .venv/bin/python bench/synth.py [--patients 1000] [--days 730] [--workers 2] [--out DIR]

Prints the summary (counts, seconds) as JSON. Output goes to a temporary folder unless --out.
"""

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

from relais.synth.generate import generate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--patients", type=int, default=1000)
    parser.add_argument("--days", type=int, default=730)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="relais-synth-") as scratch:
        out = args.out or Path(scratch)
        began = time.perf_counter()
        summary = generate(
            patients=args.patients, seed=args.seed, out=out, days=args.days, workers=args.workers
        )
        wall = time.perf_counter() - began
        size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
        result = {
            **summary.to_dict(),
            "wall_seconds": round(wall, 2),
            "megabytes": round(size / 1e6, 1),
            "cpus": os.cpu_count(),
        }
        print(json.dumps(result, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
