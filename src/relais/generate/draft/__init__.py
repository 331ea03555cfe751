"""Drafting: the lettre de liaison and the synthèse médicale, deterministic sections from the
dossier's facts and narrative sentences from a language model, each sentence verified."""

from relais.generate.draft.compose import Drafter
from relais.generate.draft.document import DraftDocument, Section, Sentence

__all__ = ["DraftDocument", "Drafter", "Section", "Sentence"]
