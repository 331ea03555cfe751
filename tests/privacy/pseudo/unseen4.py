"""The fourth held-out notes (``data/unseen4``), loaded with the third set's loader."""

from pathlib import Path

from tests.privacy.pseudo.unseen import UnseenNote, unseen_notes

FOLDER = Path(__file__).parent / "data" / "unseen4"


def unseen4_notes() -> list[UnseenNote]:
    return unseen_notes(FOLDER)
