"""Turn raw documents into what to store: validated groups, rejections and warnings.

Pure work with no database, so it can run in worker processes: ``process_chunk`` takes raw
bytes and returns an ``Outcome`` that the importer applies in order.
"""

import time
from dataclasses import dataclass, field

from relais.ingest.bundles import Unpacked, stable_id, unpack
from relais.ingest.model import Candidate, Group, Issue, JsonObject, Parsed, Record, Where
from relais.ingest.prepare import prepare
from relais.ingest.references import iter_references, resolve
from relais.ingest.sources import Chunk, parse_chunk
from relais.ingest.validate import validate_resource


@dataclass(frozen=True, slots=True)
class Rejection:
    where: Where
    resource: str | None
    reason: str
    details: list[str] | None = None


@dataclass(slots=True)
class Outcome:
    groups: list[Group] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)
    warnings: list[tuple[Where, str | None, Issue]] = field(default_factory=list)
    resources: int = 0
    seconds: float = 0.0  # wall time spent parsing, validating and preparing
    cpu_seconds: float = 0.0  # CPU time of that work (this thread only)


def process_chunk(chunk: Chunk) -> Outcome:
    outcome = Outcome()
    start, cpu_start = time.perf_counter(), time.thread_time()
    for item in parse_chunk(chunk):
        if isinstance(item, Parsed):
            _accept(outcome, item.raw, item.where)
        else:
            outcome.rejections.append(Rejection(item.where, None, item.reason))
    outcome.seconds = time.perf_counter() - start
    outcome.cpu_seconds = time.thread_time() - cpu_start
    return outcome


def _accept(outcome: Outcome, raw: JsonObject, where: Where) -> None:
    if raw.get("resourceType") == "Bundle":
        _accept_bundle(outcome, raw, where)
        return
    outcome.resources += 1
    record = _record(outcome, raw, where, {})
    if record is not None:
        outcome.groups.append(Group([record], where, record.key))


def _accept_bundle(outcome: Outcome, bundle: JsonObject, where: Where) -> None:
    unpacked = unpack(bundle, where)
    outcome.resources += len(unpacked.entries)
    label = f"Bundle/{bundle.get('id')}" if bundle.get("id") else "Bundle"
    outcome.warnings.extend((where, label, issue) for issue in unpacked.warnings)
    if unpacked.errors:
        details = [str(i) for i in unpacked.errors]
        reason = f"invalid {unpacked.bundle_type or ''} Bundle: {details[0]}".replace("  ", " ")
        outcome.rejections.append(Rejection(where, label, reason, details))
        return
    if unpacked.atomic:
        _accept_transaction(outcome, unpacked, where, label)
        return
    for entry in unpacked.entries:
        record = _record(outcome, entry.raw, entry.where, unpacked.bundle_map, entry.references)
        if record is not None:
            outcome.groups.append(Group([record], entry.where, record.key))
    if unpacked.keep_bundle:
        _accept_whole(outcome, bundle, where, unpacked)


def _accept_whole(outcome: Outcome, bundle: JsonObject, where: Where, unpacked: Unpacked) -> None:
    """Document and message bundles are also kept as themselves (the signed unit)."""
    if not bundle.get("id"):
        issue = Issue("warning", "Bundle.id", "no id: bundle not kept whole")
        outcome.warnings.append((where, "Bundle", issue))
        return
    candidate = Candidate("Bundle", str(bundle["id"]), bundle, where)
    candidate.references = {
        ref: key for _, ref in iter_references(bundle) if (key := resolve(ref, unpacked.bundle_map))
    }
    outcome.groups.append(Group([prepare(candidate)], where, candidate.key))


def _accept_transaction(outcome: Outcome, unpacked: Unpacked, where: Where, label: str) -> None:
    records: list[Record] = []
    problems: list[str] = []
    warnings: list[tuple[Where, str | None, Issue]] = []
    for entry in unpacked.entries:
        issues = validate_resource(entry.raw)
        errors = [i for i in issues if i.severity == "error"]
        if errors:
            key = f"{entry.raw.get('resourceType')}/{entry.raw.get('id')}"
            problems.extend(f"{entry.where.position} ({key}): {e}" for e in errors)
            continue
        record = _make_record(entry.raw, entry.where, unpacked.bundle_map, entry.references)
        warnings.extend((entry.where, record.key, issue) for issue in issues)
        records.append(record)
    if problems:
        reason = f"transaction rejected as a whole ({len(problems)} error(s)); first: {problems[0]}"
        outcome.rejections.append(Rejection(where, label, reason, problems))
        return
    outcome.warnings.extend(warnings)
    outcome.groups.append(Group(records, where, label))


def _record(
    outcome: Outcome,
    raw: JsonObject,
    where: Where,
    bundle_map: dict[str, str],
    found: list[tuple[str, str]] | None = None,
) -> Record | None:
    issues = validate_resource(raw)
    errors = [i for i in issues if i.severity == "error"]
    resource_id = raw.get("id")
    resource = (
        f"{raw.get('resourceType')}/{resource_id}" if resource_id else raw.get("resourceType")
    )
    if errors:
        details = [str(e) for e in errors]
        outcome.rejections.append(Rejection(where, str(resource), details[0], details))
        return None
    if not resource_id:
        raw = {**raw, "id": stable_id(raw)}
        message = f"no id: stored as {raw['id']} (derived from its content)"
        issues.append(Issue("warning", "id", message))
    record = _make_record(raw, where, bundle_map, found)
    outcome.warnings.extend((where, record.key, issue) for issue in issues)
    return record


def _make_record(
    raw: JsonObject,
    where: Where,
    bundle_map: dict[str, str],
    found: list[tuple[str, str]] | None = None,
) -> Record:
    """``found``: the resource's ``iter_references`` when the caller has them already."""
    if found is None:
        found = list(iter_references(raw))
    references = {ref: key for _, ref in found if (key := resolve(ref, bundle_map))}
    candidate = Candidate(str(raw["resourceType"]), str(raw["id"]), raw, where, references)
    return prepare(candidate, found)
