"""Planted medication risks: share of patients, both drugs active, allergy conflicts."""

from datetime import datetime, timedelta

from relais.synth.clinical.model import PatientPlan
from relais.synth.clinical.plan import Slot, plan_patient
from relais.synth.clinical.risks import active, allergy_conflicts, interactions
from relais.synth.data.scenarios import SCENARIOS
from relais.synth.hospital import make_hospital
from relais.synth.ids import IdMaker


def _plans(count: int) -> list[PatientPlan]:
    ids = IdMaker.for_seed(11)
    hospital = make_hospital(ids, 11)
    plans = []
    for number in range(count):
        start = datetime(2024, 3, 1, 10) + timedelta(days=number % 300)
        slot = Slot(
            start,
            start + timedelta(hours=5),
            start + timedelta(days=6),
            "8",
            "240000001",
            "240000002",
        )
        scenario = SCENARIOS[number % len(SCENARIOS)]
        plans.append(
            plan_patient(
                number=number, scenario=scenario, slot=slot, hospital=hospital, ids=ids, seed=11
            )
        )
    return plans


def test_share_and_activity_of_planted_risks() -> None:
    plans = _plans(400)
    planted = [p for p in plans if any(m.planted for m in p.meds)]
    assert 0.10 <= len(planted) / len(plans) <= 0.28
    kinds = set()
    for plan in planted:
        key = next(m.planted for m in plan.meds if m.planted)
        kinds.add(key)
        lines = [m for m in plan.meds if m.planted == key]
        assert all(m in active(plan.meds) and m.request_id for m in lines)
        if key.startswith("allergie"):
            assert allergy_conflicts(plan.meds, plan.allergies)
        else:
            assert any(a.planted == b.planted == key for a, b, _, _ in interactions(plan.meds))
    assert len(kinds) >= 8


def test_unplanted_allergies_are_respected() -> None:
    for plan in _plans(300):
        if not any(m.planted for m in plan.meds):
            assert not allergy_conflicts(plan.meds, plan.allergies)


def test_changes_at_discharge_are_realistic() -> None:
    statuses = {m.status for p in _plans(200) for m in p.meds}
    assert statuses == {"continued", "new", "modified", "stopped"}
    for plan in _plans(100):
        for line in plan.meds:
            if line.status == "stopped":
                assert line.at_admission and line.stop_reason and line.request_id is None
            if line.status == "new":
                assert not line.at_admission and line.statement_id is None
