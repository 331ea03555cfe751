"""Names of persons: known from the record, after a title or a label, or from a first-name list.

Tokens that belong to one name are grouped into one span ("Arthur FERNÁNDEZ", "Dr M. Girard"
gives "M. Girard"); the span's type comes from the person of the record it matches best,
else from its title or label ("Dr" → clinician, "sa fille" → relative), else OTHER_NAME.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from relais.privacy.pseudo.lexicon import french_words, is_any_first_name
from relais.privacy.pseudo.model import KnownPerson
from relais.privacy.pseudo.names_data import FIRST_NAMES
from relais.privacy.pseudo.patterns import (
    ACRONYMS,
    EPONYMS,
    LETTERED_NOUNS,
    MONTHS,
    NAME_LABELS,
    NOT_NAME_WORDS,
    PROFESSIONS,
    ROLE_WORDS,
    TITLES,
    WEEKDAYS,
)
from relais.privacy.pseudo.protect import clinical_words, drug_words
from relais.privacy.pseudo.recognizers.base import GUESSED, KNOWN, TITLED, Finding, Scan
from relais.privacy.pseudo.text import LETTER, fold, is_title_word, is_upper_word

TOKEN = re.compile(
    rf"(?P<init>(?<![\w])[A-ZÀ-ÖØ-Þ](?:\.(?:-?[A-ZÀ-ÖØ-Þ]\.)*|(?:-[A-ZÀ-ÖØ-Þ])+\.))"
    rf"|(?P<word>[{LETTER}]+(?:['’\-][{LETTER}]+)*)|(?P<num>\d+)"
)
PARTICLES = frozenset(
    "de du des d' le la van von der den di da del ben el al bin ibn mac mc".split()
)
LOWER_TITLES = frozenset(
    "dr docteur pr professeur mme madame monsieur mr mlle mademoiselle".split()
)
COLON_LABELS = frozenset(
    fold(k)
    for k in NAME_LABELS
    if k
    in (
        "patient patiente nom prenom prenoms medecin contact destinataire operateur chirurgien "
        "anesthesiste signature signe redacteur auteur interne aide"
    ).split()
    or " " in k
    and not k.endswith(" par")
)
AMBIGUOUS_FIRST = frozenset(
    "rose pierre france marin ange aime noel pascal jade olive blanche constance prudence "
    "victoire clement colombe celeste lina mai june april may grace".split()
)
LABEL_FIRST_WORDS = frozenset(k.split()[0].rstrip(".") for k in NAME_LABELS)
ELIDED = re.compile(r"(?:l|d|qu|s)'")
ROLE_GAP = re.compile(r"[ \t]*(?:,|\()[ \t]*")
LABEL_GAP = re.compile(r"[ \t]*:?[ \t]*")
NOT_FIRST_NAMES = frozenset({"marié", "mariée", "mariés", "mariées"})
# Titles before a list of names: "Drs Martin et Leroy", "Mmes Caradec, Le Bihan et Roux".
PLURAL_TITLES = frozenset(
    "drs dr(s) prs pr(s) mmes mm. mm messieurs mesdames docteurs professeurs".split()
)
LIST_GAP = re.compile(r"[ \t]*(?:,|et|&|and)[ \t]*|[ \t]*,[ \t]*et[ \t]+")
# Role words written as a label before a name: "IDE : Coralie", "Préleveur : LEGRIS M.".
ROLE_LABELS = frozenset(
    """as ash ibode iade prescripteur prescriptrice preleveur preleveuse senior biologiste
    referent referente responsable coordinateur coordinatrice mandataire urgentiste
    correspondant correspondante intervenant intervenante soignant soignante""".split()
)
ROLE_TYPE = {"patient": "PATIENT_NAME", "relative": "RELATIVE_NAME"}


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    folded: str
    initial: bool
    capital: bool  # capitalised, in capitals, or an initial


@dataclass(slots=True)
class Mark:
    """Why a token is part of a name: hinted types, matched persons, strength."""

    hints: set[str] = field(default_factory=set)
    people: set[int] = field(default_factory=set)
    strength: int = 0


def is_first_name(folded: str) -> bool:
    """In the hand-made first-name list, or a compound of listed names ("jean-francois")."""
    return folded in FIRST_NAMES or (
        "-" in folded and all(part in FIRST_NAMES for part in folded.split("-"))
    )


def is_guessed_word(token: "Token") -> bool:
    """Could be an unknown name: not a French word of the vocabulary, a drug or an acronym."""
    word = token.folded.rstrip(".")
    return (
        len(word) >= 2
        and word not in french_words()
        and word not in ACRONYMS
        and word not in MONTHS
        and word not in WEEKDAYS
        and not any(c.isdigit() for c in word)
    )


def tokenize(text: str, folded: str) -> list[Token]:
    out = []
    for match in TOKEN.finditer(text):
        kind = match.lastgroup
        if kind == "num":
            continue
        word = match.group()
        initial = kind == "init"
        capital = initial or ((word[:1].isupper() or "'" in word[:3]) and is_title_word(word))
        out.append(
            Token(
                word,
                match.start(),
                match.end(),
                folded[match.start() : match.end()],
                initial,
                capital,
            )
        )
    return out


def person_type(person: KnownPerson) -> str:
    return ROLE_TYPE.get(person.role, "CLINICIAN_NAME")


def find(scan: Scan) -> Iterator[Finding]:
    tokens = tokenize(scan.text, scan.folded)
    marks: dict[int, Mark] = {}
    _known(scan, tokens, marks)
    _titled(scan, tokens, marks)
    _labelled(scan, tokens, marks)
    _role_labelled(scan, tokens, marks)
    _upper_given(scan, tokens, marks)
    _roles(scan, tokens, marks)
    _listed(scan, tokens, marks)
    _initialled(scan, tokens, marks)
    _before_role(scan, tokens, marks)
    _initial_after(scan, tokens, marks)
    _after_ampersand(scan, tokens, marks)
    yield from _spans(scan, tokens, marks)


def _mark(marks: dict[int, Mark], index: int, strength: int, hint: str | None = None) -> None:
    mark = marks.setdefault(index, Mark())
    mark.strength = max(mark.strength, strength)
    if hint:
        mark.hints.add(hint)


def _gap(scan: Scan, left: Token, right: Token) -> str:
    return scan.text[left.end : right.start]


def _joined(scan: Scan, left: Token, right: Token) -> bool:
    """Two tokens of one name: only spaces between them (a dot after an initial is inside)."""
    gap = _gap(scan, left, right)
    return gap in (" ", "  ", "\t") or (gap == "" and left.initial)


def _plain(token: Token) -> str:
    """The folded word without an elided article: ``l'interne`` → ``interne``."""
    word = token.folded
    if "'" in word[:3] and ELIDED.match(word):
        return word.split("'", 1)[1]
    return word


def _wordish(token: Token) -> bool:
    """Could be part of a name (not an article, a verb of the notes, a month…)."""
    word = token.folded.rstrip(".")
    return (
        len(word) >= 2
        and word not in NOT_NAME_WORDS
        and word not in TITLES
        and word not in MONTHS
        and word not in WEEKDAYS
    ) or token.initial


def _is_title(scan: Scan, tokens: list[Token], index: int) -> bool:
    token = tokens[index]
    word = token.folded
    dotted = (
        word
        if word.endswith(".")
        else word + ("." if scan.text[token.end : token.end + 1] == "." else "")
    )
    if word not in TITLES and dotted not in TITLES:
        return False
    if index > 0 and _is_title(scan, tokens, index - 1) and _joined(scan, tokens[index - 1], token):
        return False  # "Dr M. Girard": the M. is an initial
    if token.text[:1].isupper():
        return True
    return word.rstrip(".") in LOWER_TITLES


def _grow(
    scan: Scan, tokens: list[Token], first: int, *, allow_lower: bool, limit: int = 4
) -> list[int]:
    """Indexes of the name starting at ``first`` (``limit`` words, particles not counted)."""
    chosen: list[int] = []
    words = 0
    index = first
    lower_ok = allow_lower
    while index < len(tokens) and words < limit:
        token = tokens[index]
        if chosen and not _joined(scan, tokens[chosen[-1]], token):
            break
        if token.folded in PARTICLES and not token.capital or not _wordish(token):
            particles = _particles(scan, tokens, index, lower_ok or token.capital)
            if particles:
                chosen.extend(range(index, index + particles))
                index += particles
                continue
            if not _wordish(token) or not token.capital:
                break
        if scan.is_protected(token.start, token.end):
            break
        if not token.capital and not (lower_ok or allow_lower and _lower_given(token)):
            break
        if not token.capital and _elided(token.folded) in ACRONYMS:
            break  # "mme durand ehpad": a lowercase acronym ends a lowercase name
        chosen.append(index)
        words += 1
        # "jean dupont": a lowercase word goes on after first names only, not after a surname
        lower_ok = allow_lower and all(is_any_first_name(tokens[i].folded) for i in chosen)
        index += 1
    while chosen and tokens[chosen[-1]].folded in PARTICLES:
        chosen.pop()
    return chosen


def _lower_given(token: Token) -> bool:
    """A lowercase first name that goes on a name where lowercase is allowed, after the
    surname too ("mr lebreton jean-claude"); not a word of the vocabulary ("rose")."""
    word = token.folded
    return is_any_first_name(word) and word not in french_words() and word not in AMBIGUOUS_FIRST


def _elided(folded: str) -> str:
    """ "l'ehpad" → "ehpad"."""
    return folded[2:] if folded[:2] in ("l'", "d'", "l’", "d’") else folded


def _particles(scan: Scan, tokens: list[Token], index: int, lower_ok: bool) -> int:
    """How many particles start a name here ("de", "DE LA", "van der") before a name word."""
    count = 0
    while count < 3 and index + count < len(tokens) and tokens[index + count].folded in PARTICLES:
        count += 1
    following = index + count
    if count == 0 or following >= len(tokens):
        return 0
    if not all(_joined(scan, tokens[i], tokens[i + 1]) for i in range(index, following)):
        return 0
    name = tokens[following]
    if not name.capital and _elided(name.folded) in ACRONYMS:
        return 0  # "le monsieur de l'ehpad": a lowercase acronym is a place, no name
    if (name.capital or lower_ok) and _wordish(name) and name.folded not in PARTICLES:
        return count
    return 0


def _after_title_dot(scan: Scan, tokens: list[Token], last: int, token: Token) -> bool:
    return _gap(scan, tokens[last], token) in (". ", ".")


def _known(scan: Scan, tokens: list[Token], marks: dict[int, Mark]) -> None:
    if scan.context is None:
        return
    parts: dict[str, set[int]] = {}
    for number, person in enumerate(scan.context.people):
        for name in (person.family, person.given, person.birth_family):
            for part in _name_parts(name):
                parts.setdefault(part, set()).add(number)
    if not parts:
        return
    longest = max(len(p.split()) for p in parts)
    firsts = {p.split()[0] for p in parts}
    index = 0
    while index < len(tokens):
        if tokens[index].folded not in firsts:
            index += 1
            continue
        for size in range(longest, 0, -1):
            window = tokens[index : index + size]
            if len(window) < size or not all(
                _joined(scan, a, b) for a, b in zip(window, window[1:], strict=False)
            ):
                continue
            key = " ".join(t.folded for t in window)
            if key in parts and _known_allowed(scan, tokens, index, size, parts):
                for offset in range(size):
                    _mark(marks, index + offset, KNOWN)
                    marks[index + offset].people |= parts[key]
                index += size - 1
                break
        index += 1


def _name_parts(name: str | None) -> list[str]:
    """``Fernández-López`` gives itself and its halves; ``Marie Anne`` its words."""
    if not name:
        return []
    folded = fold(name.strip())
    out = {folded}
    for piece in re.split(r"[\s\-]+", folded):
        if len(piece) >= 3 and piece not in NOT_NAME_WORDS and piece not in PARTICLES:
            out.add(piece)
    return [" ".join(p.split()) for p in out if len(p) >= 2]


def _known_allowed(
    scan: Scan, tokens: list[Token], index: int, size: int, parts: dict[str, set[int]]
) -> bool:
    first, last = tokens[index], tokens[index + size - 1]
    if any(t.capital for t in tokens[index : index + size]) and not scan.is_protected(
        first.start, last.end
    ):
        return True
    # A lowercase match counts beside a title or another part of a known name.
    before = tokens[index - 1] if index > 0 else None
    after = tokens[index + size] if index + size < len(tokens) else None
    if before is not None and _joined(scan, before, first):
        if before.folded in parts or _is_title(scan, tokens, index - 1):
            return not scan.is_protected(first.start, last.end)
    if after is not None and _joined(scan, last, after) and after.folded in parts:
        return not scan.is_protected(first.start, last.end)
    return False


def _titled(scan: Scan, tokens: list[Token], marks: dict[int, Mark]) -> None:
    for index, token in enumerate(tokens):
        if not _is_title(scan, tokens, index) or index + 1 >= len(tokens):
            continue
        following = tokens[index + 1]
        if not (
            _joined(scan, token, following) or _after_title_dot(scan, tokens, index, following)
        ):
            continue
        if _is_title(scan, tokens, index + 1) and following.folded not in ("m.",):
            continue
        hint = TITLES.get(token.folded) or TITLES.get(token.folded + ".")
        chosen = _grow_titled(scan, tokens, index + 1)
        for item in chosen:
            _mark(marks, item, TITLED, hint)
        if token.folded in PLURAL_TITLES:
            _listed_after(scan, tokens, chosen, marks, hint)


def _listed_after(
    scan: Scan, tokens: list[Token], chosen: list[int], marks: dict[int, Mark], hint: str | None
) -> None:
    """The names after the first of a plural title: "Drs Martin, Roux et Leroy"."""
    while chosen and chosen[-1] + 1 < len(tokens):
        following = chosen[-1] + 1
        gap = scan.text[tokens[chosen[-1]].end : tokens[following].start]
        if tokens[following].folded == "et" and following + 1 < len(tokens):
            gap += "et" + scan.text[tokens[following].end : tokens[following + 1].start]
            following += 1
        if not LIST_GAP.fullmatch(gap) or not tokens[following].capital:
            return
        chosen = _grow(scan, tokens, following, allow_lower=False)
        for item in chosen:
            _mark(marks, item, TITLED, hint)


def _grow_titled(scan: Scan, tokens: list[Token], first: int) -> list[int]:
    chosen = _grow(scan, tokens, first, allow_lower=True)
    # "Dr Martin a vu": a lone lowercase word after a title must not be a verb or article.
    return chosen


def _role_labelled(scan: Scan, tokens: list[Token], marks: dict[int, Mark]) -> None:
    """A role or profession written as a label: "IDE : Coralie", "Préleveur : LEGRIS M."."""
    for index, token in enumerate(tokens[:-1]):
        word = _plain(token)
        kind = ROLE_WORDS.get(word) or (
            "CLINICIAN_NAME" if word in PROFESSIONS or word in ROLE_LABELS else None
        )
        following = tokens[index + 1]
        gap = scan.text[token.end : following.start]
        if kind is None or not re.fullmatch(r"[ \t]*(?:\([^)\n]{0,20}\))?[ \t]*:[ \t]*", gap):
            continue
        start = index + 1
        while start < len(tokens) and _is_title(scan, tokens, start):
            start += 1
        if start >= len(tokens) or "\n" in scan.text[token.end : tokens[start].start]:
            continue
        chosen = _grow(scan, tokens, start, allow_lower=False)
        named = [tokens[i] for i in chosen if tokens[i].folded not in PARTICLES]
        if named and all(is_guessed_word(t) or t.initial or _surname_like(t) for t in named[:1]):
            for item in chosen:
                _mark(marks, item, TITLED, kind)


def _labelled(scan: Scan, tokens: list[Token], marks: dict[int, Mark]) -> None:
    for index in range(len(tokens)):
        if tokens[index].folded.rstrip(".") not in LABEL_FIRST_WORDS:
            continue
        for size in (3, 2, 1):
            window = tokens[index : index + size]
            if len(window) < size:
                continue
            label = " ".join(t.folded for t in window)
            if label not in NAME_LABELS and label.rstrip(".") + "." not in NAME_LABELS:
                continue
            end = window[-1].end
            after = scan.text[end : end + 4]
            colon = bool(re.match(r"\s*:", after))
            if label in COLON_LABELS and not colon:
                continue
            start = index + size
            if start >= len(tokens) or not LABEL_GAP.fullmatch(
                scan.text[end : tokens[start].start]
            ):
                continue
            while start < len(tokens) and _is_title(scan, tokens, start):
                start += 1
            if start >= len(tokens) or "\n" in scan.text[end : tokens[start].start]:
                continue
            chosen = _grow(scan, tokens, start, allow_lower=colon)
            named = [tokens[i] for i in chosen if tokens[i].folded not in PARTICLES]
            if named and (colon or named[0].capital) and not _all_vocabulary(named):
                for item in chosen:
                    _mark(marks, item, TITLED, NAME_LABELS.get(label))
            break


def _roles(scan: Scan, tokens: list[Token], marks: dict[int, Mark]) -> None:
    for index, token in enumerate(tokens[:-1]):
        role = ROLE_WORDS.get(_plain(token))
        if role is None:
            continue
        following = tokens[index + 1]
        if not _joined(scan, token, following) or not _wordish(following):
            continue
        if following.folded in drug_words() or scan.is_protected(following.start, following.end):
            continue
        lower = is_first_name(following.folded) or (
            not following.capital and is_any_first_name(following.folded)
        )
        chosen = _grow(scan, tokens, index + 1, allow_lower=lower)
        if not chosen:
            continue
        first = tokens[chosen[0]]
        if first.capital and not is_upper_word(first.text) or is_any_first_name(first.folded):
            for item in chosen:
                _mark(marks, item, TITLED, role)


def _listed(scan: Scan, tokens: list[Token], marks: dict[int, Mark]) -> None:
    for index, token in enumerate(tokens):
        if not token.capital or token.initial:
            continue
        if not is_first_name(token.folded) and is_any_first_name(token.folded):
            _more_listed(scan, tokens, index, marks)
            continue
        if not is_first_name(token.folded) or token.text.lower() in NOT_FIRST_NAMES:
            _cased_pair(scan, tokens, index, marks)
            continue
        if scan.is_protected(token.start, token.end):
            continue
        chosen = _grow(scan, tokens, index, allow_lower=False, limit=3)
        before = index - 1
        if before >= 0 and _joined(scan, tokens[before], token) and _surname_before(tokens[before]):
            chosen = [before, *chosen]
            particle = before - 1  # "LE GOFF Nicole", "DE LA FONTAINE Suzanne"
            while (
                particle >= 0
                and before - particle <= 2
                and tokens[particle].folded in PARTICLES
                and is_upper_word(tokens[particle].text)
                and _joined(scan, tokens[particle], tokens[particle + 1])
            ):
                chosen = [particle, *chosen]
                particle -= 1
        if len(chosen) > 1:
            for item in chosen:
                _mark(marks, item, GUESSED)
        elif not _ambiguous(token):
            _mark(marks, index, GUESSED)


def _more_listed(scan: Scan, tokens: list[Token], index: int, marks: dict[int, Mark]) -> None:
    """A first name of the longer list: with a capitalised word that no vocabulary knows
    ("Maxence Boivineau"), or alone inside a sentence ("montré à Léna")."""
    token = tokens[index]
    if scan.is_protected(token.start, token.end) or not is_guessed_word(token):
        return
    chosen = _grow(scan, tokens, index, allow_lower=False, limit=3)
    chosen = [i for i in chosen if i == index or is_guessed_word(tokens[i]) or tokens[i].initial]
    if len(chosen) > 1 and chosen == list(range(index, index + len(chosen))):
        for item in chosen:
            _mark(marks, item, GUESSED)
        return
    before = scan.text[: token.start].rstrip(" \t")
    inside = bool(before) and before[-1] not in ".!?\n-•*"
    if inside and not is_upper_word(token.text) and not _ambiguous(token):
        _mark(marks, index, GUESSED)


def _upper_given(scan: Scan, tokens: list[Token], marks: dict[int, Mark]) -> None:
    """ "MARTINEZ Ramón", "HOUDEBINE Ludovic": a surname in capitals then a capitalised given
    name, neither of them a word of the vocabulary."""
    for index, token in enumerate(tokens[:-1]):
        following = tokens[index + 1]
        if not _surname_like(token) or not is_guessed_word(token):
            continue
        if not _joined(scan, token, following) or is_upper_word(following.text):
            continue
        if not following.capital or following.initial or not is_guessed_word(following):
            continue
        if scan.is_protected(token.start, following.end) or _vocabulary(following):
            continue
        _mark(marks, index, GUESSED)
        _mark(marks, index + 1, GUESSED)


def _cased_pair(scan: Scan, tokens: list[Token], index: int, marks: dict[int, Mark]) -> None:
    """ "Thanh DENIS": a capitalised word then a surname in capitals, inside a sentence."""
    token = tokens[index]
    if index + 1 >= len(tokens) or is_upper_word(token.text) or not _wordish(token):
        return
    following = tokens[index + 1]
    if not _joined(scan, token, following) or not _surname_like(following):
        return
    before = scan.text[: token.start].rstrip(" \t")
    if not before or before[-1] in ".!?:;\n-•*(" or _vocabulary(token):
        return
    if scan.is_protected(token.start, following.end):
        return
    _mark(marks, index, GUESSED)
    _mark(marks, index + 1, GUESSED)


def _all_vocabulary(named: list[Token]) -> bool:
    """ "Patient : Stable": every word is a French word and none a first name. A word in
    capitals stays a name ("née BLANC", "Patient : PETIT"): common words are common surnames."""
    return all(
        t.folded in french_words()
        and not is_any_first_name(t.folded)
        and not t.initial
        and not _surname_like(t)
        for t in named
    )


def _vocabulary(token: Token) -> bool:
    """A drug or a word of the CIM-10 labels: not a name when the name is only guessed."""
    return token.folded in drug_words() or token.folded in clinical_words()


def _surname_like(token: Token) -> bool:
    word = token.folded
    return (
        is_upper_word(token.text)
        and len(word) >= 3
        and word not in ACRONYMS
        and any(c in "aeiouy" for c in word)
        and _wordish(token)
        and word not in drug_words()
    )


def _initialled(scan: Scan, tokens: list[Token], marks: dict[int, Mark]) -> None:
    """ "A. Lemarchand": an initial then a capitalised surname."""
    for index, token in enumerate(tokens[:-1]):
        following = tokens[index + 1]
        if not token.initial or index in marks or not _joined(scan, token, following):
            continue
        if _is_title(scan, tokens, index):
            continue  # "M. Dupont": a title, handled with titles
        if index > 0 and tokens[index - 1].folded in LETTERED_NOUNS:
            continue  # "Hépatite B. Groupe A.": the letter belongs to the noun
        if not following.capital or following.initial or len(following.folded) < 3:
            continue
        if not _wordish(following) or following.folded in drug_words():
            continue
        if scan.is_protected(following.start, following.end):
            continue
        _mark(marks, index, GUESSED)
        _mark(marks, index + 1, GUESSED)


def _initial_after(scan: Scan, tokens: list[Token], marks: dict[int, Mark]) -> None:
    """ "Bordenave J.": a surname no vocabulary knows, then the initial of the given name,
    and no further name word."""
    for index, token in enumerate(tokens[:-1]):
        initial = tokens[index + 1]
        if index in marks or not token.capital or token.initial or len(token.folded) < 3:
            continue
        if not initial.initial or len(initial.text) != 2 or not _joined(scan, token, initial):
            continue
        if not is_guessed_word(token) or _ambiguous(token) and not is_upper_word(token.text):
            continue
        after = tokens[index + 2] if index + 2 < len(tokens) else None
        if after is not None and _joined(scan, initial, after) and after.capital:
            continue
        if scan.is_protected(token.start, initial.end):
            continue
        _mark(marks, index, GUESSED)
        _mark(marks, index + 1, GUESSED)


def _after_ampersand(scan: Scan, tokens: list[Token], marks: dict[int, Mark]) -> None:
    """ "Cabinet infirmier Morvan & Le Gall": the name after "&" is a name of the same kind."""
    for index in range(len(tokens) - 1):
        if index not in marks or index + 1 in marks:
            continue
        following = tokens[index + 1]
        if not re.fullmatch(r"[ \t]*&[ \t]*", _gap(scan, tokens[index], following)):
            continue
        if not following.capital:
            continue
        for item in _grow(scan, tokens, index + 1, allow_lower=False):
            _mark(marks, item, marks[index].strength)
            marks[item].hints |= marks[index].hints


def _before_role(scan: Scan, tokens: list[Token], marks: dict[int, Mark]) -> None:
    """ "Nolwenn Ropars, nièce", "Isaure Kerjean (orthophoniste)": two capitalised words then
    a relation or a profession."""
    for index in range(1, len(tokens) - 1):
        role = tokens[index + 1]
        word = _plain(role)
        kind = ROLE_WORDS.get(word) or ("CLINICIAN_NAME" if word in PROFESSIONS else None)
        if kind is None or not ROLE_GAP.fullmatch(scan.text[tokens[index].end : role.start]):
            continue
        first, last = tokens[index - 1], tokens[index]
        if not (first.capital and last.capital and _joined(scan, first, last)):
            continue
        if not (_wordish(first) and _wordish(last)) or first.initial and last.initial:
            continue
        if _vocabulary(first) or _vocabulary(last):
            continue
        if (
            scan.is_protected(first.start, last.end)
            or is_upper_word(first.text)
            and len(first.folded) <= 3
        ):
            continue
        _mark(marks, index - 1, TITLED, kind)
        _mark(marks, index, TITLED, kind)


def _surname_before(token: Token) -> bool:
    return (
        is_upper_word(token.text)
        and len(token.text) >= 3
        and _wordish(token)
        and token.folded not in drug_words()
    )


def _ambiguous(token: Token) -> bool:
    """A lone first name that may be a common word ("Rose") or an eponym ("Vincent")."""
    return token.folded in AMBIGUOUS_FIRST or token.folded in EPONYMS or is_upper_word(token.text)


def _spans(scan: Scan, tokens: list[Token], marks: dict[int, Mark]) -> Iterator[Finding]:
    index = 0
    while index < len(tokens):
        if index not in marks:
            index += 1
            continue
        group = [index]
        while group[-1] + 1 < len(tokens) and group[-1] + 1 in marks:
            if not _joined(scan, tokens[group[-1]], tokens[group[-1] + 1]):
                break
            group.append(group[-1] + 1)
        index = group[-1] + 1
        yield _finding(scan, tokens, marks, group)


def _finding(scan: Scan, tokens: list[Token], marks: dict[int, Mark], group: list[int]) -> Finding:
    start, end = tokens[group[0]].start, tokens[group[-1]].end
    strength = max(marks[i].strength for i in group)
    votes: dict[int, int] = {}
    for item in group:
        for person in marks[item].people:
            votes[person] = votes.get(person, 0) + 1
    hints = set().union(*(marks[i].hints for i in group))
    if votes and scan.context is not None:
        best = min(votes, key=lambda p: (-votes[p], p))
        kind = person_type(scan.context.people[best])
    else:
        kind = _hinted(hints)
    return Finding(kind, start, end, strength, "name")


def _hinted(hints: set[str]) -> str:
    for kind in ("PATIENT_NAME", "RELATIVE_NAME", "CLINICIAN_NAME"):
        if kind in hints:
            return kind
    return "OTHER_NAME"
