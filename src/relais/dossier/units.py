"""Units as a French physician reads them: UCUM codes written out, annotations unwrapped.

>>> shown("umol/L")
'µmol/L'
>>> shown("mL/min/{1.73_m2}")
'mL/min/1,73 m²'
>>> shown("{comprimé}")
'comprimé'
>>> shown("10*3/uL")
'G/L'
>>> shown("Cel")
'°C'
>>> shown("mg/dL")
'mg/dL'
>>> shown("m[IU]/L")
'mUI/L'
"""

import re

from relais.dossier.labels import MICRO_PREFIXED, UCUM_SHOWN

_ANNOTATION = re.compile(r"\{([^{}]*)\}")
_MICRO = re.compile(rf"(?<![A-Za-zµ])u(?=(?:{'|'.join(MICRO_PREFIXED)})(?![a-z]))")
_DECIMAL = re.compile(r"(\d)\.(\d)")


def _annotation(match: re.Match[str]) -> str:
    text = _DECIMAL.sub(r"\1,\2", match[1].replace("_", " "))
    return re.sub(r"\bm2\b", "m²", text)


def shown(unit: str | None) -> str | None:
    """The unit to print (None for none, or for a unit that is only a marker such as ``[pH]``)."""
    if unit is None:
        return None
    cleaned = unit.strip()
    if cleaned in UCUM_SHOWN:
        return UCUM_SHOWN[cleaned] or None
    written = _MICRO.sub("µ", _ANNOTATION.sub(_annotation, cleaned))
    return written or None
