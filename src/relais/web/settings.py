"""The workspace's settings, read from the ``web_*`` and ``oidc_*`` fields of
``relais.config.Settings`` (env vars ``RELAIS_WEB_PORT``…); ``create_app`` may override any.

Defaults, bounds and descriptions are declared once, in ``Settings``; ``WebSettings`` reuses
those declarations under the workspace's shorter names."""

from copy import copy
from typing import Any

from pydantic import BaseModel, ConfigDict, SecretStr, model_validator

from relais.config import Settings
from relais.errors import InvalidInput


def setting_name(field: str) -> str:
    """The ``Settings`` field (env var RELAIS_<NAME>) a workspace setting is read from."""
    return field if field.startswith("oidc_") else f"web_{field}"


def _declared_in_settings(field: str) -> Any:
    """``Settings``' declaration of the field (default, bounds, description): written once."""
    return copy(Settings.model_fields[setting_name(field)])


class WebSettings(BaseModel):
    """How the workspace listens, keeps sessions, limits logins and signs users in."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    host: str = _declared_in_settings("host")
    port: int = _declared_in_settings("port")
    public_url: str = _declared_in_settings("public_url")
    cookie_secure: bool = _declared_in_settings("cookie_secure")
    session_idle_minutes: int = _declared_in_settings("session_idle_minutes")
    session_max_hours: int = _declared_in_settings("session_max_hours")
    login_max_failures: int = _declared_in_settings("login_max_failures")
    login_max_failures_per_address: int = _declared_in_settings("login_max_failures_per_address")
    login_window_minutes: int = _declared_in_settings("login_window_minutes")
    read_notes: bool = _declared_in_settings("read_notes")
    draft_workers: int = _declared_in_settings("draft_workers")
    oidc_issuer: str = _declared_in_settings("oidc_issuer")
    oidc_client_id: str = _declared_in_settings("oidc_client_id")
    oidc_client_secret: SecretStr | None = _declared_in_settings("oidc_client_secret")
    oidc_role_claim: str = _declared_in_settings("oidc_role_claim")
    oidc_role_prefix: str = _declared_in_settings("oidc_role_prefix")
    oidc_scopes: str = _declared_in_settings("oidc_scopes")

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


# WebSettings field → the ``Settings`` field it is read from.
SETTING_NAMES = {field: setting_name(field) for field in WebSettings.model_fields}


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
