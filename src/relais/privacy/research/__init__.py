"""Secondary use of the data: patients' opposition, the transparency register of projects, and
pseudonymised Parquet extracts (``run_export``) that leave opposed patients out."""

from relais.privacy.research.columns import SCHEMAS, TABLES
from relais.privacy.research.export import ExportSummary, project_key, run_export
from relais.privacy.research.opposition import (
    CHANNELS,
    OppositionChange,
    add_opposition,
    current_oppositions,
    history,
    opposed_patient_ids,
    withdraw_opposition,
)
from relais.privacy.research.register import ExportEntry, Project, get_project, list_projects

__all__ = [
    "CHANNELS",
    "SCHEMAS",
    "TABLES",
    "ExportEntry",
    "ExportSummary",
    "OppositionChange",
    "Project",
    "add_opposition",
    "current_oppositions",
    "get_project",
    "history",
    "list_projects",
    "opposed_patient_ids",
    "project_key",
    "run_export",
    "withdraw_opposition",
]
