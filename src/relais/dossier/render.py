"""The dossier as plain French text for the terminal: header, then facts by kind."""

from itertools import groupby

from relais.dossier.french import day_time
from relais.dossier.labels import KIND_TITLES
from relais.dossier.model import Dossier


def dossier_text(dossier: Dossier) -> str:
    lines = []
    p = dossier.patient
    lines.append(f"{p.given or ''} {(p.family or '').upper()} — IPP {p.ipp or '?'}".strip())
    if dossier.stay:
        s = dossier.stay
        lines.append(
            f"Séjour {s.nda or s.id} en {s.service or '?'} du {day_time(s.start)}"
            f" au {day_time(s.end)}"
        )
    if dossier.hospital:
        finess = dossier.hospital.finess
        lines.append(f"{dossier.hospital.name}" + (f" (FINESS {finess})" if finess else ""))
    for kind, facts in groupby(dossier.facts, key=lambda f: f.kind):
        lines.append("")
        lines.append(KIND_TITLES.get(kind, kind.value))
        for fact in facts:
            flags = " [nié]" if fact.negated else ""
            flags += " [hypothèse]" if fact.hypothesis else ""
            lines.append(f"  [{fact.id}] {fact.text}{flags}  ← {fact.source}")
    return "\n".join(lines)
