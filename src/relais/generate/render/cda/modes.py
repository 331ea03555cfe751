"""PMSI admission and discharge modes → the CI-SIS value sets of ORG-070 / ORG-074.

JDV_ModaliteEntree_CISIS (1.2.250.1.213.1.1.5.73) and JDV_ModaliteSortie_CISIS
(1.2.250.1.213.1.1.5.74). A mode the record does not give stays unknown (nullFlavor): it is
never guessed.
"""

from typing import Any

from relais.generate.render.cda import oids
from relais.generate.render.cda.observations import Coded

EMERGENCY = Coded("183452005", oids.SNOMED, "hospitalisation en urgence")
PLANNED = Coded("8715000", oids.SNOMED, "hospitalisation programmée")
TRANSFER = Coded("107724000", oids.SNOMED, "transfert du patient")
OTHER_ENTRY = Coded("GEN-092.06.07", oids.TA_ASIP, "Autre modalité d'entrée")
HOME = Coded("160849004", oids.SNOMED, "retour au domicile")
HAD = Coded("127", oids.PMSI_DESTINATION, "Hospitalisation à Domicile")
OTHER_HOSPITAL = Coded("GEN-092.06.01", oids.TA_ASIP, "Autre établissement de santé")
OTHER_DESTINATION = Coded("GEN-092.06.03", oids.TA_ASIP, "Autre destination")
DEATH = Coded("419620001", oids.SNOMED, "mort")

EMERGENCY_PRIORITIES = {"EM", "UR", "S", "A", "CR"}  # HL7 ActPriority
PLANNED_PRIORITIES = {"EL", "R", "P", "T", "UD"}


def admission(stay: dict[str, Any], priority: str | None = None) -> Coded | None:
    """ORG-070: through the emergency department (provenance 5 or an emergency priority),
    a transfer or mutation (modes 6, 7, 0), a planned admission (elective priority), or an
    admission from home whose urgency the record does not state (other)."""
    mode = (stay.get("mode_entree") or {}).get("code")
    provenance = (stay.get("provenance") or {}).get("code")
    if provenance == "5" or (priority or "").upper() in EMERGENCY_PRIORITIES:
        return EMERGENCY
    if mode in ("6", "7", "0"):
        return TRANSFER
    if (priority or "").upper() in PLANNED_PRIORITIES:
        return PLANNED
    if mode in ("8", "N"):
        return OTHER_ENTRY
    return None


def discharge(stay: dict[str, Any]) -> Coded | None:
    """ORG-074: home (or HAD), another hospital (modes 6, 7, 0), a médico-social structure
    (other destination); a death is coded from JDV_ModeSortie_CISIS."""
    mode = (stay.get("mode_sortie") or {}).get("code")
    destination = (stay.get("destination") or {}).get("code")
    if mode == "9":
        return DEATH
    if mode == "8":
        if destination == "6":
            return HAD
        return OTHER_DESTINATION if destination == "7" else HOME
    if mode in ("6", "7", "0"):
        return HAD if destination == "6" else OTHER_HOSPITAL
    return None
