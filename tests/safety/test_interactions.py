"""Interactions among drugs active together: what the thesaurus says, with provenance."""

from datetime import datetime

import pytest

from relais.safety.activity import duration_end, finished, overlap
from relais.safety.knowledge import Knowledge
from relais.safety.levels import Level, Tier
from relais.safety.model import MedicationLine, RecordedAllergy
from tests.safety.conftest import lines


@pytest.mark.parametrize(
    ("drugs", "level", "entry"),
    [
        (("simvastatine", "clarithromycine"), Level.CONTRE_INDICATION, "SIMVASTATINE"),
        (("Zocor 20 mg", "Zeclar 500 mg"), Level.CONTRE_INDICATION, "SIMVASTATINE"),
        (("amiodarone", "citalopram"), Level.CONTRE_INDICATION, "TORSADES"),
        (("spironolactone", "chlorure de potassium"), Level.DECONSEILLEE, "POTASSIUM"),
        (("ramipril", "Diffu-K"), Level.DECONSEILLEE, "POTASSIUM"),
        (("warfarine", "ibuprofène 400 mg"), Level.DECONSEILLEE, "ANTI-INFLAMMATOIRES"),
        (("méthotrexate 15 mg/sem", "Bactrim Forte"), Level.CONTRE_INDICATION, "TRIMETHOPRIME"),
        (("Kardégic 75 mg", "Préviscan 20 mg"), Level.CONTRE_INDICATION, "ANTICOAGULANTS"),
        (("Tahor 40 mg", "Préviscan 20 mg"), Level.PRECAUTION, "STATINES"),
    ],
)
def test_known_pairs(
    knowledge: Knowledge, drugs: tuple[str, str], level: Level, entry: str
) -> None:
    report = knowledge.check(lines(*drugs))
    top = report.interactions[0]
    assert top.level is level
    assert entry in f"{top.entry.main} + {top.entry.plus}"
    assert top.edition.label == "2020-10"
    assert {top.first.line.source, top.second.line.source} == {
        "MedicationRequest/m1",
        "MedicationRequest/m2",
    }


def test_result_carries_risk_conduct_lines_and_edition(knowledge: Knowledge) -> None:
    (found,) = knowledge.check(lines("Zocor 20 mg", "clarithromycine 500 mg")).interactions
    assert found.tier is Tier.ALERT
    assert "rhabdomyolyse" in found.entry.risk
    assert found.first.via_class == "inhibiteurs puissants du CYP3A4"
    assert found.first.line.label == "clarithromycine 500 mg"
    assert (found.second.substance.key, found.second.via_class) == ("simvastatine", None)


@pytest.mark.parametrize(
    "drugs",
    [
        ("paracétamol 1 g", "furosémide 40 mg"),
        ("bisoprolol", "Eliquis 5 mg"),
        ("Doliprane", "Doliprane 500 mg"),  # the same substance twice is not an interaction
        ("amoxicilline/acide clavulanique",),  # one line, a fixed combination
    ],
)
def test_no_interaction(knowledge: Knowledge, drugs: tuple[str, ...]) -> None:
    assert knowledge.check(lines(*drugs)).interactions == []


def test_precaution_is_information_not_alert(knowledge: Knowledge) -> None:
    report = knowledge.check(lines("Tahor 40 mg", "Préviscan 20 mg"))
    assert [i.tier for i in report.interactions] == [Tier.INFORMATION]
    assert report.alerts == []


def day(d: int) -> datetime:
    return datetime(2024, 3, d, 8)


@pytest.mark.parametrize(
    ("first", "second", "together"),
    [
        ((day(1), day(10), "active"), (day(5), None, "active"), True),
        ((day(1), day(4), "completed"), (day(5), None, "active"), False),
        ((None, None, "active"), (day(5), day(6), "active"), True),
        ((day(1), None, "stopped"), (day(5), None, "active"), False),  # stopped, end unknown
        ((day(1), None, "stopped"), (None, None, "active"), True),
        ((day(1), day(5), "completed"), (day(5), day(8), "active"), True),  # bounds included
    ],
)
def test_activity_overlap(
    first: tuple[datetime | None, datetime | None, str],
    second: tuple[datetime | None, datetime | None, str],
    together: bool,
) -> None:
    a = MedicationLine("MedicationRequest/a", "a", start=first[0], end=first[1], status=first[2])
    b = MedicationLine("MedicationRequest/b", "b", start=second[0], end=second[1], status=second[2])
    assert overlap(a, b) is together


def test_lines_not_active_together_do_not_interact(knowledge: Knowledge) -> None:
    simva = MedicationLine(
        "MedicationRequest/1", "simvastatine", status="completed", start=day(1), end=day(3)
    )
    clari = MedicationLine("MedicationRequest/2", "clarithromycine", start=day(10))
    cancelled = MedicationLine("MedicationRequest/3", "Zocor", status="cancelled")
    assert knowledge.check([simva, clari, cancelled]).interactions == []
    assert len(knowledge.check([simva, clari], at=day(2)).lines) == 1


def test_duration_gives_the_end() -> None:
    assert duration_end(day(1), "30 j") == datetime(2024, 3, 31, 8)
    assert duration_end(day(1), "2 sem") == day(15)
    assert duration_end(None, "30 j") is None
    assert duration_end(day(1), "longtemps") is None


def test_one_alert_per_substance_pair_and_entry(knowledge: Knowledge) -> None:
    """The same drug at admission and on the discharge prescription, and an entry that matches
    both ways round (amiodarone and hydroxyzine are each in both torsade classes): one alert."""
    found = knowledge.check(
        [
            MedicationLine("MedicationStatement/1", "hydroxyzine 25 mg"),
            MedicationLine("MedicationRequest/2", "Atarax 25 mg"),
            MedicationLine("MedicationRequest/3", "amiodarone 200 mg"),
        ]
    ).interactions
    keys = [
        (i.entry.number, frozenset((i.first.substance.key, i.second.substance.key))) for i in found
    ]
    assert found and len(keys) == len(set(keys))


@pytest.mark.parametrize(
    ("start", "end", "status", "ended"),
    [
        (day(1), day(4), "completed", True),  # ended before today
        (day(1), None, "completed", True),  # taken once, in the past
        (day(1), day(4), "stopped", True),
        (day(1), None, "active", False),  # still taken
        (None, None, "active", False),
        (day(1), day(4), "active", False),  # the status says it is taken: kept
        (day(1), day(10), "completed", False),  # ends today: still current today
        (day(10), None, "completed", False),  # given today
        (day(1), day(20), "stopped", False),  # stops later
    ],
)
def test_finished_lines(
    start: datetime | None, end: datetime | None, status: str, ended: bool
) -> None:
    line = MedicationLine("MedicationStatement/1", "a", status=status, start=start, end=end)
    assert finished(line, day(10)) is ended


def test_the_current_check_leaves_finished_courses_out(knowledge: Knowledge) -> None:
    allergy = RecordedAllergy("AllergyIntolerance/1", "Pénicillines")
    past = MedicationLine("MedicationStatement/1", "Amoxicilline 1g", status="completed")
    past_dated = MedicationLine(
        "MedicationStatement/2", "Augmentin 1 g", status="completed", start=day(1), end=day(4)
    )
    taken = MedicationLine("MedicationStatement/3", "Clamoxyl 500 mg", status="active")
    simva = MedicationLine("MedicationStatement/4", "Zocor", status="completed", start=day(1))
    clari = MedicationLine("MedicationRequest/5", "clarithromycine", start=day(1))
    # (1) completed without any date is never checked; (2) and (4) ended before day 10
    report = knowledge.check([past, past_dated, taken, simva, clari], [allergy], now=day(10))
    assert [c.line.source for c in report.allergy_conflicts] == ["MedicationStatement/3"]
    assert report.interactions == []
    assert [e.source for e in report.ended] == ["MedicationStatement/2", "MedicationStatement/4"]
    # the same lines by their periods (no current day): the course of day 1 still counts
    history = knowledge.check([past_dated, taken, simva, clari], [allergy])
    assert len(history.allergy_conflicts) == 2 and history.interactions
