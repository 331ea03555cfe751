"""The ``relais`` command line: one Typer app, commands grouped by feature in sibling modules."""

from relais.cli import (  # noqa: F401  (importing a module registers its commands)
    draft,
    forecast,
    privacy,
    records,
    research,
    safety,
)
from relais.cli.app import app

__all__ = ["app", "main"]


def main() -> None:
    app()
