"""Comorbidities, surgical history, allergies, family history (data only).

CIM-10 codes are the French ICD-10 (ATIH). ``COMORBIDITIES[key] = (CIM-10, French display,
abbreviation used in notes, usual treatments (drug, dose, schedule), onset years ago)``.
"""

COMORBIDITIES: dict[
    str, tuple[str, str, str, tuple[tuple[str, float, str], ...], tuple[int, int]]
] = {
    "hta": (
        "I10",
        "Hypertension essentielle (primitive)",
        "HTA",
        (("ramipril", 5, "matin"), ("amlodipine", 5, "matin"), ("perindopril", 4, "matin")),
        (3, 25),
    ),
    "dt2": (
        "E11.9",
        "Diabète sucré de type 2, sans complication",
        "DT2",
        (("metformine", 1000, "2x"), ("gliclazide", 60, "matin"), ("sitagliptine", 100, "matin")),
        (2, 20),
    ),
    "dyslipidemie": (
        "E78.0",
        "Hypercholestérolémie essentielle",
        "dyslipidémie",
        (("atorvastatine", 20, "soir"), ("rosuvastatine", 10, "soir")),
        (2, 20),
    ),
    "mrc": ("N18.3", "Maladie rénale chronique, stade 3", "MRC stade 3", (), (1, 10)),
    "tabac": (
        "F17.2",
        "Troubles liés à l'utilisation de tabac : syndrome de dépendance",
        "tabagisme",
        (),
        (10, 40),
    ),
    "fa": (
        "I48.9",
        "Fibrillation atriale, sans précision",
        "FA",
        (("apixaban", 5, "2x"), ("rivaroxaban", 20, "soir")),
        (1, 10),
    ),
    "cardiopathie": (
        "I25.1",
        "Cardiopathie artérioscléreuse",
        "cardiopathie ischémique",
        (("aspirine", 75, "midi"), ("bisoprolol", 2.5, "matin")),
        (2, 15),
    ),
    "icc": (
        "I50.9",
        "Insuffisance cardiaque, sans précision",
        "ICC",
        (("furosemide", 40, "matin"), ("bisoprolol", 2.5, "matin"), ("ramipril", 2.5, "matin")),
        (1, 8),
    ),
    "bpco": (
        "J44.9",
        "Maladie pulmonaire obstructive chronique, sans précision",
        "BPCO",
        (("tiotropium", 2.5, "matin"),),
        (3, 15),
    ),
    "obesite": ("E66.9", "Obésité, sans précision", "obésité", (), (5, 20)),
    "hypothyroidie": (
        "E03.9",
        "Hypothyroïdie, sans précision",
        "hypothyroïdie",
        (("levothyroxine", 75, "matin"),),
        (3, 25),
    ),
    "rgo": (
        "K21.9",
        "Reflux gastro-œsophagien sans œsophagite",
        "RGO",
        (("esomeprazole", 20, "soir"), ("omeprazole", 20, "matin")),
        (2, 15),
    ),
    "depression": (
        "F32.9",
        "Épisode dépressif, sans précision",
        "syndrome dépressif",
        (("citalopram", 20, "matin"),),
        (1, 10),
    ),
    "demence": (
        "G30.9",
        "Maladie d'Alzheimer, sans précision",
        "troubles neurocognitifs",
        (("donepezil", 5, "soir"),),
        (1, 6),
    ),
    "osteoporose": (
        "M81.9",
        "Ostéoporose, sans précision",
        "ostéoporose",
        (("alendronate", 70, "hebdo"),),
        (2, 10),
    ),
    "hbp": ("N40", "Hyperplasie de la prostate", "HBP", (("tamsulosine", 0.4, "soir"),), (2, 12)),
    "pr": (
        "M06.9",
        "Polyarthrite rhumatoïde, sans précision",
        "PR",
        (("methotrexate", 15, "hebdo"),),
        (3, 20),
    ),
    "goutte": (
        "M10.9",
        "Goutte, sans précision",
        "goutte",
        (("allopurinol", 200, "matin"),),
        (2, 15),
    ),
    "insomnie": (
        "G47.0",
        "Troubles de l'endormissement et du maintien du sommeil",
        "insomnie",
        (("zolpidem", 10, "coucher"),),
        (1, 10),
    ),
    "anxiete": (
        "F41.1",
        "Anxiété généralisée",
        "trouble anxieux",
        (("hydroxyzine", 25, "soir"),),
        (1, 10),
    ),
    "saos": ("G47.3", "Apnée du sommeil", "SAOS appareillé", (), (1, 10)),
}

# (CCAM code or None, French label, abbreviation/short form, age range at surgery)
SURGICAL_HISTORY = (
    ("HMFC004", "Cholécystectomie par cœlioscopie", "cholécystectomie", (25, 75)),
    ("HHFA016", "Appendicectomie par abord de la fosse iliaque", "appendicectomie", (8, 40)),
    (
        "BFGA004",
        "Extraction du cristallin par phacoémulsification avec implant",
        "chirurgie de la cataracte",
        (60, 85),
    ),
    (None, "Prothèse totale de genou", "PTG", (55, 85)),
    (None, "Cure de hernie inguinale", "cure de hernie inguinale", (30, 75)),
    (None, "Amygdalectomie", "amygdalectomie", (4, 15)),
    (None, "Hystérectomie", "hystérectomie", (35, 60)),
    (None, "Pontage aorto-coronarien", "pontage coronarien", (50, 75)),
    (None, "Thyroïdectomie totale", "thyroïdectomie", (30, 70)),
)

# Allergies: key → (code system, code, French text, manifestation, conflicting drug keys)
ALLERGIES = {
    "penicilline": (
        "atc",
        "J01C",
        "Pénicillines",
        "urticaire",
        ("amoxicilline", "amox_clav", "piperacilline"),
    ),
    "aspirine": ("atc", "B01AC06", "Aspirine", "bronchospasme", ("aspirine",)),
    "iode": ("atc", "V08A", "Produits de contraste iodés", "œdème de Quincke", ()),
    "sulfamides": ("atc", "J01E", "Sulfamides", "éruption cutanée", ("cotrimoxazole",)),
    "codeine": ("atc", "R05DA04", "Codéine", "nausées, vomissements", ()),
    "latex": ("snomed", "111088007", "Latex", "eczéma de contact", ()),
    "arachide": ("snomed", "256349002", "Arachide", "œdème des lèvres", ()),
}

# Family history: (relative code v3-RoleCode, French relative, condition, age or None, deceased)
FAMILY_HISTORY = (
    ("MTH", "mère", "diabète de type 2", None, False),
    ("FTH", "père", "infarctus du myocarde", 55, True),
    ("FTH", "père", "AVC", 70, True),
    ("MTH", "mère", "cancer du sein", 62, False),
    ("BRO", "frère", "cancer du côlon", 58, False),
    ("MTH", "mère", "maladie d'Alzheimer", 80, False),
    ("SIS", "sœur", "HTA", None, False),
    ("FTH", "père", "cancer du poumon", 66, True),
)
