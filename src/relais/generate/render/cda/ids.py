"""Identifiers of the exported documents and of the people and places they name.

Document ids are ``root`` (an OID of the hospital's documents) + ``extension`` (the draft's
UUID). A hospital that has registered an OID for its documents passes it as ``document_root``;
otherwise Relais derives one under the ``2.25`` arc (ITU-T X.667: an OID made of a UUID, unique
without registration) from the hospital's FINESS, so it is stable for that hospital.
"""

import re
import uuid

from relais.generate.render.cda import oids
from relais.generate.render.cda.model import Identifier

RELAIS_DOCUMENTS = uuid.UUID("6f0b3c36-2f5e-5c59-9a43-52656c616973")  # namespace, fixed
OID = re.compile(r"^[0-2](\.(0|[1-9]\d*))+$")


def default_document_root(finess: str | None) -> str:
    """The ``2.25.<uuid>`` OID of this hospital's documents (same FINESS → same OID)."""
    name = f"finess:{finess or 'unknown'}"
    return f"2.25.{uuid.uuid5(RELAIS_DOCUMENTS, name).int}"


def check_oid(value: str) -> str:
    if not OID.match(value):
        raise ValueError(
            f"{value!r} is not an OID (digits separated by dots, e.g. 1.2.250.1.213.1.1.9)"
        )
    return value


def oid_of(system: str | None) -> str | None:
    """The OID of a FHIR identifier system written ``urn:oid:…`` (None otherwise)."""
    if system and system.startswith("urn:oid:") and OID.match(system[8:]):
        return system[8:]
    return None


def rpps(number: str | None) -> Identifier | None:
    """IdNatPS of a physician: "8" + the 11-digit RPPS number."""
    if not number:
        return None
    digits = number.strip()
    if len(digits) == 12 and digits.startswith("8"):
        return Identifier(oids.RPPS, digits)
    return Identifier(oids.RPPS, f"8{digits}")


def finess(number: str | None) -> Identifier | None:
    """IdNatStruct of an establishment: "1" + the 9-digit FINESS number."""
    if not number:
        return None
    digits = number.strip()
    if len(digits) == 10 and digits.startswith("1"):
        return Identifier(oids.FINESS, digits)
    return Identifier(oids.FINESS, f"1{digits}")
