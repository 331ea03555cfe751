"""Every document of the sample passes the ANS validator with zero errors: the CDA XSD, the
volet's schematron and the minimal-structuring profile (one validator call per volet)."""

from pathlib import Path

import pytest

from relais.generate.render.cda import render_cda, volet
from tests.generate.render.cda_validator import errors, validate
from tests.generate.render.conftest import Rendered
from tests.generate.render.hostile import hostile_letter

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("kind", ["LDL-SES", "VSM"])
def test_the_sample_passes_the_ans_validator(
    kind: str, cda_sample: list[Rendered], tmp_path: Path
) -> None:
    paths = [r.path for r in cda_sample if volet(r.document) == kind]
    if kind == "LDL-SES":
        first = next(r for r in cda_sample if volet(r.document) == kind)
        document, context = hostile_letter(first.document)
        hostile = tmp_path / "hostile.xml"
        hostile.write_bytes(render_cda(document, context))
        paths.append(hostile)
    assert len(paths) >= 10
    reports = validate(paths, kind)
    assert len(reports) == len(paths)
    failed = {r["document"]: errors(r) for r in reports if not r["ok"]}
    assert failed == {}, f"{len(failed)} of {len(paths)} documents rejected: {failed}"
