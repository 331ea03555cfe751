"""Medication facts of a stay: reconciled discharge treatment, stopped drugs, administrations."""

from relais.domain.facts import FactKind, Source
from relais.dossier.draft import Draft
from relais.dossier.french import day_time
from relais.dossier.labels import BLOOD_DERIVATIVE_ATC
from relais.dossier.medication_facts import line_data, line_text, medication_draft
from relais.dossier.medlines import MedLine, medline
from relais.dossier.queries import Records
from relais.dossier.reconcile import IGNORED, Reconciled, reconcile
from relais.dossier.substances import SubstanceMatcher, atc_of
from relais.store.tables import medication_lines

DISCHARGE = "discharge"
INPATIENT = "inpatient"
ENDED = frozenset({"stopped", "completed"})


def stay_lines(records: Records) -> tuple[list[MedLine], list[MedLine], list[MedLine]]:
    """(admission statements, discharge prescriptions, administrations) of the stay.

    Prescriptions categorised ``discharge`` are the treatment at discharge. A stay with none
    (exports that leave ``category`` out, or say ``community`` / ``outpatient``) takes its
    prescriptions not categorised ``inpatient`` instead: those still active are the treatment
    at discharge, those ``stopped`` are treatments stopped during the stay.
    """
    admission, discharge, given, others = [], [], [], []
    for row in records.rows(medication_lines):
        line = medline(row)
        if row.kind == "statement":
            if (row.status or "") != "completed":  # taken before, no longer
                admission.append(line)
        elif row.kind == "request" and (row.category or "") == DISCHARGE:
            discharge.append(line)
        elif row.kind == "request" and (row.category or "") != INPATIENT:
            others.append(line)
        elif row.kind == "administration":
            given.append(line)
    if not discharge:
        discharge = [line for line in others if (line.status or "") not in ENDED]
        admission += [line for line in others if (line.status or "") == "stopped"]
    return admission, discharge, given


def reconciled(records: Records, matcher: SubstanceMatcher) -> list[Reconciled]:
    admission, discharge, _ = stay_lines(records)
    return reconcile(admission, discharge, matcher)


def medication_drafts(
    records: Records, matcher: SubstanceMatcher
) -> tuple[list[Draft], list[MedLine]]:
    """MEDICATION facts of the reconciliation, and the stay's discharge lines (those not
    cancelled, entered in error or draft: the treatment the safety checks read)."""
    admission, discharge, _ = stay_lines(records)
    items = reconcile(admission, discharge, matcher)
    kept = [line for line in discharge if (line.status or "") not in IGNORED]
    return [medication_draft(item, matcher) for item in items], kept


def _is_blood_derivative(line: MedLine) -> bool:
    code, _ = atc_of(line.codings)
    return bool(code) and (code or "").startswith(BLOOD_DERIVATIVE_ATC)


def administration_drafts(records: Records, matcher: SubstanceMatcher) -> list[Draft]:
    """Drugs given during the stay; blood derivatives as their own kind."""
    _, _, given = stay_lines(records)
    found = []
    for line in given:
        if (line.status or "") in ("entered-in-error", "not-done"):
            continue
        data = line_data(line, matcher)
        period = (
            f" du {day_time(line.start)} au {day_time(line.end)}"
            if line.end
            else (f" le {day_time(line.start)}" if line.start else "")
        )
        data.update(
            start=line.start.isoformat() if line.start else None,
            end=line.end.isoformat() if line.end else None,
        )
        kind = FactKind.BLOOD_DERIVATIVE if _is_blood_derivative(line) else FactKind.ADMINISTRATION
        prefix = "Dérivé du sang administré : " if kind is FactKind.BLOOD_DERIVATIVE else ""
        data["done"] = True
        found.append(
            Draft(
                kind,
                f"{prefix}{line_text(data)}{period}",
                line.source,
                when=line.start,
                code=data["atc"],
                system="http://www.whocc.no/atc" if data["atc"] else None,
                data=data,
            )
        )
    return found


def absent_draft(kind: FactKind, text: str, stay_id: str) -> Draft:
    """A yes/no item answered "no" by the record of the stay (source: the stay)."""
    return Draft(kind, text, Source("Encounter", stay_id), negated=True, data={"done": False})
