"""`relais draft letter|synthesis|letters`: AI-assisted drafts, kept as versions."""

import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import orjson
import typer

from relais.cli.app import app, database, emit_json, parse_day, run_action
from relais.config import Settings, load_settings
from relais.errors import InvalidInput

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from relais.generate.draft import DraftDocument, Drafter

draft_app = typer.Typer(
    help="Draft a lettre de liaison or a synthèse médicale (AI-assisted).", no_args_is_help=True
)
app.add_typer(draft_app, name="draft")


class Format(StrEnum):
    json = "json"
    html = "html"
    pdf = "pdf"
    fhir = "fhir"
    cda = "cda"


FormatOption = Annotated[Format, typer.Option("--format", help="Output format.")]
OutOption = Annotated[Path | None, typer.Option("--out", help="Write to this file.")]
NoModel = Annotated[
    bool, typer.Option("--no-model", help="Deterministic sections only; narrative à rédiger.")
]
NoNotes = Annotated[
    bool, typer.Option("--no-notes", help="Do not read the clinical notes (faster).")
]


def _drafter(settings: Settings, *, no_model: bool) -> "Drafter":
    from relais.generate.draft import Drafter
    from relais.generate.llm.factory import generation_options, make_backend

    backend = None if no_model else make_backend(settings)
    return Drafter(backend=backend, options=generation_options(settings))


def _rendered(
    engine: "Engine", document: dict[str, Any], fmt: Format, *, cda_root: str | None = None
) -> bytes:
    if fmt is Format.html:
        from relais.generate.render.html import render_html

        return render_html(document).encode()
    if fmt is Format.pdf:
        from relais.generate.render.pdf import render_pdf

        return render_pdf(document)
    if fmt is Format.fhir:
        from relais.generate.render.fhir import document_bundle

        with engine.connect() as conn:
            bundle = document_bundle(conn, document)
        return orjson.dumps(bundle, option=orjson.OPT_INDENT_2) + b"\n"
    if fmt is Format.cda:
        from relais.generate.render.cda import export_cda

        with engine.connect() as conn:
            xml, warnings = export_cda(conn, document, document_root=cda_root)
        for warning in warnings:
            typer.echo(f"Attention : {warning}", err=True)
        return xml
    return orjson.dumps(document, option=orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS) + b"\n"


def _emit(
    engine: "Engine", document: "DraftDocument", fmt: Format, out: Path | None, settings: Settings
) -> None:
    data = _rendered(engine, document.to_dict(), fmt, cda_root=settings.cda_document_oid)
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(data)
        typer.echo(
            f"{document.title} : {out} (brouillon {document.id}, v{document.version})", err=True
        )
    elif fmt is Format.pdf:
        raise InvalidInput("--format pdf needs --out FILE.pdf")
    else:
        sys.stdout.buffer.write(data)
    for warning in document.warnings:
        typer.echo(f"Attention : {warning}", err=True)


def _notes(skip: bool) -> Any:
    if skip:
        return None
    from relais.dossier.nlp.reader import NoteReader

    return NoteReader.shared()


@draft_app.command("letter")
def draft_letter(
    stay_id: Annotated[str, typer.Argument(help="Stay: FHIR Encounter id or NDA.")],
    fmt: FormatOption = Format.json,
    out: OutOption = None,
    no_model: NoModel = False,
    no_notes: NoNotes = False,
) -> None:
    """Draft the lettre de liaison of a stay (kept as a new draft version)."""

    def action() -> None:
        from relais.generate.draft.service import draft_letter, safety_knowledge

        settings = load_settings()
        drafter = _drafter(settings, no_model=no_model)
        with database(settings) as engine:
            with engine.connect() as conn:
                knowledge, warning = safety_knowledge(conn)
            document = draft_letter(
                engine,
                drafter,
                stay_id,
                knowledge=knowledge,
                notes=_notes(no_notes),
                warning=warning,
            )
            _emit(engine, document, fmt, out, settings)

    run_action(action)


@draft_app.command("synthesis")
def draft_synthesis(
    patient_id: Annotated[str, typer.Argument(help="FHIR id or identifier (IPP, INS).")],
    fmt: FormatOption = Format.json,
    out: OutOption = None,
    no_model: NoModel = False,
    no_notes: NoNotes = False,
) -> None:
    """Draft the synthèse médicale of a patient (kept as a new draft version)."""

    def action() -> None:
        from relais.generate.draft.service import draft_synthesis, safety_knowledge

        settings = load_settings()
        drafter = _drafter(settings, no_model=no_model)
        with database(settings) as engine:
            with engine.connect() as conn:
                knowledge, warning = safety_knowledge(conn)
            document = draft_synthesis(
                engine,
                drafter,
                patient_id,
                knowledge=knowledge,
                notes=_notes(no_notes),
                warning=warning,
            )
            _emit(engine, document, fmt, out, settings)

    run_action(action)


@draft_app.command("letters")
def draft_letters(
    discharged_on: Annotated[str, typer.Option(help="Day of discharge, YYYY-MM-DD.")],
    concurrency: Annotated[
        int | None,
        typer.Option(min=1, help="Concurrent drafts (default: RELAIS_DRAFT_CONCURRENCY)."),
    ] = None,
    out: Annotated[
        Path | None, typer.Option("--out", help="Folder: one file per stay, in --format.")
    ] = None,
    fmt: FormatOption = Format.json,
    no_model: NoModel = False,
    no_notes: NoNotes = False,
) -> None:
    """Draft the letters of every stay discharged on a day; print a JSON report."""

    def action() -> int:
        from relais.generate.draft.batch import discharged_on as stays_of
        from relais.generate.draft.batch import draft_many
        from relais.generate.draft.service import draft_letter, safety_knowledge

        day = parse_day(discharged_on, "--discharged-on")
        assert day is not None
        settings = load_settings()
        drafter = _drafter(settings, no_model=no_model)
        notes = _notes(no_notes)
        with database(settings) as engine:
            with engine.connect() as conn:
                knowledge, warning = safety_knowledge(conn)
                stays = stays_of(conn, day)

            def one(stay: str) -> "DraftDocument":
                return draft_letter(
                    engine, drafter, stay, knowledge=knowledge, notes=notes, warning=warning
                )

            def write(stay: str, document: "DraftDocument") -> None:
                if out is not None:
                    suffixes = {Format.fhir: "json", Format.cda: "xml"}
                    suffix = suffixes.get(fmt, fmt.value)
                    path = out / f"lettre-{stay}.{suffix}"
                    path.parent.mkdir(parents=True, exist_ok=True)
                    data = document.to_dict()
                    path.write_bytes(
                        _rendered(engine, data, fmt, cda_root=settings.cda_document_oid)
                    )

            report = draft_many(
                stays,
                one,
                day=day,
                concurrency=concurrency or settings.draft_concurrency,
                on_done=write,
            )
        emit_json(report.to_dict())
        return 1 if report.failed else 0

    run_action(action)
