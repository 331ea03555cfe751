"""The unseen held-out notes (``data/unseen`` by default, or another folder of the same
format such as ``data/unseen4``): plain texts, their truth spans, the clinical terms that must
stay, and the identity the record holds for each note."""

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from relais.privacy.pseudo import KnownPerson, PatientContext, Pseudonymizer
from relais.privacy.pseudo.measure import Score, Span, TruthNote, score

FOLDER = Path(__file__).parent / "data" / "unseen"


@dataclass(frozen=True)
class UnseenNote:
    truth: TruthNote
    context: PatientContext | None


def _context(name: str, patient: dict[str, str | None] | None) -> PatientContext | None:
    if patient is None:
        return None
    born = patient.get("birth_date")
    person = KnownPerson(
        patient["family"] or "", patient.get("given"), "patient", patient.get("birth_family")
    )
    return PatientContext(
        name, people=(person,), birth_date=date.fromisoformat(born) if born else None
    )


def unseen_notes(folder: Path = FOLDER) -> list[UnseenNote]:
    notes = json.loads((folder / "truth.json").read_text(encoding="utf-8"))["notes"]
    out = []
    for name, note in sorted(notes.items()):
        text = (folder / f"{name}.txt").read_text(encoding="utf-8")
        spans = tuple(Span(s["type"], s["start"], s["end"]) for s in note["spans"])
        facts = tuple(("CLINICAL", c["start"], c["end"], c["text"]) for c in note["clinical"])
        truth = TruthNote(name, name, "unseen", text, spans, facts)
        out.append(UnseenNote(truth, _context(name, note["patient"])))
    return out


def score_notes(
    notes: list[UnseenNote], pseudonymizer: Pseudonymizer, *, with_record: bool
) -> Score:
    """The pseudonymiser's spans on ``notes`` against their truth, with or without the
    identity the record holds for each note."""
    contexts = {n.truth.note_id: n.context for n in notes}
    return score(
        [n.truth for n in notes],
        lambda t: [
            Span(f.type, f.start, f.end)
            for f in pseudonymizer.find(
                t.text, context=contexts[t.note_id] if with_record else None
            )
        ],
    )
