"""edsnlp pipelines (rule-based, no torch), built only when asked for: once per process."""

import importlib
from typing import Any


def pipeline(*pipes: str) -> Any:
    """A blank French clinical pipeline with the normaliser and the named ``eds.*`` pipes."""
    edsnlp = importlib.import_module("edsnlp")
    nlp = edsnlp.blank("eds")
    nlp.add_pipe("eds.normalizer")
    for name in pipes:
        nlp.add_pipe(f"eds.{name}")
    return nlp
