"""docs/privacy.md shows the permission matrix the code enforces, role by role, action by action."""

from pathlib import Path

from relais.privacy.audit import ACTIONS, PERMISSIONS, ROLES

DOC = Path(__file__).resolve().parents[3] / "docs" / "privacy.md"


def markdown_table(text: str, heading: str) -> list[list[str]]:
    """The first table after ``heading``: header row then body rows, cells stripped."""
    lines = text.split(heading, 1)[1].splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("|"))
    rows = []
    for line in lines[start:]:
        if not line.startswith("|"):
            break
        rows.append([cell.strip() for cell in line.strip().strip("|").split("|")])
    return [rows[0], *rows[2:]]  # without the --- separator


def test_the_documented_matrix_is_the_enforced_one() -> None:
    header, *body = markdown_table(DOC.read_text(), "### Roles and permissions")
    assert header == ["action", *ROLES]
    assert [row[0] for row in body] == list(ACTIONS)
    documented = {
        role: frozenset(row[0] for row in body if row[1 + n] == "yes")
        for n, role in enumerate(ROLES)
    }
    assert documented == PERMISSIONS
    assert {cell for row in body for cell in row[1:]} <= {"yes", ""}
