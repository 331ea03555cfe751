"""Data only: analytes (results and vital signs) as French clinicians write them.

Key → (folded name patterns, LOINC codes, display)."""

ANALYTES: dict[str, tuple[tuple[str, ...], tuple[str, ...], str]] = {
    "potassium": (
        ("kaliemie", r"k\+", "potassium", "potassemie", "k"),
        ("2823-3", "6298-4"),
        "kaliémie",
    ),
    "sodium": (("natremie", r"na\+", "sodium", "na"), ("2951-2", "2947-0"), "natrémie"),
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
        (
            r"troponine(?: t| i)?(?: hs| us| ultrasensible)?",
            "tnt(?: ?hs)?",
            "tni(?: ?hs)?",
            "tropo",
        ),
        ("67151-1", "6598-7", "89579-7", "49563-0"),
        "troponine",
    ),
    "leucocytes": (
        ("leucocytes", "leucocytose", "hyperleucocytose", "globules blancs", "gb", "leucos?"),
        ("6690-2", "26464-8"),
        "leucocytes",
    ),
    "plaquettes": (("plaquettes", "plq", "thrombocytes"), ("777-3", "26515-7"), "plaquettes"),
    "inr": (("inr",), ("6301-6", "34714-6"), "INR"),
    "glycemie": (
        ("glycemie", "glucose", "glycemie capillaire", "dextro", "gly"),
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
