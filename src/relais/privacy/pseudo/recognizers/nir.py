"""NIR (numéro de sécurité sociale) and INS matricule: 15 characters with a mod-97 key.

Written compact or grouped ("1 84 12 75 123 456 78"); Corsica's département 2A/2B counts as
19/18 in the key. A value whose key fails is kept only after its label (a typo still identifies).
"""

import re
from collections.abc import Iterator

from relais.privacy.pseudo.patterns import INS_LABELS, NIR_LABELS
from relais.privacy.pseudo.recognizers.base import LABELLED, STRUCTURED, Finding, Scan, label_before

CANDIDATE = re.compile(r"(?<![\w+])[1-478](?:[ .-]?[0-9ABab]){14}(?![\w])")
SHAPE = re.compile(r"[1-478]\d{4}(?:\d{2}|2[AB])\d{8}")


def compact(text: str) -> str:
    return re.sub(r"[ .-]", "", text).upper()


def nir_key_ok(value: str) -> bool:
    """Whether a compact 15-character NIR has a valid key (97 − number mod 97)."""
    if not SHAPE.fullmatch(value):
        return False
    number = value[:5] + value[5:7].replace("2A", "19").replace("2B", "18") + value[7:13]
    return 97 - int(number) % 97 == int(value[13:])


def find(scan: Scan) -> Iterator[Finding]:
    for match in CANDIDATE.finditer(scan.text):
        value = compact(match.group())
        if not SHAPE.fullmatch(value):
            continue
        start, end = match.span()
        is_ins = label_before(scan.folded, start, INS_LABELS)
        labelled = is_ins or label_before(scan.folded, start, NIR_LABELS)
        valid = nir_key_ok(value)
        if valid or labelled:
            kind = "INS" if is_ins else "NIR"
            yield Finding(kind, start, end, STRUCTURED if valid else LABELLED, "nir")
