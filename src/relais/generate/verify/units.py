"""Units: canonical spelling, and conversion between units of one dimension.

>>> canonical_unit("mmol/L")
'mmol/l'
>>> canonical_unit("µg / 24 h")
'ug/j'
>>> convert(9.2, "g/dl", "g/l")
92.0
>>> convert(1, "g", "mg")
1000.0
>>> convert(5, "mmol/l", "mg/l") is None
True
"""

import re

from relais.generate.verify.text import fold

_SPACES = re.compile(r"\s+")
_ALIASES = {
    "mcg": "ug",
    "gamma": "ug",
    "u": "ui",
    "mmhg": "mmhg",
    "giga": "g",
    "jour": "j",
    "24h": "j",
    "mn": "min",
    "°": "°c",
}
_MASS = {"pg": 1e-12, "ng": 1e-9, "ug": 1e-6, "mg": 1e-3, "g": 1.0, "kg": 1e3}
_AMOUNT = {"nmol": 1e-9, "umol": 1e-6, "mmol": 1e-3, "mol": 1.0}
_VOLUME = {"ml": 1e-3, "cl": 1e-2, "dl": 1e-1, "l": 1.0}


def canonical_unit(unit: str | None) -> str:
    if not unit:
        return ""
    parts = _SPACES.sub("", fold(unit)).split("/")
    # "ml/min/1,73 m²" and "ml/min" are read alike: a DFG either way.
    parts = [_ALIASES.get(p, p) for p in parts if p not in ("1,73m2", "1.73m2")]
    return "/".join(parts)


def _scale(unit: str) -> tuple[str, float]:
    """(dimension, factor to the dimension's base unit)."""
    parts = unit.split("/")
    factor = 1.0
    dims: list[str] = []
    for position, part in enumerate(parts):
        for name, table in (("mass", _MASS), ("amount", _AMOUNT), ("volume", _VOLUME)):
            if part in table:
                dims.append(name)
                factor = factor * table[part] if position == 0 else factor / table[part]
                break
        else:
            dims.append(part)
    return "/".join(dims), factor


def convert(value: float, unit: str, target: str) -> float | None:
    """``value`` in ``unit`` expressed in ``target``; None when they measure different things."""
    if unit == target:
        return value
    dim, factor = _scale(unit)
    target_dim, target_factor = _scale(target)
    if dim != target_dim:
        return None
    return round(value * factor / target_factor, 9)
