"""The one settings object. Only this module reads environment variables (prefix ``RELAIS_``)."""

import os
from pathlib import Path

from pydantic import Field
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
