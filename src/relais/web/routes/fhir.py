"""FHIR endpoints (errors are OperationOutcome): a drafted document as a FHIR document Bundle
(``Composition/{id}/$document``, the FHIR operation that assembles a document)."""

from typing import Annotated

from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from relais.generate.draft.versions import get_draft
from relais.web.access import Granted, gate
from relais.web.services.exports import fhir_bytes, fhir_of
from relais.web.workspace import workspace

router = APIRouter(prefix="/fhir", tags=["FHIR"])


@router.get(
    "/Composition/{draft_id}/$document",
    response_class=Response,
    responses={200: {"content": {"application/fhir+json": {}}}},
)
async def composition_document(
    request: Request, draft_id: str, granted: Annotated[Granted, gate("read_letters")]
) -> Response:
    """Le document (lettre ou synthèse) en Bundle FHIR R4 de type document."""

    def work() -> bytes:
        with workspace(request).engine.connect() as conn:
            return fhir_bytes(fhir_of(conn, get_draft(conn, draft_id)))

    return Response(await run_in_threadpool(work), media_type="application/fhir+json")
