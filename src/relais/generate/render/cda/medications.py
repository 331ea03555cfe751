"""Treatments as FR-Traitement entries (substanceAdministration): ATC code of the product,
dose (UCUM), frequency (PIVL_TS), route (EDQM), dates; the narrative row they point to."""

import unicodedata
from typing import Any

from relais.generate.render.cda import oids
from relais.generate.render.cda.narrative import Cell
from relais.generate.render.cda.units import ROUTES, UNITS
from relais.generate.render.cda.xml import (
    Element,
    clean,
    entry_id,
    reference,
    sub,
    templates,
    time_el,
)

STATUS_LABELS = {
    "new": "Nouveau",
    "modified": "Modifié",
    "continued": "Poursuivi",
    "stopped": "Arrêté",
    "unreconciled": "Non réconcilié",
}
HEADERS = ("Médicament", "Dose", "Voie", "Fréquence", "Durée", "Statut", "Commentaire")


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower().strip())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _number(value: Any) -> str | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    if number <= 0:
        return None
    return f"{number:g}" if number != int(number) else str(int(number))


def comment(item: dict[str, Any]) -> str:
    parts = []
    if item.get("previous_dose") and item.get("status") == "modified":
        parts.append(f"avant : {item['previous_dose']}")
    if item.get("reason"):
        parts.append(f"motif : {item['reason']}")
    if item.get("indication"):
        parts.append(f"indication : {item['indication']}")
    if item.get("as_needed"):
        parts.append("si besoin")
    return "; ".join(parts)


def row(item: dict[str, Any], content_id: str) -> list[Cell]:
    name = item.get("label") or item.get("substance") or item.get("text") or "Médicament"
    if item.get("substance") and item.get("label") and item["substance"] != item["label"]:
        name = f"{item['label']} ({item['substance']})"
    return [
        (content_id, str(name)),
        item.get("dose") or "",
        item.get("route") or "",
        item.get("frequency") or "",
        item.get("duration") or "",
        STATUS_LABELS.get(str(item.get("status")), ""),
        comment(item),
    ]


def _frequency(admin: Element, data: dict[str, Any]) -> None:
    found = _number(data.get("per_day"))
    if found is None:
        return
    count = float(found)
    hours = 24 / count
    el = sub(admin, "effectiveTime", xsi_type="PIVL_TS", operator="A", institutionSpecified="true")
    if hours == int(hours):
        sub(el, "period", value=str(int(hours)), unit="h")
    else:
        sub(el, "period", value=f"{1 / count:.4g}", unit="d")


def _dose(admin: Element, data: dict[str, Any]) -> None:
    value = _number(data.get("dose_value"))
    unit = UNITS.get(_plain(str(data.get("dose_unit") or "")))
    if value is None or unit is None:
        return
    dose = sub(admin, "doseQuantity")
    sub(dose, "low", value=value, unit=unit)
    sub(dose, "high", value=value, unit=unit)


def medication_entry(
    section: Element,
    document_id: str,
    item: dict[str, Any],
    fact: dict[str, Any],
    content_id: str,
    *,
    stopped: bool,
    low: Any = None,
    high: Any = None,
) -> Element:
    data = {**(fact.get("data") or {}), **item}
    admin = sub(sub(section, "entry"), "substanceAdministration", classCode="SBADM", moodCode="EVN")
    templates(admin, *oids.MEDICATION)
    entry_id(admin, document_id, "medication", item.get("fact") or content_id)
    sub(
        admin,
        "code",
        code="DRUG",
        displayName="Médicament",
        codeSystem=oids.HL7_ACT_CODE,
        codeSystemName="HL7:ActCode",
    )
    reference(admin, "text", content_id)
    sub(admin, "statusCode", code="completed" if stopped else "active")
    span = sub(admin, "effectiveTime", xsi_type="IVL_TS")
    time_el(span, "low", data.get("start") or low)
    time_el(span, "high", data.get("end") or high)
    _frequency(admin, data)
    route = ROUTES.get(_plain(str(data.get("route") or "")))
    if route:
        sub(
            admin,
            "routeCode",
            code=route[0],
            displayName=route[1],
            codeSystem=oids.EDQM,
            codeSystemName="EDQM",
        )
    _dose(admin, data)
    product = sub(sub(admin, "consumable"), "manufacturedProduct")
    templates(product, *oids.PRODUCT)
    material = sub(product, "manufacturedMaterial")
    atc = data.get("atc")
    if atc:
        coded = sub(
            material,
            "code",
            code=atc,
            displayName=data.get("substance"),
            codeSystem=oids.ATC,
            codeSystemName="ATC",
        )
    else:
        coded = sub(material, "code", nullFlavor="UNK")
    reference(coded, "originalText", content_id)
    sub(material, "name", clean(data.get("label") or data.get("substance") or item.get("text")))
    return admin
