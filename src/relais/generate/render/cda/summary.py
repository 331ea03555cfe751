"""Synthèse médicale du séjour (42545-4, FR-Resultats-evenements-LDL-SES): admission and
discharge modes (ORG-070, ORG-074), medical summary (MED-142), adverse events (MED-143),
multi-resistant organisms searched / found (MED-309, MED-144), transfusion and blood
derivatives with their reactions (MED-145 to MED-148)."""

from typing import Any

from relais.generate.render.cda import modes, sections
from relais.generate.render.cda.common import TO_WRITE, french_date, prose
from relais.generate.render.cda.model import CdaContext
from relais.generate.render.cda.narrative import Cell, section, text_block
from relais.generate.render.cda.observations import Value, simple_observation
from relais.generate.render.cda.xml import Element

T = "1.2.250.1.213.1.1.3.48."  # FR-Simple-observation leaves


def _items(drafted: dict[str, Any] | None) -> dict[str, dict[str, Any]]:
    return {str(i["item"]): i for i in (drafted or {}).get("items") or [] if i.get("item")}


def _flag(item: dict[str, Any] | None) -> bool | None:
    if not item:
        return None
    return {"oui": True, "non": False}.get(str(item.get("value")))


def _facts_data(document: dict[str, Any], item: dict[str, Any] | None) -> list[dict[str, Any]]:
    facts = document.get("facts") or {}
    return [facts[f].get("data") or {} for f in (item or {}).get("facts") or [] if f in facts]


def _yes_no(value: bool | None) -> str:
    return {True: "Oui", False: "Non", None: "Non renseigné"}[value]


def _mode(label: str, stay: dict[str, Any], key: str, coded: Any, when: Any) -> str:
    pmsi = stay.get(key) or {}
    text = coded.display if coded else "non renseignée"
    if pmsi.get("label"):
        text += f" (PMSI : {pmsi['label']})"
    return f"{french_date(when)}, {text}" if when else text


def events_section(
    body: Element, document: dict[str, Any], drafted: dict[str, Any] | None, context: CdaContext
) -> Element:
    stay = document.get("stay") or {}
    items = _items(drafted)
    summary = prose(drafted)
    when = stay.get("end") or document["created_at"]
    entree = modes.admission(stay, context.admission_priority)
    sortie = modes.discharge(stay)
    adverse, bmr, transfusion, derivatives = (
        items.get(k)
        for k in ("adverse_events", "bmr_screening", "transfusion", "blood_derivatives")
    )
    organisms = sorted(
        {str(o) for d in _facts_data(document, bmr) for o in d.get("organisms") or []}
    )
    transfused, derived = _flag(transfusion), _flag(derivatives)
    reactions = [
        str(d.get("reaction") or d.get("outcome"))
        for d in _facts_data(document, transfusion)
        if d.get("done", True) and (d.get("reaction") or d.get("outcome"))
    ]
    rows: list[tuple[str, str, str, str, str, Value, str]] = [
        # (content ID, row label, narrative, code, template leaf, value, type if unknown)
        (
            "modalite-entree",
            "Modalité et date d'entrée",
            _mode("entrée", stay, "mode_entree", entree, stay.get("start")),
            "ORG-070",
            T + "6",
            entree,
            "CE",
        ),
        (
            "modalite-sortie",
            "Modalité et date de sortie",
            _mode("sortie", stay, "mode_sortie", sortie, stay.get("end")),
            "ORG-074",
            T + "7",
            sortie,
            "CE",
        ),
        (
            "synthese",
            "Synthèse médicale",
            summary,
            "MED-142",
            T + "9",
            None if summary == TO_WRITE else summary,
            "ST",
        ),
    ]
    if adverse:
        present = _flag(adverse)
        text = str(adverse.get("text")) if present else "Aucun"
        rows.append(
            (
                "evenements-indesirables",
                "Événements indésirables pendant le séjour",
                text,
                "MED-143",
                T + "3",
                text if present is not None else None,
                "ST",
            )
        )
    rows.append(
        (
            "recherche-bmr",
            "Recherche de micro-organismes multirésistants ou émergents",
            str((bmr or {}).get("text") or _yes_no(_flag(bmr))),
            "MED-309",
            T + "8",
            _flag(bmr),
            "BL",
        )
    )
    if organisms:
        rows.append(
            (
                "bmr-identifies",
                "Micro-organismes multirésistants identifiés",
                ", ".join(organisms),
                "MED-144",
                T + "5",
                ", ".join(organisms),
                "ST",
            )
        )
    rows.append(
        (
            "transfusion",
            "Transfusion de produits sanguins",
            str((transfusion or {}).get("text") or _yes_no(transfused)),
            "MED-145",
            T + "10",
            transfused,
            "BL",
        )
    )
    if transfused:
        text = "; ".join(reactions) or "Non renseigné"
        rows.append(
            (
                "accidents-transfusionnels",
                "Accidents transfusionnels",
                text,
                "MED-146",
                T + "1",
                "; ".join(reactions) or None,
                "ST",
            )
        )
    rows.append(
        (
            "derives-sang",
            "Administration de dérivés du sang",
            str((derivatives or {}).get("text") or _yes_no(derived)),
            "MED-147",
            T + "2",
            derived,
            "BL",
        )
    )
    sect = section(body, document["id"], sections.EVENTS, "Synthèse médicale du séjour")
    table: list[list[Cell]] = [[label, (cid, text)] for cid, label, text, *_ in rows]
    extra = [
        [None, str(i["text"])]
        for i in (drafted or {}).get("items") or []
        if i.get("item") in ("alert", "implanted_devices") and i.get("text")
    ]
    text_block(sect, headers=("Synthèse médicale du séjour", ""), rows=[*table, *extra])
    for cid, label, _text, code, leaf, value, kind in rows:
        simple_observation(
            sect,
            document["id"],
            template=leaf,
            code=code,
            display=label,
            text_id=cid,
            when=when,
            value=value,
            kind=kind,
        )
    return sect
