"""The establishment's sector of activity (healthCareFacility code, JDV_J02, TRE_R02).

Taken from the Organization's type when it carries a TRE_R02 code (SAxx); a public hospital
named as such (centre hospitalier, CHU…) is SA01. Otherwise the hospital sets it
(``facility_type``); it is never guessed.
"""

import re
import unicodedata
from typing import Any

PUBLIC = ("SA01", "Etablissement public de santé")
PUBLIC_NAMES = (
    "centre hospitalier",
    "chu",
    "chr",
    "chru",
    "centre hospitalier universitaire",
    "centre hospitalier regional",
    "assistance publique",
    "hopital public",
    "hospices civils",
)
SECTOR_CODE = re.compile(r"^SA\d{2}$")


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower().strip())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def facility_type(raw: dict[str, Any]) -> tuple[str, str] | None:
    """(code, display) from an Organization resource, or None when it does not say."""
    labels = []
    for concept in raw.get("type") or []:
        if not isinstance(concept, dict):
            continue
        for coding in concept.get("coding") or []:
            code = str(coding.get("code") or "")
            if SECTOR_CODE.match(code):
                return code, str(coding.get("display") or code)
            labels.append(str(coding.get("display") or ""))
        labels.append(str(concept.get("text") or ""))
    for label in map(_plain, labels):
        if any(label == name or label.startswith(name + " ") for name in PUBLIC_NAMES):
            return PUBLIC
    return None
