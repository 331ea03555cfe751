"""Unpack a Bundle into the resources to store, with ids assigned and fullUrls mapped.

Transactions are all-or-nothing; other bundle types are stored entry by entry. A resource that
arrives without an id (a POST) gets a stable one — the uuid of its ``urn:uuid`` fullUrl, else a
hash of its content — so that importing the same bundle twice changes nothing.
"""

from dataclasses import dataclass, field
from typing import Any

from relais.ingest.model import Issue, JsonObject, Where, as_object, content_hash
from relais.ingest.references import RELATIVE
from relais.ingest.rules.bundle_rules import bundle_issues, entry_references
from relais.ingest.structure import ID_PATTERN
from relais.ingest.validate import validate_resource

BUNDLE_TYPES = frozenset(
    {"document", "message", "transaction", "transaction-response", "batch", "batch-response",
     "history", "searchset", "collection"}
)  # fmt: skip
ATOMIC_TYPES = frozenset({"transaction"})
KEPT_WHOLE = frozenset({"document", "message"})  # the Bundle itself is the clinical document


@dataclass(slots=True)
class Entry:
    raw: JsonObject
    where: Where
    references: list[tuple[str, str]]  # ``iter_references(raw)``, found once for all steps


@dataclass(slots=True)
class Unpacked:
    bundle_type: str
    entries: list[Entry] = field(default_factory=list)
    bundle_map: dict[str, str] = field(default_factory=dict)  # fullUrl → Type/id
    errors: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)

    @property
    def atomic(self) -> bool:
        return self.bundle_type in ATOMIC_TYPES

    @property
    def keep_bundle(self) -> bool:
        return self.bundle_type in KEPT_WHOLE


def stable_id(raw: JsonObject) -> str:
    """A deterministic id from the content (used only when nothing else names the resource)."""
    return f"h{content_hash(raw)[:40]}"


def unpack(bundle: JsonObject, where: Where) -> Unpacked:
    bundle_type = bundle.get("type")
    unpacked = Unpacked(bundle_type if isinstance(bundle_type, str) else "")
    if bundle_type not in BUNDLE_TYPES:
        unpacked.errors.append(
            Issue("error", "Bundle.type", f"unknown bundle type {bundle_type!r}")
        )
        return unpacked
    unpacked.errors.extend(_shell_issues(bundle))
    references = entry_references(bundle)
    for issue in bundle_issues(bundle, references):
        (unpacked.errors if issue.severity == "error" else unpacked.warnings).append(issue)
    entries = bundle.get("entry") or []
    if not isinstance(entries, list):
        return unpacked
    seen_urls: dict[str, int] = {}
    seen_keys: dict[str, int] = {}
    for index, entry in enumerate(entries):
        if isinstance(entry, dict):
            _unpack_entry(unpacked, entry, index, where, seen_urls, seen_keys, references[index])
    _check_first_entry(unpacked, entries)
    return unpacked


def _unpack_entry(
    unpacked: Unpacked,
    entry: JsonObject,
    index: int,
    where: Where,
    seen_urls: dict[str, int],
    seen_keys: dict[str, int],
    references: list[tuple[str, str]],
) -> None:
    path = f"Bundle.entry[{index}]"
    request = as_object(entry.get("request"))
    method = request.get("method")
    if unpacked.bundle_type in ("transaction", "batch") and not request:
        unpacked.errors.append(Issue("error", path, "a transaction/batch entry needs a request"))
    resource = entry.get("resource")
    if method == "DELETE" or not isinstance(resource, dict):
        if method != "DELETE" and unpacked.bundle_type not in (
            "transaction-response",
            "batch-response",
        ):
            unpacked.warnings.append(Issue("warning", path, "entry without a resource: skipped"))
        elif method == "DELETE":
            unpacked.warnings.append(Issue("warning", path, "DELETE is not applied by ingestion"))
        return
    search = as_object(entry.get("search"))
    if search.get("mode") == "outcome":
        return
    full_url = entry.get("fullUrl") if isinstance(entry.get("fullUrl"), str) else None
    resource = _with_id(resource, full_url, request.get("url"), unpacked, path)
    key = f"{resource.get('resourceType')}/{resource.get('id')}"
    version = as_object(resource.get("meta")).get("versionId")
    versioned = f"{key}/_history/{version}" if isinstance(version, str) else key
    if full_url:  # bdl-7: fullUrls are unique unless the versions differ
        url_key = f"{full_url} {version}" if isinstance(version, str) else full_url
        if url_key in seen_urls and unpacked.bundle_type != "history":
            first = seen_urls[url_key]
            unpacked.errors.append(Issue("error", path, f"duplicate fullUrl (also entry {first})"))
        seen_urls.setdefault(url_key, index)
        unpacked.bundle_map[full_url] = key
    key = versioned
    if key in seen_keys and unpacked.bundle_type != "history":
        first = seen_keys[key]
        unpacked.errors.append(
            Issue("error", path, f"duplicate resource {key} (also entry {first})")
        )
    seen_keys.setdefault(key, index)
    unpacked.entries.append(Entry(resource, where.at(f"entry {index}"), references))


def _with_id(
    resource: JsonObject, full_url: str | None, url: Any, unpacked: Unpacked, path: str
) -> JsonObject:
    """The resource with an id, checking that fullUrl, request.url and id agree."""
    resource_type = resource.get("resourceType")
    current = resource.get("id")
    named = _id_from_url(full_url, resource_type) or _id_from_url(url, resource_type)
    if current is None:
        if full_url and full_url.startswith("urn:uuid:"):
            named = named or full_url.removeprefix("urn:uuid:")
        new_id = named if named and ID_PATTERN.fullmatch(named) else stable_id(resource)
        return {**resource, "id": new_id}
    if named is not None and named != current:
        unpacked.errors.append(
            Issue(
                "error",
                path,
                f"fullUrl/request.url names id {named!r} but the resource id is {current!r}",
            )
        )
    return resource


def _id_from_url(url: Any, resource_type: Any) -> str | None:
    if not isinstance(url, str) or url.startswith("urn:"):
        return None
    match = RELATIVE.match(url.split("?")[0])
    if match and match.group(1) == resource_type:
        return match.group(2)
    return None


def _shell_issues(bundle: JsonObject) -> list[Issue]:
    """Validate the Bundle itself with its entries' resources left out (they are checked alone)."""
    shell = dict(bundle)
    entries = shell.get("entry")
    if isinstance(entries, list):
        shell["entry"] = [
            {k: v for k, v in e.items() if k != "resource"} if isinstance(e, dict) else e
            for e in entries
        ]
        shell["entry"] = [e for e in shell["entry"] if e != {}] or None
        if shell["entry"] is None:
            del shell["entry"]
    return [i for i in validate_resource(shell) if i.severity == "error"]


def _check_first_entry(unpacked: Unpacked, entries: list[Any]) -> None:
    expected = {"document": "Composition", "message": "MessageHeader"}.get(unpacked.bundle_type)
    if expected is None:
        return
    first = entries[0].get("resource", {}) if entries and isinstance(entries[0], dict) else {}
    if first.get("resourceType") != expected:
        unpacked.errors.append(
            Issue(
                "error",
                "Bundle.entry[0]",
                f"a {unpacked.bundle_type} Bundle must start with a {expected}",
            )
        )
