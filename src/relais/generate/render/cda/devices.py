"""FR-Dispositif-medical entries (supply): the implanted device, its UDI as identifier."""

from typing import Any

from relais.generate.render.cda import oids
from relais.generate.render.cda.xml import Element, entry_id, reference, sub, templates, time_el

GS1 = "1.3.160"  # issuing agency of GS1 UDIs


def device_entry(
    section: Element, document_id: str, content_id: str, fact: dict[str, Any]
) -> Element:
    data = fact.get("data") or {}
    supply = sub(sub(section, "entry"), "supply", classCode="SPLY", moodCode="EVN")
    templates(supply, *oids.DEVICE)
    entry_id(supply, document_id, "device", content_id)
    reference(supply, "text", content_id)
    span = sub(supply, "effectiveTime", xsi_type="IVL_TS")
    time_el(span, "low", fact.get("when"))
    role = sub(sub(supply, "participant", typeCode="DEV"), "participantRole", classCode="MANU")
    if data.get("udi"):
        sub(role, "id", root=GS1, extension=data["udi"])
    else:
        sub(role, "id", nullFlavor="UNK")
    device = sub(role, "playingDevice", classCode="DEV", determinerCode="INSTANCE")
    coded = sub(device, "code", nullFlavor="UNK")
    reference(coded, "originalText", content_id)
    if data.get("label"):
        sub(device, "manufacturerModelName", data["label"])
    return supply
