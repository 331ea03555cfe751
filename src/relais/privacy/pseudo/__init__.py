"""Pseudonymisation of French clinical text: names, contact details, identifiers, dates.

The record's own identity (``patient_context``) plus rules find identifying spans; surrogates
and date shifts come from keyed hashes (HMAC-SHA256) so they are consistent within a patient
and cannot be reversed without the key.
"""

from relais.privacy.pseudo.context import patient_context
from relais.privacy.pseudo.keyed import date_shift_days, pseudonymous_id, shift_date
from relais.privacy.pseudo.model import (
    SPAN_TYPES,
    KnownPerson,
    PatientContext,
    Pseudonymized,
    ReplacedSpan,
)
from relais.privacy.pseudo.pseudonymizer import Pseudonymizer

__all__ = [
    "SPAN_TYPES",
    "KnownPerson",
    "PatientContext",
    "Pseudonymized",
    "Pseudonymizer",
    "ReplacedSpan",
    "date_shift_days",
    "patient_context",
    "pseudonymous_id",
    "shift_date",
]
