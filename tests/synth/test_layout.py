"""Output layout and transaction-bundle conventions the ingestion relies on."""

from tests.synth.conftest import Output


def test_layout(small: Output) -> None:
    root = small.root
    assert (root / "bundles" / "000-hospital.json").is_file()
    assert (root / "bundles" / "patient-00001.json").is_file()
    assert (root / "bundles" / "patient-00020.json").is_file()
    for name in ("Patient.ndjson", "Encounter.ndjson"):
        assert (root / "activity" / name).stat().st_size > 0
    for name in (
        "patients.json",
        "stays.json",
        "medication_risks.json",
        "notes.json",
        "activity.json",
        "activity_daily.csv",
        "ed_hourly.csv",
    ):
        assert (root / "truth" / name).is_file(), name


def test_transaction_conventions(small: Output) -> None:
    for name, bundle in small.bundles().items():
        assert bundle["resourceType"] == "Bundle" and bundle["type"] == "transaction", name
        for entry in bundle["entry"]:
            resource = entry["resource"]
            assert entry["fullUrl"] == f"urn:uuid:{resource['id']}"
            assert entry["request"] == {
                "method": "PUT",
                "url": f"{resource['resourceType']}/{resource['id']}",
            }


def _references(value: object) -> list[str]:
    if isinstance(value, dict):
        found = [value["reference"]] if isinstance(value.get("reference"), str) else []
        return found + [r for v in value.values() for r in _references(v)]
    if isinstance(value, list):
        return [r for v in value for r in _references(v)]
    return []


def test_references_resolve(small: Output) -> None:
    bundles = small.bundles()
    hospital = {
        f"{e['resource']['resourceType']}/{e['resource']['id']}"
        for e in bundles["000-hospital.json"]["entry"]
    }
    for name, bundle in bundles.items():
        local = {e["fullUrl"] for e in bundle["entry"]}
        for reference in _references(bundle):
            target = local if reference.startswith("urn:uuid:") else hospital
            assert reference in target, (name, reference)


def test_activity_subjects_are_in_patient_file(small: Output) -> None:
    patients = {f"Patient/{p['id']}" for p in small.ndjson("Patient.ndjson")}
    encounters = small.ndjson("Encounter.ndjson")
    ids = {f"Encounter/{e['id']}" for e in encounters}
    assert len(encounters) > 5000
    for encounter in encounters:
        assert encounter["subject"]["reference"] in patients
        if "partOf" in encounter:
            assert encounter["partOf"]["reference"] in ids
