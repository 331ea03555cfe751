"""Read FHIR JSON from files, folders, NDJSON streams and stdin.

NDJSON is streamed line by line and never loaded whole. A plain ``.json`` file holds one
resource or one Bundle and is read whole. ``iter_chunks`` hands out raw documents in small
chunks (parsed later, possibly in another process); ``read_objects`` parses them in place.
"""

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

import orjson

from relais.ingest.model import Parsed, Unreadable, Where

NDJSON_SUFFIXES = (".ndjson", ".jsonl")
JSON_SUFFIXES = (".json",)
STDIN = "-"
UTF8_BOM = b"\xef\xbb\xbf"


def iter_paths(paths: Iterable[str]) -> Iterator[str]:
    """Expand folders (recursively, sorted) into the FHIR files they contain."""
    for name in paths:
        path = Path(name)
        if name != STDIN and path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in NDJSON_SUFFIXES + JSON_SUFFIXES:
                    yield str(child)
        else:
            yield name


Chunk = list[tuple[bytes, Where]]  # raw JSON documents with their place
CHUNK_LINES = 250


def iter_chunks(name: str, *, lines: int = CHUNK_LINES) -> Iterator[Chunk | Unreadable]:
    """Raw documents of one input, ``lines`` NDJSON lines (or one JSON file) per chunk."""
    chunk: Chunk = []
    for item in _raw_documents(name):
        if isinstance(item, Unreadable):
            yield item
            continue
        chunk.append(item)
        if len(chunk) >= lines:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def parse_chunk(chunk: Chunk) -> list[Parsed | Unreadable]:
    return [_parse_document(data, where) for data, where in chunk]


def read_objects(name: str) -> Iterator[Parsed | Unreadable]:
    """Yield every JSON object of one input (a file name or ``-`` for stdin)."""
    for item in _raw_documents(name):
        yield item if isinstance(item, Unreadable) else _parse_document(*item)


def _raw_documents(name: str) -> Iterator[tuple[bytes, Where] | Unreadable]:
    """Every raw JSON document of one input (a file name or ``-`` for stdin)."""
    if name == STDIN:
        yield from _read_stream(sys.stdin.buffer, Where("<stdin>"))
        return
    where = Where(name)
    try:
        handle = open(name, "rb")  # noqa: SIM115 - closed in finally, streamed
    except OSError as exc:
        yield Unreadable(where, f"cannot open file: {exc.strerror}")
        return
    try:
        if name.lower().endswith(NDJSON_SUFFIXES):
            yield from _read_lines(handle, where, first_line=1)
        else:
            yield handle.read(), where
    except OSError as exc:
        yield Unreadable(where, f"cannot read file: {exc.strerror}")
    finally:
        handle.close()


def _read_stream(stream: IO[bytes], where: Where) -> Iterator[tuple[bytes, Where] | Unreadable]:
    """Stdin: NDJSON when the first line is a whole JSON object, else one JSON document."""
    first = stream.readline()
    while first and not first.strip():
        first = stream.readline()
    if not first:
        yield Unreadable(where, "no input on stdin")
        return
    try:
        orjson.loads(first)
    except orjson.JSONDecodeError:
        yield first + stream.read(), where
        return
    yield first, where.at("line 1")
    yield from _read_lines(stream, where, first_line=2)


def _read_lines(
    stream: IO[bytes], where: Where, *, first_line: int
) -> Iterator[tuple[bytes, Where]]:
    for number, line in enumerate(stream, start=first_line):
        if line.strip():
            yield line, where.at(f"line {number}")


def _parse_document(data: bytes, where: Where) -> Parsed | Unreadable:
    data = data.removeprefix(UTF8_BOM)  # tolerated, as by the reference validator
    try:
        value = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        return Unreadable(where, f"malformed JSON: {_describe_json_error(exc, data)}")
    if not isinstance(value, dict):
        kind = type(value).__name__
        return Unreadable(where, f"expected a JSON object (a FHIR resource), found a {kind}")
    return Parsed(value, where)


def _describe_json_error(exc: orjson.JSONDecodeError, data: bytes) -> str:
    """orjson's message with line and column, like the standard library's."""
    text = data[: exc.pos].decode("utf-8", errors="replace") if exc.pos else ""
    line = text.count("\n") + 1
    column = len(text) - (text.rfind("\n") + 1) + 1
    message = exc.msg.split(":")[0] if exc.msg else "invalid JSON"
    return f"{message} at line {line}, column {column}"
