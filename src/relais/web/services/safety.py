"""The interaction and allergy alerts of a patient's current treatment (ANSM thesaurus)."""

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from relais.web.services.knowledge import KnowledgeCache


@dataclass(frozen=True, slots=True)
class Alerts:
    report: dict[str, Any] | None  # safety.render.report_dict; None when no thesaurus
    warning: str | None


def patient_alerts(conn: Connection, knowledge: KnowledgeCache, patient_id: str) -> Alerts:
    from relais.safety.render import report_dict
    from relais.safety.service import check_patient

    loaded, warning = knowledge.get()
    if loaded is None:
        return Alerts(None, warning)
    _, report = check_patient(conn, loaded, patient_id)
    return Alerts(report_dict(report, loaded.sources), None)
