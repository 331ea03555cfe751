"""Doses with units: normalise the unit, compare two doses across units (g, mg, µg).

>>> same_dose(Dose(1.0, "g"), Dose(1000.0, "mg"))
True
>>> same_dose(Dose(40.0, "mg"), Dose(80.0, "mg"))
False
>>> same_dose(Dose(4000.0, "[iU]"), Dose(4000.0, "UI"))
True
>>> same_dose(Dose(1.0, "comprimé"), Dose(40.0, "mg")) is None
True
>>> same_dose(Dose(75.0, "ug"), Dose(0.075, "mg"))
True
>>> Dose(1.0, "{comprimé}").text()
'1 comprimé'
"""

from dataclasses import dataclass

from relais.dossier.french import dose as dose_text
from relais.dossier.labels import MASS_TO_MG, UNIT_ALIASES
from relais.dossier.units import shown

TOLERANCE = 1e-6


def unit_key(unit: str | None) -> str | None:
    if unit is None:
        return None
    cleaned = unit.strip()
    return UNIT_ALIASES.get(cleaned.lower(), cleaned)


@dataclass(frozen=True, slots=True)
class Dose:
    value: float | None
    unit: str | None

    @property
    def unit_shown(self) -> str | None:
        return shown(unit_key(self.unit))

    def text(self) -> str | None:
        return dose_text(self.value, self.unit_shown)

    def canonical(self) -> tuple[float, str] | None:
        """The value in mg for masses, else as written with its normalised unit."""
        if self.value is None:
            return None
        unit = self.unit_shown or ""
        factor = MASS_TO_MG.get(unit.lower()) or MASS_TO_MG.get(unit)
        if factor is not None:
            return self.value * factor, "mg"
        return self.value, unit


def same_dose(first: Dose, second: Dose) -> bool | None:
    """True / False when comparable, None when a value is missing or units differ in kind."""
    a, b = first.canonical(), second.canonical()
    if a is None or b is None or a[1] != b[1]:
        return None
    return abs(a[0] - b[0]) <= TOLERANCE * max(abs(a[0]), abs(b[0]), 1.0)
