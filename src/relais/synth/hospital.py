"""The hospital: its identity, services and practitioners (hospital physicians and GPs)."""

import random
from dataclasses import dataclass
from datetime import date

from relais.synth.data.places import HOSPITAL
from relais.synth.data.services import SERVICES, URGENCES
from relais.synth.identifiers import make_finess, make_rpps
from relais.synth.ids import IdMaker, scramble
from relais.synth.people import Person, make_person
from relais.synth.rand import chance

GP_COUNT = 40
PHYSICIANS_PER_SERVICE = 4


@dataclass(frozen=True, slots=True)
class Service:
    key: str
    name: str
    uf: str
    beds: int
    los_median: float
    los_sigma: float
    ed_share: float
    direct_per_day: float
    organization_id: str
    location_id: str


@dataclass(frozen=True, slots=True)
class Practitioner:
    id: str
    person: Person
    rpps: str
    specialty: str
    service: str | None  # service key for hospital physicians, None for GPs

    @property
    def display(self) -> str:
        return f"Dr {self.person.given[0]} {self.person.family}"


@dataclass(frozen=True, slots=True)
class Hospital:
    id: str
    name: str
    short: str
    finess: str
    services: dict[str, Service]
    physicians: dict[str, tuple[Practitioner, ...]]
    gps: tuple[Practitioner, ...]

    @property
    def base_oid(self) -> str:
        """The hospital's own OID arc: ANS "structures" arc + FINESS (documented choice)."""
        return f"urn:oid:1.2.250.1.71.4.2.7.{self.finess}"

    @property
    def ipp_system(self) -> str:
        return f"{self.base_oid}.1"

    @property
    def nda_system(self) -> str:
        return f"{self.base_oid}.2"

    @property
    def uf_system(self) -> str:
        return f"{self.base_oid}.3"


def _practitioner(
    rng: random.Random, ids: IdMaker, n: int, specialty: str, service: str | None
) -> Practitioner:
    sex = "female" if chance(rng, 0.5) else "male"
    person = make_person(rng, sex=sex, birth=date(rng.randint(1958, 1994), rng.randint(1, 12), 15))
    return Practitioner(
        ids.make("Practitioner", n), person, make_rpps(scramble(n, 8, 7)), specialty, service
    )


def make_hospital(ids: IdMaker, seed: int) -> Hospital:
    rng = random.Random(f"{seed}:hospital")
    services: dict[str, Service] = {}
    for key, name, uf, beds, median, sigma, share, direct in (
        *SERVICES,
        (*URGENCES, 0, 0.0, 0.0, 0.0, 0.0),
    ):
        services[key] = Service(
            key,
            name,
            uf,
            beds,
            median,
            sigma,
            share,
            direct,
            ids.make("Organization", key),
            ids.make("Location", key),
        )
    physicians: dict[str, tuple[Practitioner, ...]] = {}
    n = 0
    for key, service in services.items():
        team = []
        for _ in range(PHYSICIANS_PER_SERVICE):
            team.append(_practitioner(rng, ids, n, service.name, key))
            n += 1
        physicians[key] = tuple(team)
    gps = tuple(_practitioner(rng, ids, n + i, "Médecine générale", None) for i in range(GP_COUNT))
    return Hospital(
        id=ids.make("Organization", "hospital"),
        name=HOSPITAL["name"],
        short=HOSPITAL["short"],
        finess=make_finess(HOSPITAL["finess_prefix"], scramble(seed, 4, 3)),
        services=services,
        physicians=physicians,
        gps=gps,
    )
