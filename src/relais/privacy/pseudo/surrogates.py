"""Surrogate values: derived from the key, the patient and the original value, so the same
person or number gets the same replacement throughout a patient's documents."""

import re
import string
from functools import lru_cache

from relais.privacy.pseudo import dateformat
from relais.privacy.pseudo.keyed import date_shift_days, keyed_choice, keyed_int
from relais.privacy.pseudo.model import NAME_TYPES, PatientContext
from relais.privacy.pseudo.names_data import FIRST_NAMES, SURROGATE_FAMILY, SURROGATE_GIVEN
from relais.privacy.pseudo.patterns import STREET_TYPES
from relais.privacy.pseudo.recognizers.nir import nir_key_ok
from relais.privacy.pseudo.recognizers.organisations import company_name
from relais.privacy.pseudo.recognizers.places import HOSPITAL_HEAD
from relais.privacy.pseudo.surrogate_data import ADDRESS_EXTRAS, ESTABLISHMENTS, STREETS, TOWNS
from relais.privacy.pseudo.text import fold, keep_case

NAME_TOKEN = re.compile(
    r"[^\W\d_](?:\.(?:-?[^\W\d_]\.)*|(?:-[^\W\d_])+\.)|[^\W\d_]+(?:['’\-][^\W\d_]+)*"
)
PARTICLES = frozenset("de du des d' le la van von der den di da del ben el al bin ibn".split())
OLD_AGE = "90 ans ou plus"
FULL_DATE = re.compile(r"\b(?:19|20)\d{2}\b")


class Surrogates:
    """The surrogates of one patient (or of text without a patient), remembered as made."""

    def __init__(self, key: bytes, context: PatientContext | None) -> None:
        self.key = key
        self.context = context
        self.scope = context.patient_id if context is not None else ""
        self.families, self.givens = known_names(context)
        self._made: dict[tuple[str, str], str] = {}

    def make(self, kind: str, original: str, *, text: str, start: int) -> str:
        if kind == "DATE":
            return self.date(original, text=text, start=start)
        remembered = self._made.get((kind, original))
        if remembered is None:
            remembered = self._made[(kind, original)] = self._make(kind, original, text, start)
        return remembered

    def _make(self, kind: str, original: str, text: str, start: int) -> str:
        if kind in NAME_TYPES:
            inner = company_name(original) if kind == "OTHER_NAME" else None
            if inner is not None:  # "Transports Dumont & Fils": only the name is replaced
                start, end = inner
                return original[:start] + self.name(original[start:end]) + original[end:]
            return self.name(original)
        maker = {
            "DATE": lambda: self.date(original, text=text, start=start),
            "AGE": lambda: OLD_AGE,
            "PHONE": lambda: self.phone(original),
            "NIR": lambda: self.nir(original),
            "INS": lambda: self.nir(original),
            "EMAIL": lambda: self.email(original),
            "URL": lambda: "https://example.org/" + self._hex("url", original, 8),
            "ADDRESS": lambda: self.address(original),
            "POSTAL_CODE": lambda: self.postal_code(original),
            "CITY": lambda: keep_case(original, self._pick(TOWNS, "city", fold(original))),
            "HOSPITAL": lambda: self.hospital(original),
        }.get(kind)
        return maker() if maker else self.identifier(original)

    def _pick(self, options: tuple[str, ...], purpose: str, value: str) -> str:
        return keyed_choice(self.key, options, purpose, self.scope, value)

    def _digits(self, purpose: str, value: str, count: int) -> str:
        chunks: list[str] = []
        while sum(map(len, chunks)) < count:
            number = keyed_int(self.key, purpose, self.scope, value, str(len(chunks)))
            chunks.append(f"{number:020d}"[-18:])
        return "".join(chunks)[:count]

    def _hex(self, purpose: str, value: str, count: int) -> str:
        return f"{keyed_int(self.key, purpose, self.scope, value):016x}"[:count]

    # Names: word by word, so "Arthur FERNÁNDEZ", "M. Fernández" and "A. FERNANDEZ" agree.
    def name(self, original: str) -> str:
        words = list(NAME_TOKEN.finditer(original))
        families = [fold(w.group()) for w in words if self._is_family(fold(w.group()))]
        out, position = [], 0
        for word in words:
            out.append(original[position : word.start()])
            out.append(self._name_word(word.group(), families))
            position = word.end()
        out.append(original[position:])
        return "".join(out)

    def _is_family(self, folded: str) -> bool:
        if folded in self.families:
            return True
        if folded in self.givens:
            return False
        return not all(part in FIRST_NAMES for part in folded.split("-"))

    def _name_word(self, word: str, families: list[str]) -> str:
        folded = fold(word)
        if folded in PARTICLES:
            return word
        if word.endswith("."):
            return self._initial(word, families)
        if self._is_family(folded):
            return keep_case(word, self._pick(SURROGATE_FAMILY, "family", folded))
        return keep_case(word, self._pick(SURROGATE_GIVEN, "given", folded))

    def _initial(self, word: str, families: list[str]) -> str:
        """The initial of the surrogate of the known given name it stands for, if any."""
        letter = fold(word[0])
        if self.context is not None:
            for person in self.context.people:
                if person.given and fold(person.family) in families:
                    given = fold(person.given.split()[0])
                    if given.startswith(letter):
                        return self._pick(SURROGATE_GIVEN, "given", given)[0].upper() + "."
        return (
            keyed_choice(self.key, tuple(string.ascii_uppercase), "initial", self.scope, letter)
            + "."
        )

    def date(self, original: str, *, text: str, start: int) -> str:
        days = date_shift_days(self.scope, key=self.key)
        shifted = dateformat.rewrite(original, days, default_year=_nearest_year(text, start))
        return shifted if shifted is not None else "[DATE]"

    def phone(self, original: str) -> str:
        digits = [i for i, c in enumerate(original) if c.isdigit()]
        national = "".join(original[i] for i in digits)[-9:]
        keep = 2 if len(digits) <= 10 and original.lstrip("(").startswith("0") else len(digits) - 8
        keep = max(keep, 0)
        fresh = self._digits("phone", national, len(digits) - keep)
        chars = list(original)
        for position, digit in zip(digits[keep:], fresh, strict=True):
            chars[position] = digit
        return "".join(chars)

    def nir(self, original: str) -> str:
        seed = re.sub(r"[^0-9A-Za-z]", "", original).upper()
        digits = self._digits("nir", seed, 13)
        body = (
            ("1" if int(digits[0]) % 2 else "2")
            + digits[1:3]
            + f"{int(digits[3:5]) % 12 + 1:02d}"
            + f"{int(digits[5:7]) % 95 + 1:02d}"
            + digits[7:13]
        )
        value = body + f"{97 - int(body) % 97:02d}"
        assert nir_key_ok(value)
        return _fill_shape(original, value)

    def identifier(self, original: str) -> str:
        seed = re.sub(r"[^0-9A-Za-z]", "", original).upper()
        digits = iter(self._digits("id", seed, 40))
        letters = iter(self._hex("id-letters", seed, 16) * 3)
        out = []
        for char in original:
            if char.isdigit():
                out.append(next(digits))
            elif char.isalpha():
                letter = string.ascii_uppercase[int(next(letters), 16) % 26]
                out.append(letter if char.isupper() else letter.lower())
            else:
                out.append(char)
        return "".join(out)

    def email(self, original: str) -> str:
        local = fold(original.split("@")[0])
        given = fold(self._pick(SURROGATE_GIVEN, "given", local))
        family = fold(self._pick(SURROGATE_FAMILY, "family", local)).replace(" ", "-")
        return f"{given}.{family}@example.org"

    def address(self, original: str) -> str:
        folded = fold(original)
        types = {fold(t) for t in STREET_TYPES}
        words = folded.replace(",", " ").split()
        kind_index = next((i for i, w in enumerate(words) if w in types), None)
        if kind_index is None:
            return self._pick(ADDRESS_EXTRAS, "address-extra", folded)
        kind = original.replace(",", " ").split()[kind_index]
        number = keyed_int(self.key, "address-number", self.scope, folded) % 180 + 1
        street = self._pick(STREETS, "street", folded)
        prefix = f"{number} " if words[0][:1].isdigit() else ""
        return f"{prefix}{kind} {street}"

    def postal_code(self, original: str) -> str:
        compact = original.replace(" ", "")
        return compact[:2] + self._digits("postal", compact, 3)

    def hospital(self, original: str) -> str:
        head = HOSPITAL_HEAD.match(original)
        name = self._pick(ESTABLISHMENTS, "hospital", fold(original))
        return f"{head.group().strip()} {name}" if head else f"Centre hospitalier {name}"


@lru_cache(maxsize=256)
def known_names(context: PatientContext | None) -> tuple[frozenset[str], frozenset[str]]:
    """Folded family names and given names of the record's people (and their words)."""
    families: set[str] = set()
    givens: set[str] = set()
    for person in context.people if context is not None else ():
        for name, target in (
            (person.family, families),
            (person.birth_family, families),
            (person.given, givens),
        ):
            if name:
                target.add(fold(name))
                target.update(fold(name).split())
    return frozenset(families), frozenset(givens)


def _fill_shape(original: str, value: str) -> str:
    """``value``'s characters written in the places of ``original``'s letters and digits."""
    chars = iter(value)
    out = [next(chars, "0") if c.isalnum() else c for c in original]
    return "".join(out)


def _nearest_year(text: str, start: int) -> int:
    """The year written nearest to ``start`` (for "12/03" without a year), else 2001."""
    years = [(abs(m.start() - start), int(m.group())) for m in FULL_DATE.finditer(text)]
    return min(years)[1] if years else 2001
