"""The workspace's settings, read from the ``web_*`` and ``oidc_*`` fields of
``relais.config.Settings`` (env vars ``RELAIS_WEB_PORT``…); ``create_app`` may override any."""

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, SecretStr, model_validator

from relais.config import Settings
from relais.errors import InvalidInput

# WebSettings field → the ``Settings`` field (env var RELAIS_<NAME>) it is read from.
SETTING_NAMES = {
    "host": "web_host",
    "port": "web_port",
    "public_url": "web_public_url",
    "cookie_secure": "web_cookie_secure",
    "session_idle_minutes": "web_session_idle_minutes",
    "session_max_hours": "web_session_max_hours",
    "login_max_failures": "web_login_max_failures",
    "login_max_failures_per_address": "web_login_max_failures_per_address",
    "login_window_minutes": "web_login_window_minutes",
    "read_notes": "web_read_notes",
    "draft_workers": "web_draft_workers",
    "oidc_issuer": "oidc_issuer",
    "oidc_client_id": "oidc_client_id",
    "oidc_client_secret": "oidc_client_secret",
    "oidc_role_claim": "oidc_role_claim",
    "oidc_role_prefix": "oidc_role_prefix",
    "oidc_scopes": "oidc_scopes",
}


class WebSettings(BaseModel):
    """How the workspace listens, keeps sessions, limits logins and signs users in."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=0, le=65_535)
    public_url: str = Field(default="", description="https://relais.chu.fr, for OIDC redirects.")
    cookie_secure: bool = Field(default=False, description="Secure cookies: on behind TLS.")
    session_idle_minutes: int = Field(default=30, ge=1, le=24 * 60)
    session_max_hours: int = Field(default=12, ge=1, le=7 * 24)
    login_max_failures: int = Field(default=5, ge=1, le=1000)
    login_max_failures_per_address: int = Field(default=20, ge=1, le=100_000)
    login_window_minutes: int = Field(default=15, ge=1, le=24 * 60)
    read_notes: bool = Field(default=True, description="Drafts read the clinical notes (NLP).")
    draft_workers: int = Field(default=1, ge=1, le=64, description="Drafts written at once.")
    oidc_issuer: str = ""
    oidc_client_id: str = ""
    oidc_client_secret: SecretStr | None = None
    oidc_role_claim: str = Field(default="relais_role", description="Dotted path in the claims.")
    oidc_role_prefix: str = Field(default="", description="e.g. relais- for relais-physician.")
    oidc_scopes: str = "openid profile email"

    @model_validator(mode="after")
    def _oidc_complete(self) -> "WebSettings":
        if self.oidc_issuer and not (self.oidc_client_id and self.public_url):
            raise ValueError(
                "OpenID Connect needs RELAIS_OIDC_CLIENT_ID and RELAIS_WEB_PUBLIC_URL (the "
                "address users open, e.g. https://relais.chu.fr) besides RELAIS_OIDC_ISSUER"
            )
        return self

    @property
    def oidc_enabled(self) -> bool:
        return bool(self.oidc_issuer)


def web_settings(settings: Settings, **overrides: Any) -> WebSettings:
    """The workspace settings from ``settings``, then ``overrides``."""
    values = {name: getattr(settings, field) for name, field in SETTING_NAMES.items()}
    unknown = set(overrides) - set(SETTING_NAMES)
    if unknown:
        raise InvalidInput(f"Unknown workspace settings: {', '.join(sorted(unknown))}.")
    try:
        return WebSettings(**{**values, **overrides})
    except ValueError as exc:
        raise InvalidInput(f"Invalid workspace settings: {exc}") from exc
