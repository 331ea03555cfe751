"""All clinical scenarios of detailed patients, in a fixed order (the draw depends on it)."""

from relais.synth.clinical.scenario import Scenario
from relais.synth.data.scenarios_cardio import (
    ATRIAL_FIBRILLATION,
    HEART_FAILURE,
    PULMONARY_EMBOLISM,
    STROKE,
)
from relais.synth.data.scenarios_infection import COPD, PNEUMONIA, UROSEPSIS
from relais.synth.data.scenarios_other import ACUTE_KIDNEY_INJURY, DIABETES, HIP_FRACTURE

SCENARIOS: tuple[Scenario, ...] = (
    HEART_FAILURE,
    COPD,
    PNEUMONIA,
    STROKE,
    HIP_FRACTURE,
    DIABETES,
    UROSEPSIS,
    ATRIAL_FIBRILLATION,
    PULMONARY_EMBOLISM,
    ACUTE_KIDNEY_INJURY,
)
