"""Document status (33557-0): "en cours" while a draft, "approuvé" once signed (GEN-065)."""

from typing import Any

from relais.generate.render.cda import oids, sections
from relais.generate.render.cda.narrative import section, text_block
from relais.generate.render.cda.observations import Coded, simple_observation
from relais.generate.render.cda.xml import Element

IN_PROGRESS = Coded("385651009", oids.SNOMED, "en cours d'exécution")
APPROVED = Coded("9571008", oids.SNOMED, "approuvé")
AI_LABEL = "Document rédigé avec l'aide d'une IA — à relire, non signé"


def status_section(body: Element, document: dict[str, Any], *, letter: bool) -> Element:
    signed = document.get("status") == "signed"
    kind = sections.STATUS_LDL if letter else sections.STATUS
    sect = section(body, document["id"], kind, "Statut du document")
    label = "Validé et signé" if signed else f"En cours — {document.get('label') or AI_LABEL}"
    text_block(sect, rows=[["Statut du document", ("statut-document", label)]])
    leaf = ("1.2.250.1.213.1.1.3.48.16", "1.2.250.1.213.1.1.3.48.16.1")
    simple_observation(
        sect,
        document["id"],
        template=leaf[0],
        extra_templates=leaf[1:] if letter else (),
        code="GEN-065",
        display="Statut du document",
        text_id="statut-document",
        when=document.get("signed_at") or document["created_at"],
        value=APPROVED if signed else IN_PROGRESS,
        kind="CD",
    )
    return sect
