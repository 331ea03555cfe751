"""The ``relais`` command line: one Typer app, commands grouped by feature in sibling modules."""

import os

from relais.cli import (  # noqa: F401  (importing a module registers its commands)
    draft,
    forecast,
    privacy,
    records,
    research,
    safety,
    web,
)
from relais.cli.app import app

__all__ = ["app", "main"]


def main() -> None:
    # Third-party progress bars and notices are noise on a clinician's terminal.
    os.environ.setdefault("TQDM_DISABLE", "1")
    from loguru import logger

    logger.disable("edsnlp")
    app()
