"""Medication reconciliation, table-driven, with French prescriptions."""

import pytest

from relais.domain.facts import Source
from relais.dossier.doses import Dose
from relais.dossier.medlines import MedLine
from relais.dossier.reconcile import reconcile
from relais.dossier.substances import SubstanceMatcher, default_matcher
from relais.safety.model import Coding

ATC = "http://www.whocc.no/atc"


def line(
    label: str,
    dose: float | None,
    unit: str | None = "mg",
    frequency: str | None = "1/j",
    *,
    n: int = 1,
    kind: str = "MedicationRequest",
    atc: str | None = None,
    route: str | None = "voie orale",
    status: str = "active",
    reason: str | None = None,
    text: str | None = None,
) -> MedLine:
    codings = (Coding(ATC, atc, None),) if atc else ()
    return MedLine(
        Source(kind, f"{kind[10:].lower()}{n}"),
        label,
        codings,
        status=status,
        status_reason=reason,
        dose=Dose(dose, unit),
        route=route,
        frequency=frequency,
        dosage_text=text,
    )


def entry(
    label: str,
    dose: float | None,
    unit: str | None = "mg",
    frequency: str | None = "1/j",
    **kw: object,
) -> MedLine:
    return line(label, dose, unit, frequency, kind="MedicationStatement", **kw)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def matcher() -> SubstanceMatcher:
    return default_matcher()


CASES = [
    # (admission, discharge, expected statuses by label, expected changes)
    ([entry("furosémide", 40)], [line("furosémide", 40)], {"furosémide": "continued"}),
    ([entry("furosémide", 40)], [line("furosémide", 80)], {"furosémide": "modified"}),
    ([entry("Lasilix", 40)], [line("furosémide", 40)], {"furosémide": "continued"}),
    ([entry("Lasilix", 40)], [line("furosemide", 80)], {"furosemide": "modified"}),
    (
        [entry("furosémide", 40, frequency="2/j")],
        [line("furosémide", 80, frequency="1/j")],
        {"furosémide": "modified"},
    ),
    (
        [entry("paracétamol", 1, "g", "3/j")],
        [line("Doliprane", 1000, "mg", "3/j")],
        {"Doliprane": "continued"},
    ),
    (
        [entry("acetaminophen", 1, "g", "3/j")],
        [line("paracétamol", 1000, "mg", "4/j")],
        {"paracétamol": "modified"},
    ),
    ([entry("Kardégic", 75)], [line("aspirine", 75)], {"aspirine": "continued"}),
    (
        [entry("Eliquis", 5, frequency="2/j MORN,EVE")],
        [line("apixaban", 5, frequency=None, text="5 mg matin et soir")],
        {"apixaban": "continued"},
    ),
    (
        [entry("insuline glargine", 18, "[iU]", "1/j EVE")],
        [line("Lantus", 18, "UI", "1/j EVE")],
        {"Lantus": "continued"},
    ),
    (
        [entry("amlodipine", 5, status="stopped", reason="hypotension")],
        [line("ramipril", 2.5)],
        {"amlodipine": "stopped", "ramipril": "new"},
    ),
    ([entry("Amlor", 5)], [line("bisoprolol", 2.5)], {"Amlor": "stopped", "bisoprolol": "new"}),
    (
        [entry("furosémide", 40, route="voie orale")],
        [line("furosémide", 40, route="intraveineuse")],
        {"furosémide": "modified"},
    ),
    (
        [entry("metformine", 1000, frequency="2/j")],
        [line("metformine", 1, "g", frequency=None, text="1 g 1-0-1")],
        {"metformine": "continued"},
    ),
]


@pytest.mark.parametrize(("admission", "discharge", "expected"), CASES)
def test_statuses(
    admission: list[MedLine],
    discharge: list[MedLine],
    expected: dict[str, str],
    matcher: SubstanceMatcher,
) -> None:
    found = {r.line.label: r.status for r in reconcile(admission, discharge, matcher)}
    assert found == expected


def test_modified_keeps_previous_dose_and_changes(matcher: SubstanceMatcher) -> None:
    [item] = reconcile(
        [entry("furosémide", 40, frequency="2/j")],
        [line("furosémide", 80, frequency="1/j")],
        matcher,
    )
    assert item.previous is not None and item.previous.dose.value == 40
    assert item.changes == ("dose", "fréquence")


def test_same_daily_dose_but_other_schedule_is_modified(matcher: SubstanceMatcher) -> None:
    [item] = reconcile(
        [entry("furosémide", 40, frequency="2/j")],
        [line("furosémide", 80, frequency="1/j")],
        matcher,
    )
    assert item.status == "modified"


def test_stopped_carries_reason(matcher: SubstanceMatcher) -> None:
    items = reconcile(
        [entry("ibuprofène", 400, status="stopped", reason="insuffisance rénale aiguë")],
        [line("paracétamol", 1, "g")],
        matcher,
    )
    stopped = [i for i in items if i.status == "stopped"]
    assert [(i.line.label, i.reason) for i in stopped] == [
        ("ibuprofène", "insuffisance rénale aiguë")
    ]


def test_active_line_not_prescribed_again_is_stopped_without_reason(
    matcher: SubstanceMatcher,
) -> None:
    items = reconcile([entry("zolpidem", 10)], [line("paracétamol", 1, "g")], matcher)
    assert {(i.line.label, i.status, i.reason) for i in items} == {
        ("zolpidem", "stopped", None),
        ("paracétamol", "new", None),
    }


def test_without_discharge_prescription_nothing_is_called_stopped(
    matcher: SubstanceMatcher,
) -> None:
    items = reconcile(
        [entry("bisoprolol", 2.5), entry("amlodipine", 5, n=2, status="stopped")], [], matcher
    )
    assert {(i.line.label, i.status) for i in items} == {
        ("bisoprolol", "unreconciled"),
        ("amlodipine", "stopped"),
    }


def test_entered_in_error_lines_are_ignored(matcher: SubstanceMatcher) -> None:
    items = reconcile(
        [entry("bisoprolol", 2.5, status="entered-in-error")], [line("bisoprolol", 2.5)], matcher
    )
    assert [i.status for i in items] == ["new"]


def test_atc_code_wins_over_names(matcher: SubstanceMatcher) -> None:
    items = reconcile(
        [entry("Médicament X", 40, atc="C03CA01")], [line("Produit Y", 40, atc="C03CA01")], matcher
    )
    assert [i.status for i in items] == ["continued"]
