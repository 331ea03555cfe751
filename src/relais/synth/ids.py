"""Deterministic identifiers: uuid5 from the seed and a path, and scrambled serial numbers."""

import hashlib
import uuid
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class IdMaker:
    """Makes the same uuid for the same seed and path, e.g. ``ids.make("p", 12, "Condition", 3)``.

    The result equals ``uuid.uuid5(namespace, "p/12/Condition/3")``, computed without the
    ``uuid.UUID`` object (the activity layer makes a few hundred thousand of them).
    """

    namespace: uuid.UUID

    @classmethod
    def for_seed(cls, seed: int) -> "IdMaker":
        return cls(uuid.uuid5(uuid.NAMESPACE_URL, f"https://relais.invalid/synth/{seed}"))

    def make(self, *parts: object) -> str:
        name = "/".join(str(p) for p in parts).encode()
        raw = bytearray(hashlib.sha1(self.namespace.bytes + name).digest()[:16])
        raw[6] = (raw[6] & 0x0F) | 0x50
        raw[8] = (raw[8] & 0x3F) | 0x80
        x = raw.hex()
        return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:]}"


def scramble(index: int, digits: int, salt: int = 0) -> str:
    """A number of ``digits`` digits that looks random but is unique for each index.

    Multiplying by a number coprime with 10 is a bijection modulo 10**digits.
    """
    modulus = 10**digits
    value = ((index + 1) * 7_919_113 + salt * 104_729 + 1_234_567) % modulus
    return f"{value:0{digits}d}"
