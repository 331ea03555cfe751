"""Medication risks planted in some detailed patients (data only).

The levels are those of the ANSM interaction thesaurus, October 2020 edition (the safety tests
compare them with what the checker finds). ``INTERACTIONS`` lists the pairs the
generator knows; any of them found active together in a patient is written to the truth, planted
or not. ``PLANTS`` describes how a risk is planted: the drugs (``home`` = treatment at admission
continued at discharge, ``new`` = started during the stay) and the pairs it creates.
"""

# (drug a, drug b) → (expected ANSM level, mechanism in French)
INTERACTIONS: dict[tuple[str, str], tuple[str, str]] = {
    ("simvastatine", "clarithromycine"): ("Contre-indication", "risque majoré de rhabdomyolyse"),
    ("amiodarone", "hydroxyzine"): ("Contre-indication", "risque majoré de torsades de pointes"),
    ("amiodarone", "citalopram"): ("Contre-indication", "risque majoré de torsades de pointes"),
    ("amiodarone", "domperidone"): ("Contre-indication", "risque majoré de torsades de pointes"),
    ("fluindione", "ketoprofene"): (
        "Association déconseillée",
        "majoration du risque hémorragique",
    ),
    ("warfarine", "ibuprofene"): ("Association déconseillée", "majoration du risque hémorragique"),
    ("fluindione", "ibuprofene"): ("Association déconseillée", "majoration du risque hémorragique"),
    ("warfarine", "ketoprofene"): ("Association déconseillée", "majoration du risque hémorragique"),
    ("spironolactone", "potassium"): (
        "Association déconseillée",
        "hyperkaliémie potentiellement létale",
    ),
    ("ramipril", "potassium"): ("Association déconseillée", "hyperkaliémie potentiellement létale"),
    ("perindopril", "potassium"): (
        "Association déconseillée",
        "hyperkaliémie potentiellement létale",
    ),
    ("ramipril", "spironolactone"): (
        "Précaution d'emploi",
        "hyperkaliémie (insuffisance cardiaque)",
    ),
    ("methotrexate", "cotrimoxazole"): (
        "Association déconseillée",
        "toxicité hématologique du méthotrexate",
    ),
    ("citalopram", "hydroxyzine"): ("Contre-indication", "risque majoré de torsades de pointes"),
}

# key → (weight, ((drug, dose, schedule, "home"|"new"), ...))
PLANTS: dict[str, tuple[int, tuple[tuple[str, float, str, str], ...]]] = {
    "statine_macrolide": (
        3,
        (("simvastatine", 20, "soir", "home"), ("clarithromycine", 500, "2x", "new")),
    ),
    "amiodarone_hydroxyzine": (
        2,
        (("hydroxyzine", 25, "soir", "home"), ("amiodarone", 200, "matin", "new")),
    ),
    "amiodarone_citalopram": (
        1,
        (("citalopram", 20, "matin", "home"), ("amiodarone", 200, "matin", "new")),
    ),
    "amiodarone_domperidone": (
        1,
        (("amiodarone", 200, "matin", "home"), ("domperidone", 10, "3x", "new")),
    ),
    "avk_ains": (2, (("fluindione", 20, "soir", "home"), ("ketoprofene", 100, "2x", "home"))),
    "warfarine_ibuprofene": (
        2,
        (("warfarine", 5, "soir", "home"), ("ibuprofene", 400, "3x", "new")),
    ),
    "iec_spironolactone_potassium": (
        2,
        (
            ("ramipril", 5, "matin", "home"),
            ("spironolactone", 25, "matin", "new"),
            ("potassium", 1200, "2x", "new"),
        ),
    ),
    "methotrexate_cotrimoxazole": (
        1,
        (("methotrexate", 15, "hebdo", "home"), ("cotrimoxazole", 800, "2x", "new")),
    ),
    "allergie_penicilline": (3, (("amox_clav", 1000, "3x", "new"),)),
    "allergie_aspirine": (2, (("aspirine", 75, "midi", "home"),)),
}

# Planted allergy conflicts: plant key → allergy key (data/conditions.ALLERGIES).
ALLERGY_PLANTS = {"allergie_penicilline": "penicilline", "allergie_aspirine": "aspirine"}

# Drugs of one class: planting one removes the others from the patient's treatment.
CLASSES = (
    ("atorvastatine", "simvastatine", "rosuvastatine"),
    ("apixaban", "rivaroxaban", "warfarine", "fluindione"),
    ("ibuprofene", "ketoprofene"),
    ("ramipril", "perindopril"),
    ("aspirine", "clopidogrel"),
)
SHARE_WITH_RISK = 0.18
