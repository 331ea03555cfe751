"""The ``relais`` command line: one Typer app, commands grouped by feature in sibling modules."""

from relais.cli import draft, forecast, privacy, records, safety  # noqa: F401  (registers commands)
from relais.cli.app import app

__all__ = ["app", "main"]


def main() -> None:
    app()
