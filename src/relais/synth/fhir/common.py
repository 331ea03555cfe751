"""Small builders for FHIR datatypes and transaction bundles (plain dicts)."""

from collections.abc import Iterable
from typing import Any

from relais.synth.fhir.systems import UCUM

Json = dict[str, Any]


def coding(system: str, code: str, display: str | None = None) -> Json:
    found: Json = {"system": system, "code": code}
    if display:
        found["display"] = display
    return found


def concept(system: str, code: str, display: str | None = None, text: str | None = None) -> Json:
    found: Json = {"coding": [coding(system, code, display)]}
    if text or display:
        found["text"] = text or display
    return found


def text_concept(text: str) -> Json:
    return {"text": text}


def urn(uuid: str) -> str:
    return f"urn:uuid:{uuid}"


def local_ref(uuid: str, display: str | None = None) -> Json:
    """Reference to a resource of the same bundle."""
    found: Json = {"reference": urn(uuid)}
    if display:
        found["display"] = display
    return found


def ref(resource_type: str, uuid: str, display: str | None = None) -> Json:
    """Reference to a resource of another bundle (hospital bundle, activity files)."""
    found: Json = {"reference": f"{resource_type}/{uuid}"}
    if display:
        found["display"] = display
    return found


UNIT_DISPLAY = {
    "umol/L": "µmol/L",
    "ug": "µg",
    "ug/L": "µg/L",
    "10*9/L": "G/L",
    "Cel": "°C",
    "mm[Hg]": "mmHg",
    "{INR}": "INR",
    "[iU]": "UI",
    "[pH]": "pH",
    "mL/min/{1.73_m2}": "mL/min/1,73 m²",
}


def number(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value


def quantity(value: float, code: str) -> Json:
    """A UCUM quantity; ``unit`` is the human form (µmol/L), ``code`` the UCUM code (umol/L)."""
    return {
        "value": number(value),
        "unit": UNIT_DISPLAY.get(code, code),
        "system": UCUM,
        "code": code,
    }


def entry(resource: Json) -> Json:
    uuid = resource["id"]
    return {
        "fullUrl": urn(uuid),
        "resource": resource,
        "request": {"method": "PUT", "url": f"{resource['resourceType']}/{uuid}"},
    }


def transaction(bundle_id: str, resources: Iterable[Json]) -> Json:
    return {
        "resourceType": "Bundle",
        "id": bundle_id,
        "type": "transaction",
        "entry": [entry(r) for r in resources],
    }
