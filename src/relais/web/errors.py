"""Errors of the workspace, and their one translation to HTTP.

``/api`` answers ``{"error": {"code", "message", "details"}}``; ``/fhir`` answers a FHIR
``OperationOutcome``; screens answer a French error page (or the login page when signed out).
"""

from typing import Any

from relais.errors import (
    AccessDenied,
    InvalidInput,
    LLMBadOutput,
    LLMUnavailable,
    NotFound,
    RelaisError,
    StorageError,
)
from relais.generate.draft.versions import StaleVersion


class AuthenticationRequired(RelaisError):
    """No valid session (never signed in, signed out, or expired)."""


class BadCredentials(AuthenticationRequired):
    """Wrong user name or password (never says which)."""


class CsrfRejected(AccessDenied):
    """A form or unsafe request without the session's anti-forgery token."""


class Unsigned(RelaisError):
    """An export that needs a signed version (CDA) asked for a draft."""


class TooManyAttempts(RelaisError):
    """Login refused for a while after repeated failures."""


# Error class → (HTTP status, code). The first matching class in this order wins.
STATUS: tuple[tuple[type[RelaisError], int, str], ...] = (
    (BadCredentials, 401, "invalid_credentials"),
    (AuthenticationRequired, 401, "authentication_required"),
    (StaleVersion, 409, "conflict"),
    (Unsigned, 409, "conflict"),
    (CsrfRejected, 403, "csrf_rejected"),
    (AccessDenied, 403, "forbidden"),
    (NotFound, 404, "not_found"),
    (InvalidInput, 422, "invalid_input"),
    (TooManyAttempts, 429, "too_many_attempts"),
    (LLMBadOutput, 502, "model_bad_output"),
    (LLMUnavailable, 503, "model_unavailable"),
    (StorageError, 503, "storage_unavailable"),
    (RelaisError, 500, "error"),
)
# HTTP status of framework errors (unknown route, wrong method…) → code.
HTTP_CODES = {
    400: "bad_request",
    401: "authentication_required",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "too_large",
    422: "invalid_input",
    429: "too_many_attempts",
    500: "internal_error",
    503: "unavailable",
}
# code → FHIR issue type (OperationOutcome.issue.code).
FHIR_ISSUES = {
    "authentication_required": "login",
    "invalid_credentials": "login",
    "csrf_rejected": "security",
    "forbidden": "forbidden",
    "not_found": "not-found",
    "conflict": "conflict",
    "invalid_input": "invalid",
    "bad_request": "invalid",
    "method_not_allowed": "not-supported",
    "too_many_attempts": "throttled",
    "internal_error": "exception",
}


def status_of(error: RelaisError) -> tuple[int, str]:
    for kind, status, code in STATUS:
        if isinstance(error, kind):
            return status, code
    raise AssertionError("RelaisError is the last entry")  # pragma: no cover


def error_body(code: str, message: str, details: Any = None) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "details": details}}


def operation_outcome(code: str, message: str) -> dict[str, Any]:
    return {
        "resourceType": "OperationOutcome",
        "issue": [
            {
                "severity": "error",
                "code": FHIR_ISSUES.get(code, "processing"),
                "diagnostics": message,
                "details": {"text": code},
            }
        ],
    }
