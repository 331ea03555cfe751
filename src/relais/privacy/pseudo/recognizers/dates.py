"""Dates as French notes write them; a bare day/month or year only after a cue word."""

import re
from collections.abc import Iterator

from relais.privacy.pseudo.patterns import (
    DAY_MONTH_CUES,
    MONTH_NAMES,
    MONTHS,
    SCORED_EPONYMS,
    WEEKDAYS,
    YEAR_CUES,
)
from relais.privacy.pseudo.recognizers.base import PATTERN, Finding, Scan
from relais.privacy.pseudo.text import fold

MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))
DAY_WORDS = "|".join(WEEKDAYS)
DAY = r"(?:0?[1-9]|[12]\d|3[01])"
MONTH = r"(?:0?[1-9]|1[0-2])"
FULL = re.compile(
    rf"(?<![\w/.\-,])(?:{DAY}([/.\-]| / ){MONTH}\1(?:19|20)?\d{{2}}"
    r"|(?:19|20)\d{2}-[01]\d-[0-3]\d)(?![\w/]|[.\-,]\d)"
)
WRITTEN = re.compile(
    rf"(?<![\w])(?:(?:{DAY_WORDS})\.?\s+)?(?:(?:1er|{DAY})\s+)?(?:{MONTH_WORDS})\b\.?"
    r"(?:\s+(?:19|20)\d{2}\b)?"
)
DAY_MONTH = re.compile(r"(?<![\w/.,\-])(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])(?![\w/]|[.,]\d)")
# "le 3", "du 28", "jusqu'au 20", "le 1er": a day alone, before a pause, a time or "matin".
DAY_ALONE = re.compile(
    r"(?<![\w])(?:le|du|jusqu'au|des le|a partir du)\s+((?:0?[1-9]|[12]\d|3[01])(?:er)?)"
    r"(?=\s*(?:$|[.,;:)!?\n]|(?:a|au|et|ou|vers|matin|soir|apres-midi|midi|prochain|dernier)\b))"
)
# "rdv du 24 qu'il veut décaler": a day alone after an appointment word, whatever follows.
APPOINTMENT_DAY = re.compile(
    r"(?<![\w])(?:rdv|rendez-vous|convocation|consultation|controle|rappel|visite)"
    r"\s+(?:du|le|prevu le|prevu du)\s+((?:0?[1-9]|[12]\d|3[01])(?:er)?)"
    r"(?![\w/.,:]|\s*(?:h\b|%|[a-zµ]+/|mg|ml|ans?\b|jours?\b|mois\b|semaines?\b|min\b))"
)
# Before a fraction out of ten, a score: "EVA 4/10", "dlr thoracique 4/10 à 22h".
SCORE_BEFORE = re.compile(
    r"(?:eva|en|ens|evs|score|note|cotee?|douleur|dlr|algie|intensite|echelle|niveau)"
    r"[^\d\n]{0,20}$"
)
# A score's name just before: "Apgar 7/9/10", "score de Silverman : 2/3/1" are no dates.
SCORE_NAME_BEFORE = re.compile(r"([\w\-]+)[ \t]*(?:[:=]|a)?[ \t]*$")
SCORE_NAMES = SCORED_EPONYMS | {"score", "scores", "cotation"}
WEEKDAY_ABBREVIATIONS = "lun|mar|mer|jeu|ven|sam|dim"
FULL_MONTHS = frozenset(fold(m) for m in MONTH_NAMES)
WEEKDAY_DAY = re.compile(
    rf"(?<![\w])(?:{DAY_WORDS})\s+((?:0?[1-9]|[12]\d|3[01])(?:er)?)"
    r"(?![\w/]|[.,:]\d|\s*[hH]\b)"
)
# A month and its year: "entrée : 11/2019", "ddn 07/1945" (two digits for the month, so that a
# dilution "1/2000" stays).
MONTH_YEAR = re.compile(r"(?<![\w/.,\-])(?:0[1-9]|1[0-2])[/.\-](?:19|20)\d{2}(?![\w/]|[.,\-]\d)")
WEEKDAY_BEFORE = re.compile(rf"(?<![\w])(?:{DAY_WORDS}|{WEEKDAY_ABBREVIATIONS})\.?\s+$")
YEAR = re.compile(r"(?<![\w/.,\-])(?:19|20)\d{2}(?![\w/]|[.,]\d|\s*(?:%|[a-zµ]+/))")
CUE_WORD = re.compile(r"([\w'-]+)[\s(]*$")
TIME_AFTER = re.compile(r"\s*(?:à\s*|a\s*|vers\s*|-\s*)?\d{1,2}\s?[hH:](?:\d{2})?\b")
UNIT_AFTER = re.compile(r"\s*(?:mg|g|ml|µ|ui|u/|mmol|µmol|mm|cm|kg|pg|ng|/)", re.IGNORECASE)


def _cue(folded: str, start: int, cues: frozenset[str]) -> bool:
    match = CUE_WORD.search(folded[max(0, start - 24) : start])
    if match is None:
        return False
    word = match[1].split("'")[-1] if "'" in match[1] else match[1]
    return word in cues or match[1] in cues


def find(scan: Scan) -> Iterator[Finding]:
    """Every date, a weekday written just before it included ("mer. 5/11")."""
    for finding in _dates(scan):
        before = WEEKDAY_BEFORE.search(scan.folded[max(0, finding.start - 12) : finding.start])
        if before is None:
            yield finding
            continue
        start = finding.start - (len(before.group()))
        yield Finding(finding.type, start, finding.end, finding.priority, finding.source)


def _dates(scan: Scan) -> Iterator[Finding]:
    taken: list[tuple[int, int]] = []
    for match in FULL.finditer(scan.text):
        taken.append(match.span())
        if _after_score_name(scan, match.start()):
            continue
        yield Finding("DATE", match.start(), match.end(), PATTERN, "date")
    for match in MONTH_YEAR.finditer(scan.text):
        if not _overlaps(taken, match.span()):
            taken.append(match.span())
            yield Finding("DATE", match.start(), match.end(), PATTERN, "date")
    for match in WRITTEN.finditer(scan.folded):
        text = match.group().strip()
        has_day = text[:1].isdigit() or any(text.startswith(d) for d in WEEKDAYS)
        has_year = text[-4:].isdigit()
        if not (has_day or has_year) and not _month_after_cue(scan, match.start(), text):
            continue  # "mars" alone; "en mars", "depuis août" are dates
        if has_day and not has_year and UNIT_AFTER.match(scan.text, match.end()):
            continue
        taken.append(match.span())
        yield Finding("DATE", match.start(), match.end(), PATTERN, "date")
    for match in WEEKDAY_DAY.finditer(scan.folded):
        if not _overlaps(taken, match.span()):
            taken.append(match.span(1))
            yield Finding("DATE", match.start(1), match.end(1), PATTERN, "date")
    for pattern in (DAY_ALONE, APPOINTMENT_DAY):
        for match in pattern.finditer(scan.folded):
            if not _overlaps(taken, match.span(1)):
                taken.append(match.span(1))
                yield Finding("DATE", match.start(1), match.end(1), PATTERN, "date")
    for match in DAY_MONTH.finditer(scan.text):
        start = match.start()
        if _overlaps(taken, match.span()):
            continue
        line_start = scan.text.rfind("\n", 0, start) + 1
        at_line_start = not scan.text[line_start:start].strip(" -•*\t")
        time_after = TIME_AFTER.match(scan.text, match.end()) is not None
        weekday = WEEKDAY_BEFORE.search(scan.folded[max(0, start - 12) : start]) is not None
        cue = _cue(scan.folded, start, DAY_MONTH_CUES)
        if _score(scan, match.group(), start, cue=cue or weekday):
            continue
        if cue or at_line_start or time_after or weekday:
            yield Finding("DATE", start, match.end(), PATTERN, "date")
    for match in YEAR.finditer(scan.text):
        if _overlaps(taken, match.span()) or UNIT_AFTER.match(scan.text, match.end()):
            continue
        bracketed = scan.text[match.start() - 1 : match.start()] == "(" and (
            scan.text[match.end() : match.end() + 1] == ")"
        )  # "sleeve gastrectomie (2019)": the year of an event
        if bracketed or _cue(scan.folded, match.start(), YEAR_CUES):
            yield Finding("DATE", match.start(), match.end(), PATTERN, "date")


def _score(scan: Scan, text: str, start: int, *, cue: bool) -> bool:
    """ "4/10" is a score out of ten after a score word ("EVA 4/10", "dlr thoracique 4/10"),
    and unless a date cue precedes it ("le 4/10"): a time or a line start is not enough.
    "04/10" and "14/10" are dates."""
    day, month = text.split("/")
    if month != "10" or (len(day) != 1 and day != "10"):
        return False
    return not cue or SCORE_BEFORE.search(scan.folded[max(0, start - 30) : start]) is not None


def _after_score_name(scan: Scan, start: int) -> bool:
    before = SCORE_NAME_BEFORE.search(scan.folded, max(0, start - 30), start)
    return before is not None and before[1] in SCORE_NAMES


def _month_after_cue(scan: Scan, start: int, month: str) -> bool:
    """A month written in full after "en", "depuis", "début"… ("sept" may be seven)."""
    return month.rstrip(".") in FULL_MONTHS and _cue(scan.folded, start, YEAR_CUES - {"des"})


def _overlaps(spans: list[tuple[int, int]], span: tuple[int, int]) -> bool:
    return any(s < span[1] and span[0] < e for s, e in spans)
