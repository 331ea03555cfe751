"""What identifies each patient in the store and in the synthetic truth, to hunt for in extracts."""

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, select

from relais.store.tables import (
    conditions,
    documents,
    encounters,
    medication_lines,
    observations,
    patient_identifiers,
    patients,
)
from tests.privacy.research.french_dates import dates_in

SOURCES = (encounters, conditions, medication_lines, observations, documents)


@dataclass
class Identity:
    patient_id: str
    family_names: set[str] = field(default_factory=set)
    given_names: set[str] = field(default_factory=set)
    numbers: set[str] = field(default_factory=set)  # NIR, INS, IPP, NDA, phones: digits only
    words: set[str] = field(default_factory=set)  # e-mails, address lines, FHIR ids
    dates: set[date] = field(default_factory=set)  # every date of the record, text included


def digits(text: str) -> str:
    """Digits of identifiers and phones written with spaces, dots or dashes between groups."""
    return re.sub(r"(?<=\d)[ .\-]+(?=\d)", "", text)


def phone_forms(phone: str) -> set[str]:
    number = re.sub(r"\D", "", phone)
    national = "0" + number[2:] if number.startswith("33") else number
    return {national, national[1:]}  # 02 14 91 82 26 and +33 2 14 91 82 26


def identities(conn: Connection, truth: list[dict[str, Any]]) -> dict[str, Identity]:
    found = {row.fhir_id: _person(row) for row in conn.execute(select(patients))}
    for row in conn.execute(select(patient_identifiers)):
        found[row.patient_id].numbers.add(digits(row.value))
    for table in SOURCES:
        for row in conn.execute(select(table)):
            if row.patient_id not in found:
                continue
            who = found[row.patient_id]
            who.words.add(row.fhir_id)
            for value in row._mapping.values():
                if isinstance(value, datetime):
                    who.dates.add(value.date())
                elif isinstance(value, str):
                    who.dates.update(dates_in(value))
            if table is encounters and row.nda:
                who.numbers.add(row.nda)
    for patient in truth:
        who = found[patient["patient_id"]]
        for relative in patient["relatives"]:
            who.family_names.add(relative["family"])
            who.given_names.add(relative["given"])
            if relative.get("phone"):
                who.numbers.update(phone_forms(relative["phone"]))
    return found


def _person(row: Any) -> Identity:
    who = Identity(row.fhir_id)
    who.family_names.update(n for n in (row.family, row.birth_family) if n)
    who.given_names.update((row.given or "").split())
    if row.phone:
        who.numbers.update(phone_forms(row.phone))
    who.words.update(w for w in (row.email, row.address, row.fhir_id) if w)
    if row.birth_date:
        who.dates.add(row.birth_date)
    return who
