"""The pseudonymiser: find identifying spans, then write keyed, consistent surrogates."""

from collections.abc import Callable, Iterable

from relais.errors import InvalidInput
from relais.privacy.pseudo.model import PatientContext, Pseudonymized, ReplacedSpan
from relais.privacy.pseudo.protect import protected_spans
from relais.privacy.pseudo.recognizers import (
    address,
    ages,
    dates,
    identifiers,
    names,
    nir,
    organisations,
    phone,
    places,
    web,
)
from relais.privacy.pseudo.recognizers.base import Finding, Scan
from relais.privacy.pseudo.resolve import resolve
from relais.privacy.pseudo.surrogates import Surrogates

Recognizer = Callable[[Scan], Iterable[Finding]]
RECOGNIZERS: tuple[Recognizer, ...] = (
    web.find,
    nir.find,
    identifiers.find,
    phone.find,
    dates.find,
    ages.find,
    address.find,
    places.find,
    organisations.find,
    names.find,
)


class Pseudonymizer:
    """Replaces names, contact details, identifiers, dates, old ages and establishments.

    >>> p = Pseudonymizer(key=b"secret")
    >>> out = p.pseudonymize("Vu par le Dr Martin le 12/03/2024. Maladie de Parkinson.")
    >>> [s.type for s in out.spans]
    ['CLINICIAN_NAME', 'DATE']
    >>> "Parkinson" in out.text and "Martin" not in out.text
    True
    """

    def __init__(self, *, key: bytes) -> None:
        if not key:
            raise InvalidInput("the pseudonymisation key is empty (RELAIS_PSEUDONYMISATION_KEY)")
        self._key = key

    def find(self, text: str, *, context: PatientContext | None = None) -> list[Finding]:
        """The identifying spans of ``text``, non-overlapping, in text order."""
        scan = Scan(text, context)
        scan.protected = protected_spans(scan.text, scan.folded)
        found = [f for recognizer in RECOGNIZERS for f in recognizer(scan)]
        return resolve(found)

    def pseudonymize(self, text: str, *, context: PatientContext | None = None) -> Pseudonymized:
        surrogates = Surrogates(self._key, context)
        parts: list[str] = []
        spans: list[ReplacedSpan] = []
        position = 0
        for finding in self.find(text, context=context):
            original = text[finding.start : finding.end]
            surrogate = surrogates.make(finding.type, original, text=text, start=finding.start)
            parts.append(text[position : finding.start])
            parts.append(surrogate)
            spans.append(
                ReplacedSpan(finding.type, finding.start, finding.end, original, surrogate)
            )
            position = finding.end
        parts.append(text[position:])
        return Pseudonymized("".join(parts), tuple(spans))
