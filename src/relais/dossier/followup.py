"""Appointments, care plan activities and service requests: what happens after the stay."""

from datetime import datetime

from relais.domain.facts import FactKind, Source
from relais.dossier.draft import Draft
from relais.dossier.french import day_time
from relais.dossier.identity import person
from relais.dossier.queries import Records
from relais.store.tables import care_items

CLOSED = frozenset({"cancelled", "entered-in-error", "noshow", "revoked", "fulfilled"})


def appointment_drafts(records: Records, *, until: datetime | None = None) -> list[Draft]:
    """Booked appointments from the start of the stay (and before the next stay, if any)."""
    found = []
    for row in records.patient_rows(care_items):
        if row.kind != "appointment" or (row.status or "") in CLOSED:
            continue
        if records.scope.start and row.start and row.start < records.scope.start:
            continue
        if until and row.start and row.start >= until:
            continue
        label = row.description or row.text or row.display or "Rendez-vous"
        who = person(records.conn, row.practitioner_id)
        text = f"{label} le {day_time(row.start)}" + (f" avec {who.name}" if who else "")
        found.append(
            Draft(
                FactKind.APPOINTMENT,
                text,
                Source("Appointment", row.fhir_id),
                when=row.start,
                data={
                    "label": label,
                    "start": row.start.isoformat() if row.start else None,
                    "practitioner": who.name if who else None,
                    "status": row.status,
                },
            )
        )
    return found


def follow_up_drafts(records: Records) -> list[Draft]:
    """Care plan activities and service requests recorded in the stay."""
    found = []
    for row in records.rows(care_items):
        if row.kind not in ("careplan-activity", "service-request"):
            continue
        if (row.status or "") in CLOSED:
            continue
        label = row.description or row.text or row.display
        if not label:
            continue
        resource = "CarePlan" if row.kind == "careplan-activity" else "ServiceRequest"
        text = label + (f" (prévu le {day_time(row.start)})" if row.start else "")
        found.append(
            Draft(
                FactKind.FOLLOW_UP,
                text,
                Source(resource, row.fhir_id),
                when=row.start,
                code=row.code,
                system=row.code_system,
                data={"label": label, "type": row.kind, "status": row.status},
            )
        )
    return found
