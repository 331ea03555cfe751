"""The verifier of generated sentences: every drug, dose, value with unit, date and diagnosis a
sentence states is checked against the facts it cites; unsupported, uncited and contradicted
content is flagged to the physician. See docs/verifier.md.
"""

from relais.generate.verify.model import (
    Flag,
    FlagKind,
    SentenceResult,
    Severity,
    Span,
    VerificationReport,
)
from relais.generate.verify.tools import Tools, default_tools, load_tools
from relais.generate.verify.verify import verify_narrative, verify_sentence

__all__ = [
    "Flag",
    "FlagKind",
    "SentenceResult",
    "Severity",
    "Span",
    "Tools",
    "VerificationReport",
    "default_tools",
    "load_tools",
    "verify_narrative",
    "verify_sentence",
]
