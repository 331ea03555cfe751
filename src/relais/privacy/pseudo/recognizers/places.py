"""Names of establishments ("CH Sainte-Aurélie", "Clinique des Lilas", "CHU de Tours") and
identifying units ("UF 3110"); the record's own organisations wherever they are written."""

import re
from collections.abc import Iterator

from relais.privacy.pseudo.patterns import HOSPITAL_HEADS
from relais.privacy.pseudo.recognizers.address import city_after, whole_words
from relais.privacy.pseudo.recognizers.base import KNOWN, PATTERN, Finding, Scan
from relais.privacy.pseudo.text import fold

CAP_WORD = r"[A-ZÀ-ÖØ-ÞŒ][A-Za-zÀ-ÖØ-öø-ÿœŒ'’\-]*"
CONNECTOR = r"(?:de la|de l'|du|des|de|d'|les|le|la|l')"
LONG_HEADS = [h for h in HOSPITAL_HEADS if not h.isalpha() or len(h) > 4]
SHORT_HEADS = [h.upper() for h in HOSPITAL_HEADS if h.isalpha() and len(h) <= 4]
HOSPITAL = re.compile(
    rf"(?<![\w])(?:(?i:{'|'.join(re.escape(h) for h in LONG_HEADS)})|"
    rf"(?:{'|'.join(SHORT_HEADS)}))(?![\w])"
    rf"(?:[ \t]+(?:{CONNECTOR})[ \t]*|[ \t]+)(?:{CAP_WORD})"
    rf"(?:[ \t\-](?:{CONNECTOR}[ \t])?{CAP_WORD}){{0,4}}"
)
HOSPITAL_HEAD = re.compile(
    rf"(?:(?i:{'|'.join(re.escape(h) for h in LONG_HEADS)})|(?:{'|'.join(SHORT_HEADS)}))(?![\w])"
)
UNIT = re.compile(r"(?<![\w])UF[ \t]*\d{3,5}(?![\w])")


def find(scan: Scan) -> Iterator[Finding]:
    for match in HOSPITAL.finditer(scan.text):
        if scan.folded[max(0, match.start() - 8) : match.start()].endswith("chef de "):
            continue
        yield Finding("HOSPITAL", match.start(), match.end(), PATTERN, "hospital")
        yield from city_after(scan, match.end())
    for match in UNIT.finditer(scan.text):
        yield Finding("SERVICE", match.start(), match.end(), PATTERN, "unit")
    if scan.context is None:
        return
    for name in scan.context.organizations:
        if len(name.strip()) < 4:
            continue
        for match in whole_words(fold(name.strip())).finditer(scan.folded):
            yield Finding("HOSPITAL", match.start(), match.end(), KNOWN, "known-hospital")
