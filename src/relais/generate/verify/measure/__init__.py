"""Measure of the verifier: correct sentences written from the facts of synthetic stays with
several French templates, mutated (wrong dose, swapped or invented drug, wrong value or date,
invented diagnosis, denied finding stated as present); catch and false-flag rates.
Used by ``bench/verifier.py`` and the tests."""
