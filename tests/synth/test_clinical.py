"""Clinical sanity of the detailed patients."""

from datetime import datetime

from relais.synth.data.drugs import DRUGS
from relais.synth.identifiers import nir_is_valid
from tests.synth.conftest import Output


def _when(value: str) -> datetime:
    return datetime.fromisoformat(value)


def test_no_discharge_before_admission(small: Output) -> None:
    for resource in small.resources().values():
        if resource["resourceType"] == "Encounter":
            period = resource["period"]
            assert _when(period["start"]) < _when(period["end"]), resource["id"]
    for stay in small.json("truth/stays.json")["stays"]:
        assert _when(stay["ed_arrival"]) < _when(stay["admission"]) < _when(stay["discharge"])
        for appointment in stay["appointments"]:
            assert _when(appointment["date"]) > _when(stay["discharge"])


def test_doses_within_plausible_ranges(small: Output) -> None:
    by_atc_unit = {(d[1], d[3]): d[4] for d in DRUGS.values()}
    checked = 0
    for resource in small.resources().values():
        kind = resource["resourceType"]
        if kind in ("MedicationStatement", "MedicationRequest"):
            dosage = (resource.get("dosage") or resource.get("dosageInstruction"))[0]
            quantity = dosage["doseAndRate"][0]["doseQuantity"]
        elif kind == "MedicationAdministration":
            quantity = resource["dosage"]["dose"]
        else:
            continue
        atc = resource["medicationCodeableConcept"]["coding"][0]["code"]
        low, high = by_atc_unit[(atc, quantity["unit"].replace("µg", "ug"))]
        assert low <= quantity["value"] <= high, (atc, quantity)
        checked += 1
    assert checked > 50


def test_discharge_medications_have_a_source(small: Output) -> None:
    resources = small.resources()
    requests = {i for i, r in resources.items() if r["resourceType"] == "MedicationRequest"}
    listed = set()
    for stay in small.json("truth/stays.json")["stays"]:
        for med in stay["discharge_medications"]:
            listed.add(med["request_id"])
            if med["status"] in ("continued", "modified"):
                assert med["statement_id"] in resources
            if med["status"] == "modified":
                assert med["previous_dose"] is not None and med["previous_dose"] != med["dose"]
        for med in stay["stopped_medications"]:
            statement = resources[med["statement_id"]]
            assert (
                statement["status"] == "stopped"
                and statement["statusReason"][0]["text"] == med["stop_reason"]
            )
    assert listed == requests


def test_planted_interactions_are_active_together(small: Output) -> None:
    resources = small.resources()
    risks = small.json("truth/medication_risks.json")
    for risk in risks["interactions"]:
        first, second = (resources[i] for i in risk["resource_ids"])
        assert first["status"] == second["status"] == "active"
        assert first["subject"] == second["subject"] and first["encounter"] == second["encounter"]
        assert risk["expected_level"] in (
            "Contre-indication",
            "Association déconseillée",
            "Précaution d'emploi",
        )
    for conflict in risks["allergy_conflicts"]:
        allergy, drug = resources[conflict["allergy_id"]], resources[conflict["resource_id"]]
        assert allergy["patient"] == drug["subject"]


def test_patients_have_valid_nir_and_ins(small: Output) -> None:
    for resource in small.resources().values():
        if resource["resourceType"] == "Patient":
            ins = next(
                i for i in resource["identifier"] if i["system"] == "urn:oid:1.2.250.1.213.1.4.8"
            )
            assert nir_is_valid(ins["value"])
            sex_digit = "1" if resource["gender"] == "male" else "2"
            assert ins["value"][0] == sex_digit and ins["value"][1:3] == resource["birthDate"][2:4]
