"""Data only: common diagnoses and abbreviations as French clinicians write them.

Key → (folded name patterns, CIM-10 code prefixes, display)."""

DIAGNOSES: dict[str, tuple[tuple[str, ...], tuple[str, ...], str]] = {
    "hta": (
        ("hta", "hypertension arterielle", "hypertension essentielle", "hypertension"),
        ("I10", "I11", "I12", "I13", "I15"),
        "HTA",
    ),
    "fa": (
        (
            "fa",
            "acfa",
            "fibrillation (?:atriale|auriculaire)",
            "arythmie complete par fibrillation (?:atriale|auriculaire)",
            "flutter(?: atrial| auriculaire)?",
        ),
        ("I48",),
        "fibrillation atriale",
    ),
    "ic": (
        (
            "icc",
            "ic",
            "icg",
            "insuffisance cardiaque(?: [a-z-]{4,})?",
            "insuff\\.? cardiaque(?: [a-z-]{4,})?",
            "decompensation cardiaque",
            "oap",
            "oedeme aigu du poumon",
        ),
        ("I50", "I11.0", "I13.0", "J81"),
        "insuffisance cardiaque",
    ),
    "bpco": (
        (
            "bpco",
            "eabpco",
            "bronchopneumopathie chronique obstructive",
            "maladie pulmonaire obstructive chronique",
        ),
        ("J44",),
        "BPCO",
    ),
    "avc": (
        (
            "avc",
            "accident vasculaire cerebral",
            "avc ischemique",
            "avci",
            "avch",
            "infarctus cerebral",
            "hemorragie cerebrale",
        ),
        ("I61", "I63", "I64"),
        "AVC",
    ),
    "ait": (("ait", "accident ischemique transitoire"), ("G45",), "AIT"),
    "idm": (
        (
            "idm",
            "infarctus du myocarde",
            "infarctus",
            "sca",
            "syndrome coronarien aigu",
            "nstemi",
            "stemi",
        ),
        ("I21", "I22", "I24", "I25.2"),
        "infarctus du myocarde",
    ),
    "coronaropathie": (
        ("coronaropathie", "cardiopathie ischemique", "angor"),
        ("I20", "I25"),
        "cardiopathie ischémique",
    ),
    "ep": (
        ("ep", "embolie pulmonaire", "embolie pulmonaire bilaterale"),
        ("I26",),
        "embolie pulmonaire",
    ),
    "tvp": (
        ("tvp", "thrombose veineuse profonde", "phlebite", "thrombose veineuse"),
        ("I80",),
        "thrombose veineuse profonde",
    ),
    "pneumopathie": (
        (
            "pneumopathie(?: [a-z-]{4,})?",
            "pneumonie",
            "pac",
            "pnp",
            "pneumopathie aigue communautaire",
            "infection pulmonaire",
        ),
        ("J12", "J13", "J14", "J15", "J16", "J17", "J18", "J69"),
        "pneumopathie",
    ),
    "sepsis": (
        ("sepsis", "choc septique", "septicemie", "bacteriemie"),
        ("A40", "A41", "R65", "R57.2"),
        "sepsis",
    ),
    "pyelonephrite": (
        ("pyelonephrite", "pna", "infection urinaire", "prostatite", "iu"),
        ("N10", "N39.0", "N41", "N30"),
        "infection urinaire",
    ),
    "dt2": (
        (
            "dt2",
            "diabete (?:sucre )?(?:de )?type (?:2|ii)",
            "diabete non insulinodependant",
            "dnid",
        ),
        ("E11",),
        "diabète de type 2",
    ),
    "dt1": (
        ("dt1", "diabete (?:sucre )?(?:de )?type (?:1|i)", "diabete insulinodependant", "did"),
        ("E10",),
        "diabète de type 1",
    ),
    "diabete": (
        (
            "diabete",
            "diabetique",
            "acidocetose",
            "acidocetose diabetique",
            "decompensation (?:hyperglycemique|cetosique)",
        ),
        ("E10", "E11", "E12", "E13", "E14"),
        "diabète",
    ),
    "irc": (
        ("irc", "mrc", "insuff(?:isance|\\.)? renale chronique", "maladie renale chronique"),
        ("N18",),
        "insuffisance rénale chronique",
    ),
    "ira": (
        (
            "ira",
            "insuff(?:isance|\\.)? renale aigue",
            "insuffisance renale fonctionnelle",
            "nephropathie aigue",
        ),
        ("N17", "N19", "R39.2"),
        "insuffisance rénale aiguë",
    ),
    "fracture_femur": (
        (
            "fracture du col(?: du femur| femoral)?",
            "fracture du col du femur",
            "fracture de l'extremite superieure du femur",
            "fesf",
            "fracture (?:per|sous)-?trochanterienne",
            "fracture de hanche",
            "fract(?:ure|\\.)? (?:du )?col(?: du femur| femoral| du col du femur)",
        ),
        ("S72",),
        "fracture du col du fémur",
    ),
    "anemie": (
        ("anemie", "anemique"),
        ("D50", "D51", "D52", "D53", "D61", "D62", "D63", "D64"),
        "anémie",
    ),
    "hyperkaliemie": (("hyperkaliemie",), ("E87.5",), "hyperkaliémie"),
    "hypokaliemie": (("hypokaliemie",), ("E87.6",), "hypokaliémie"),
    "hyponatremie": (("hyponatremie",), ("E87.1",), "hyponatrémie"),
    "dyslipidemie": (
        ("dyslipidemie", "dyslip\\.?", "hypercholesterolemie", "hyperlipidemie"),
        ("E78",),
        "dyslipidémie",
    ),
    "obesite": (("obesite",), ("E66",), "obésité"),
    "hypothyroidie": (("hypothyroidie",), ("E03", "E89.0"), "hypothyroïdie"),
    "demence": (
        ("demence", "maladie d'alzheimer", "alzheimer", "troubles neurocognitifs"),
        ("F00", "F01", "F02", "F03", "G30"),
        "démence",
    ),
    "confusion": (
        ("confusion", "syndrome confusionnel", "delirium"),
        ("F05", "R41.0"),
        "syndrome confusionnel",
    ),
    "cirrhose": (("cirrhose",), ("K70.3", "K74"), "cirrhose"),
    "parkinson": (("maladie de parkinson", "parkinson"), ("G20",), "maladie de Parkinson"),
    "epilepsie": (
        ("epilepsie", "crise convulsive", "crise d'epilepsie"),
        ("G40", "G41", "R56"),
        "épilepsie",
    ),
    "saos": (("saos", "sahos", "apnees du sommeil", "syndrome d'apnees"), ("G47.3",), "SAOS"),
    "tabagisme": (("tabagisme", "tabac"), ("F17", "Z72.0"), "tabagisme"),
    "aomi": (("aomi", "arteriopathie obliterante"), ("I70.2",), "AOMI"),
    "denutrition": (("denutrition",), ("E43", "E44", "E46"), "dénutrition"),
    "covid": (("covid(?:-19)?", "sars-cov-2"), ("U07.1",), "COVID-19"),
    "grippe": (("grippe",), ("J09", "J10", "J11"), "grippe"),
    "cancer": (("cancer", "carcinome", "adenocarcinome", "neoplasie"), ("C",), "cancer"),
    "insuffisance_respiratoire": (
        ("insuffisance respiratoire(?: aigue)?", "ira respiratoire"),
        ("J96",),
        "insuffisance respiratoire",
    ),
    "hemorragie_digestive": (
        ("hemorragie digestive", "hematemese", "melena", "rectorragies"),
        ("K92", "K25", "K26"),
        "hémorragie digestive",
    ),
    "chute": (("chute",), ("W19", "R29.6"), "chute"),
}

# A specific diagnosis also supports the general one the sentence may name.
PARENTS: dict[str, str] = {
    "dt2": "diabete",
    "dt1": "diabete",
    "idm": "coronaropathie",
    "ait": "avc",
}

# Abbreviations that are also French words or units: matched only when written in capitals.
UPPER_ONLY: frozenset[str] = frozenset(
    {
        "fa",
        "ic",
        "ep",
        "pa",
        "ta",
        "fc",
        "fr",
        "sat",
        "gb",
        "ira",
        "iu",
        "pna",
        "pac",
        "ait",
        "sca",
        "ph",
        "plq",
        "pa ?o2",
        "po2",
        "k",
        "na",
    }
)
