"""Diagnoses, problems, history, risk factors, family history and allergies as facts."""

from typing import Any

from sqlalchemy import Connection

from relais.domain.facts import FactKind, Source
from relais.dossier.draft import Draft
from relais.dossier.french import day
from relais.dossier.labels import RISK_FACTOR_CIM10
from relais.dossier.queries import Records, Scope, raw_referring
from relais.store.tables import allergies, conditions, procedures

NOT_TRUE = frozenset({"refuted", "entered-in-error"})
UNCERTAIN = frozenset({"provisional", "differential", "unconfirmed"})
INACTIVE = frozenset({"inactive", "resolved", "remission"})
ICD10 = "http://hl7.org/fhir/sid/icd-10"


def _ranks(raw_encounters: dict[str, Any]) -> dict[str, int]:
    ranks: dict[str, int] = {}
    for raw in raw_encounters.values():
        for diagnosis in raw.get("diagnosis") or []:
            reference = str((diagnosis.get("condition") or {}).get("reference") or "")
            if diagnosis.get("rank") is not None:
                ranks[reference.rsplit("/", 1)[-1].rsplit(":", 1)[-1]] = int(diagnosis["rank"])
    return ranks


def _kind(row: Any, scope: Scope) -> FactKind:
    code = row.code or ""
    if row.category == "encounter-diagnosis":
        in_stay = not scope.whole_patient and row.encounter_id in scope.encounter_ids
        return FactKind.DIAGNOSIS if in_stay else FactKind.HISTORY
    if code.startswith(RISK_FACTOR_CIM10):
        return FactKind.RISK_FACTOR
    if (row.clinical_status or "") in INACTIVE:
        return FactKind.HISTORY
    return FactKind.PROBLEM


def condition_drafts(records: Records, raw_encounters: dict[str, Any]) -> list[Draft]:
    found = []
    ranks = _ranks(raw_encounters)
    for row in records.rows(conditions, patient_level=True):
        if (row.verification_status or "") in NOT_TRUE:
            continue
        kind = _kind(row, records.scope)
        label = row.text or row.display or row.code or "affection"
        rank = ranks.get(row.fhir_id)
        text = label + (f" ({row.code})" if row.code else "")
        if kind is FactKind.DIAGNOSIS:
            text = ("Diagnostic principal : " if rank == 1 else "Diagnostic associé : ") + text
        elif row.onset:
            text += f", depuis {row.onset.year}"
        found.append(
            Draft(
                kind,
                text,
                Source("Condition", row.fhir_id),
                when=row.onset or row.recorded,
                code=row.code,
                system=row.code_system,
                hypothesis=(row.verification_status or "") in UNCERTAIN,
                data={
                    "label": label,
                    "cim10": row.code if (row.code_system or ICD10) == ICD10 else None,
                    "code": row.code,
                    "category": row.category,
                    "clinical_status": row.clinical_status,
                    "rank": rank,
                    "principal": rank == 1,
                    "onset": row.onset.isoformat() if row.onset else None,
                },
            )
        )
    return found


def surgery_drafts(records: Records) -> list[Draft]:
    """Past procedures recorded without a stay, before it (surgical history)."""
    found = []
    for row in records.rows(procedures, patient_level=True):
        if row.encounter_id is not None or (row.status or "") in NOT_TRUE:
            continue
        if (
            records.scope.start
            and row.performed_start
            and row.performed_start > records.scope.start
        ):
            continue
        label = row.text or row.display or row.code or "intervention"
        year = f" ({row.performed_start.year})" if row.performed_start else ""
        found.append(
            Draft(
                FactKind.HISTORY,
                f"Antécédent chirurgical : {label}{year}",
                Source("Procedure", row.fhir_id),
                when=row.performed_start,
                code=row.code,
                system=row.code_system,
                data={"label": label, "type": "chirurgical", "ccam": row.code},
            )
        )
    return found


def family_drafts(conn: Connection, patient_id: str) -> list[Draft]:
    found = []
    raws = raw_referring(conn, "FamilyMemberHistory", "Patient", [patient_id])
    for fhir_id, raw in sorted(raws.items()):
        if raw.get("status") == "entered-in-error":
            continue
        relation = (raw.get("relationship") or {}).get("text") or "apparenté"
        for condition in raw.get("condition") or [{}]:
            label = (condition.get("code") or {}).get("text") or "affection non précisée"
            age = (condition.get("onsetAge") or {}).get("value")
            text = f"{relation} : {label}" + (f" à {age:g} ans" if age is not None else "")
            found.append(
                Draft(
                    FactKind.FAMILY_HISTORY,
                    text[:1].upper() + text[1:],
                    Source("FamilyMemberHistory", fhir_id),
                    data={"relation": relation, "label": label, "onset_age": age},
                )
            )
    return found


def allergy_drafts(records: Records) -> list[Draft]:
    found = []
    for row in records.patient_rows(allergies):
        if (row.verification_status or "") in NOT_TRUE:
            continue
        label = row.text or row.display or row.code or "allergène"
        text = f"Allergie : {label}" + (f" ({row.reaction})" if row.reaction else "")
        if (row.clinical_status or "") in INACTIVE:
            text += f", {row.clinical_status}"
        found.append(
            Draft(
                FactKind.ALLERGY,
                text,
                Source("AllergyIntolerance", row.fhir_id),
                when=row.onset,
                code=row.code,
                system=row.code_system,
                hypothesis=(row.verification_status or "") in UNCERTAIN,
                data={
                    "substance": label,
                    "reaction": row.reaction,
                    "criticality": row.criticality,
                    "category": row.category,
                    "clinical_status": row.clinical_status,
                    "since": day(row.onset) if row.onset else None,
                },
            )
        )
    return found
