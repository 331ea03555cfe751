"""The application's routes, as the tests walk them: path, method, and the gate in front."""

import re
from collections.abc import Iterator
from dataclasses import dataclass

from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute, iter_route_contexts

from relais.web.access import Gate
from relais.web.auth.current import current_principal

# Routes that need no signed-in user, and signed-in routes that touch no patient data.
PUBLIC = {
    "/",
    "/login",
    "/auth/oidc/login",
    "/auth/oidc/callback",
    "/api/login",
    "/api/docs",
    "/api/openapi.json",
}
NO_PATIENT_DATA = {"/logout", "/api/logout", "/api/me"}
PARAM = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class Route:
    path: str
    method: str
    gate: Gate | None
    signed_in: bool

    def url(self, **values: str) -> str:
        return PARAM.sub(lambda m: values.get(m[1], "inconnu"), self.path)

    @property
    def params(self) -> list[str]:
        return PARAM.findall(self.path)


def _calls(dependant: Dependant) -> Iterator[object]:
    for dep in dependant.dependencies:
        yield dep.call
        yield from _calls(dep)


def routes(app: FastAPI) -> list[Route]:
    """Every API route of the application (at least 35: a walk that finds none fails)."""
    found = []
    for context in iter_route_contexts(app.routes):
        route = context.original_route
        if not isinstance(route, APIRoute):
            continue
        path = context.path or route.path
        calls = list(_calls(route.dependant))
        gates = [c for c in calls if isinstance(c, Gate)]
        assert len(gates) <= 1, f"{path} has several gates"
        for method in sorted(route.methods):
            found.append(
                Route(path, method, gates[0] if gates else None, current_principal in calls)
            )
    assert len(found) >= 35, [r.path for r in found]
    return found
