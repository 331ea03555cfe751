"""Data only: the sections of the two volets (templateIds, LOINC code, display name)."""

from relais.generate.render.cda.narrative import SectionCode

STATUS_LDL = SectionCode(
    ("1.2.250.1.213.1.1.2.35", "1.2.250.1.213.1.1.2.35.1"), "33557-0", "Etat d'achèvement"
)
STATUS = SectionCode(("1.2.250.1.213.1.1.2.35",), "33557-0", "Etat d'achèvement")
REASON = SectionCode(
    ("1.3.6.1.4.1.19376.1.5.3.1.3.1", "1.2.250.1.213.1.1.2.127"),
    "42349-1",
    "Raison de la recommandation",
)
EVENTS = SectionCode(
    (
        "1.3.6.1.4.1.19376.1.5.3.1.1.21.2.9",
        "1.3.6.1.4.1.19376.1.7.3.1.1.13.7",
        "1.2.250.1.213.1.1.2.163",
        "1.2.250.1.213.1.1.2.163.1",
    ),
    "42545-4",
    "Evènements observés",
)
ADMINISTERED = SectionCode(
    ("1.3.6.1.4.1.19376.1.5.3.1.3.21", "1.2.250.1.213.1.1.2.145"),
    "18610-6",
    "Traitements administrés",
)
DISCHARGE = SectionCode(
    ("1.3.6.1.4.1.19376.1.5.3.1.3.22", "1.2.250.1.213.1.1.2.146"),
    "10183-2",
    "Traitements à la sortie",
)
RESULTS = SectionCode(
    ("1.3.6.1.4.1.19376.1.5.3.1.3.27", "1.2.250.1.213.1.1.2.150"), "30954-2", "Résultats d'examens"
)
CARE_PLAN = SectionCode(
    ("2.16.840.1.113883.10.20.1.10", "1.3.6.1.4.1.19376.1.5.3.1.3.36", "1.2.250.1.213.1.1.2.158"),
    "18776-5",
    "Plan de soins",
)
DEVICES = SectionCode(
    ("2.16.840.1.113883.10.20.1.7", "1.3.6.1.4.1.19376.1.5.3.1.1.5.3.5", "1.2.250.1.213.1.1.2.1"),
    "46264-8",
    "Dispositifs médicaux",
)
ALLERGIES = SectionCode(
    ("2.16.840.1.113883.10.20.1.2", "1.3.6.1.4.1.19376.1.5.3.1.3.13", "1.2.250.1.213.1.1.2.137"),
    "48765-2",
    "Allergies et hypersensibilités",
)
# Synthèse médicale (VSM).
SUMMARY = SectionCode(("1.2.250.1.213.1.1.2.29",), "46612-8", "Conclusions de synthèse")
HISTORY_AND_PHYSICAL = SectionCode(("1.2.250.1.213.1.1.2.30",), "34117-2", "Historique et physique")
ACTIVE_PROBLEMS = SectionCode(
    ("2.16.840.1.113883.10.20.1.11", "1.3.6.1.4.1.19376.1.5.3.1.3.6", "1.2.250.1.213.1.1.2.132"),
    "11450-4",
    "Liste des problèmes actifs",
)
PAST_ILLNESS = SectionCode(
    ("1.3.6.1.4.1.19376.1.5.3.1.3.8", "1.2.250.1.213.1.1.2.134"), "11348-0", "Antécédents médicaux"
)
SURGERIES = SectionCode(
    (
        "2.16.840.1.113883.10.20.1.12",
        "1.3.6.1.4.1.19376.1.5.3.1.3.11",
        "1.3.6.1.4.1.19376.1.5.3.1.3.12",
        "1.2.250.1.213.1.1.2.136",
    ),
    "47519-4",
    "Historique des actes",
)
RISK_FACTORS = SectionCode(
    ("1.2.250.1.213.1.1.2.31",),
    "57207-3",
    "Facteurs de risque présents ou passés affectant l'état de santé et/ou une circonstance",
)
FAMILY = SectionCode(
    (
        "2.16.840.1.113883.10.20.1.4",
        "1.3.6.1.4.1.19376.1.5.3.1.3.14",
        "1.3.6.1.4.1.19376.1.5.3.1.3.15",
        "1.2.250.1.213.1.1.2.139",
    ),
    "10157-6",
    "Historique des pathologies familiales",
)
TREATMENT_PLAN = SectionCode(("1.2.250.1.213.1.1.2.32",), "18776-5", "Plan de traitement")
MEDICATIONS = SectionCode(
    ("2.16.840.1.113883.10.20.1.8", "1.3.6.1.4.1.19376.1.5.3.1.3.19", "1.2.250.1.213.1.1.2.143"),
    "10160-0",
    "Traitements",
)
