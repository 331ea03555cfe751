"""The extract: opposition honoured, dates shifted with intervals kept, counts in the register,
the export audited, and the same bytes of content from SQLite and PostgreSQL."""

from datetime import timedelta

from sqlalchemy import select

from relais.privacy.audit import search, verify
from relais.privacy.pseudo import date_shift_days, pseudonymous_id
from relais.privacy.research import list_projects, project_key
from relais.store.privacy_tables import research_export_patients
from relais.store.tables import encounters, patients
from tests.privacy.research.conftest import KEY, PROJECT, SCIENTIST, Extract

PROJECT_KEY = project_key(KEY, PROJECT)


def _pseudonym(value: str, kind: str = "patient") -> str:
    return pseudonymous_id(value, kind=kind, key=PROJECT_KEY)


def test_opposed_patients_are_left_out_everywhere(extract: Extract) -> None:
    opposed = {_pseudonym(p) for p in extract.opposed}
    for name, rows in extract.tables.items():
        assert opposed.isdisjoint(r["patient_id"] for r in rows), name
    exported = {r["patient_id"] for r in extract.tables["patients"]}
    assert _pseudonym(extract.withdrawn) in exported  # the withdrawn opposition no longer counts
    with extract.engine.connect() as conn:
        known = set(conn.scalars(select(patients.c.fhir_id)))
    assert exported == {_pseudonym(p) for p in known - extract.opposed}
    assert extract.summary.excluded_opposed == 3


def test_stays_are_shifted_by_the_patients_offset_keeping_durations(extract: Extract) -> None:
    with extract.engine.connect() as conn:
        source = {
            _pseudonym(r.fhir_id, "stay"): r
            for r in conn.execute(select(encounters))
            if r.patient_id not in extract.opposed
        }
    exported = extract.tables["stays"]
    assert len(exported) == len(source) > 20
    for row in exported:
        original = source[row["stay_id"]]
        shift = timedelta(days=date_shift_days(original.patient_id, key=PROJECT_KEY))
        assert row["start"] == original.start + shift != original.start
        if original.end is not None:
            assert row["end"] - row["start"] == original.end - original.start


def test_patients_carry_no_identity_and_a_shifted_birth_year(extract: Extract) -> None:
    with extract.engine.connect() as conn:
        source = {_pseudonym(r.fhir_id): r for r in conn.execute(select(patients))}
    for row in extract.tables["patients"]:
        original = source[row["patient_id"]]
        assert set(row) == {
            "patient_id",
            "sex",
            "birth_year",
            "age_90_or_over",
            "deceased",
            "deceased_date",
            "department",
        }
        shift = timedelta(days=date_shift_days(original.fhir_id, key=PROJECT_KEY))
        if row["age_90_or_over"]:
            assert row["birth_year"] is None
        else:
            assert row["birth_year"] == (original.birth_date + shift).year
        assert row["department"] == (original.postal_code[:2] if original.postal_code else None)
    assert any(r["age_90_or_over"] for r in extract.tables["patients"])


def test_the_register_holds_the_export_with_its_counts(extract: Extract) -> None:
    with extract.engine.connect() as conn:
        (project,) = list_projects(conn)
        included = set(conn.scalars(select(research_export_patients.c.patient_id)))
        opposed_view = list_projects(conn, patient_id=sorted(extract.opposed)[0])
        withdrawn_view = list_projects(conn, patient_id=extract.withdrawn)
    assert (project.name, project.legal_basis) == (PROJECT, "MR-004")
    (entry,) = project.exports
    actual = {name: len(rows) for name, rows in extract.tables.items()}
    assert entry.counts == extract.summary.counts == actual
    assert (entry.patients, entry.excluded_opposed) == (len(included), 3)
    assert (entry.exported_by, entry.requester) == (SCIENTIST.id, project.requester)
    assert {_pseudonym(p) for p in included} == {
        r["patient_id"] for r in extract.tables["patients"]
    }
    assert opposed_view == []
    assert [p.name for p in withdrawn_view] == [PROJECT]


def test_the_export_and_each_opposition_change_are_audited(extract: Extract) -> None:
    with extract.engine.connect() as conn:
        assert verify(conn).ok
        (row,) = search(conn, user=SCIENTIST.id)
        changes = search(conn, user="dpo.leroy")
    assert (row.action, row.outcome, row.role) == ("export", "success", "data_scientist")
    assert row.resource == f"research_exports/{extract.summary.export_id}"
    assert row.details["counts"] == extract.summary.counts
    assert row.details["excluded_opposed"] == 3
    assert sorted(c.details["change"] for c in changes) == ["opposition"] * 4 + ["withdrawal"]


def test_sqlite_and_postgresql_give_the_same_extract(
    sqlite_extract: Extract, postgresql_extract: Extract
) -> None:
    def content(extract: Extract) -> dict[str, list[str]]:
        return {
            name: sorted(repr(sorted(r.items())) for r in rows)
            for name, rows in extract.tables.items()
        }

    assert content(sqlite_extract) == content(postgresql_extract)
