"""Reconciled medication lines → MEDICATION facts (text a physician reads, data to verify)."""

from typing import Any

from relais.domain.facts import FactKind
from relais.dossier.draft import Draft
from relais.dossier.french import capitalised, joined
from relais.dossier.labels import STATUS_LABELS
from relais.dossier.medlines import MedLine
from relais.dossier.reconcile import Reconciled
from relais.dossier.substances import SubstanceMatcher, atc_of
from relais.safety.names import name_key


def line_data(line: MedLine, matcher: SubstanceMatcher) -> dict[str, Any]:
    """The structured values of one line (shared by medications and administrations)."""
    schedule = line.schedule
    atc, _ = atc_of(line.codings)
    return {
        "label": line.label,
        "substance": matcher.substance_name(line.label, line.codings),
        "atc": atc,
        "dose_value": line.dose.value,
        "dose_unit": line.dose.unit_shown,
        "dose": line.dose.text(),
        "frequency": schedule.french(),
        "frequency_code": line.frequency,
        "per_day": schedule.per_day,
        "as_needed": schedule.as_needed,
        "route": line.route,
        "duration": line.duration,
        "dosage_text": line.dosage_text,
        "indication": line.indication,
    }


def _name(data: dict[str, Any]) -> str:
    label, substance = data["label"], data["substance"]
    if name_key(substance) and name_key(substance) not in name_key(label):
        return f"{capitalised(label)} ({substance})"
    return capitalised(label)


def line_text(data: dict[str, Any]) -> str:
    duration = f"pendant {data['duration']}" if data.get("duration") else None
    body = joined(data.get("dose"), data.get("route"), data.get("frequency"), duration)
    return f"{_name(data)} {body}".strip() if body else _name(data)


def medication_draft(item: Reconciled, matcher: SubstanceMatcher) -> Draft:
    line, previous = item.line, item.previous
    data = line_data(line, matcher)
    data.update(
        status=item.status,
        changes=list(item.changes),
        reason=item.reason,
        previous_dose=previous.dose.text() if previous else None,
        previous_dose_value=previous.dose.value if previous else None,
        previous_dose_unit=previous.dose.unit_shown if previous else None,
        previous_frequency=previous.schedule.french() if previous else None,
        previous_source=str(previous.source) if previous else None,
        prescription="admission" if item.status in ("stopped", "unreconciled") else "discharge",
    )
    text = f"{line_text(data)} — {STATUS_LABELS[item.status]}"
    if (line.status or "") == "on-hold":
        text += " (suspendu)"
    if item.status == "modified" and previous is not None:
        before = [data["previous_dose"]] if "dose" in item.changes else []
        if "fréquence" in item.changes:
            before.append(data["previous_frequency"])
        if "voie" in item.changes:
            before.append(previous.route)
        text += f" (avant : {joined(*before) or line_text(line_data(previous, matcher))})"
    elif item.status == "stopped":
        text += f" (motif : {item.reason})" if item.reason else " (motif non renseigné)"
    when = (line.end or line.when) if item.status == "stopped" else line.when
    atc = data["atc"]
    return Draft(
        FactKind.MEDICATION,
        text,
        line.source,
        when=when,
        code=atc,
        system="http://www.whocc.no/atc" if atc else None,
        data=data,
    )
