"""Draft a stay's letter or a patient's synthesis from the database, and keep the draft.

Medication safety is part of every draft: when no interaction thesaurus is loaded the draft
is still written, with a warning that the check was not done.
"""

from dataclasses import replace
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine

from relais.dossier import build_patient_dossier, build_stay_dossier
from relais.dossier.model import Dossier
from relais.errors import InvalidInput, NotFound
from relais.generate.draft.archive import save_draft
from relais.generate.draft.compose import Drafter
from relais.generate.draft.document import DraftDocument

if TYPE_CHECKING:
    from relais.dossier.nlp.reader import NoteReader
    from relais.safety.knowledge import Knowledge

NO_THESAURUS = (
    "Interactions médicamenteuses non vérifiées : aucun thésaurus ANSM chargé "
    "(`relais terminology load-thesaurus`)."
)


def safety_knowledge(conn: Connection) -> "tuple[Knowledge | None, str | None]":
    """The loaded thesaurus and BDPM, or None with the warning to print on the draft."""
    from relais.safety.knowledge import load_knowledge

    try:
        return load_knowledge(conn), None
    except (InvalidInput, NotFound):
        return None, NO_THESAURUS


def _with_warning(dossier: Dossier, warning: str | None) -> Dossier:
    return replace(dossier, warnings=(*dossier.warnings, warning)) if warning else dossier


def draft_letter(
    engine: Engine,
    drafter: Drafter,
    stay_id: str,
    *,
    knowledge: "Knowledge | None" = None,
    notes: "NoteReader | None" = None,
    warning: str | None = None,
    save: bool = True,
) -> DraftDocument:
    """Build the stay's dossier (read-only transaction), draft (no transaction held while the
    model writes), then store the draft and its generation log in one transaction."""
    with engine.connect() as conn:
        dossier = build_stay_dossier(conn, stay_id, knowledge=knowledge, notes=notes)
    document = drafter.letter(_with_warning(dossier, warning))
    if save:
        with engine.begin() as conn:
            save_draft(conn, document)
    return document


def draft_synthesis(
    engine: Engine,
    drafter: Drafter,
    patient_id: str,
    *,
    knowledge: "Knowledge | None" = None,
    notes: "NoteReader | None" = None,
    warning: str | None = None,
    save: bool = True,
) -> DraftDocument:
    with engine.connect() as conn:
        dossier = build_patient_dossier(conn, patient_id, knowledge=knowledge, notes=notes)
    document = drafter.synthesis(_with_warning(dossier, warning))
    if save:
        with engine.begin() as conn:
            save_draft(conn, document)
    return document
