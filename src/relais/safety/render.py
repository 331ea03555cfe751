"""The safety report as French text (command line) and as JSON-ready dictionaries."""

from typing import Any

from relais.safety.levels import Tier
from relais.safety.model import AllergyConflict, Interaction, Involved, SafetyReport


def _side(side: Involved) -> dict[str, Any]:
    return {
        "source": side.line.source,
        "label": side.line.label,
        "substance": side.substance.name,
        "via_class": side.via_class,
    }


def interaction_dict(item: Interaction, acknowledged: str | None = None) -> dict[str, Any]:
    return {
        "ref": item.ref,
        "key": item.key,
        "tier": item.tier.value,
        "level": item.level.value,
        "conditional": item.entry.conditional,
        "levels": [{"level": s.level.value, "conduct": s.conduct} for s in item.entry.levels],
        "risk": item.entry.risk,
        "entry": {"number": item.entry.number, "main": item.entry.main, "plus": item.entry.plus},
        "first": _side(item.first),
        "second": _side(item.second),
        "edition": item.edition.label,
        "acknowledged": acknowledged,
    }


def conflict_dict(item: AllergyConflict, acknowledged: str | None = None) -> dict[str, Any]:
    return {
        "ref": item.ref,
        "key": item.key,
        "tier": item.tier.value,
        "allergy": {"source": item.allergy.source, "label": item.allergy.label},
        "line": {"source": item.line.source, "label": item.line.label},
        "substance": item.substance.name,
        "reason": item.reason,
        "acknowledged": acknowledged,
    }


def report_dict(report: SafetyReport, sources: dict[str, str]) -> dict[str, Any]:
    ack = report.acknowledged
    return {
        "edition": {
            "label": report.edition.label,
            "published": report.edition.published,
            "source": report.edition.source,
        },
        "sources": sources,
        "alerts": len(report.alerts),
        "interactions": [interaction_dict(i, ack.get(i.key)) for i in report.interactions],
        "allergy_conflicts": [conflict_dict(c, ack.get(c.key)) for c in report.allergy_conflicts],
        "lines": [
            {
                "source": n.line.source,
                "label": n.line.label,
                "substances": [s.name for s in n.substances],
                "in_thesaurus": [s.name for s in n.substances if s.in_thesaurus],
                "method": n.method,
            }
            for n in report.lines
        ],
        "unresolved": [{"source": u.source, "label": u.label} for u in report.unresolved],
        "ended": [{"source": e.source, "label": e.label} for e in report.ended],
        "notes": list(report.notes),
    }


def _who(side: Involved) -> str:
    via = f" [{side.via_class}]" if side.via_class else ""
    return f"{side.substance.name}{via} ({side.line.label} — {side.line.source})"


def _interaction_text(item: Interaction, ack: str | None) -> list[str]:
    level = item.level.value
    if item.entry.conditional:
        level += " (selon les conditions : " + " / ".join(s.level.value for s in item.entry.levels)
        level += ")"
    lines = [
        f"[{item.ref}] {level} — {_who(item.first)} + {_who(item.second)}",
        f"    Thésaurus : {item.entry.main} + {item.entry.plus}",
        f"    Risque : {item.entry.risk}",
    ]
    for statement in item.entry.levels:
        if statement.conduct:
            prefix = f"{statement.level.value} : " if item.entry.conditional else ""
            lines.append(f"    Conduite à tenir : {prefix}{statement.conduct}")
    if ack:
        lines.append(f"    Acquittée : {ack}")
    return lines


def report_text(report: SafetyReport) -> str:
    out = [
        f"Thésaurus ANSM des interactions médicamenteuses, édition {report.edition.label}. "
        f"{len(report.lines)} ligne(s) analysée(s), {len(report.unresolved)} non reconnue(s)."
        + (f" {len(report.ended)} terminée(s), non comparée(s)." if report.ended else "")
    ]
    out += [f"Attention : {note}" for note in report.notes]
    ack = report.acknowledged
    alerts = [i for i in report.interactions if i.tier is Tier.ALERT]
    infos = [i for i in report.interactions if i.tier is Tier.INFORMATION]
    if report.allergy_conflicts:
        out += ["", f"ALERTES ALLERGIE ({len(report.allergy_conflicts)})"]
        for c in report.allergy_conflicts:
            out.append(
                f"[{c.ref}] {c.line.label} ({c.line.source}) malgré l'allergie « "
                f"{c.allergy.label} » ({c.allergy.source}) : {c.reason}"
            )
            if ack.get(c.key):
                out.append(f"    Acquittée : {ack[c.key]}")
    for title, items in (("ALERTES", alerts), ("INFORMATIONS", infos)):
        if items:
            out += ["", f"{title} ({len(items)})"]
            for item in items:
                out += _interaction_text(item, ack.get(item.key))
    if not report.interactions and not report.allergy_conflicts:
        out += ["", "Aucune interaction ni allergie en conflit."]
    if report.unresolved:
        out += ["", "Médicaments non reconnus (à vérifier) :"]
        out += [f"  - {u.label} ({u.source})" for u in report.unresolved]
    return "\n".join(out)
