"""The dossier: the numbered facts of a stay or of a patient, each with its provenance."""

from relais.dossier.build import build_patient_dossier, build_stay_dossier
from relais.dossier.model import Dossier

__all__ = ["Dossier", "build_patient_dossier", "build_stay_dossier"]
