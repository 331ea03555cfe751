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
    workers: Annotated[
        int | None, typer.Option(min=1, help="Validation processes (default: one per CPU).")
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
            importer = Importer(
                engine,
                batch_size=batch_size or settings.ingest_batch_size,
                workers=workers or settings.resolved_ingest_workers(),
            )
            summary = importer.run(paths)
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


# Medication safety: terminologies, interaction and allergy checks, acknowledgements.
terminology_app = typer.Typer(
    help="Drug terminologies: ANSM interaction thesaurus, BDPM.", no_args_is_help=True
)
app.add_typer(terminology_app, name="terminology")


def _day(text: str | None, option: str) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError as exc:
        raise InvalidInput(f"{option} must be a date YYYY-MM-DD, got {text!r}") from exc


@terminology_app.command("load-thesaurus")
def terminology_load_thesaurus(
    folder: Annotated[
        Path | None,
        typer.Argument(help="Folder with a newer edition's JSON (default: bundled, newest)."),
    ] = None,
    edition: Annotated[
        str | None, typer.Option(help="Edition label, e.g. 2023-09 (required with FOLDER).")
    ] = None,
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD.")] = None,
    source: Annotated[str | None, typer.Option(help="Where the files come from.")] = None,
) -> None:
    """Load an edition of the ANSM interaction thesaurus (replaces one with the same label)."""

    def action() -> None:
        from relais.safety.service import load_thesaurus

        day = _day(published, "--published")
        with _database(load_settings()) as engine, engine.begin() as conn:
            summary = load_thesaurus(conn, folder, edition=edition, published=day, source=source)
        emit_json(summary)

    _run(action)


@terminology_app.command("load-bdpm")
def terminology_load_bdpm(
    folder: Annotated[Path, typer.Argument(help="Folder with CIS_bdpm.txt, CIS_COMPO_bdpm.txt.")],
    release: Annotated[str | None, typer.Option(help="Release label (default: file date).")] = None,
) -> None:
    """Load a BDPM release, replacing the previous one in one transaction (idempotent)."""

    def action() -> None:
        from relais.safety.bdpm import load_release

        with _database(load_settings()) as engine, engine.begin() as conn:
            summary = load_release(conn, folder, release=release)
        emit_json(summary.to_dict())

    _run(action)


@app.command()
def interactions(
    patient_id: Annotated[
        str | None, typer.Argument(help="FHIR id or identifier (IPP, INS).")
    ] = None,
    drugs: Annotated[
        str | None, typer.Option(help='Drugs taken together: "simvastatine, clarithromycine".')
    ] = None,
    at: Annotated[str | None, typer.Option(help="Only lines active on this day.")] = None,
    edition: Annotated[str | None, typer.Option(help="Thesaurus edition label.")] = None,
    as_json: JsonFlag = False,
) -> None:
    """Drug interactions (ANSM thesaurus) and allergy conflicts of a patient or a drug list."""

    def action() -> None:
        from datetime import datetime, time

        from relais.safety.knowledge import load_knowledge
        from relais.safety.render import report_dict, report_text
        from relais.safety.service import check_drugs, check_patient

        if (patient_id is None) == (drugs is None):
            raise InvalidInput('Give either PATIENT_ID or --drugs "a, b", not both.')
        day = _day(at, "--at")
        moment = datetime.combine(day, time(12)) if day else None
        with _database(load_settings()) as engine, engine.connect() as conn:
            knowledge = load_knowledge(conn, edition=edition)
            if patient_id is not None:
                _, report = check_patient(conn, knowledge, patient_id, at=moment)
            else:
                report = check_drugs(knowledge, drugs or "")
        if as_json:
            emit_json(report_dict(report, knowledge.sources))
        else:
            typer.echo(report_text(report))

    _run(action)


@app.command("acknowledge")
def acknowledge_alert(
    patient_id: Annotated[str, typer.Argument(help="FHIR id or identifier (IPP, INS).")],
    alert: Annotated[str, typer.Argument(help="The alert's reference shown in brackets.")],
    reason: Annotated[str, typer.Option(help="Why the alert is accepted.")],
    by: Annotated[str, typer.Option(help="Name or RPPS of the acknowledging physician.")],
) -> None:
    """Acknowledge a medication safety alert with a reason (stored with who and when)."""

    def action() -> None:
        from relais.safety.acknowledgements import acknowledge
        from relais.safety.knowledge import load_knowledge
        from relais.safety.service import check_patient

        with _database(load_settings()) as engine, engine.begin() as conn:
            found_id, report = check_patient(conn, load_knowledge(conn), patient_id)
            key = acknowledge(
                conn, report, patient_id=found_id, finding=alert, reason=reason, by=by
            )
        emit_json({"patient": found_id, "acknowledged": key, "reason": reason, "by": by})

    _run(action)


@app.command("dossier")
def show_dossier(
    stay_id: Annotated[str, typer.Argument(help="Stay: FHIR Encounter id or NDA.")],
    as_json: JsonFlag = False,
    notes: Annotated[bool, typer.Option("--notes", help="Read the clinical notes (NLP).")] = False,
    safety: Annotated[
        bool, typer.Option("--safety", help="Add drug interactions and allergy conflicts.")
    ] = False,
) -> None:
    """The numbered facts of a stay, with their sources (medication reconciliation included)."""

    def action() -> None:
        from relais.dossier import build_stay_dossier
        from relais.dossier.render import dossier_text

        with _database(load_settings()) as engine, engine.connect() as conn:
            knowledge = None
            if safety:
                from relais.safety.knowledge import load_knowledge

                knowledge = load_knowledge(conn)
            reader = None
            if notes:
                from relais.dossier.nlp.reader import NoteReader

                reader = NoteReader.shared()
            dossier = build_stay_dossier(conn, stay_id, knowledge=knowledge, notes=reader)
        if as_json:
            emit_json(dossier.to_dict())
        else:
            typer.echo(dossier_text(dossier))

    _run(action)


def main() -> None:
    app()
