"""The scanner of a JSON object being written: each top-level member once, when complete,
whatever the strings hold (braces, brackets, commas, quotes, escapes, accents)."""

import json
from typing import Any

import pytest

from relais.generate.llm.json_members import ObjectMembers

TRICKY = {
    "motif": [{"texte": "Dyspnée {NYHA III}, [œdèmes] « majeurs »", "faits": ["F1"]}],
    "synthese": [
        {"texte": 'Il dit "j\'étouffe", puis \\ rien.', "faits": ["F2", "F3"]},
        {"texte": "Fin }]}, , ,\n\ttab \u00e9 \U0001f600", "faits": []},
    ],
    "vide": {},
    "n": -1.5e3,
}


def fed_piecewise(text: str, piece: int) -> list[tuple[int, str, Any]]:
    """(length of text fed when the member appeared, name, value)."""
    members, found = ObjectMembers(), []
    for end in range(piece, len(text) + piece, piece):
        found += [(min(end, len(text)), n, v) for n, v in members.feed(text[:end])]
    return found


@pytest.mark.parametrize("ascii_only", [True, False])
@pytest.mark.parametrize("piece", [1, 3, 7])
def test_each_member_once_as_soon_as_it_is_complete(ascii_only: bool, piece: int) -> None:
    text = json.dumps(TRICKY, ensure_ascii=ascii_only, indent=1)
    found = fed_piecewise(text, piece)
    assert [(name, value) for _, name, value in found] == list(TRICKY.items())
    assert all(fed < len(text) for fed, _, _ in found[:-1])  # the last closes with the object
    if piece == 1:  # given on the very comma (or brace) that ends it
        assert [text[fed - 1] for fed, _, _ in found] == [",", ",", ",", "}"]


def test_an_unfinished_member_is_not_given() -> None:
    members = ObjectMembers()
    assert members.feed('{"motif": [{"texte": "Dyspnée, ') == []
    assert members.feed('{"motif": [{"texte": "Dyspnée, "}], "synthese": [') == [
        ("motif", [{"texte": "Dyspnée, "}])
    ]


def test_a_restarted_text_is_scanned_again() -> None:
    members = ObjectMembers()
    assert members.feed('{"a": 1, "b": 2') == [("a", 1)]
    assert members.feed('{"a": 1') == []  # a retry started the answer over
    assert members.feed('{"a": 1, "b": 3}') == [("a", 1), ("b", 3)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"a": tru, "b": 2}', [("b", 2)]),  # an invalid member is skipped, not guessed
        ('[{"a": 1}, {"b": 2}]', []),  # not an object
        ('{"a": 1} {"b": 2}', [("a", 1)]),  # what follows the object is ignored
        ('{"a": "x\\"}, \\"b\\": 1"}', [("a", 'x"}, "b": 1')]),
        ("{}", []),
    ],
)
def test_odd_texts(text: str, expected: list[tuple[str, Any]]) -> None:
    assert ObjectMembers().feed(text) == expected
