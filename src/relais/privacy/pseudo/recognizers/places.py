"""Names of establishments ("CH Sainte-Aurélie", "Clinique des Lilas", "CHU de Tours") and
identifying units ("UF 3110"); the record's own organisations wherever they are written."""

import re
from collections.abc import Iterator

from relais.privacy.pseudo.patterns import HOSPITAL_HEADS
from relais.privacy.pseudo.protect import clinical_words
from relais.privacy.pseudo.recognizers.address import city_after, whole_words
from relais.privacy.pseudo.recognizers.base import KNOWN, PATTERN, Finding, Scan
from relais.privacy.pseudo.text import fold

CAP_WORD = r"[A-ZÀ-ÖØ-ÞŒ][A-Za-zÀ-ÖØ-öø-ÿœŒ'’\-]*"
CONNECTOR = r"(?:de la|de l'|du|des|de|d'|les|le|la|l')"
LONG_HEADS = [h for h in HOSPITAL_HEADS if not h.isalpha() or len(h) > 4]
SHORT_HEADS = [h.upper() for h in HOSPITAL_HEADS if h.isalpha() and len(h) <= 4]
# "Nouvel Hôpital Civil", "Grand Hôpital de l'Est": an adjective before the head.
BEFORE_HEAD = r"(?:(?:Nouvel|Nouveau|Nouvelle|Grand|Grande|NOUVEL|NOUVEAU|GRAND)[ \t]+)?"
# "Hôpital cardiologique Louis-Pradel", "Centre hospitalier spécialisé du Vinatier": one
# lowercase adjective after the head.
ADJECTIVE = r"(?:[ \t]+[a-zéè]+(?:ique|iques|al|ale|aux|ier|ière|aire|aires|isé|isée)(?![\w]))?"
HOSPITAL = re.compile(
    rf"(?<![\w]){BEFORE_HEAD}(?:(?i:{'|'.join(re.escape(h) for h in LONG_HEADS)})|"
    rf"(?:{'|'.join(SHORT_HEADS)}))(?![\w]){ADJECTIVE}"
    rf"(?:[ \t]+(?:{CONNECTOR})[ \t]*|[ \t]+)(?:{CAP_WORD})"
    rf"(?:[ \t\-](?:{CONNECTOR}[ \t])?{CAP_WORD}){{0,4}}"
)
HOSPITAL_HEAD = re.compile(
    rf"(?:(?i:{'|'.join(re.escape(h) for h in LONG_HEADS)})|(?:{'|'.join(SHORT_HEADS)}))(?![\w])"
)
# Heads that are also clinical words ("Foyer infectieux", "Laboratoire : NFS"): the name after
# them must not be clinical vocabulary.
CLINICAL_HEAD = re.compile(r"(?:foyer|institut)[ \t]+")
# A pharmacy or a practice is often named after its owner ("Pharmacie Martin", a person):
# only a place name after "du", "des", "de la" counts ("Pharmacie des Halles").
OWNER_HEAD = re.compile(r"(?:pharmacie|cabinet)(?![\w])")
PLACE_NAMED = re.compile(
    r"(?:pharmacie|cabinet(?: medical| de radiologie)?)[ \t]+(?:du|des|de la|de l')"
)
UNIT = re.compile(r"(?<![\w])UF[ \t]*\d{3,5}(?![\w])")


def find(scan: Scan) -> Iterator[Finding]:
    for match in HOSPITAL.finditer(scan.text):
        if scan.folded[max(0, match.start() - 8) : match.start()].endswith("chef de "):
            continue
        if _clinical_name(scan.folded[match.start() : match.end()]):
            continue  # "Foyer Infectieux"
        folded = scan.folded[match.start() : match.end()]
        if OWNER_HEAD.match(folded) and not PLACE_NAMED.match(folded):
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


def _clinical_name(folded: str) -> bool:
    """A head that is also a clinical word, then only clinical words (CIM-10 vocabulary)."""
    head = CLINICAL_HEAD.match(folded)
    if head is None:
        return False
    words = [w for w in re.split(r"[^\w]+", folded[head.end() :]) if len(w) > 3]
    return bool(words) and all(w in clinical_words() for w in words)
