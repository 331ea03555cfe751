"""Notable results (abnormal, first and last of a series), pending results, BMR screening."""

from collections import defaultdict
from typing import Any

from relais.domain.facts import FactKind, Source
from relais.dossier.draft import Draft
from relais.dossier.french import day_time, decimal
from relais.dossier.labels import ABNORMAL, BMR_LOINC, PENDING_OBSERVATION, PENDING_REPORT
from relais.dossier.queries import Records, raw_resources
from relais.dossier.units import shown
from relais.store.tables import diagnostic_reports, observations

SKIPPED = frozenset({"entered-in-error", "cancelled"})
NEGATIVE_SNOMED = frozenset({"260385009", "260415000"})  # négatif, non détecté
INTERPRETATION_FR = {"H": "élevé", "HH": "très élevé", "L": "bas", "LL": "très bas", "A": "anormal"}
LOINC = "http://loinc.org"


def _abnormal(row: Any) -> bool:
    if (row.interpretation or "") in ABNORMAL:
        return True
    value = row.value_num
    if value is None:
        return False
    return (row.ref_low is not None and value < row.ref_low) or (
        row.ref_high is not None and value > row.ref_high
    )


def _range(row: Any) -> str | None:
    if row.ref_text:
        return str(row.ref_text)
    if row.ref_low is not None and row.ref_high is not None:
        return f"N {decimal(row.ref_low)}–{decimal(row.ref_high)}"
    if row.ref_high is not None:
        return f"N < {decimal(row.ref_high)}"
    if row.ref_low is not None:
        return f"N > {decimal(row.ref_low)}"
    return None


def observation_draft(row: Any, position: str) -> Draft:
    label = row.text or row.display or row.code or "résultat"
    value = decimal(row.value_num) if row.value_num is not None else row.value_text
    unit = shown(row.value_unit)
    text = f"{label} : {value}" + (f" {unit}" if unit else "")
    extras = [e for e in (_range(row), INTERPRETATION_FR.get(row.interpretation or "")) if e]
    text += f" ({', '.join(extras)})" if extras else ""
    text += f", le {day_time(row.effective)}"
    loinc = row.code if (row.code_system or LOINC) == LOINC else None
    return Draft(
        FactKind.OBSERVATION,
        text,
        Source("Observation", row.fhir_id),
        when=row.effective,
        code=row.code,
        system=row.code_system,
        data={
            "label": label,
            "value": row.value_num if row.value_num is not None else row.value_text,
            "unit": unit,
            "low": row.ref_low,
            "high": row.ref_high,
            "interpretation": row.interpretation,
            "abnormal": _abnormal(row),
            "loinc": loinc,
            "category": row.category,
            "component": row.component,
            "position": position,
        },
    )


def notable_drafts(observation_rows: list[Any]) -> list[Draft]:
    """Per test: the first and the last value, and every abnormal one; vital signs: the first."""
    series: dict[tuple[Any, ...], list[Any]] = defaultdict(list)
    for row in observation_rows:
        if row.value_num is None and row.value_text is None:
            continue  # a panel whose values are in its components
        series[(row.code_system, row.code, row.text, row.category)].append(row)
    found = []
    for key, values in series.items():
        values.sort(key=lambda r: (r.effective is None, r.effective, r.fhir_id, r.component))
        picks: dict[int, str] = {0: "premier"}
        if key[3] != "vital-signs":
            picks.setdefault(len(values) - 1, "dernier")
            for i, row in enumerate(values):
                if _abnormal(row):
                    picks.setdefault(i, "anormal")
        if len(values) == 1:
            picks[0] = "unique"
        found += [observation_draft(values[i], position) for i, position in sorted(picks.items())]
    return found


def bmr_draft(row: Any, raw: Any) -> Draft:
    concept = (raw or {}).get("valueCodeableConcept") or {}
    codes = {c.get("code") for c in concept.get("coding") or []}
    positive = (row.interpretation or "") == "POS" or bool(codes - NEGATIVE_SNOMED - {None})
    organisms = [c.get("display") for c in concept.get("coding") or [] if c.get("code")]
    organisms = [o for o in organisms if o and not codes <= NEGATIVE_SNOMED]
    result = row.value_text or concept.get("text") or ("positive" if positive else "négative")
    return Draft(
        FactKind.MICROBIOLOGY,
        f"Recherche de BMR/BHRe réalisée le {day_time(row.effective)} : {result}",
        Source("Observation", row.fhir_id),
        when=row.effective,
        code=row.code,
        system=row.code_system,
        data={
            "done": True,
            "positive": positive,
            "organisms": organisms,
            "result": result,
            "loinc": row.code,
        },
    )


def _pending(source: Source, label: str, row: Any, when: Any, detail: str | None) -> Draft:
    text = f"{label} : résultat en attente" + (f" ({detail})" if detail else "")
    return Draft(
        FactKind.PENDING_RESULT,
        f"{text}, prélevé le {day_time(when)}" if when else text,
        source,
        when=when,
        code=row.code,
        system=row.code_system,
        data={"label": label, "status": row.status, "detail": detail, "loinc": row.code},
    )


def result_drafts(records: Records) -> list[Draft]:
    found: list[Draft] = []
    kept = []
    all_rows = [r for r in records.rows(observations) if (r.status or "") not in SKIPPED]
    bmr_ids = [r.fhir_id for r in all_rows if r.code in BMR_LOINC]
    raws = raw_resources(records.conn, "Observation", bmr_ids)
    for row in all_rows:
        label = row.text or row.display or row.code or "examen"
        if row.code in BMR_LOINC:
            if (row.status or "") not in PENDING_OBSERVATION:
                found.append(bmr_draft(row, raws.get(row.fhir_id)))
                continue
        if (row.status or "") in PENDING_OBSERVATION:
            source = Source("Observation", row.fhir_id)
            found.append(_pending(source, label, row, row.effective, row.value_text))
        else:
            kept.append(row)
    found += notable_drafts(kept)
    for row in records.rows(diagnostic_reports):
        if (row.status or "") in PENDING_REPORT:
            label = row.text or row.display or row.code or "compte rendu"
            source = Source("DiagnosticReport", row.fhir_id)
            found.append(_pending(source, label, row, row.effective, row.conclusion))
    return found
