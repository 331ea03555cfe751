"""Import behaviour on both databases: idempotence, versions, transactions, references."""

import json
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select

from relais.ingest.importer import Importer
from relais.store.tables import (
    encounters,
    fhir_resources,
    medication_lines,
    patient_identifiers,
    patients,
    resource_references,
)

BASE = "https://hopital.example/fhir/"


def patient(pid: str = "p1", family: str = "Dupont", **extra: Any) -> dict[str, Any]:
    return {
        "resourceType": "Patient",
        "id": pid,
        "name": [{"family": family, "given": ["Marie"]}],
        **extra,
    }


def encounter(eid: str, subject: str) -> dict[str, Any]:
    return {
        "resourceType": "Encounter",
        "id": eid,
        "status": "finished",
        "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "IMP"},
        "subject": {"reference": subject},
        "period": {"start": "2024-03-12T14:30:00+01:00", "end": "2024-03-18T11:00:00+01:00"},
    }


def transaction(*resources: dict[str, Any], urn: bool = False) -> dict[str, Any]:
    entries = []
    for r in resources:
        # fullUrls are absolute (Bundle rules): a valid urn:uuid or a server URL
        uid = r["id"] if len(r["id"]) == 36 else uuid.uuid5(uuid.NAMESPACE_URL, r["id"])
        full_url = f"urn:uuid:{uid}" if urn else f"{BASE}{r['resourceType']}/{r['id']}"
        entries.append(
            {
                "fullUrl": full_url,
                "resource": r,
                "request": {"method": "PUT", "url": f"{r['resourceType']}/{r['id']}"},
            }
        )
    return {"resourceType": "Bundle", "type": "transaction", "entry": entries}


def write(tmp_path: Path, name: str, content: Any) -> str:
    path = tmp_path / name
    if name.endswith(".ndjson"):
        path.write_text(
            "\n".join(c if isinstance(c, str) else json.dumps(c) for c in content) + "\n"
        )
    else:
        path.write_text(json.dumps(content))
    return str(path)


def count(engine: Engine, table: Any) -> int:
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def test_same_data_twice_changes_nothing(engine: Engine, tmp_path: Path) -> None:
    bundle = write(tmp_path, "b.json", transaction(patient(), encounter("e1", "Patient/p1")))
    first = Importer(engine).run([bundle])
    second = Importer(engine).run([bundle])
    assert (first.created, first.updated, first.unchanged) == (2, 0, 0)
    assert (second.created, second.updated, second.unchanged) == (0, 0, 2)
    assert count(engine, fhir_resources) == 2
    assert count(engine, patients) == 1
    assert count(engine, encounters) == 1


def test_newer_version_replaces_and_older_is_ignored(engine: Engine, tmp_path: Path) -> None:
    v1 = patient(meta={"versionId": "1"}, family="Dupont")
    v2 = patient(meta={"versionId": "2"}, family="Durand")
    Importer(engine).run([write(tmp_path, "v1.json", v1)])
    updated = Importer(engine).run([write(tmp_path, "v2.json", v2)])
    stale = Importer(engine).run([write(tmp_path, "v1b.json", v1)])
    assert updated.updated == 1
    assert stale.updated == 0 and stale.unchanged == 1
    assert any("older version" in w["warning"] for w in stale.warnings)
    with engine.connect() as conn:
        assert conn.execute(select(patients.c.family)).scalar_one() == "Durand"
    assert count(engine, patients) == 1


def test_last_updated_decides_when_there_is_no_version_id(engine: Engine, tmp_path: Path) -> None:
    old = patient(meta={"lastUpdated": "2024-01-01T00:00:00Z"}, family="Ancien")
    new = patient(meta={"lastUpdated": "2024-06-01T00:00:00Z"}, family="Nouveau")
    Importer(engine).run([write(tmp_path, "new.json", new)])
    Importer(engine).run([write(tmp_path, "old.json", old)])
    with engine.connect() as conn:
        assert conn.execute(select(patients.c.family)).scalar_one() == "Nouveau"


def test_transaction_is_all_or_nothing(engine: Engine, tmp_path: Path) -> None:
    bad = patient("p2", birthDate="1950-13-45")
    bundle = write(tmp_path, "t.json", transaction(patient(), encounter("e1", "Patient/p1"), bad))
    summary = Importer(engine).run([bundle])
    assert summary.rejected_count == 1
    assert "transaction rejected" in summary.rejected[0]["reason"]
    assert "birthDate" in summary.rejected[0]["reason"]
    assert count(engine, fhir_resources) == 0
    assert count(engine, patients) == 0


def test_collection_and_ndjson_store_the_valid_and_reject_the_invalid(
    engine: Engine, tmp_path: Path
) -> None:
    lines = [
        patient("p1"),
        "{not json",
        patient("p2", gender="homme-ish", birthDate="1950-02-30"),
        patient("p3"),
    ]
    summary = Importer(engine).run([write(tmp_path, "Patient.ndjson", lines)])
    assert summary.created == 2
    positions = sorted(r["position"] for r in summary.rejected)
    assert positions == ["line 2", "line 3"]
    assert "malformed JSON" in next(
        r["reason"] for r in summary.rejected if r["position"] == "line 2"
    )
    collection = {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            {"resource": patient("p4")},
            {"resource": {"resourceType": "Patient", "id": "p5", "birthDate": "x"}},
        ],
    }
    summary = Importer(engine).run([write(tmp_path, "c.json", collection)])
    assert summary.created == 1 and summary.rejected_count == 1
    assert summary.rejected[0]["resource"] == "Patient/p5"
    assert count(engine, patients) == 3


def test_urn_uuid_references_resolve_and_dangling_are_reported(
    engine: Engine, tmp_path: Path
) -> None:
    pid = "0b6f9e3a-1111-4f7e-9a55-3c1a2b3c4d5e"
    stay = encounter("e1", f"urn:uuid:{pid}")
    stay["serviceProvider"] = {"reference": "Organization/missing"}
    summary = Importer(engine).run(
        [write(tmp_path, "t.json", transaction(patient(pid), stay, urn=True))]
    )
    assert summary.ok
    with engine.connect() as conn:
        assert conn.execute(select(encounters.c.patient_id)).scalar_one() == pid
        targets = {
            r.reference: (r.target_type, r.target_id)
            for r in conn.execute(select(resource_references))
        }
    assert targets[f"urn:uuid:{pid}"] == ("Patient", pid)
    assert summary.dangling_references == 1
    assert summary.dangling_examples[0]["reference"] == "Organization/missing"


def test_post_without_id_gets_a_stable_id(engine: Engine, tmp_path: Path) -> None:
    resource = {"resourceType": "Patient", "name": [{"family": "Martin"}]}
    bundle = {
        "resourceType": "Bundle",
        "type": "transaction",
        "entry": [
            {
                "fullUrl": "urn:uuid:5f1c2d3e-0000-4000-8000-000000000001",
                "resource": resource,
                "request": {"method": "POST", "url": "Patient"},
            }
        ],
    }
    path = write(tmp_path, "post.json", bundle)
    assert Importer(engine).run([path]).created == 1
    assert Importer(engine).run([path]).unchanged == 1
    with engine.connect() as conn:
        assert (
            conn.execute(select(patients.c.fhir_id)).scalar_one()
            == "5f1c2d3e-0000-4000-8000-000000000001"
        )


def test_updated_resource_replaces_its_normalised_rows(engine: Engine, tmp_path: Path) -> None:
    ipp = {
        "type": {
            "coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "PI"}]
        },
        "system": "urn:oid:1.2.250.1.71.4.2.7",
        "value": "12345678",
    }
    Importer(engine).run([write(tmp_path, "a.json", patient(identifier=[ipp]))])
    Importer(engine).run(
        [write(tmp_path, "b.json", patient(identifier=[{**ipp, "value": "87654321"}]))]
    )
    with engine.connect() as conn:
        values = conn.execute(select(patient_identifiers.c.value, patient_identifiers.c.kind)).all()
    assert [tuple(v) for v in values] == [("87654321", "IPP")]


def test_unknown_to_normaliser_is_stored_raw(engine: Engine, tmp_path: Path) -> None:
    flag = {
        "resourceType": "Flag",
        "id": "f1",
        "status": "active",
        "code": {"text": "Risque de chute"},
        "subject": {"reference": "Patient/p1"},
    }
    summary = Importer(engine).run([write(tmp_path, "flag.json", flag)])
    assert summary.created == 1 and summary.ok
    with engine.connect() as conn:
        stored = conn.execute(select(fhir_resources.c.content)).scalar_one()
    assert stored == flag
    assert count(engine, medication_lines) == 0


def test_repeated_warnings_are_listed_once_with_a_count(engine: Engine, tmp_path: Path) -> None:
    coding = {"system": "http://example.org/local-codes", "code": "X1"}
    flags = [
        {
            "resourceType": "Flag",
            "id": f"f{i}",
            "status": "active",
            "code": {"coding": [coding]},
            "subject": {"reference": "Patient/p1"},
        }
        for i in range(3)
    ]
    summary = Importer(engine).run([write(tmp_path, "flags.ndjson", flags)])
    assert summary.ok and summary.warning_count == 3
    assert len(summary.warnings) == 1
    assert summary.warnings[0]["count"] == 3 and summary.warnings[0]["resource"] == "Flag/f0"


def test_worker_processes_give_the_same_result(engine: Engine, tmp_path: Path) -> None:
    lines = [patient(f"p{i}") for i in range(600)] + [
        "{broken",
        patient("bad", birthDate="1950-02-30"),
    ]
    bulk = write(tmp_path, "Patient.ndjson", lines)
    bundle = write(tmp_path, "t.json", transaction(patient("q1"), encounter("e1", "Patient/q1")))
    parallel = Importer(engine, workers=2, batch_size=100).run([bulk, bundle])
    assert (parallel.resources, parallel.created, parallel.rejected_count) == (603, 602, 2)
    assert [r["position"] for r in parallel.rejected] == ["line 601", "line 602"]
    again = Importer(engine, workers=1).run([bulk, bundle])
    assert (again.created, again.unchanged, again.rejected_count) == (0, 602, 2)
    assert [r["reason"] for r in again.rejected] == [r["reason"] for r in parallel.rejected]
