"""The one gate in front of patient data: every route that reads or changes it depends on a
``Gate(action)``, which checks the role against the permission matrix and writes the audit row
(who, role, channel ui/api, patient, resource, action, purpose, outcome), denials included.

Reads are recorded by the privacy gate at once (``audited_access``). A change is recorded in the
transaction that makes it (``Granted.change``), so the trail never shows a change that was
rolled back; its refusal is recorded at once. A test walks every route and fails when one that
touches patient data has no gate.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any, TypeVar

from fastapi import Depends
from sqlalchemy import Connection
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request

from relais.errors import InvalidInput
from relais.privacy.audit import (
    Action,
    Actor,
    AuditEvent,
    audited_access,
    is_permitted,
    record,
    require,
)
from relais.web.auth.current import Principal, current_principal
from relais.web.locate import locate_patient
from relais.web.workspace import workspace

PURPOSE_HEADER = "x-relais-purpose"
DEFAULT_PURPOSE = "soins"
MAX_PURPOSE = 200
MAX_DETAIL = 200
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Granted:
    """Proof that the gate let this request through; the handler's only way to the data."""

    principal: Principal
    actor: Actor
    action: str
    patient_id: str | None
    resource: str
    purpose: str

    def change(self, request: Request, work: Callable[[Connection], T], **details: Any) -> T:
        """Run ``work`` in one transaction with the audit row of the change."""
        with workspace(request).engine.begin() as conn:
            result = work(conn)
            record(
                conn,
                AuditEvent(
                    actor=self.actor,
                    action=self.action,
                    patient_id=self.patient_id,
                    resource=self.resource,
                    purpose=self.purpose,
                    details=details,
                ),
            )
        return result


def purpose_of(request: Request, default: str) -> str:
    purpose = request.headers.get(PURPOSE_HEADER, "").strip() or default
    if len(purpose) > MAX_PURPOSE:
        raise InvalidInput(f"Le motif d'accès (X-Relais-Purpose) dépasse {MAX_PURPOSE} caractères.")
    return purpose


def _details(request: Request) -> dict[str, Any]:
    found: dict[str, Any] = {"method": request.method}
    query = {k: v[:MAX_DETAIL] for k, v in request.query_params.items() if v}
    if query:
        found["query"] = query
    return found


class Gate:
    """``Depends(Gate("read"))``: the signed-in user may perform ``action`` on the patient the
    path names (or on no patient in particular: searches). ``Gate(("read", "patient_rights"))``
    lets in a role allowed either action, and records the first one it is allowed."""

    def __init__(
        self,
        action: Action | tuple[Action, ...],
        *,
        change: bool = False,
        purpose: str = DEFAULT_PURPOSE,
        patient_query: str | None = None,
        resolve_query: bool = False,
    ) -> None:
        self.actions: tuple[Action, ...] = action if isinstance(action, tuple) else (action,)
        self.action = self.actions[0]
        self.change = change
        self.purpose = purpose
        self.patient_query = patient_query
        self.resolve_query = resolve_query  # the query names a patient by any identifier

    def __repr__(self) -> str:
        shown = self.action if len(self.actions) == 1 else self.actions
        return f"Gate({shown!r}{', change' if self.change else ''})"

    def action_for(self, role: str) -> Action:
        """The action recorded for ``role``: the first it may perform, else the first."""
        return next((a for a in self.actions if is_permitted(role, a)), self.action)

    async def __call__(
        self, request: Request, principal: Annotated[Principal, Depends(current_principal)]
    ) -> Granted:
        return await run_in_threadpool(self._decide, request, principal)

    def _decide(self, request: Request, principal: Principal) -> Granted:
        user = principal.user
        actor = Actor(
            id=user.username, role=user.role, channel=principal.channel, name=user.display_name
        )
        purpose = purpose_of(request, self.purpose)
        resource = request.url.path
        action = self.action_for(user.role)
        with workspace(request).engine.connect() as conn:
            patient_id, missing = locate_patient(
                conn, request, query_key=self.patient_query, resolve=self.resolve_query
            )
            granted = Granted(principal, actor, action, patient_id, resource, purpose)
            allowed = is_permitted(user.role, action)
            if allowed and missing is not None:
                raise missing
            if self.change:  # refusals recorded now; the change records itself
                require(
                    conn,
                    actor=actor,
                    patient_id=patient_id,
                    action=action,
                    purpose=purpose,
                    resource=resource,
                )
            else:
                audited_access(
                    conn,
                    actor=actor,
                    patient_id=patient_id,
                    action=action,
                    purpose=purpose,
                    resource=resource,
                    details=_details(request),
                )
        return granted


def gate(action: Action | tuple[Action, ...], **options: Any) -> Any:
    """``Annotated[Granted, gate("read")]`` for route signatures."""
    return Depends(Gate(action, **options))
