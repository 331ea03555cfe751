"""Patient search and the patient page's content."""

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, func, select

from relais.domain.records import DocumentInfo, PatientRecord, PatientSummary, Stay
from relais.dossier.queries import child_encounters, find_stay
from relais.errors import InvalidInput, NotFound
from relais.generate.draft.versions import StoredDraft, patient_drafts
from relais.store.patients import LIKE_ESCAPE, contains_pattern, get_patient, list_patients
from relais.store.tables import documents, encounters

MAX_RESULTS = 50
MAX_QUERY = 100


@dataclass(frozen=True, slots=True)
class Search:
    """What was typed: name or identifier (IPP, INS, NDA…), birth date, service."""

    text: str = ""
    birth_date: date | None = None
    service: str = ""

    @property
    def empty(self) -> bool:
        return not (self.text or self.birth_date or self.service)

    @classmethod
    def parse(cls, text: str | None, birth_date: str | None, service: str | None) -> "Search":
        text, service = _plain(text), _plain(service)
        if len(text) > MAX_QUERY or len(service) > MAX_QUERY:
            raise InvalidInput(f"Recherche trop longue ({MAX_QUERY} caractères au plus).")
        day = None
        if birth_date:
            try:
                day = date.fromisoformat(birth_date.strip())
            except ValueError as exc:
                raise InvalidInput(
                    f"Date de naissance {birth_date!r} invalide : AAAA-MM-JJ attendu."
                ) from exc
        return cls(text, day, service)


def _plain(text: str | None) -> str:
    """The typed text, spaces normalised (``%`` and ``_`` are matched literally: the store
    escapes them)."""
    return " ".join((text or "").split())


def _in_service(conn: Connection, service: str) -> set[str]:
    pattern = contains_pattern(service.lower())
    service_like = func.lower(encounters.c.service).like(pattern, escape=LIKE_ESCAPE)
    query = select(encounters.c.patient_id).where(service_like)
    return {str(r) for r in conn.execute(query).scalars() if r}


def search_patients(conn: Connection, search: Search) -> list[PatientSummary]:
    """Patients matching every criterion given, sorted by name (at most 50)."""
    if search.empty:
        return []
    text = search.text or (search.birth_date.isoformat() if search.birth_date else "")
    found = list_patients(conn, search=text, limit=0 if search.service else MAX_RESULTS * 4)
    if search.birth_date:
        found = [p for p in found if p.birth_date == search.birth_date]
    if search.service:
        ids = _in_service(conn, search.service)
        found = [p for p in found if p.id in ids]
    return found[:MAX_RESULTS]


def summary_dict(p: PatientSummary) -> dict[str, Any]:
    return {
        "id": p.id,
        "family": p.family,
        "given": p.given,
        "sex": p.sex,
        "birth_date": p.birth_date.isoformat() if p.birth_date else None,
        "birth_precision": p.birth_precision,
        "ipp": p.ipp,
        "stays": p.stays,
    }


@dataclass(frozen=True, slots=True)
class PatientPage:
    record: PatientRecord
    letters: list[StoredDraft]
    notes_shown: bool  # clinical notes listed (roles allowed to read them)


def patient_page(conn: Connection, patient_id: str, *, notes: bool) -> PatientPage:
    record = get_patient(conn, patient_id)
    if not notes:
        record.documents = []
    return PatientPage(record, patient_drafts(conn, record.id), notes)


@dataclass(frozen=True, slots=True)
class StayPage:
    record: PatientRecord
    stay: Stay
    letters: list[StoredDraft]  # latest version of this stay's letter, if any


def stay_page(conn: Connection, stay_id: str, patient_id: str, *, notes: bool) -> StayPage:
    """The stay (by FHIR id or NDA) in its patient's record."""
    record = get_patient(conn, patient_id)
    row = find_stay(conn, stay_id)
    stay = next((s for s in record.stays if s.id == row.fhir_id), None)
    if stay is None:
        raise NotFound(f"Le séjour {stay_id!r} n'appartient pas au dossier de ce patient.")
    ids = {row.fhir_id, *(r.fhir_id for r in child_encounters(conn, row.fhir_id))}
    record.documents = _stay_documents(conn, ids) if notes else []
    letters = [d for d in patient_drafts(conn, record.id) if d.subject == row.fhir_id]
    return StayPage(record, stay, letters)


def _stay_documents(conn: Connection, stay_ids: set[str]) -> list[DocumentInfo]:
    d = documents.c
    query = (
        select(documents)
        .where(d.encounter_id.in_(sorted(stay_ids)))
        .order_by(d.date, d.fhir_id, d.part)
    )
    return [
        DocumentInfo(
            f"{r.resource_type}/{r.fhir_id}", r.title, r.type_text, r.date, len(r.text or "")
        )
        for r in conn.execute(query)
    ]
