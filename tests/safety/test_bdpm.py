"""BDPM compositions → active substances: the therapeutic fractions of a group, else its SA."""

from typing import Any

import pytest

from relais.safety.bdpm import active_substances


def row(substance: str, nature: str, link: int | None, cis: str = "60000001") -> dict[str, Any]:
    return {
        "cis": cis,
        "element": "comprimé",
        "substance": substance,
        "nature": nature,
        "link": link,
    }


@pytest.mark.parametrize(
    ("rows", "substances"),
    [
        (  # DAFLON 500 mg: one SA, two FT, both active
            [
                row("DIOSMINE", "FT", 1),
                row("HESPÉRIDINE", "FT", 1),
                row("FRACTION FLAVONOÏQUE PURIFIÉE MICRONISÉE", "SA", 1),
            ],
            ("DIOSMINE", "HESPÉRIDINE"),
        ),
        (  # a salt and its fraction: the fraction
            [row("AMOXICILLINE TRIHYDRATÉE", "SA", 1), row("AMOXICILLINE", "FT", 1)],
            ("AMOXICILLINE",),
        ),
        (  # two SA without fraction
            [row("PARACÉTAMOL", "SA", 1), row("CODÉINE (PHOSPHATE DE)", "SA", 2)],
            ("PARACÉTAMOL", "CODÉINE (PHOSPHATE DE)"),
        ),
        (  # SA without link number are all kept
            [row("CAFÉINE", "SA", None), row("PARACÉTAMOL", "SA", None)],
            ("CAFÉINE", "PARACÉTAMOL"),
        ),
        ([row("LACTOSE", "EXC", 1), row("IBUPROFÈNE", "SA", 2)], ("IBUPROFÈNE",)),
    ],
)
def test_active_substances(rows: list[dict[str, Any]], substances: tuple[str, ...]) -> None:
    assert active_substances(rows) == {"60000001": substances}
