"""API: patient search, patient record, stay, safety alerts, clinical note."""

from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, Query
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request

from relais.privacy.audit import is_permitted
from relais.web.access import Granted, gate
from relais.web.routes.schemas import ERRORS
from relais.web.services.notes import read_note
from relais.web.services.patients import (
    Search,
    patient_page,
    search_patients,
    stay_page,
    summary_dict,
)
from relais.web.services.safety import patient_alerts
from relais.web.workspace import workspace

router = APIRouter(prefix="/api", tags=["patients"], responses=ERRORS)
Text = Annotated[str | None, Query(max_length=100)]


@router.get("/patients")
async def patients(
    request: Request,
    granted: Annotated[Granted, gate("read", purpose="recherche de patient")],
    q: Annotated[str | None, Query(max_length=100, description="Nom, IPP, INS…")] = None,
    birth_date: Annotated[str | None, Query(max_length=10, description="AAAA-MM-JJ")] = None,
    service: Text = None,
) -> list[dict[str, Any]]:
    """Rechercher des patients (50 au plus), par nom, identifiant, date de naissance, service."""
    search = Search.parse(q, birth_date, service)

    def work() -> list[dict[str, Any]]:
        with workspace(request).engine.connect() as conn:
            return [summary_dict(p) for p in search_patients(conn, search)]

    return await run_in_threadpool(work)


@router.get("/patients/{patient_id}")
async def patient(
    request: Request, patient_id: str, granted: Annotated[Granted, gate("read")]
) -> dict[str, Any]:
    """Le dossier : identité, séjours, problèmes, traitement, allergies, résultats, documents
    (notes cliniques pour les rôles habilités) et lettres."""
    role = granted.principal.user.role

    def work() -> dict[str, Any]:
        with workspace(request).engine.connect() as conn:
            page = patient_page(
                conn, granted.patient_id or "", notes=is_permitted(role, "read_notes")
            )
        found = asdict(page.record)
        found["letters"] = [d.summary() for d in page.letters]
        found["notes_shown"] = page.notes_shown
        return found

    return await run_in_threadpool(work)


@router.get("/patients/{patient_id}/alerts")
async def alerts(
    request: Request, patient_id: str, granted: Annotated[Granted, gate("read")]
) -> dict[str, Any]:
    """Alertes d'interactions médicamenteuses et de conflits allergiques du traitement en cours."""
    ws = workspace(request)

    def work() -> dict[str, Any]:
        with ws.engine.connect() as conn:
            found = patient_alerts(conn, ws.knowledge, granted.patient_id or "")
        return {"report": found.report, "warning": found.warning}

    return await run_in_threadpool(work)


@router.get("/stays/{stay_id}")
async def stay(
    request: Request, stay_id: str, granted: Annotated[Granted, gate("read")]
) -> dict[str, Any]:
    """Un séjour (id FHIR ou NDA), ses documents (rôles habilités) et sa lettre de liaison."""
    role = granted.principal.user.role

    def work() -> dict[str, Any]:
        with workspace(request).engine.connect() as conn:
            page = stay_page(
                conn, stay_id, granted.patient_id or "", notes=is_permitted(role, "read_notes")
            )
        return {
            "patient_id": page.record.id,
            "stay": asdict(page.stay),
            "documents": [asdict(d) for d in page.record.documents],
            "letters": [d.summary() for d in page.letters],
        }

    return await run_in_threadpool(work)


@router.get("/documents/{document_id}")
async def document(
    request: Request,
    document_id: str,
    granted: Annotated[Granted, gate("read_notes")],
    part: Annotated[int, Query(ge=0, le=10_000)] = 0,
    start: Annotated[int | None, Query(ge=0)] = None,
    end: Annotated[int | None, Query(ge=0)] = None,
) -> dict[str, Any]:
    """Une note clinique ; `start`/`end` délimitent le passage cité (renvoyé à part)."""

    def work() -> dict[str, Any]:
        with workspace(request).engine.connect() as conn:
            note = read_note(conn, document_id, part=part, start=start, end=end)
        _, passage, _ = note.pieces
        return {
            "resource_type": note.resource_type,
            "id": note.id,
            "part": note.part,
            "patient_id": note.patient_id,
            "title": note.title,
            "type": note.type,
            "date": note.date,
            "text": note.text,
            "span": list(note.span) if note.span else None,
            "passage": passage or None,
        }

    return await run_in_threadpool(work)
