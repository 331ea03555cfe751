"""Plain-text rendering of patient data for the terminal (French labels)."""

from datetime import date, datetime

from relais.domain.records import PatientRecord, PatientSummary

SEX = {"male": "H", "female": "F", "other": "A", "unknown": "?"}


def fr_date(value: date | datetime | None) -> str:
    if value is None:
        return "—"
    if isinstance(value, datetime):
        return (
            value.strftime("%d/%m/%Y %H:%M")
            if (value.hour or value.minute)
            else value.strftime("%d/%m/%Y")
        )
    return value.strftime("%d/%m/%Y")


def patients_table(found: list[PatientSummary]) -> str:
    if not found:
        return "Aucun patient."
    lines = [f"{'Identifiant':38} {'Nom':32} {'Sexe':4} {'Naissance':10} {'IPP':12} Séjours"]
    for p in found:
        name = f"{(p.family or '').upper()} {p.given or ''}".strip()
        lines.append(
            f"{p.id:38} {name[:32]:32} {SEX.get(p.sex or '', '?'):4} {p.born:10} "
            f"{p.ipp or '—':12} {p.stays}"
        )
    return "\n".join(lines)


def patient_sheet(record: PatientRecord) -> str:
    name = f"{(record.family or '').upper()} {record.given or ''}".strip()
    if record.birth_family and record.birth_family != record.family:
        name += f" (née {record.birth_family.upper()})"
    lines = [
        f"Patient : {name} — {SEX.get(record.sex or '', '?')} — naissance {record.born}",
        f"Identifiant FHIR : {record.id}",
    ]
    lines += [f"  {i.kind} : {i.value}" for i in record.identifiers]
    lines.append(f"Adresse : {record.address or '—'}   Téléphone : {record.phone or '—'}")
    lines.append(f"Médecin traitant : {record.general_practitioner or '—'}")
    lines.append(f"\nSéjours ({len(record.stays)}) :")
    for s in record.stays:
        lines.append(
            f"  {s.id}  {s.class_code or ''} {s.service or ''} "
            f"du {fr_date(s.start)} au {fr_date(s.end)}"
            f"  entrée : {s.admit_source or '—'}  sortie : {s.discharge or '—'}"
        )
    lines.append("\nProblèmes actifs :")
    lines += [f"  {c.label} [{c.code or '—'}]  ({c.source})" for c in record.problems] or ["  —"]
    lines.append("\nTraitements en cours :")
    lines += [f"  {m.label} — {m.detail or ''}  ({m.source})" for m in record.medications] or [
        "  —"
    ]
    lines.append("\nAllergies :")
    lines += [
        f"  {a.label} {('— ' + a.detail) if a.detail else ''} ({a.source})"
        for a in record.allergies
    ] or ["  Aucune allergie connue"]
    lines.append("\nDerniers résultats :")
    for r in record.results:
        flag = (
            f" [{r.interpretation}]" if r.interpretation and r.interpretation not in ("N",) else ""
        )
        ref = f" (N : {r.reference_range})" if r.reference_range else ""
        lines.append(f"  {fr_date(r.when)}  {r.label} : {r.value or '—'} {r.unit or ''}{ref}{flag}")
    if not record.results:
        lines.append("  —")
    lines.append("\nDocuments :")
    lines += [
        f"  {fr_date(d.date)}  {d.title or d.type or '—'} ({d.characters} car., {d.source})"
        for d in record.documents
    ] or ["  —"]
    return "\n".join(lines)
