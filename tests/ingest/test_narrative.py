"""Narrative XHTML: active content and non-XML entities are refused."""

import pytest

from relais.ingest.narrative import narrative_problems

XHTML = '<div xmlns="http://www.w3.org/1999/xhtml">{}</div>'
DIVS = [
    ("<p>Patiente de 82 ans, <b>insuffisance cardiaque</b> &amp; HTA</p>", None),
    ("<p>Doliprane&reg; 1 g</p>", "entity &reg;"),
    ("<p>Doliprane&#174; 1 g</p>", None),
    ("<script>alert(1)</script>", "<script>"),
    ('<a href="javascript:alert(1)">compte rendu</a>', "active URL"),
    ('<img src="x.png" onerror="alert(1)"/>', "event handler"),
]


@pytest.mark.parametrize(("inner", "expected"), DIVS)
def test_narrative_problems(inner: str, expected: str | None) -> None:
    problems = narrative_problems(XHTML.format(inner))
    assert problems == [] if expected is None else expected in problems[0]
