"""Same seed → byte-identical files; another seed → other files."""

import hashlib
from pathlib import Path

import pytest

from relais.synth.generate import generate
from tests.synth.conftest import SMALL, Output


def _hashes(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_same_seed_same_bytes(small: Output, tmp_path: Path) -> None:
    generate(out=tmp_path, **SMALL)
    assert _hashes(tmp_path) == _hashes(small.root)


def test_other_seed_other_bytes(small: Output, tmp_path: Path) -> None:
    generate(out=tmp_path, **{**SMALL, "seed": SMALL["seed"] + 1})
    mine, theirs = _hashes(tmp_path), _hashes(small.root)
    assert mine.keys() == theirs.keys()
    assert all(mine[k] != theirs[k] for k in mine)


def test_parallel_build_is_deterministic(tmp_path: Path) -> None:
    args = {**SMALL, "patients": 60, "days": 20}
    generate(out=tmp_path / "one", workers=1, **args)
    generate(out=tmp_path / "two", workers=2, **args)
    assert _hashes(tmp_path / "one") == _hashes(tmp_path / "two")


def test_bad_arguments_say_what_to_fix(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="days"):
        generate(out=tmp_path, **{**SMALL, "days": 0})


def test_a_smaller_run_leaves_no_stale_bundle(tmp_path: Path) -> None:
    generate(out=tmp_path, **{**SMALL, "patients": 3, "days": 5})
    generate(out=tmp_path, **{**SMALL, "patients": 2, "days": 5})
    assert sorted(p.name for p in (tmp_path / "bundles").iterdir()) == [
        "000-hospital.json",
        "patient-00001.json",
        "patient-00002.json",
    ]
