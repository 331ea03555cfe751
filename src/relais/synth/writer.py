"""Writing output files: orjson, stable key order, one trailing newline."""

from pathlib import Path
from typing import Any

import orjson


def write_json(path: Path, data: Any, *, indent: bool = False) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = orjson.dumps(data, option=orjson.OPT_INDENT_2 if indent else 0) + b"\n"
    path.write_bytes(payload)
    return len(payload)


def write_lines(path: Path, lines: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
