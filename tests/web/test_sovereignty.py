"""Sovereignty: the whole demo flow (synthesise, import, draft with the embedded model, browse
the workspace, download the PDF) inside a network namespace that has only loopback.

Needs root and `unshare` (util-linux); skipped with the reason otherwise.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]


def _isolation_available() -> str | None:
    if os.geteuid() != 0:
        return "not root: unshare --net needs root"
    if not (shutil.which("unshare") and shutil.which("ip")):
        return "unshare or ip (util-linux, iproute2) missing"
    probe = subprocess.run(["unshare", "--net", "true"], capture_output=True, text=True)
    if probe.returncode != 0:
        return f"unshare --net refused here: {probe.stderr.strip()}"
    return None


def test_the_demo_flow_runs_with_only_loopback(tmp_path: Path) -> None:
    reason = _isolation_available()
    if reason:
        pytest.skip(reason)
    script = f"ip link set lo up && exec {sys.executable} -m tests.web.sovereign_flow {tmp_path}"
    env = {**os.environ, "TQDM_DISABLE": "1"}
    done = subprocess.run(
        ["unshare", "--net", "sh", "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=1500,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert "unreachable" in result["outbound"].lower()
    model = result["model"]
    assert (model["backend"], model["outcome"]) == ("embedded", "ok"), model
