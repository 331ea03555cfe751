"""Bodies of the JSON API (inputs refuse unknown fields) and the declared error shape."""

from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from relais.privacy.research.opposition import Channel


class Input(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Credentials(Input):
    username: str = Field(min_length=1, max_length=255)
    password: str = Field(min_length=1, max_length=1024)


class SectionText(Input):
    text: str = Field(min_length=1, max_length=20_000, description="Le texte de la section.")


class OppositionIn(Input):
    channel: Channel = Field(description="Comment le patient l'a exprimée.")
    effective: date | None = Field(default=None, description="Jour de la demande (aujourd'hui).")
    note: str | None = Field(default=None, max_length=1000)


class WithdrawalIn(Input):
    reason: str = Field(min_length=1, max_length=1000, description="Motif du retrait.")
    effective: date | None = None
    channel: Channel | None = None


class ErrorDetail(BaseModel):
    code: str = Field(description="not_found, forbidden, invalid_input, conflict…")
    message: str = Field(description="En français, dit quoi faire.")
    details: Any = None


class ErrorBody(BaseModel):
    error: ErrorDetail


class UserOut(BaseModel):
    username: str
    display_name: str
    role: str
    role_label: str
    rpps: str | None
    source: str
    active: bool


class Token(BaseModel):
    token: str = Field(description="À envoyer dans l'en-tête Authorization: Bearer …")
    csrf_token: str
    expires_at: str
    user: UserOut


class JobOut(BaseModel):
    id: str
    kind: str
    subject: str
    patient_id: str
    done: bool
    draft_id: str | None
    error: str | None
    events: list[str]
    preview: dict[str, Any] | None = None


ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody, "description": description}
    for status, description in (
        (401, "Non connecté ou session expirée"),
        (403, "Rôle non habilité (refus journalisé) ou jeton anti-falsification invalide"),
        (404, "Introuvable"),
        (409, "Version dépassée, déjà signée, ou pas encore signée (CDA)"),
        (422, "Saisie invalide"),
    )
}
