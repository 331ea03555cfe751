"""Drive an import: read inputs, validate, group, write in batches, report.

Units of work are *groups*: one resource (NDJSON line, single file, non-transaction bundle
entry) or one whole transaction Bundle. Groups are written in batches, each batch in one
database transaction; a group is never split, so a transaction Bundle is all-or-nothing and a
kill leaves only whole batches behind. If a batch fails in the database, its groups are retried
one by one and only the failing group is rejected.

Parsing and validation (most of the CPU) run in ``workers`` processes when there is more than
one; results are applied in input order, so the outcome does not depend on the worker count.
Writes run on one background thread.
"""

import multiprocessing
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from sqlalchemy import Engine, and_, func, select
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

from relais.errors import RelaisError, StorageError
from relais.ingest.background import BackgroundWorker
from relais.ingest.bulk import refresh_statistics
from relais.ingest.model import Group, Record, Unreadable
from relais.ingest.processing import Outcome, Rejection, process_chunk
from relais.ingest.sources import Chunk, iter_chunks, iter_paths
from relais.ingest.summary import IngestSummary
from relais.ingest.workers import OrderedWorkers, WorkerLost
from relais.ingest.writer import write
from relais.store.tables import NORMALISED_TABLES, fhir_resources, resource_references

DANGLING_EXAMPLES = 20
IN_FLIGHT_PER_WORKER = 3
FIRST_ANALYZE = 2000  # rows written before the planner's statistics are first refreshed
STATISTICS = {  # the columns the import's own queries filter or join on
    fhir_resources: ("pk", "resource_type", "fhir_id", "ingested_at"),
    **{table: ("resource_pk",) for table in NORMALISED_TABLES.values()},
    resource_references: ("resource_pk", "target_type", "target_id"),
}


class Importer:
    """Import FHIR inputs into the database behind ``engine``."""

    def __init__(self, engine: Engine, *, batch_size: int = 500, workers: int = 1) -> None:
        self.engine = engine
        self.batch_size = batch_size
        self.workers = max(1, workers)
        self.summary = IngestSummary()
        self.now = datetime.now(UTC)
        self._pending: list[Group] = []
        self._pending_size = 0
        self._next_analyze = FIRST_ANALYZE
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
        pool = self._pool()
        self._writer = BackgroundWorker(self._write_groups)
        try:
            with self._phase("total"):
                for outcome in self._outcomes(inputs, pool):
                    self._apply(outcome)
                self._flush()
                self._writer.close()
                with self._phase("dangling references"):
                    self._count_dangling()
        except (OperationalError, InterfaceError) as exc:
            self._writer.abort()  # no batch starts after the failure: the counts are final
            raise StorageError(
                f"the database failed during the import ({str(exc.orig).splitlines()[0]}). "
                f"{self.summary.created + self.summary.updated} resources were committed; "
                "fix the database and run the same command again: import is idempotent."
            ) from exc
        except WorkerLost as exc:
            self._writer.abort()
            raise RelaisError(
                f"a validation worker process stopped during the import ({exc.cause}). "
                f"{self.summary.created + self.summary.updated} resources were committed; run "
                "the same command again (import is idempotent), with fewer --workers if memory "
                "is short."
            ) from exc
        except BaseException:  # an interrupt (Ctrl-C), a bug: stop writing, then report it
            self._writer.abort()
            raise
        finally:
            if pool is not None:
                pool.close()  # workers with results left unread are killed, not waited for
        return self.summary

    def _pool(self) -> "OrderedWorkers[Chunk, Outcome] | None":
        if self.workers == 1:
            return None
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["relais.ingest.processing"])
        return OrderedWorkers(process_chunk, self.workers, context)

    def _chunks(self, inputs: Iterable[str]) -> Iterator[Chunk | Unreadable]:
        for name in iter_paths(inputs):
            self.summary.files += 1
            yield from iter_chunks(name)

    def _outcomes(
        self, inputs: Iterable[str], pool: "OrderedWorkers[Chunk, Outcome] | None"
    ) -> Iterator[Outcome]:
        """Outcomes in input order; at most a few chunks in flight per worker (flat memory)."""
        for chunk in self._chunks(inputs):
            if isinstance(chunk, Unreadable):
                yield Outcome(rejections=[Rejection(chunk.where, None, chunk.reason)])
            elif pool is None:
                yield process_chunk(chunk)
            else:
                pool.submit(chunk)
                while pool.pending >= self.workers * IN_FLIGHT_PER_WORKER:
                    yield pool.next_result()
        while pool is not None and pool.pending:
            yield pool.next_result()

    def _apply(self, outcome: Outcome) -> None:
        self.summary.resources += outcome.resources
        self.timings["validate"] += outcome.seconds
        self.timings["validate cpu"] += outcome.cpu_seconds
        for rejection in outcome.rejections:
            self.summary.reject(
                rejection.where, rejection.resource, rejection.reason, rejection.details
            )
        for where, resource, issue in outcome.warnings:
            self.summary.warn(where, resource, issue)
        for group in outcome.groups:
            self._enqueue(group)

    def _enqueue(self, group: Group) -> None:
        self._pending.append(group)
        self._pending_size += len(group.records)
        if self._pending_size >= self.batch_size:
            self._flush()

    def _flush(self) -> None:
        groups, self._pending, self._pending_size = self._pending, [], 0
        if groups:
            self._writer.submit(groups)

    def _write_groups(self, groups: list[Group]) -> None:
        """Runs on the writer thread: one transaction, or one per group if the batch fails."""
        try:
            self._write([r for g in groups for r in g.records])
        except (OperationalError, InterfaceError):
            raise
        except DBAPIError:
            for group in groups:  # isolate the failing group; the others still land
                try:
                    self._write(group.records)
                except (OperationalError, InterfaceError):
                    raise
                except DBAPIError as exc:
                    reason = f"database refused it: {str(exc.orig).splitlines()[0]}"
                    self.summary.reject(group.where, group.label, reason)

    def _write(self, records: list[Record]) -> None:
        with self._phase("write"), self.engine.begin() as conn:
            result = write(conn, records, now=self.now)
        self.summary.created += result.created
        self.summary.updated += result.updated
        self.summary.unchanged += result.unchanged
        for record, issue in result.warnings:
            self.summary.warn(record.where, record.key, issue)
        written = self.summary.created + self.summary.updated
        if written >= self._next_analyze:  # at 2k, 4k, 8k… rows: a few cheap ANALYZEs in all
            self._next_analyze = 2 * written
            with self._phase("statistics"), self.engine.begin() as conn:
                refresh_statistics(conn, STATISTICS)

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
