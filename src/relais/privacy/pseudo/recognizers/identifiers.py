"""Identifiers after their label (IPP, NDA, RPPS, FINESS…) and any identifier of the record."""

import re
from collections.abc import Iterator

from relais.privacy.pseudo.patterns import IDENTIFIER_LABELS, NOT_IDENTIFIER_LABELS
from relais.privacy.pseudo.recognizers.base import (
    GUESSED,
    KNOWN,
    LABELLED,
    Finding,
    Scan,
    label_before,
)
from relais.privacy.pseudo.recognizers.nir import compact, nir_key_ok
from relais.privacy.pseudo.text import fold

LABELS = "|".join(re.escape(fold(k)) for k in sorted(IDENTIFIER_LABELS, key=len, reverse=True))
LABELLED_VALUE = re.compile(
    rf"(?<![\w])({LABELS})(?![\w])\s*(?:n°|no|num[ée]ro)?\s*[:=#]?\s*"
    r"([A-Za-z0-9](?:[A-Za-z0-9]|[ ./-](?=[A-Za-z0-9])){3,30})"
)
PRODUCT_LABELS = ("ref", "ref.", "reference", "cip", "cip13", "ucd", "gtin", "ean", "lot", "code")
# On folded text: digit-bearing pieces joined by one separator, maybe after a short prefix.
RUN = re.compile(r"(?<![\w])(?:[a-z]{1,3}[.-])?[0-9a-z]*\d[0-9a-z]*(?:[ .-][0-9a-z]*\d[0-9a-z]*)*")
PIECE = re.compile(r"[0-9a-z]+")
LONG_NUMBER = re.compile(r"(?<![\w.,])\d{9,20}(?![\w]|[.,]\d)")
GENERIC = re.compile(r"(?<![\w])(?:n°|no\.|num[ée]ro)\s*[:=#]?\s*(\d(?:[ .-]?\d){5,19})(?![\w])")

# "N° examen : RX24-0045871", "N° d'affaire : 24-069-0031877": "N°", any label of one to three
# words, a colon, then a code that holds at least four digits (on folded text).
NUMBER_LABELLED = re.compile(
    r"(?<![\w])(?:n°|no|num|numero)\.?[ \t]*(?:de[ \t]+|d'|du[ \t]+)?"
    r"([a-z][a-z\-]*(?:[ \t]+(?:de[ \t]+|d'|du[ \t]+)?[a-z][a-z\-]*){0,2})[ \t]*[:=][ \t]*"
    r"([a-z0-9](?:[a-z0-9]|[./-](?=[a-z0-9])){3,30})(?![\w])"
)


def find(scan: Scan) -> Iterator[Finding]:
    for match in LABELLED_VALUE.finditer(scan.folded):
        value = scan.text[match.start(2) : match.end(2)]
        end = match.start(2) + _value_length(value)
        if end == match.start(2) or sum(c.isdigit() for c in scan.text[match.start(2) : end]) < 3:
            continue
        kind = IDENTIFIER_LABELS.get(match[1]) or _label_kind(match[1])
        yield Finding(kind, match.start(2), end, LABELLED, "id-label")
    for match in LONG_NUMBER.finditer(scan.text):
        if label_before(scan.folded, match.start(), PRODUCT_LABELS):
            continue  # a product's reference (CIP, GTIN) is the same for every patient
        yield Finding("OTHER_ID", match.start(), match.end(), GUESSED, "id-long")
    for match in NUMBER_LABELLED.finditer(scan.folded):
        words = set(re.split(r"[ \t']+", match[1]))
        if sum(c.isdigit() for c in match[2]) >= 4 and not words & NOT_IDENTIFIER_LABELS:
            yield Finding("OTHER_ID", match.start(2), match.end(2), LABELLED - 5, "id-n-label")
    for match in GENERIC.finditer(scan.folded):
        yield Finding("OTHER_ID", match.start(1), match.end(1), LABELLED - 5, "id-number")
    if scan.context is not None:
        yield from _known(scan)


def _value_length(value: str) -> int:
    """Stop a labelled value at the first space followed by a word (``12345 — NDA``)."""
    match = re.match(r"[A-Za-z0-9./-]*\d[A-Za-z0-9./-]*(?:[ ]\d+)*", value)
    return match.end() if match else 0


def _label_kind(folded_label: str) -> str:
    for label, kind in IDENTIFIER_LABELS.items():
        if fold(label) == folded_label:
            return kind
    return "OTHER_ID"


def _known(scan: Scan) -> Iterator[Finding]:
    assert scan.context is not None
    known = {compact(v).lower() for v in scan.context.identifiers if len(compact(v)) >= 4}
    if not known:
        return
    for run in RUN.finditer(scan.folded):
        pieces = [m.span() for m in PIECE.finditer(scan.folded, run.start(), run.end())]
        for first in range(len(pieces)):
            for last in range(first, min(len(pieces), first + 8)):
                start, end = pieces[first][0], pieces[last][1]
                value = compact(scan.folded[start:end]).lower()
                if value in known:
                    kind = "NIR" if nir_key_ok(value.upper()) else "OTHER_ID"
                    yield Finding(kind, start, end, KNOWN - 10, "id-known")
