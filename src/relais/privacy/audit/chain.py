"""The hash of an audit row: SHA-256 over the previous row's hash and the row's canonical content.

The canonical content is compact JSON with sorted keys (UTF-8), times in UTC with microseconds,
so SQLite and PostgreSQL give the same bytes back. The sequence number is not hashed: order is
proved by the links (each row names its predecessor's hash), which lets verification tell an
inserted row from a deleted one or a reordering.
"""

import hashlib
from collections.abc import Mapping
from datetime import datetime
from typing import Any

import orjson

from relais.privacy.audit.events import as_utc

GENESIS = "0" * 64  # the "previous hash" of the first row
VERSION = 1
CONTENT_FIELDS = (
    "recorded_at",
    "actor_id",
    "actor_name",
    "role",
    "channel",
    "patient_id",
    "resource",
    "action",
    "purpose",
    "outcome",
    "details",
)


def canonical(row: Mapping[str, Any]) -> bytes:
    """The bytes hashed for a row (a mapping with every name in ``CONTENT_FIELDS``)."""
    content: dict[str, Any] = {name: row[name] for name in CONTENT_FIELDS}
    moment = content["recorded_at"]
    assert isinstance(moment, datetime)
    content["recorded_at"] = as_utc(moment).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    content["v"] = VERSION
    return orjson.dumps(content, option=orjson.OPT_SORT_KEYS)


def row_hash(prev_hash: str, row: Mapping[str, Any]) -> str:
    digest = hashlib.sha256()
    digest.update(prev_hash.encode("ascii"))
    digest.update(b"\n")
    digest.update(canonical(row))
    return digest.hexdigest()
