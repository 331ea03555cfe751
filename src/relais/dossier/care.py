"""Procedures, transfusion, implanted devices and adverse events of the stay as facts."""

from typing import Any

from relais.domain.facts import FactKind, Source
from relais.dossier.draft import Draft
from relais.dossier.french import day, day_time
from relais.dossier.labels import TRANSFUSION_CCAM
from relais.dossier.queries import Records, raw_referring, referenced_ids, wall_clock
from relais.store.tables import devices, medication_lines, procedures

NOT_DONE = frozenset({"entered-in-error", "not-done", "cancelled"})


def _is_transfusion(row: Any) -> bool:
    text = f"{row.text or ''} {row.display or ''}".lower()
    return (row.code or "") in TRANSFUSION_CCAM or "transfusion" in text


def procedure_drafts(records: Records) -> tuple[list[Draft], list[str]]:
    """Procedures of the stay and transfusions; also the ids of the procedures read."""
    found, ids = [], []
    for row in records.rows(procedures):
        if row.encounter_id is None or (row.status or "") in NOT_DONE:
            continue
        ids.append(row.fhir_id)
        label = row.text or row.display or row.code or "acte"
        source = Source("Procedure", row.fhir_id)
        if _is_transfusion(row):
            reaction = row.complication
            text = f"{label} le {day_time(row.performed_start)}"
            text += (
                f" — réaction : {reaction}"
                if reaction
                else (f" — {row.outcome}" if row.outcome else "")
            )
            data = {"done": True, "label": label, "reaction": reaction, "outcome": row.outcome}
            found.append(
                Draft(
                    FactKind.TRANSFUSION,
                    text,
                    source,
                    row.performed_start,
                    row.code,
                    row.code_system,
                    data={**data, "ccam": row.code},
                )
            )
            continue
        text = f"{label}" + (f" ({row.code})" if row.code else "")
        text += f", le {day_time(row.performed_start)}"
        if row.complication:
            text += f" — complication : {row.complication}"
        found.append(
            Draft(
                FactKind.PROCEDURE,
                text,
                source,
                row.performed_start,
                row.code,
                row.code_system,
                data={
                    "label": label,
                    "ccam": row.code,
                    "outcome": row.outcome,
                    "complication": row.complication,
                },
            )
        )
    return found, ids


def device_drafts(records: Records, procedure_ids: list[str]) -> list[Draft]:
    """Devices implanted during the stay (``focalDevice`` of its procedures); all of a patient."""
    patient_devices = records.patient_rows(devices)
    wanted = set()
    if patient_devices and not records.scope.whole_patient:
        wanted = set(referenced_ids(records.conn, "Procedure", procedure_ids, "Device"))
    found = []
    for row in patient_devices:
        if not records.scope.whole_patient and row.fhir_id not in wanted:
            continue
        if (row.status or "") == "entered-in-error":
            continue
        label = row.text or row.model or row.display or "dispositif médical"
        details = [
            f"fabricant {row.manufacturer}" if row.manufacturer else None,
            f"lot {row.lot}" if row.lot else None,
            f"IUD {row.udi}" if row.udi else None,
        ]
        shown = ", ".join(d for d in details if d)
        found.append(
            Draft(
                FactKind.DEVICE,
                f"{label}" + (f" ({shown})" if shown else ""),
                Source("Device", row.fhir_id),
                code=row.code,
                system=row.code_system,
                data={
                    "label": label,
                    "manufacturer": row.manufacturer,
                    "lot": row.lot,
                    "udi": row.udi,
                    "expiry": day(row.expiry) if row.expiry else None,
                },
            )
        )
    return found


def _suspects(records: Records, raw: Any) -> list[str]:
    ids = [
        str((s.get("instance") or {}).get("reference") or "").rsplit("/", 1)[-1].rsplit(":", 1)[-1]
        for s in raw.get("suspectEntity") or []
    ]
    lines = {r.fhir_id: r for r in records.patient_rows(medication_lines)}
    return [str(lines[i].text or lines[i].display) for i in ids if i in lines]


def adverse_event_drafts(records: Records) -> list[Draft]:
    if records.scope.whole_patient:
        raws = raw_referring(records.conn, "AdverseEvent", "Patient", [records.scope.patient_id])
    else:
        raws = raw_referring(
            records.conn, "AdverseEvent", "Encounter", list(records.scope.encounter_ids)
        )
    found = []
    for fhir_id, raw in sorted(raws.items()):
        if raw.get("actuality") == "potential":
            continue
        label = (raw.get("event") or {}).get("text") or "événement indésirable"
        category = ", ".join(c.get("text") or "" for c in raw.get("category") or []) or None
        suspects = _suspects(records, raw)
        seriousness = (raw.get("seriousness") or {}).get("text")
        text = f"{category or 'Événement indésirable'} : {label}"
        text += f" (médicament suspecté : {', '.join(suspects)})" if suspects else ""
        moment = wall_clock(raw.get("date"))
        found.append(
            Draft(
                FactKind.ADVERSE_EVENT,
                text + (f", {seriousness.lower()}" if seriousness else ""),
                Source("AdverseEvent", fhir_id),
                when=moment,
                data={
                    "label": label,
                    "category": category,
                    "suspects": suspects,
                    "seriousness": seriousness,
                },
            )
        )
    return found
