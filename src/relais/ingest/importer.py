"""Drive an import: read inputs, validate, group, write in batches, report.

Units of work are *groups*: one resource (NDJSON line, single file, non-transaction bundle
entry) or one whole transaction Bundle. Groups are written in batches, each batch in one
database transaction; a group is never split, so a transaction Bundle is all-or-nothing and a
kill leaves only whole batches behind. If a batch fails in the database, its groups are retried
one by one and only the failing group is rejected.
"""

import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Engine, and_, func, select
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

from relais.errors import StorageError
from relais.ingest.background import BackgroundWorker
from relais.ingest.bundles import Unpacked, stable_id, unpack
from relais.ingest.model import Candidate, Issue, JsonObject, Parsed, Where
from relais.ingest.references import iter_references, resolve
from relais.ingest.sources import iter_paths, read_objects
from relais.ingest.summary import IngestSummary
from relais.ingest.validate import validate_resource
from relais.ingest.writer import write
from relais.store.tables import fhir_resources, resource_references

DANGLING_EXAMPLES = 20


@dataclass(slots=True)
class Group:
    candidates: list[Candidate]
    where: Where
    label: str


class Importer:
    """Import FHIR inputs into the database behind ``engine``."""

    def __init__(self, engine: Engine, *, batch_size: int = 500) -> None:
        self.engine = engine
        self.batch_size = batch_size
        self.summary = IngestSummary()
        self.now = datetime.now(UTC)
        self._pending: list[Group] = []
        self._pending_size = 0
        self.timings: dict[str, float] = defaultdict(float)  # seconds per phase, for bench/

    @contextmanager
    def _phase(self, name: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.timings[name] += time.perf_counter() - start

    def run(self, inputs: Iterable[str]) -> IngestSummary:
        """Import everything; raise StorageError if the database fails (committed work stays)."""
        self._writer = BackgroundWorker(self._write_groups)
        try:
            with self._phase("total"):
                self._run(inputs)
                self._writer.close()
                with self._phase("dangling references"):
                    self._count_dangling()
        except (OperationalError, InterfaceError) as exc:
            raise StorageError(
                f"the database failed during the import ({str(exc.orig).splitlines()[0]}). "
                f"{self.summary.created + self.summary.updated} resources were committed; "
                "fix the database and run the same command again: import is idempotent."
            ) from exc
        return self.summary

    def _run(self, inputs: Iterable[str]) -> None:
        for name in iter_paths(inputs):
            self.summary.files += 1
            for item in read_objects(name):
                if isinstance(item, Parsed):
                    self._accept(item.raw, item.where)
                else:
                    self.summary.reject(item.where, None, item.reason)
        self._flush()

    def _accept(self, raw: JsonObject, where: Where) -> None:
        if raw.get("resourceType") == "Bundle":
            self._accept_bundle(raw, where)
            return
        self.summary.resources += 1
        candidate = self._candidate(raw, where, {})
        if candidate is not None:
            self._enqueue(Group([candidate], where, candidate.key))

    def _accept_bundle(self, bundle: JsonObject, where: Where) -> None:
        with self._phase("validate"):
            unpacked = unpack(bundle, where)
        self.summary.resources += len(unpacked.entries)
        label = f"Bundle/{bundle.get('id')}" if bundle.get("id") else "Bundle"
        for issue in unpacked.warnings:
            self.summary.warn(where, label, issue)
        if unpacked.errors:
            details = [str(i) for i in unpacked.errors]
            reason = f"invalid {unpacked.bundle_type or ''} Bundle: {details[0]}".replace("  ", " ")
            self.summary.reject(where, label, reason, details)
            return
        if unpacked.atomic:
            self._accept_transaction(unpacked, where, label)
            return
        for entry in unpacked.entries:
            candidate = self._candidate(entry.raw, entry.where, unpacked.bundle_map)
            if candidate is not None:
                self._enqueue(Group([candidate], entry.where, candidate.key))
        if unpacked.keep_bundle:
            self._accept_whole(bundle, where, unpacked)

    def _accept_whole(self, bundle: JsonObject, where: Where, unpacked: Unpacked) -> None:
        """Document and message bundles are also kept as themselves (the signed unit)."""
        if not bundle.get("id"):
            self.summary.warn(
                where, "Bundle", Issue("warning", "Bundle.id", "no id: bundle not kept whole")
            )
            return
        candidate = Candidate("Bundle", str(bundle["id"]), bundle, where)
        candidate.references = {
            ref: key
            for _, ref in iter_references(bundle)
            if (key := resolve(ref, unpacked.bundle_map))
        }
        self._enqueue(Group([candidate], where, candidate.key))

    def _accept_transaction(self, unpacked: Unpacked, where: Where, label: str) -> None:
        candidates: list[Candidate] = []
        problems: list[str] = []
        for entry in unpacked.entries:
            with self._phase("validate"):
                issues = validate_resource(entry.raw)
            errors = [i for i in issues if i.severity == "error"]
            if errors:
                key = f"{entry.raw.get('resourceType')}/{entry.raw.get('id')}"
                problems.extend(f"{entry.where.position} ({key}): {e}" for e in errors)
                continue
            candidates.append(
                self._make_candidate(entry.raw, entry.where, unpacked.bundle_map, issues)
            )
        if problems:
            reason = (
                f"transaction rejected as a whole ({len(problems)} error(s)); first: {problems[0]}"
            )
            self.summary.reject(where, label, reason, problems)
            return
        self._enqueue(Group(candidates, where, label))

    def _candidate(
        self, raw: JsonObject, where: Where, bundle_map: dict[str, str]
    ) -> Candidate | None:
        with self._phase("validate"):
            issues = validate_resource(raw)
        errors = [i for i in issues if i.severity == "error"]
        resource = (
            f"{raw.get('resourceType')}/{raw.get('id')}"
            if raw.get("id")
            else raw.get("resourceType")
        )
        if errors:
            self.summary.reject(where, str(resource), str(errors[0]), [str(e) for e in errors])
            return None
        if not raw.get("id"):
            raw = {**raw, "id": stable_id(raw)}
            issues.append(
                Issue("warning", "id", f"no id: stored as {raw['id']} (derived from its content)")
            )
        return self._make_candidate(raw, where, bundle_map, issues)

    def _make_candidate(
        self, raw: JsonObject, where: Where, bundle_map: dict[str, str], issues: list[Issue]
    ) -> Candidate:
        references = {
            ref: key for _, ref in iter_references(raw) if (key := resolve(ref, bundle_map))
        }
        candidate = Candidate(str(raw["resourceType"]), str(raw["id"]), raw, where, references)
        for issue in issues:
            self.summary.warn(where, candidate.key, issue)
        return candidate

    def _enqueue(self, group: Group) -> None:
        self._pending.append(group)
        self._pending_size += len(group.candidates)
        if self._pending_size >= self.batch_size:
            self._flush()

    def _flush(self) -> None:
        groups, self._pending, self._pending_size = self._pending, [], 0
        if groups:
            self._writer.submit(groups)

    def _write_groups(self, groups: list[Group]) -> None:
        """Runs on the writer thread: one transaction, or one per group if the batch fails."""
        try:
            self._write([c for g in groups for c in g.candidates])
        except (OperationalError, InterfaceError):
            raise
        except DBAPIError:
            for group in groups:  # isolate the failing group; the others still land
                try:
                    self._write(group.candidates)
                except (OperationalError, InterfaceError):
                    raise
                except DBAPIError as exc:
                    reason = f"database refused it: {str(exc.orig).splitlines()[0]}"
                    self.summary.reject(group.where, group.label, reason)

    def _write(self, candidates: list[Candidate]) -> None:
        with self._phase("write"), self.engine.begin() as conn:
            result = write(conn, candidates, now=self.now)
        self.summary.created += result.created
        self.summary.updated += result.updated
        self.summary.unchanged += result.unchanged
        for candidate, issue in result.warnings:
            self.summary.warn(candidate.where, candidate.key, issue)

    def _count_dangling(self) -> None:
        """References written in this run whose target is not stored (kept, reported)."""
        source = fhir_resources.alias("source")
        target = fhir_resources.alias("target")
        refs = resource_references.c
        joined = resource_references.join(source, source.c.pk == refs.resource_pk).outerjoin(
            target,
            and_(target.c.resource_type == refs.target_type, target.c.fhir_id == refs.target_id),
        )
        condition = and_(source.c.ingested_at == self.now, target.c.pk.is_(None))
        with self.engine.connect() as conn:
            count = conn.execute(
                select(func.count()).select_from(joined).where(condition)
            ).scalar_one()
            examples = conn.execute(
                select(source.c.resource_type, source.c.fhir_id, refs.path, refs.reference)
                .select_from(joined)
                .where(condition)
                .limit(DANGLING_EXAMPLES)
            ).all()
        self.summary.dangling_references = int(count)
        self.summary.dangling_examples = [
            {"resource": f"{r.resource_type}/{r.fhir_id}", "path": r.path, "reference": r.reference}
            for r in examples
        ]
