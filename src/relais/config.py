"""The one settings object. Only this module reads environment variables (prefix ``RELAIS_``)."""

import os
import secrets
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_DATA_DIR = Path("relais-data")


class Settings(BaseSettings):
    """Relais settings, from ``RELAIS_*`` environment variables or a ``.env`` file."""

    model_config = SettingsConfigDict(env_prefix="RELAIS_", env_file=".env", extra="ignore")

    data_dir: Path = Field(default=DEFAULT_DATA_DIR, description="Where embedded data lives.")
    database_url: str = Field(
        default="",
        description="SQLAlchemy URL; empty means the embedded SQLite file under data_dir.",
    )
    ingest_batch_size: int = Field(default=500, ge=1, le=100_000)
    ingest_workers: int = Field(
        default=0, ge=0, le=64, description="Validation processes; 0 = one per CPU."
    )

    # Language model: embedded llama.cpp (a GGUF file) or an OpenAI-compatible server.
    llm_backend: Literal["embedded", "openai"] = Field(
        default="embedded", description="embedded (llama.cpp in-process) or openai (HTTP)."
    )
    llm_model_path: str = Field(
        default="smollm2",
        description="Embedded backend: a GGUF file, or the name of a model shipped in a package.",
    )
    llm_url: str = Field(
        default="", description="OpenAI-compatible server, e.g. http://127.0.0.1:8000 (or …/v1)."
    )
    llm_model: str = Field(default="", description="Model name on the server.")
    llm_api_key: SecretStr | None = Field(default=None, description="Bearer token, if any.")
    llm_schema_mode: Literal["json_schema", "json_object", "none"] = Field(
        default="json_schema",
        description="How the server takes a JSON schema (llama-cpp-python's server: json_object).",
    )
    llm_timeout_s: float = Field(default=120.0, gt=0, le=3600)
    llm_retries: int = Field(default=2, ge=0, le=10)
    llm_max_tokens: int = Field(default=700, ge=16, le=32_768)
    llm_context_tokens: int = Field(default=4096, ge=512, le=131_072)
    llm_threads: int = Field(default=0, ge=0, le=256, description="Embedded: 0 = half the CPUs.")
    draft_concurrency: int = Field(
        default=4, ge=1, le=256, description="Concurrent requests of batch drafting."
    )
    # CDA export (ANS CI-SIS).
    cda_document_oid: str | None = Field(
        default=None,
        description="OID root of the hospital's CDA documents; empty: 2.25.<UUID of the FINESS>.",
    )
    # Clinician workspace (relais serve): see relais.web.settings.
    web_host: str = Field(default="127.0.0.1", description="Address relais serve listens on.")
    web_port: int = Field(default=8000, ge=0, le=65_535)
    web_public_url: str = Field(
        default="", description="Address users open, e.g. https://relais.chu.fr (OIDC)."
    )
    web_cookie_secure: bool = Field(default=False, description="Secure cookies: on behind TLS.")
    web_session_idle_minutes: int = Field(default=30, ge=1, le=24 * 60)
    web_session_max_hours: int = Field(default=12, ge=1, le=7 * 24)
    web_login_max_failures: int = Field(default=5, ge=1, le=1000)
    web_login_max_failures_per_address: int = Field(default=20, ge=1, le=100_000)
    web_login_window_minutes: int = Field(default=15, ge=1, le=24 * 60)
    web_read_notes: bool = Field(default=True, description="Drafts read the clinical notes.")
    web_draft_workers: int = Field(default=1, ge=1, le=64, description="Drafts written at once.")
    # OpenID Connect (hospital SSO); off while oidc_issuer is empty.
    oidc_issuer: str = Field(default="", description="e.g. https://sso.chu.fr/realms/chu")
    oidc_client_id: str = ""
    oidc_client_secret: SecretStr | None = None
    oidc_role_claim: str = Field(default="relais_role", description="Dotted path in the claims.")
    oidc_role_prefix: str = Field(default="", description="e.g. relais- for relais-physician.")
    oidc_scopes: str = "openid profile email"
    # Privacy.
    pseudonymisation_key: SecretStr | None = Field(
        default=None,
        description="Secret of the keyed hashes behind surrogates and date shifts; "
        "empty: a random key kept in data_dir/pseudonymisation.key.",
    )
    keep_reidentification_table: bool = Field(
        default=False, description="Store original ↔ surrogate pairs (off by default)."
    )

    def resolved_pseudonymisation_key(self) -> bytes:
        """The configured key, else the key file under ``data_dir`` (created once, mode 0600)."""
        if self.pseudonymisation_key is not None:
            return self.pseudonymisation_key.get_secret_value().encode()
        path = self.data_dir / "pseudonymisation.key"
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as handle:
                handle.write(secrets.token_hex(32))
        return path.read_text().strip().encode()

    def resolved_ingest_workers(self) -> int:
        return self.ingest_workers or os.cpu_count() or 1

    def resolved_database_url(self) -> str:
        """The database URL, defaulting to ``sqlite:///<data_dir>/relais.db``."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.data_dir / 'relais.db'}"


def load_settings() -> Settings:
    """Build settings from the environment (call at the entry point, pass explicitly after)."""
    return Settings()
