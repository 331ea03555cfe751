"""Street addresses, their extra lines, postal codes and cities.

"12 rue des Lilas", "107 ter boulevard de l'Église", "Bât. B", "45000 Orléans", "Orléans, le
12 mars 2024" (the place of a letter), "domiciliée à Olivet"; and every address, postal code
and city stored in the patient's record, wherever the text mentions them.
"""

import re
from collections.abc import Iterator
from functools import lru_cache

from relais.privacy.pseudo.lexicon import french_words
from relais.privacy.pseudo.names_data import FIRST_NAMES
from relais.privacy.pseudo.patterns import (
    ACRONYMS,
    ADDRESS_EXTRA,
    COUNTRIES,
    EPONYMS,
    MONTHS,
    STREET_TYPES,
    STRONG_STREET_TYPES,
    WEEKDAYS,
)
from relais.privacy.pseudo.protect import clinical_words, drug_words
from relais.privacy.pseudo.recognizers.base import GUESSED, KNOWN, PATTERN, Finding, Scan
from relais.privacy.pseudo.text import fold

NAME_CHARS = r"[A-Za-zÀ-ÖØ-öø-ÿĀ-žœŒ'’\-]"
CAP_WORD = r"[A-ZÀ-ÖØ-ÞŒĀ-ž][A-Za-zÀ-ÖØ-öø-ÿĀ-žœŒ'’\-]*"  # Latin Extended-A too: "Gdańsk", "Łódź"
CITY_CONNECTOR = r"(?:sur|sous|en|les|lès|le|la|de|du|des|aux|d'|l')"
CITY = (
    rf"{CAP_WORD}(?:[ \-](?:{CITY_CONNECTOR}[ \-])?{CAP_WORD}){{0,4}}"
    r"(?:\s+(?:Cedex|CEDEX)(?:\s+\d{1,2})?)?"
)


def _alternatives(words: tuple[str, ...]) -> str:
    folded = sorted({fold(w) for w in words}, key=len, reverse=True)
    return "|".join(re.escape(w) for w in folded)


STREET = _alternatives(STREET_TYPES)
STRONG = _alternatives(STRONG_STREET_TYPES)
STRONG_FOLDED = frozenset(fold(w) for w in STRONG_STREET_TYPES)
NUMBERED = re.compile(
    rf"(?<![\w,.])\d{{1,4}}(?:\s?(?:bis|ter|quater|[a-d])\b)?,?\s+(?:{STREET})(?![\w])"
    r"[ \t]+[^\n,;()—–:]{2,60}"
)
UNNUMBERED = re.compile(
    rf"(?<![\w])(?:{STRONG})[ \t]+(?:(?:de la|de l'|du|des|de|d')[ \t]*)?[a-z0-9]"
    r"[^\n,;()—–:]{1,50}"
)
EXTRA = re.compile(
    rf"(?<![\w])(?:(?:{_alternatives(ADDRESS_EXTRA)})(?:(?<=\.)|(?![\w]))\.?\s*[\w]{{1,4}}\b"
    r"|porte\s+(?:gauche|droite|de\s+gauche|de\s+droite|face|du\s+fond)\b"
    r"|\d{1,2}(?:e|er|eme|ème)\s+[ée]tage"
    r"|(?:résidence|residence|lieu-dit|hameau|domaine|lotissement)\s+"
    + CAP_WORD
    + rf"(?:\s+{CAP_WORD}){{0,3}})",
    re.IGNORECASE,
)
POSTAL_CITY = re.compile(
    rf"(?<![\w,.])((?:0[1-9]|[1-8]\d|9[0-8])\d{{3}}|(?:0[1-9]|[1-8]\d|9[0-8]) \d{{3}})\s+({CITY})"
)
POSTAL_LABELLED = re.compile(r"(?<![\w])(?:cp|code postal)\s*:?\s*(\d{5})(?![\w])", re.IGNORECASE)
# A Belgian, Swiss or Luxembourg postal code of four digits and its town, after a street on the
# same line or before the country: "rue de la Loi 16, 1000 Bruxelles", "1211 Genève, Suisse".
FOREIGN_POSTAL_CITY = re.compile(rf"(?<![\w,.])([1-9]\d{{3}})[ \t]+({CITY})")
FOREIGN_COUNTRY = re.compile(
    r"[ \t]*(?:\d{1,2}[ \t]*)?[,(—–-][ \t]*(?:belgique|suisse|luxembourg|belgium|switzerland)\b"
)
# A birthplace after the date of birth: "né le 02/05/1961 à Tlemcen", "née le 3 mars 1950 à Brno".
BORN_AT = re.compile(
    r"(?<![\w])(?:né|née|né\(e\)|ne|nee)[ \t]+le[ \t]+[\w/. ]{4,24}?[ \t]+(?:à|a)[ \t]+"
    rf"({CITY})(?![\w])"
)
# A town in brackets after its country: "séjour au Mali (Kayes)" (on folded text for the country).
COUNTRY_TOWN = re.compile(rf"([\w'\-]+)[ \t]*\([ \t]*({CITY})[ \t]*\)")
PLACE_OF_LETTER = re.compile(rf"(?m)^[ \t]*({CITY}), le\s+(?=\d|1er)")
LIVES_IN = re.compile(
    rf"(?<![\w])(?:domicilié|domiciliée|domicilie|domiciliee|habite|habitant|vit|vivant|résidant|"
    rf"residant|résidente|demeurant|née?|né\(e\)|transféré|transférée|lives|living)"
    rf"\s+(?:à|a|au|en|in)\s+({CITY})(?![\w])|(?<![\w])(?:originaire de|from)\s+({CITY})(?![\w])"
)
BEFORE_STREET = re.compile(
    rf"\s*[,-]\s*(?:\d{{1,4}}\b|(?:{STREET})(?![\w])|residence|\d{{5}}\b|(?:appt|bat)\b)"
)
# A street or a postal code earlier on the line, not any digit ("le 24/11/2025, 2e étage").
AFTER_STREET = re.compile(rf"(?<![\w])(?:{STREET}|\d{{5}})(?![\w])[^\n]*,\s*$")
SPECIALTY_ENDINGS = ("logie", "iatrie", "chirurgie", "therapie", "graphie", "scopie", "ation")
GAP_BEFORE = re.compile(r"[ \t]*,?[ \t]*$")  # between a street and its postal code
AT_PLACE = re.compile(rf"(?<=[\w,)] )(?:à|a) ({CITY})(?![\w])")
# ", Basse-Goulaine" or "(Basse-Goulaine)" right after an address or an establishment.
CITY_AFTER = re.compile(
    rf"(?:,[ \t]*({CITY})(?=[ \t]*(?:[.,;()\n—–]|$))|[ \t]*\([ \t]*({CITY})[ \t]*\))"
)
# Where an address stops: at a sentence's end ("… à Rennes. Magasinier chez …") and before
# "à" and its town (the town is a city of its own).
ADDRESS_STOP = re.compile(r"(?<=[^\W\d_]{3})\.\s+(?=[A-ZÀ-ÖØ-Þ])|\s+(?:à|a)\s+(?=[A-ZÀ-ÖØ-Þ])")
EXTRA_WORDS = frozenset(fold(w).rstrip(".") for w in ADDRESS_EXTRA)
END_OF_LINE_PART = re.compile(r"\s+(?:\d{5}\b.*|[-—–].*)$")
TRAILING = " .\t"


def find(scan: Scan) -> Iterator[Finding]:
    streets = list(_street_lines(scan))
    yield from streets
    for match in EXTRA.finditer(scan.folded):
        if _after_address(scan, match.start()) or _before_address(scan, match.end()):
            yield Finding("ADDRESS", match.start(), match.end(), PATTERN, "address-extra")
    for match in POSTAL_CITY.finditer(scan.text):
        yield Finding("POSTAL_CODE", match.start(1), match.end(1), PATTERN, "postal")
        yield Finding("CITY", match.start(2), match.end(2), PATTERN, "city-postal")
    ends = {f.end for f in streets if f.type == "ADDRESS"}
    for match in FOREIGN_POSTAL_CITY.finditer(scan.text):
        if not _place_like(scan, match.start(2), match.end(2)):
            continue  # "en cours, 4000 UI"
        gap = GAP_BEFORE.search(scan.text, max(0, match.start() - 4), match.start())
        after_street = gap is not None and gap.start() in ends
        if after_street or FOREIGN_COUNTRY.match(scan.folded, match.end()):
            yield Finding("POSTAL_CODE", match.start(1), match.end(1), PATTERN, "postal-foreign")
            yield Finding("CITY", match.start(2), match.end(2), PATTERN, "city-postal")
    for match in COUNTRY_TOWN.finditer(scan.text):
        if fold(match[1]) in COUNTRIES and _place_like(scan, match.start(2), match.end(2)):
            yield Finding("CITY", match.start(2), match.end(2), GUESSED + 10, "city-country")
    for match in BORN_AT.finditer(scan.text):
        if _place_like(scan, match.start(1), match.end(1), birthplace=True):
            yield Finding("CITY", match.start(1), match.end(1), GUESSED + 10, "city-born")
    for match in POSTAL_LABELLED.finditer(scan.text):
        yield Finding("POSTAL_CODE", match.start(1), match.end(1), PATTERN, "postal")
    for match in PLACE_OF_LETTER.finditer(scan.text):
        yield Finding("CITY", match.start(1), match.end(1), PATTERN, "city-letter")
    for match in AT_PLACE.finditer(scan.text):
        if _place_like(scan, match.start(1), match.end(1)):
            yield Finding("CITY", match.start(1), match.end(1), GUESSED - 5, "city-at")
    for match in LIVES_IN.finditer(scan.text):
        group = 1 if match.group(1) else 2
        yield Finding("CITY", match.start(group), match.end(group), GUESSED, "city-lives")
    if scan.context is not None:
        yield from _known(scan)


def _place_like(scan: Scan, start: int, end: int, *, birthplace: bool = False) -> bool:
    """A town after "à", not a person, a drug, an eponym, a month, an acronym (a birthplace
    may bear a first name's spelling: "née à Florence")."""
    words = scan.folded[start:end].replace("-", " ").split()
    first = words[0]
    if first in MONTHS or first in WEEKDAYS:
        return False
    if not birthplace and (first in FIRST_NAMES or first in EPONYMS):
        return False
    if first in ACRONYMS or first in drug_words() or first in clinical_words():
        return False
    if scan.text[start:end].isupper():
        return False
    return not scan.is_protected(start, end)


def _street_lines(scan: Scan) -> Iterator[Finding]:
    for pattern, source in ((NUMBERED, "address"), (UNNUMBERED, "address-street")):
        for match in pattern.finditer(scan.folded):
            start, end = match.span()
            cut = END_OF_LINE_PART.search(scan.text[start:end])
            if cut:
                end = start + cut.start()
            stop = ADDRESS_STOP.search(scan.text, start, end)
            if stop:
                end = stop.start()
            while end > start and scan.text[end - 1] in TRAILING:
                end -= 1
            text = scan.text[start:end]
            if not _has_capital_name(text) and not _strong_type(text):
                continue
            yield Finding("ADDRESS", start, end, PATTERN, source)
            yield from city_after(scan, end)


def city_after(scan: Scan, end: int, *, bracketed: bool = False) -> Iterator[Finding]:
    """The town written right after an address or an establishment: "…, Basse-Goulaine" or
    "… (Basse-Goulaine)" (``bracketed``: only the second)."""
    match = CITY_AFTER.match(scan.text, end)
    if match is None:
        return
    group = 1 if match[1] else 2
    if bracketed and group == 1 or fold(match[group]).rstrip(".") in EXTRA_WORDS:
        return
    # a word in brackets, or before one, must look like a town: "(Cardiologie)" is a service
    uncertain = group == 2 or scan.text[match.end() :].lstrip(" \t").startswith("(")
    if uncertain and not _town_like(scan, match.start(group), match.end(group)):
        return
    yield Finding("CITY", match.start(group), match.end(group), GUESSED, "city-after")


def _town_like(scan: Scan, start: int, end: int) -> bool:
    """Place-like, and not a specialty or a word of the vocabulary ("Cardiologie", "Niveau")."""
    first = scan.folded[start:end].split()[0]
    if first.endswith(SPECIALTY_ENDINGS) or first in french_words():
        return False
    return _place_like(scan, start, end)


def _strong_type(text: str) -> bool:
    words = fold(text).split()
    kind = next((w for w in words if not w[:1].isdigit() and w not in ("bis", "ter")), "")
    return kind in STRONG_FOLDED


def _has_capital_name(text: str) -> bool:
    words = [re.sub(r"^[ldLD]['’]", "", w) for w in text.split()[1:]]
    return any(w[:1].isupper() or w[:1].isdigit() for w in words)


def _after_address(scan: Scan, start: int) -> bool:
    """An extra line counts only right after a street or an ``Adresse`` label."""
    before = scan.folded[max(0, start - 80) : start]
    line = before.rsplit("\n", 1)[-1]
    return bool(AFTER_STREET.search(line)) or "adresse" in line


def _before_address(scan: Scan, end: int) -> bool:
    """An extra line right before a street, a residence or a postal code ("Appt 23, …")."""
    after = scan.folded[end : end + 80].split("\n", 1)[0]
    return bool(BEFORE_STREET.match(after))


def _known(scan: Scan) -> Iterator[Finding]:
    assert scan.context is not None
    context = scan.context
    for values, kind in (
        (context.address_lines, "ADDRESS"),
        (context.cities, "CITY"),
        (context.postal_codes, "POSTAL_CODE"),
    ):
        for value in values:
            for part in _parts(value, kind):
                for match in whole_words(fold(part)).finditer(scan.folded):
                    original = scan.text[match.start() : match.end()]
                    if kind == "CITY" and not original[:1].isupper():
                        continue
                    yield Finding(kind, match.start(), match.end(), KNOWN, f"known-{kind.lower()}")


@lru_cache(maxsize=4096)
def whole_words(folded: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w]){re.escape(folded)}(?![\w])")


def _parts(value: str, kind: str) -> list[str]:
    if kind != "ADDRESS":
        return [value.strip()] if len(value.strip()) >= 2 else []
    return [p.strip() for p in value.split(",") if len(p.strip()) >= 6]
