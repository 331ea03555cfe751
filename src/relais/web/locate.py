"""Which patient a request is about, from its path: a patient, stay, drafted document, clinical
document or drafting job. The gate records this patient in the audit trail."""

from collections.abc import Callable

from sqlalchemy import Connection, select
from starlette.requests import Request

from relais.dossier.queries import find_stay
from relais.errors import NotFound
from relais.store.drafting_tables import drafts
from relais.store.patients import resolve_patient_id
from relais.store.tables import documents
from relais.web.workspace import workspace

AUDIT_ID_LIMIT = 64


def _stay(conn: Connection, key: str) -> str:
    return str(find_stay(conn, key).patient_id)


def _draft(conn: Connection, key: str) -> str:
    found = conn.execute(select(drafts.c.patient_id).where(drafts.c.id == key)).scalar()
    if found is None:
        raise NotFound(f"Aucun document rédigé d'identifiant {key!r}.")
    return str(found)


def _document(conn: Connection, key: str) -> str:
    found = conn.execute(
        select(documents.c.patient_id).where(documents.c.fhir_id == key).limit(1)
    ).scalar()
    if found is None:
        raise NotFound(f"Aucun document clinique d'identifiant {key!r}.")
    return str(found)


RESOLVERS: dict[str, Callable[[Connection, str], str]] = {
    "patient_id": resolve_patient_id,
    "stay_id": _stay,
    "draft_id": _draft,
    "document_id": _document,
}
PATH_KEYS = (*RESOLVERS, "job_id")


def locate_patient(
    conn: Connection, request: Request, *, query_key: str | None = None, resolve: bool = False
) -> tuple[str | None, NotFound | None]:
    """The patient's FHIR id (or the key as given when it names nothing) and the NotFound to
    raise once the role was checked: a refused user learns nothing, not even existence.
    ``query_key``: a query parameter naming the patient, taken as given (the audit search asks
    about ids that may be gone) unless ``resolve`` (any identifier: IPP, INS…)."""
    params = request.path_params
    for name in PATH_KEYS:
        key = params.get(name)
        if key is None:
            continue
        try:
            if name == "job_id":
                return workspace(request).drafting.job(str(key)).patient_id, None
            return RESOLVERS[name](conn, str(key)), None
        except NotFound as exc:
            return (key if len(key) <= AUDIT_ID_LIMIT else None), exc
    if query_key and (value := request.query_params.get(query_key)):
        as_given = value if len(value) <= AUDIT_ID_LIMIT else None
        if not resolve:
            return as_given, None
        try:
            return resolve_patient_id(conn, value), None
        except NotFound as exc:
            return as_given, exc
    return None, None
