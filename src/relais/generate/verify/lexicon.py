"""The verifier's French lexicons, gathered: analytes, diagnoses (common and more), the
abbreviations matched in capitals only, and diagnosis-shaped words. Data lives in
``lexicon_analytes``, ``lexicon_diagnoses`` and ``lexicon_more``."""

from relais.generate.verify.lexicon_analytes import ANALYTES
from relais.generate.verify.lexicon_diagnoses import DIAGNOSES as COMMON
from relais.generate.verify.lexicon_diagnoses import PARENTS, UPPER_ONLY
from relais.generate.verify.lexicon_more import DIAGNOSES_MORE, DIAGNOSIS_WORD, NOT_DIAGNOSIS_WORDS

DIAGNOSES = {**COMMON, **DIAGNOSES_MORE}

__all__ = [
    "ANALYTES",
    "DIAGNOSES",
    "DIAGNOSIS_WORD",
    "NOT_DIAGNOSIS_WORDS",
    "PARENTS",
    "UPPER_ONLY",
]
