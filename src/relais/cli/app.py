"""The Typer application and what every command shares: settings, database, exit codes.

Errors become exit codes here and only here (``run_action``)."""

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import Annotated, Any

import orjson
import typer
from sqlalchemy import Engine

from relais.config import Settings
from relais.errors import AccessDenied, InvalidInput, NotFound, RelaisError, StorageError

app = typer.Typer(
    help="Relais: sovereign clinical AI for hospitals. Run `relais COMMAND --help` for details.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
db_app = typer.Typer(help="Database schema.", no_args_is_help=True)
app.add_typer(db_app, name="db")

EXIT_CODES: dict[type[RelaisError], int] = {
    InvalidInput: 2,
    NotFound: 3,
    AccessDenied: 4,
    StorageError: 5,
}
JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]


def emit_json(value: Any) -> None:
    sys.stdout.write(
        orjson.dumps(value, option=orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS).decode()
    )
    sys.stdout.write("\n")


@contextmanager
def database(settings: Settings) -> Iterator[Engine]:
    from relais.store.engine import make_engine
    from relais.store.migrate import ensure_current

    engine = make_engine(settings.resolved_database_url())
    try:
        ensure_current(engine)
        yield engine
    finally:
        engine.dispose()


def run_action(action: Callable[[], int | None]) -> None:
    """Run a command body, turning Relais errors into a message and an exit code."""
    try:
        code = action()
    except RelaisError as exc:
        typer.echo(f"Erreur : {exc}", err=True)
        raise typer.Exit(EXIT_CODES.get(type(exc), 1)) from exc
    if code:
        raise typer.Exit(code)


def parse_day(text: str | None, option: str) -> date | None:
    """A YYYY-MM-DD option value, or a clear error naming the option."""
    try:
        return date.fromisoformat(text) if text else None
    except ValueError as exc:
        raise InvalidInput(f"{option} must be a date YYYY-MM-DD, got {text!r}") from exc
