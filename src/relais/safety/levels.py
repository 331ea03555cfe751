"""The four levels of the ANSM thesaurus and the two tiers Relais shows them in."""

from enum import StrEnum

from relais.safety.names import name_key


class Tier(StrEnum):
    ALERT = "alerte"
    INFORMATION = "information"


_RANKS = {
    "Contre-indication": 0,
    "Association déconseillée": 1,
    "Précaution d'emploi": 2,
    "À prendre en compte": 3,
}


class Level(StrEnum):
    """Thesaurus levels, most severe first (the value is the French label)."""

    CONTRE_INDICATION = "Contre-indication"
    DECONSEILLEE = "Association déconseillée"
    PRECAUTION = "Précaution d'emploi"
    A_PRENDRE_EN_COMPTE = "À prendre en compte"

    @property
    def rank(self) -> int:
        """0 for the most severe."""
        return _RANKS[self.value]

    @property
    def code(self) -> str:
        return ("CI", "ASDEC", "PE", "APEC")[self.rank]

    @property
    def tier(self) -> Tier:
        return Tier.ALERT if self.rank <= 1 else Tier.INFORMATION


_SPELLINGS = {
    "contre indication": Level.CONTRE_INDICATION,
    "ci": Level.CONTRE_INDICATION,
    "association deconseillee": Level.DECONSEILLEE,
    "asdec": Level.DECONSEILLEE,
    "precaution d emploi": Level.PRECAUTION,
    "pe": Level.PRECAUTION,
    "a prendre en compte": Level.A_PRENDRE_EN_COMPTE,
    "il convient de prendre en compte": Level.A_PRENDRE_EN_COMPTE,
    "apec": Level.A_PRENDRE_EN_COMPTE,
}


def parse_level(text: str) -> Level:
    """A level from any spelling found in the thesaurus editions ("Association DECONSEILLEE")."""
    level = _SPELLINGS.get(name_key(text))
    if level is None:
        raise ValueError(f"unknown thesaurus level {text!r}")
    return level
