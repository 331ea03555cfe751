"""Data only: French labels of PMSI modes, fact kinds, frequencies, routes and code sets."""

from relais.domain.facts import FactKind

# PMSI (ATIH) mode d'entrée / provenance / mode de sortie / destination.
MODE_ENTREE: dict[str, str] = {
    "6": "Mutation",
    "7": "Transfert",
    "8": "Domicile",
    "0": "Transfert pour réalisation d'un acte",
    "N": "Naissance",
}
PROVENANCE: dict[str, str] = {
    "1": "Unité de soins de courte durée (MCO)",
    "2": "Soins de suite et de réadaptation (SSR)",
    "3": "Soins de longue durée (USLD)",
    "4": "Psychiatrie",
    "5": "Urgences",
    "6": "Hospitalisation à domicile",
    "7": "Structure d'hébergement médico-sociale",
}
MODE_SORTIE: dict[str, str] = {
    "6": "Mutation",
    "7": "Transfert",
    "8": "Domicile",
    "9": "Décès",
    "0": "Transfert pour réalisation d'un acte",
}
DESTINATION: dict[str, str] = {
    "1": "MCO",
    "2": "SSR",
    "3": "USLD",
    "4": "Psychiatrie",
    "6": "Hospitalisation à domicile",
    "7": "Structure d'hébergement médico-sociale",
}
# What the encounter was, by its class (v3 ActCode); any other class is a hospitalisation.
ENCOUNTER_WORDS: dict[str, str] = {
    "EMER": "Passage aux urgences",
    "AMB": "Venue ambulatoire",
    "VR": "Téléconsultation",
    "HH": "Prise en charge à domicile",
}
PMSI_SYSTEMS = {
    "mode_entree": "urn:relais:pmsi:mode-entree",
    "provenance": "urn:relais:pmsi:provenance",
    "mode_sortie": "urn:relais:pmsi:mode-sortie",
    "destination": "urn:relais:pmsi:destination",
}

# Order of the facts in a dossier, and the French title of each kind.
KIND_TITLES: dict[FactKind, str] = {
    FactKind.PATIENT: "Patient",
    FactKind.STAY: "Séjour",
    FactKind.PRACTITIONER: "Médecins",
    FactKind.REASON: "Motif d'hospitalisation",
    FactKind.DIAGNOSIS: "Diagnostics du séjour",
    FactKind.PROBLEM: "Pathologies en cours",
    FactKind.HISTORY: "Antécédents",
    FactKind.FAMILY_HISTORY: "Antécédents familiaux",
    FactKind.RISK_FACTOR: "Facteurs de risque",
    FactKind.ALLERGY: "Allergies",
    FactKind.MEDICATION: "Traitements",
    FactKind.ADMINISTRATION: "Traitements administrés pendant le séjour",
    FactKind.OBSERVATION: "Résultats notables",
    FactKind.PENDING_RESULT: "Résultats en attente",
    FactKind.PROCEDURE: "Actes",
    FactKind.TRANSFUSION: "Transfusion",
    FactKind.BLOOD_DERIVATIVE: "Dérivés du sang",
    FactKind.MICROBIOLOGY: "Recherche de BMR/BHRe",
    FactKind.ADVERSE_EVENT: "Événements indésirables",
    FactKind.DEVICE: "Dispositifs médicaux",
    FactKind.APPOINTMENT: "Rendez-vous",
    FactKind.FOLLOW_UP: "Suites à donner",
    FactKind.INTERACTION: "Interactions médicamenteuses",
    FactKind.ALLERGY_CONFLICT: "Conflits allergie–prescription",
    FactKind.NOTE_FINDING: "Éléments des notes cliniques",
}
KIND_ORDER: dict[FactKind, int] = {kind: rank for rank, kind in enumerate(KIND_TITLES)}

STATUS_LABELS: dict[str, str] = {
    "new": "nouveau",
    "continued": "poursuivi",
    "modified": "modifié",
    "stopped": "arrêté",
    "unreconciled": "traitement d'entrée (pas d'ordonnance de sortie)",
}

WHEN_LABELS: dict[str, str] = {
    "MORN": "le matin",
    "NOON": "le midi",
    "AFT": "l'après-midi",
    "EVE": "le soir",
    "NIGHT": "la nuit",
    "HS": "au coucher",
    "WAKE": "au réveil",
    "C": "au repas",
    "CM": "au petit-déjeuner",
    "CD": "au déjeuner",
    "CV": "au dîner",
    "AC": "avant le repas",
    "ACM": "avant le petit-déjeuner",
    "ACD": "avant le déjeuner",
    "ACV": "avant le dîner",
    "PC": "après le repas",
    "PCM": "après le petit-déjeuner",
    "PCD": "après le déjeuner",
    "PCV": "après le dîner",
    "PHS": "après le coucher",
}
# Stored with the frequency when the dosage says asNeeded (``1/6 h PRN``); said in dosage texts.
AS_NEEDED_CODE = "PRN"
AS_NEEDED_WORDS = ("si besoin", "si douleur", "si nécessaire", "à la demande", "prn", "as needed")
PERIOD_DAYS: dict[str, float] = {
    "min": 1 / 1440,
    "h": 1 / 24,
    "j": 1,
    "d": 1,
    "sem": 7,
    "wk": 7,
    "mois": 30,
    "mo": 30,
    "an": 365,
    "a": 365,
}
PERIOD_WORDS: dict[str, tuple[str, str]] = {  # unit → (singular, after "tous les N")
    "min": ("minute", "minutes"),
    "h": ("heure", "heures"),
    "j": ("jour", "jours"),
    "sem": ("semaine", "semaines"),
    "mois": ("mois", "mois"),
    "an": ("an", "ans"),
}

# Mass units to milligrams; other units are compared as written (UI, mL…).
MASS_TO_MG: dict[str, float] = {
    "kg": 1e6,
    "g": 1000.0,
    "mg": 1.0,
    "µg": 1e-3,
    "μg": 1e-3,
    "ug": 1e-3,
    "mcg": 1e-3,
    "ng": 1e-6,
}
UNIT_ALIASES: dict[str, str] = {
    "[iu]": "UI",
    "iu": "UI",
    "ui": "UI",
    "u": "UI",
    "[iu]/ml": "UI/mL",
    "ml": "mL",
    "l": "L",
    "{comprime}": "comprimé",
    "{tbl}": "comprimé",
    "cp": "comprimé",
    "ug": "µg",
    "mcg": "µg",
}
# UCUM codes as a French laboratory writes them (annotations ``{…}`` are unwrapped apart).
UCUM_SHOWN: dict[str, str] = {
    "Cel": "°C",
    "mm[Hg]": "mmHg",
    "10*3/uL": "G/L",
    "10*3/mm3": "G/L",
    "10*9/L": "G/L",
    "10*6/uL": "T/L",
    "10*12/L": "T/L",
    "[iU]": "UI",
    "[IU]": "UI",
    "[iU]/L": "UI/L",
    "[IU]/L": "UI/L",
    "m[iU]/L": "mUI/L",
    "m[IU]/L": "mUI/L",
    "u[iU]/mL": "µUI/mL",
    "[pH]": "",
}
MICRO_PREFIXED = ("g", "mol", "L", "m", "U")  # UCUM "u" before these is the micro prefix

# Codes that mark a fact's kind.
BMR_LOINC = frozenset({"6463-4"})
TRANSFUSION_CCAM = frozenset({"FELF011", "FELF004", "FELF006", "FELF001", "FELF003"})
RISK_FACTOR_CIM10 = ("F17", "F10", "Z72", "E66", "Z71.6")
BLOOD_DERIVATIVE_ATC = ("B05AA", "J06B", "B02BD", "B02BB")
PENDING_OBSERVATION = frozenset({"registered", "preliminary"})
PENDING_REPORT = frozenset({"registered", "partial", "preliminary"})
ABNORMAL = frozenset({"H", "L", "HH", "LL", "A", "AA", "HU", "LU", "POS", "<", ">"})
