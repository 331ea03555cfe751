"""The ingestion report printed as JSON by ``relais ingest``."""

import threading
from dataclasses import dataclass, field
from typing import Any

from relais.ingest.model import Issue, Where

MAX_LISTED = 1000  # rejections and warnings listed in full up to this many each


@dataclass(slots=True)
class IngestSummary:
    files: int = 0
    resources: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[dict[str, Any]] = field(default_factory=list)
    rejected_count: int = 0
    warnings: list[dict[str, Any]] = field(default_factory=list)
    warning_count: int = 0
    dangling_references: int = 0
    dangling_examples: list[dict[str, str]] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _warning_index: dict[str, dict[str, Any]] = field(default_factory=dict, repr=False)

    def reject(
        self, where: Where, resource: str | None, reason: str, details: list[str] | None = None
    ) -> None:
        with self._lock:
            self._add_rejection(where, resource, reason, details)

    def _add_rejection(
        self, where: Where, resource: str | None, reason: str, details: list[str] | None
    ) -> None:
        self.rejected_count += 1
        if len(self.rejected) < MAX_LISTED:
            entry: dict[str, Any] = {"file": where.file, "position": where.position or None}
            entry.update({"resource": resource, "reason": reason})
            if details:
                entry["details"] = details
            self.rejected.append(entry)

    def warn(self, where: Where, resource: str | None, issue: Issue) -> None:
        """Record a warning; the same message is listed once, with a count and its first place."""
        message = str(issue)
        with self._lock:
            self.warning_count += 1
            entry = self._warning_index.get(message)
            if entry is not None:
                entry["count"] += 1
            elif len(self.warnings) < MAX_LISTED:
                entry = {
                    "warning": message,
                    "count": 1,
                    "file": where.file,
                    "position": where.position or None,
                    "resource": resource,
                }
                self._warning_index[message] = entry
                self.warnings.append(entry)

    @property
    def ok(self) -> bool:
        return self.rejected_count == 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "files": self.files,
            "resources": self.resources,
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "rejected": self.rejected,
            "rejected_count": self.rejected_count,
            "warnings": self.warnings,
            "warning_count": self.warning_count,
            "dangling_references": {
                "count": self.dangling_references,
                "examples": self.dangling_examples,
            },
        }
