"""The ``relais`` command line. Errors become exit codes here and only here."""

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import orjson
import typer
from sqlalchemy import Engine

from relais.config import Settings, load_settings
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
def _database(settings: Settings) -> Iterator[Engine]:
    from relais.store.engine import make_engine
    from relais.store.migrate import ensure_current

    engine = make_engine(settings.resolved_database_url())
    try:
        ensure_current(engine)
        yield engine
    finally:
        engine.dispose()


def _run(action: Callable[[], int | None]) -> None:
    """Run a command body, turning Relais errors into a message and an exit code."""
    try:
        code = action()
    except RelaisError as exc:
        typer.echo(f"Erreur : {exc}", err=True)
        raise typer.Exit(EXIT_CODES.get(type(exc), 1)) from exc
    if code:
        raise typer.Exit(code)


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Create or migrate the database schema (SQLite file or PostgreSQL)."""

    def action() -> None:
        from relais.store.engine import make_engine
        from relais.store.migrate import current_revision, upgrade

        settings = load_settings()
        engine = make_engine(settings.resolved_database_url())
        upgrade(engine)
        typer.echo(
            f"Database {engine.url.render_as_string()} at revision {current_revision(engine)}"
        )

    _run(action)


@app.command()
def ingest(
    paths: Annotated[
        list[str], typer.Argument(help="FHIR JSON / NDJSON files, folders, or - for stdin.")
    ],
    batch_size: Annotated[
        int | None, typer.Option(min=1, help="Resources per transaction.")
    ] = None,
) -> None:
    """Import FHIR R4 resources, Bundles, NDJSON; print a JSON summary (exit 1 if rejections)."""
    missing = [p for p in paths if p != "-" and not Path(p).exists()]
    if missing:
        typer.echo(f"Erreur : file or folder not found: {', '.join(missing)}", err=True)
        raise typer.Exit(2)

    def action() -> int:
        from relais.ingest.importer import Importer

        settings = load_settings()
        with _database(settings) as engine:
            summary = Importer(engine, batch_size=batch_size or settings.ingest_batch_size).run(
                paths
            )
        emit_json(summary.to_dict())
        return 0 if summary.ok else 1

    _run(action)


@app.command("patients")
def list_patients(
    as_json: JsonFlag = False,
    search: Annotated[str, typer.Option(help="Name, IPP / identifier, or birth date.")] = "",
    limit: Annotated[int, typer.Option(min=0, help="At most this many (0 = all).")] = 100,
) -> None:
    """List patients (name, sex, birth date, IPP, number of stays)."""

    def action() -> None:
        from relais.store.patients import list_patients as query

        with _database(load_settings()) as engine, engine.connect() as conn:
            found = query(conn, search=search, limit=limit)
        if as_json:
            emit_json(found)
            return
        from relais.render_text import patients_table

        typer.echo(patients_table(found))

    _run(action)


@app.command("patient")
def show_patient(
    patient_id: Annotated[str, typer.Argument(help="FHIR id or identifier (IPP, INS).")],
    as_json: JsonFlag = False,
) -> None:
    """Show one patient: identity, stays, problems, treatment, allergies, results, documents."""

    def action() -> None:
        from relais.store.patients import get_patient

        with _database(load_settings()) as engine, engine.connect() as conn:
            record = get_patient(conn, patient_id)
        if as_json:
            emit_json(record)
            return
        from relais.render_text import patient_sheet

        typer.echo(patient_sheet(record))

    _run(action)


@app.command()
def synth(
    out: Annotated[Path, typer.Option(help="Output folder.")],
    patients: Annotated[int, typer.Option(min=1, help="Patients with full clinical detail.")] = 100,
    seed: Annotated[int, typer.Option(help="Random seed (same seed, same output).")] = 1,
    start: Annotated[str, typer.Option(help="First day of activity (YYYY-MM-DD).")] = "2024-01-01",
    days: Annotated[int, typer.Option(min=1, help="Days of hospital activity.")] = 730,
    ed_per_day: Annotated[float, typer.Option(min=0, help="Mean ED arrivals per day.")] = 120.0,
) -> None:
    """Generate a synthetic French hospital (FHIR R4 bundles, NDJSON activity, ground truth)."""

    def action() -> None:
        from relais.synth.generate import generate

        try:
            first_day = date.fromisoformat(start)
        except ValueError as exc:
            raise InvalidInput(f"--start must be a date YYYY-MM-DD, got {start!r}") from exc
        summary = generate(
            patients=patients,
            seed=seed,
            out=out,
            start=first_day,
            days=days,
            ed_arrivals_per_day=ed_per_day,
        )
        emit_json(summary.to_dict())

    _run(action)


def main() -> None:
    app()
