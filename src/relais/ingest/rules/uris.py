"""URI shapes shared by the rules: absolute URIs and ``urn:uuid:`` values."""

import re

from relais.ingest.model import Issue

ABSOLUTE_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:\S")
UUID_URN = re.compile(r"urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def uuid_issue(uri: str, path: str) -> Issue | None:
    """A malformed ``urn:uuid:`` is an error; an uppercase one (RFC 4122 asks for lowercase
    output, but readers must accept either case) only a warning. None when fine."""
    if not uri.lower().startswith("urn:uuid:") or UUID_URN.fullmatch(uri):
        return None
    if UUID_URN.fullmatch(uri.lower()):
        return Issue("warning", path, f"{uri!r}: write urn:uuid values in lowercase")
    return Issue("error", path, f"{uri!r} is not a valid urn:uuid (8-4-4-4-12 hex digits)")


def is_absolute(uri: str) -> bool:
    return bool(ABSOLUTE_URI.match(uri))
