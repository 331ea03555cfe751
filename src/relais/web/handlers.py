"""Exception handlers: the one place errors become HTTP responses (see ``errors``)."""

import logging
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from relais.errors import RelaisError
from relais.web.errors import (
    HTTP_CODES,
    AuthenticationRequired,
    error_body,
    operation_outcome,
    status_of,
)
from relais.web.headers import security_headers
from relais.web.templating import render

log = logging.getLogger(__name__)
TITLES = {
    401: "Connexion requise",
    403: "Accès refusé",
    404: "Introuvable",
    405: "Méthode non permise",
    409: "Version dépassée",
    422: "Saisie invalide",
    429: "Trop de tentatives",
    500: "Erreur interne",
    502: "Réponse du modèle inexploitable",
    503: "Service indisponible",
}


def respond(
    request: Request, status: int, code: str, message: str, details: Any = None
) -> Response:
    path = request.url.path
    if path.startswith("/api"):
        return JSONResponse(error_body(code, message, details), status_code=status)
    if path.startswith("/fhir"):
        return JSONResponse(
            operation_outcome(code, message),
            status_code=status,
            media_type="application/fhir+json",
        )
    if status == 401 and request.method == "GET" and code == "authentication_required":
        return RedirectResponse(f"/login?next={quote(path)}", status_code=303)
    title = TITLES.get(status, "Erreur")
    return render(
        request, "error.html.j2", status_code=status, title=title, message=message, code=code
    )


async def relais_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RelaisError)
    status, code = status_of(exc)
    if status >= 500:
        log.error("%s on %s %s: %s", code, request.method, request.url.path, exc)
    response = respond(request, status, code, str(exc))
    if isinstance(exc, AuthenticationRequired) and status == 401:
        response.headers["www-authenticate"] = 'Bearer realm="relais"'
    return response


async def http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    code = HTTP_CODES.get(exc.status_code, "error")
    message = {
        404: "Cette adresse n'existe pas dans Relais.",
        405: "Cette adresse n'accepte pas cette méthode.",
    }.get(exc.status_code, str(exc.detail))
    response = respond(request, exc.status_code, code, message)
    for name, value in (exc.headers or {}).items():
        response.headers[name] = value
    return response


async def validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    details = [
        {"field": ".".join(str(p) for p in e.get("loc", ())), "problem": e.get("msg", "")}
        for e in exc.errors()
    ]
    fields = ", ".join(d["field"] for d in details)
    return respond(request, 422, "invalid_input", f"Saisie invalide : {fields}.", details)


async def unexpected(request: Request, exc: Exception) -> Response:
    """Outside the other middlewares (Starlette's server-error layer): add the headers here."""
    log.exception("unexpected error on %s %s", request.method, request.url.path)
    message = "Erreur interne : l'incident est journalisé. Réessayez ou prévenez le support."
    try:
        response = respond(request, 500, "internal_error", message)
    except Exception:  # the error page itself failed: plain JSON
        response = JSONResponse(error_body("internal_error", message), status_code=500)
    for name, value in security_headers(tls=False):
        response.headers[name.decode()] = value.decode()
    return response


def install(app: FastAPI) -> None:
    app.add_exception_handler(RelaisError, relais_error)
    app.add_exception_handler(HTTPException, http_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(Exception, unexpected)
