"""docs/privacy.md lists every table and column of the extract, in order."""

from relais.privacy.research import SCHEMAS
from tests.privacy.audit.test_docs import DOC, markdown_table


def test_every_extract_column_is_documented() -> None:
    header, *body = markdown_table(DOC.read_text(), "### What is written")
    assert header == ["table", "columns"]
    documented = {
        row[0].strip("`"): [c.strip().strip("`") for c in row[1].split(",")] for row in body
    }
    assert documented == {name: schema.names for name, schema in SCHEMAS.items()}
