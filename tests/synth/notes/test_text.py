"""Notes keep the offsets of what they say: spans and facts, shown here as inline markup."""

import pytest

from relais.synth.notes.french import elided_de
from relais.synth.notes.text import Note, Piece


def markup(note: Note) -> str:
    """The text with ``<TYPE>…</TYPE>`` around spans and ``<kind negated>…</kind>`` around facts."""
    marks = [(s.start, s.end, f"<{s.type}>", f"</{s.type}>") for s in note.spans]
    for f in note.facts:
        flags = "".join((" negated" if f.negated else "", " hypothesis" if f.hypothesis else ""))
        marks.append((f.start, f.end, f"<{f.kind}{flags}>", f"</{f.kind}>"))
    text = note.text
    for start, end, opening, closing in sorted(marks, key=lambda m: -m[0]):
        text = text[:start] + opening + text[start:end] + closing + text[end:]
    return text


@pytest.mark.parametrize(
    ("template", "values", "expected"),
    [
        (
            "Pas {da}{a} ni {db}{b}.",
            {"da": Piece("d'"), "a": Piece("hémoptysie", fact="symptom", negated=True),
             "db": Piece("de "), "b": Piece("fièvre", fact="symptom", negated=True)},
            "Pas d'<symptom negated>hémoptysie</symptom> ni de <symptom negated>fièvre</symptom>.",
        ),
        (
            "Retrouvée au sol par {proche}, {age}.",
            {"proche": Piece("Hervé Royer", span="RELATIVE_NAME"),
             "age": Piece("88 ans", span="AGE")},
            "Retrouvée au sol par <RELATIVE_NAME>Hervé Royer</RELATIVE_NAME>, <AGE>88 ans</AGE>.",
        ),
        (
            "{x} à confirmer.",
            {"x": Piece("PAC", fact="diagnosis", hypothesis=True)},
            "<diagnosis hypothesis>PAC</diagnosis> à confirmer.",
        ),
    ],
)  # fmt: skip
def test_fill_keeps_spans_and_facts(template: str, values: dict[str, Piece], expected: str) -> None:
    note = Note()
    note.fill(template, values)
    assert markup(note) == expected
    for span in note.spans:
        assert note.text[span.start : span.end] == span.text


@pytest.mark.parametrize(
    ("word", "expected"),
    [("hémoptysie", "d'"), ("œdème", "d'"), ("fièvre", "de "), ("AVC", "d'"), ("syncope", "de ")],
)
def test_elision(word: str, expected: str) -> None:
    assert elided_de(word) == expected
