"""Hospital numbers: IPP (patient) and NDA (stay), unique and stable for a seed."""

from relais.synth.ids import scramble

LIGHT_OFFSET = 1_000_000
STAY_OFFSET = 5_000_000
CONSULTATION_OFFSET = 9_000_000


def detailed_ipp(patient: int) -> str:
    return scramble(patient, 8, salt=1)


def light_ipp(patient: int) -> str:
    return scramble(LIGHT_OFFSET + patient, 8, salt=1)


def nda_for_visit(visit: int, year: int) -> str:
    return f"{year % 100:02d}{scramble(visit, 7, salt=2)}"


def nda_for_stay(stay: int, year: int) -> str:
    return f"{year % 100:02d}{scramble(STAY_OFFSET + stay, 7, salt=2)}"


def nda_for_consultation(patient: int, year: int) -> str:
    return f"{year % 100:02d}{scramble(CONSULTATION_OFFSET + patient, 7, salt=2)}"
