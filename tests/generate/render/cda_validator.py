"""Run the ANS validator (../shared/tools/validate_cda.py) once over many documents: it spends
~10 s compiling the rules per process, then well under a second per document."""

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import shared_path


def validate(paths: list[Path], volet: str) -> list[dict[str, Any]]:
    """One validator process for ``paths``; one report per document."""
    if importlib.util.find_spec("saxonche") is None:
        message = "the ANS validator needs saxonche and lxml (dev dependencies)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    tool = shared_path("tools", "validate_cda.py")
    result = subprocess.run(
        [sys.executable, str(tool), *map(str, paths), "--volet", volet],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    if result.returncode not in (0, 1):
        pytest.fail(f"validator failed to run ({result.returncode}): {result.stderr[-2000:]}")
    found = json.loads(result.stdout)
    return found if isinstance(found, list) else [found]


def errors(report: dict[str, Any]) -> list[str]:
    """Every error of one report, one line each (XSD, schematron, engine)."""
    lines = [f"XSD {e}" for e in report["xsd_errors"]]
    lines += [
        f"{f['schematron']} {f['location']}: {f['message']}" for f in report["schematron_failures"]
    ]
    return lines + [f"engine {e}" for e in report["engine_errors"]]
