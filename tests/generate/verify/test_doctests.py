"""The docstring examples of the verifier run as tests."""

import doctest
import importlib

import pytest

MODULES = ["text", "units", "quantities", "dates", "negation", "diagnoses", "terms", "verify"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(f"relais.generate.verify.{name}")
    failures, tried = doctest.testmod(module)
    assert tried > 0
    assert failures == 0
