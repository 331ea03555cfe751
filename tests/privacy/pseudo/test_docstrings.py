"""The examples in the pseudonymiser's docstrings run."""

import doctest

import pytest

from relais.privacy.pseudo import pseudonymizer


@pytest.mark.parametrize("module", [pseudonymizer])
def test_docstring_examples(module: object) -> None:
    result = doctest.testmod(module)  # type: ignore[arg-type]
    assert result.attempted > 0 and result.failed == 0
