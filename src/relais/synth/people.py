"""People of the synthetic hospital: identity, address, phone, NIR."""

import random
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

from relais.synth.data.names import EMAIL_DOMAINS, FEMALE_FIRST, LAST, MALE_FIRST
from relais.synth.data.places import (
    ADDRESS_EXTRAS,
    BIRTHPLACES,
    RESIDENCES,
    STREET_NAMES,
    STREET_TYPES,
)
from relais.synth.identifiers import make_nir
from relais.synth.rand import chance, pick, weighted


@dataclass(frozen=True, slots=True)
class Address:
    line: str
    postal_code: str
    city: str
    insee: str
    extra: str | None = None


@dataclass(frozen=True, slots=True)
class Person:
    family: str
    given: tuple[str, ...]
    sex: str  # FHIR gender: male / female
    birth_date: date
    address: Address
    phone: str
    mobile: bool
    email: str | None
    birth_family: str | None  # maiden name (nom de naissance) when different from usage name
    birthplace: tuple[str, str, str]  # (département, commune, name)
    nir: str

    @property
    def display(self) -> str:
        return f"{self.given[0]} {self.family}"


def first_name(rng: random.Random, sex: str) -> str:
    return pick(rng, MALE_FIRST if sex == "male" else FEMALE_FIRST)


def phone_number(rng: random.Random, mobile: bool, area: str = "02") -> str:
    prefix = pick(rng, ("06", "07")) if mobile else area
    groups = " ".join(f"{rng.randrange(100):02d}" for _ in range(4))
    return f"{prefix} {groups}"


def make_address(rng: random.Random) -> Address:
    city, postal, insee, _ = weighted(rng, RESIDENCES, [r[3] for r in RESIDENCES])
    number = rng.randint(1, 180)
    suffix = pick(rng, ("", "", "", "", " bis", " ter"))
    line = f"{number}{suffix} {pick(rng, STREET_TYPES)} {pick(rng, STREET_NAMES)}"
    extra = pick(rng, ADDRESS_EXTRAS) if chance(rng, 0.12) else None
    return Address(line, postal, city, insee, extra)


def birth_date_for(rng: random.Random, age: int, on: date) -> date:
    return on - timedelta(days=age * 365 + rng.randint(0, 364))


def make_person(rng: random.Random, *, sex: str, birth: date, married_share: float = 0.6) -> Person:
    """A French identity; some women carry a usage name with their maiden name kept."""
    birth_family = pick(rng, LAST)
    family = birth_family
    if sex == "female" and chance(rng, married_share):
        family = pick(rng, LAST)
    given: tuple[str, ...] = (first_name(rng, sex),)
    if chance(rng, 0.3):
        given = (*given, first_name(rng, sex))
    dept, commune, name, _ = weighted(rng, BIRTHPLACES, [b[3] for b in BIRTHPLACES])
    nir = make_nir(sex, birth.year, birth.month, dept + commune, rng.randint(1, 999))
    mobile = chance(rng, 0.6)
    email = None
    if chance(rng, 0.35):
        login = f"{given[0]}.{family}".lower().replace(" ", "").replace("'", "")
        email = f"{_ascii(login)}{rng.randint(1, 99)}@{pick(rng, EMAIL_DOMAINS)}"
    return Person(
        family=family,
        given=given,
        sex=sex,
        birth_date=birth,
        address=make_address(rng),
        phone=phone_number(rng, mobile),
        mobile=mobile,
        email=email,
        birth_family=birth_family if birth_family != family else None,
        birthplace=(dept, commune, name),
        nir=nir,
    )


def _ascii(text: str) -> str:
    text = text.replace("œ", "oe").replace("æ", "ae")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if c.isascii() and (c.isalnum() or c in ".-"))
