"""The verifier's French lexicons, gathered: analytes, diagnoses (common, more, synonyms and
abbreviations), the abbreviations matched in capitals only, and diagnosis-shaped words. Data
lives in ``lexicon_analytes``, ``lexicon_diagnoses``, ``lexicon_more`` and
``lexicon_synonyms``."""

from relais.generate.verify.lexicon_analytes import ANALYTES
from relais.generate.verify.lexicon_diagnoses import DIAGNOSES as COMMON
from relais.generate.verify.lexicon_diagnoses import PARENTS
from relais.generate.verify.lexicon_diagnoses import UPPER_ONLY as COMMON_UPPER
from relais.generate.verify.lexicon_more import DIAGNOSES_MORE, DIAGNOSIS_WORD, NOT_DIAGNOSIS_WORDS
from relais.generate.verify.lexicon_synonyms import SYNONYMS, SYNONYMS_UPPER

DIAGNOSES = {**COMMON, **DIAGNOSES_MORE, **SYNONYMS}
UPPER_ONLY = COMMON_UPPER | SYNONYMS_UPPER

__all__ = [
    "ANALYTES",
    "DIAGNOSES",
    "DIAGNOSIS_WORD",
    "NOT_DIAGNOSIS_WORDS",
    "PARENTS",
    "UPPER_ONLY",
]
