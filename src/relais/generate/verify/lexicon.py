"""Data only: analytes and common diagnoses as French clinicians write them (folded regexes).

``ANALYTES``: key → (name patterns, LOINC codes, display). ``DIAGNOSES``: key → (name
patterns, CIM-10 code prefixes, display). Patterns are matched on folded text with word
boundaries; abbreviations are matched in upper case only in the original sentence when they
are also French words (see ``UPPER_ONLY``).
"""

ANALYTES: dict[str, tuple[tuple[str, ...], tuple[str, ...], str]] = {
    "potassium": (
        ("kaliemie", r"k\+", "potassium", "potassemie"),
        ("2823-3", "6298-4"),
        "kaliémie",
    ),
    "sodium": (("natremie", r"na\+", "sodium"), ("2951-2", "2947-0"), "natrémie"),
    "creatinine": (
        ("creatininemie", "creatinine", "creat", "creatinine plasmatique"),
        ("2160-0", "14682-9"),
        "créatinine",
    ),
    "dfg": (
        (
            "dfg",
            "debit de filtration glomerulaire",
            "clairance(?: de la creatinine)?",
            "mdrd",
            "ckd-epi",
        ),
        ("33914-3", "62238-1", "98979-8", "48642-3"),
        "DFG",
    ),
    "hba1c": (("hba1c", "hemoglobine glyquee", "hb glyquee"), ("4548-4", "17856-6"), "HbA1c"),
    "hemoglobine": (("hemoglobine", "hemoglobinemie", "hb", "hgb"), ("718-7",), "hémoglobine"),
    "crp": (("crp", "proteine c reactive"), ("1988-5",), "CRP"),
    "pct": (("pct", "procalcitonine"), ("33959-8",), "procalcitonine"),
    "ntprobnp": (("nt-?probnp", "nt-?pro-?bnp"), ("33762-6", "71425-3"), "NT-proBNP"),
    "bnp": (("bnp",), ("30934-4", "42637-9"), "BNP"),
    "troponine": (
        (r"troponine(?: t| i)?(?: hs| us| ultrasensible)?", "tnt ?hs", "tni"),
        ("67151-1", "6598-7", "89579-7", "49563-0"),
        "troponine",
    ),
    "leucocytes": (
        ("leucocytes", "leucocytose", "hyperleucocytose", "globules blancs", "gb"),
        ("6690-2", "26464-8"),
        "leucocytes",
    ),
    "plaquettes": (("plaquettes", "plq", "thrombocytes"), ("777-3", "26515-7"), "plaquettes"),
    "inr": (("inr",), ("6301-6", "34714-6"), "INR"),
    "glycemie": (
        ("glycemie", "glucose", "glycemie capillaire", "dextro"),
        ("2345-7", "2339-0"),
        "glycémie",
    ),
    "cetonemie": (("cetonemie", "beta-hydroxybutyrate"), ("53060-9",), "cétonémie"),
    "lactates": (("lactates?", "lactatemie"), ("2524-7", "32693-4"), "lactates"),
    "bicarbonates": (
        ("bicarbonates?", "hco3-?", "reserve alcaline"),
        ("1963-8", "1959-6"),
        "bicarbonates",
    ),
    "ph": (("ph(?: arteriel)?",), ("2744-1", "11558-4"), "pH"),
    "pco2": (("pa ?co2", "pco2"), ("2019-8",), "PaCO2"),
    "po2": (("pa ?o2", "po2"), ("2703-7",), "PaO2"),
    "albumine": (("albumine", "albuminemie"), ("1751-7",), "albumine"),
    "uree": (("uree", "uremie"), ("3094-0", "22664-7"), "urée"),
    "tsh": (("tsh",), ("3016-3",), "TSH"),
    "ferritine": (("ferritine",), ("2276-4",), "ferritine"),
    "ddimeres": (("d-?dimeres",), ("48065-7", "48066-5"), "D-dimères"),
    "bilirubine": (("bilirubine(?: totale)?",), ("1975-2",), "bilirubine"),
    "pression": (("ta", "pa", "tension arterielle", "pression arterielle"), ("85354-9",), "TA"),
    "fc": (("fc", "frequence cardiaque", "pouls"), ("8867-4",), "FC"),
    "fr": (("fr", "frequence respiratoire"), ("9279-1",), "FR"),
    "spo2": (
        ("spo2", "sao2", "saturation(?: en oxygene| en o2)?", "sat"),
        ("59408-5", "2708-6"),
        "SpO2",
    ),
    "temperature": (("temperature", "t°"), ("8310-5",), "température"),
    "poids": (("poids", "pese"), ("29463-7",), "poids"),
}

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
            "insuffisance cardiaque(?: \\w+)?",
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
            "pneumopathie(?: \\w+)?",
            "pneumonie",
            "pac",
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
        ("dt2", "diabete de type 2", "diabete non insulinodependant", "diabete type 2"),
        ("E11",),
        "diabète de type 2",
    ),
    "dt1": (
        ("dt1", "diabete de type 1", "diabete insulinodependant"),
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
        ("irc", "mrc", "insuffisance renale chronique", "maladie renale chronique"),
        ("N18",),
        "insuffisance rénale chronique",
    ),
    "ira": (
        (
            "ira",
            "insuffisance renale aigue",
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
    "dyslipidemie": (("dyslipidemie", "hypercholesterolemie"), ("E78",), "dyslipidémie"),
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
    "saos": (("saos", "apnees du sommeil", "syndrome d'apnees"), ("G47.3",), "SAOS"),
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
    }
)
