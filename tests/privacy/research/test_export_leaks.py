"""An extract of the synthetic hospital holds no name, identifier, phone, address or unshifted
date of any patient: every string cell of every table is searched for every one of them.

Names, identifiers, phones, e-mails, addresses and raw FHIR ids are searched in the whole
extract. Dates are searched in each patient's own rows: a shifted date may by chance fall on
an original date of the same patient (a stay of 8 days shifted by 8), so a date counts as a
leak only when it is an original date that is not also the shifted image of one.
"""

import re
from datetime import date, timedelta
from typing import Any

import pytest

from relais.privacy.pseudo import date_shift_days, pseudonymous_id
from relais.privacy.research import project_key
from tests.privacy.research.conftest import KEY, PROJECT, Extract, Synthetic
from tests.privacy.research.french_dates import dates_in
from tests.privacy.research.identities import Identity, digits, identities

PROJECT_KEY = project_key(KEY, PROJECT)


def _strings(extract: Extract) -> list[tuple[str, str, str]]:
    """(table, pseudonymous patient id, text) for every string cell."""
    return [
        (table, row["patient_id"], value)
        for table, rows in extract.tables.items()
        for row in rows
        for column, value in row.items()
        if isinstance(value, str) and not column.endswith("_id")
    ]


@pytest.fixture(scope="module")
def people(sqlite_extract: Extract, synthetic: Synthetic) -> dict[str, Identity]:
    with sqlite_extract.engine.connect() as conn:
        return identities(conn, synthetic.patients)


def _pseudonym(patient_id: str) -> str:
    return pseudonymous_id(patient_id, kind="patient", key=PROJECT_KEY)


def test_the_extract_is_not_empty(extract: Extract, people: dict[str, Identity]) -> None:
    assert extract.summary.patients == len(people) - len(extract.opposed) > 50
    assert all(extract.summary.counts[name] > 0 for name in extract.tables)
    assert sum(row["replaced_spans"] for row in extract.tables["documents"]) > 100


def test_no_name_of_any_patient_or_relative(extract: Extract, people: dict[str, Identity]) -> None:
    cells = _strings(extract)
    everything = "\n".join(text for _, _, text in cells)
    by_patient: dict[str, list[str]] = {}
    for _, patient, text in cells:
        by_patient.setdefault(patient, []).append(text)
    leaks = []
    for who in people.values():
        for name in who.family_names:
            for form in {name, name.upper()}:
                if re.search(rf"(?<!\w){re.escape(form)}(?!\w)", everything):
                    leaks.append((who.patient_id, form))
        own = "\n".join(by_patient.get(_pseudonym(who.patient_id), []))
        for name in who.given_names:  # first names are shared: searched in the patient's rows
            for form in {name, name.upper()}:
                if re.search(rf"(?<!\w){re.escape(form)}(?!\w)", own):
                    leaks.append((who.patient_id, form))
    assert leaks == []


def test_no_identifier_phone_email_address_or_record_id(
    extract: Extract, people: dict[str, Identity]
) -> None:
    everything = "\n".join(text for _, _, text in _strings(extract))
    all_ids = "\n".join(
        value
        for rows in extract.tables.values()
        for row in rows
        for column, value in row.items()
        if column.endswith("_id") and value
    )
    numbers = digits(everything)
    leaks = [
        (who.patient_id, value)
        for who in people.values()
        for value in sorted(who.numbers)
        if len(value) >= 8 and value in numbers
    ]
    leaks += [
        (who.patient_id, value)
        for who in people.values()
        for value in sorted(who.words)
        if value in everything or value in all_ids
    ]
    assert leaks == []
    assert sum(len(who.numbers) for who in people.values()) > 2 * len(people)


def test_no_unshifted_date_in_any_patients_rows(
    extract: Extract, people: dict[str, Identity]
) -> None:
    shifts = {
        _pseudonym(p): (who, timedelta(days=date_shift_days(p, key=PROJECT_KEY)))
        for p, who in people.items()
    }
    checked, leaks = 0, []
    for table, rows in extract.tables.items():
        for row in rows:
            who, shift = shifts[row["patient_id"]]
            forbidden = who.dates - {d + shift for d in who.dates}
            for column, value in row.items():
                found = _dates(value)
                checked += len(found)
                leaks += [(table, column, who.patient_id, d) for d in found & forbidden]
    assert leaks == []
    assert checked > 500


def _dates(value: Any) -> set[date]:
    if isinstance(value, str):
        return set(dates_in(value))
    if isinstance(value, date):
        return {value if type(value) is date else value.date()}
    return set()
