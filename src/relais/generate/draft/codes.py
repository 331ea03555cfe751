"""Data only: the LOINC codes and French titles of the documents and of their sections."""

LETTER_CODE = "11490-0"
LETTER_TITLE = "Lettre de liaison à la sortie d'un établissement de soins"
SYNTHESIS_CODE = "34133-9"
SYNTHESIS_TITLE = "Synthèse médicale"

# Lettre de liaison (ANS CI-SIS volet LDL-SES), in reading order.
MOTIF = "42349-1"
STAY_SUMMARY = "42545-4"
DISCHARGE_TREATMENT = "10183-2"
STOPPED_TREATMENT = "18610-6"
PENDING = "30954-2"
FOLLOW_UP = "18776-5"
ALLERGIES = "48765-2"
DEVICES = "46264-8"
STATUS = "33557-0"

LETTER_SECTIONS: dict[str, str] = {
    MOTIF: "Motif d'hospitalisation",
    STAY_SUMMARY: "Synthèse médicale du séjour",
    DISCHARGE_TREATMENT: "Traitements à la sortie",
    STOPPED_TREATMENT: "Traitements arrêtés pendant le séjour",
    PENDING: "Résultats en attente",
    FOLLOW_UP: "Suites à donner",
    ALLERGIES: "Allergies et intolérances",
    DEVICES: "Dispositifs médicaux",
    STATUS: "Statut du document",
}

# Synthèse médicale (ANS CI-SIS volet VSM).
CONCLUSIONS = "46612-8"
PROBLEMS = "11450-4"
MEDICAL_HISTORY = "11348-0"
SURGICAL_HISTORY = "47519-4"
RISK_FACTORS = "57207-3"
FAMILY_HISTORY = "10157-6"
VIGILANCE = "30954-2"
LONG_TERM_TREATMENT = "10160-0"

SYNTHESIS_SECTIONS: dict[str, str] = {
    CONCLUSIONS: "Synthèse et points de vigilance",
    PROBLEMS: "Pathologies en cours",
    MEDICAL_HISTORY: "Antécédents médicaux",
    SURGICAL_HISTORY: "Antécédents chirurgicaux",
    ALLERGIES: "Allergies et intolérances",
    RISK_FACTORS: "Facteurs de risque (mode de vie)",
    FAMILY_HISTORY: "Antécédents familiaux",
    VIGILANCE: "Résultats notables et alertes",
    LONG_TERM_TREATMENT: "Traitement au long cours",
    FOLLOW_UP: "Suivi prévu",
    STATUS: "Statut du document",
}

# What an empty list says (an explicit "none" is part of a complete letter).
NONE_TEXT: dict[str, str] = {
    DISCHARGE_TREATMENT: "Aucun traitement à la sortie.",
    STOPPED_TREATMENT: "Aucun traitement arrêté pendant le séjour.",
    PENDING: "Aucun résultat en attente.",
    FOLLOW_UP: "Aucune suite particulière enregistrée.",
    ALLERGIES: "Aucune allergie connue enregistrée.",
    DEVICES: "Aucun dispositif médical.",
    PROBLEMS: "Aucune pathologie en cours enregistrée.",
    MEDICAL_HISTORY: "Aucun antécédent médical enregistré.",
    SURGICAL_HISTORY: "Aucun antécédent chirurgical enregistré.",
    RISK_FACTORS: "Aucun facteur de risque enregistré.",
    FAMILY_HISTORY: "Aucun antécédent familial enregistré.",
    LONG_TERM_TREATMENT: "Aucun traitement au long cours enregistré.",
}
