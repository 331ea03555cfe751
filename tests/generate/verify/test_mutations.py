"""The measure the issue asks for: ≥ 500 mutations of correct sentences, caught ≥ 97 %, with
≤ 5 % false flags on the correct sentences. The held-out templates (never used to write the
patterns) are held to the floor they reach today, so that a regression shows."""

import pytest

from relais.generate.verify import Tools
from relais.generate.verify.measure import heldout, templates
from relais.generate.verify.measure.mutate import MUTATIONS
from relais.generate.verify.measure.run import measure


@pytest.mark.slow
def test_development_templates_meet_the_targets(tools: Tools) -> None:
    figures = measure(templates.TEMPLATES, templates.NEGATIONS, tools=tools, stays=18)
    assert figures.mutations >= 500
    assert set(figures.tried) == set(MUTATIONS)
    assert figures.catch_rate >= 0.97, figures.misses[:10]
    assert figures.false_flag_rate <= 0.05, figures.false_flags[:10]
    for kind, tried in figures.tried.items():
        assert figures.caught[kind] / tried >= 0.9, kind


@pytest.mark.slow
def test_held_out_templates(tools: Tools) -> None:
    figures = measure(
        heldout.TEMPLATES, heldout.NEGATIONS, tools=tools, pools=heldout.POOLS, stays=18
    )
    assert figures.mutations >= 500
    assert figures.false_flag_rate <= 0.05, figures.false_flags[:10]
    assert figures.catch_rate >= 0.92, figures.misses[:10]  # invented diagnoses: ~80 %
    for kind in set(figures.tried) - {"invented_diagnosis"}:
        assert figures.caught[kind] / figures.tried[kind] >= 0.95, kind


def test_measure_is_deterministic(tools: Tools) -> None:
    first = measure(templates.TEMPLATES[:4], templates.NEGATIONS, tools=tools, stays=3)
    second = measure(templates.TEMPLATES[:4], templates.NEGATIONS, tools=tools, stays=3)
    assert (first.caught, first.tried, first.misses) == (second.caught, second.tried, second.misses)
