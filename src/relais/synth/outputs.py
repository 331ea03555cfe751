"""The output folder: what the generator owns in it, cleared before each run."""

from pathlib import Path

OWNED = (("bundles", "*.json"), ("activity", "*.ndjson"), ("truth", "*.json"), ("truth", "*.csv"))


def clear_previous_run(out: Path) -> int:
    """Remove files an earlier run wrote (a smaller run must not leave stale bundles behind)."""
    removed = 0
    for folder, pattern in OWNED:
        for path in sorted((out / folder).glob(pattern)):
            path.unlink()
            removed += 1
    return removed
