"""Data only: diagnoses clinicians name by an abbreviation, an eponym or a word the CIM-10
labels do not use ("SEP", "PR", "maladie de Horton", "insuffisance surrénalienne", "néo
pulmonaire"). Key → (folded name patterns, CIM-10 code prefixes, display).

``SYNONYMS_UPPER``: the abbreviations matched only when written in capitals."""

SYNONYMS: dict[str, tuple[tuple[str, ...], tuple[str, ...], str]] = {
    "horton": (
        ("maladie de horton", "arterite de horton", "horton", "arterite a cellules geantes"),
        ("M31.5", "M31.6"),
        "maladie de Horton",
    ),
    "surrenale": (
        (
            "insuffisance (?:surrenale|surrenalienne|corticosurrenale|corticotrope)"
            "(?: [a-z-]{4,})?",
            "maladie d'addison",
            "addison",
        ),
        ("E27", "E23.0"),
        "insuffisance surrénale",
    ),
    "sep": (("sep", "sclerose en plaques"), ("G35",), "sclérose en plaques"),
    "sla": (
        ("sla", "sclerose laterale amyotrophique", "maladie de charcot"),
        ("G12.2",),
        "sclérose latérale amyotrophique",
    ),
    "pr": (("pr", "polyarthrite rhumatoide"), ("M05", "M06"), "polyarthrite rhumatoïde"),
    "spa": (
        (
            "spa",
            "spondylarthrite(?: ankylosante)?",
            "spondyloarthrite(?: [a-z-]{4,})?",
            "pelvispondylite",
        ),
        ("M45", "M46"),
        "spondylarthrite",
    ),
    "lupus": (
        ("led", "lupus(?: erythemateux)?(?: dissemine| systemique| cutane)?"),
        ("M32", "L93"),
        "lupus",
    ),
    "llc": (("llc", "leucemie lymphoide chronique"), ("C91.1",), "leucémie lymphoïde chronique"),
    "lmc": (("lmc", "leucemie myeloide chronique"), ("C92.1",), "leucémie myéloïde chronique"),
    "lam": (("lam", "leucemie aigue myeloide"), ("C92.0",), "leucémie aiguë myéloïde"),
    "lal": (
        ("lal", "leucemie aigue lymphoblastique"),
        ("C91.0",),
        "leucémie aiguë lymphoblastique",
    ),
    "lnh": (
        ("lnh", "lymphome non hodgkinien", "lymphome b diffus a grandes cellules", "lbdgc"),
        ("C82", "C83", "C84", "C85"),
        "lymphome non hodgkinien",
    ),
    "hodgkin": (("maladie de hodgkin", "lymphome de hodgkin", "hodgkin"), ("C81",), "Hodgkin"),
    "myelome": (("myelome(?: multiple)?", "maladie de kahler"), ("C90",), "myélome"),
    "smd": (("smd", "syndrome myelodysplasique", "myelodysplasie"), ("D46",), "myélodysplasie"),
    "mgus": (
        ("mgus", "gammapathie monoclonale(?: [a-z-]{4,})?", "maladie de waldenstrom"),
        ("D47.2", "C88.0"),
        "gammapathie monoclonale",
    ),
    "mici": (
        ("mici", "maladie inflammatoire chronique (?:de l'intestin|intestinale)"),
        ("K50", "K51"),
        "MICI",
    ),
    "rch": (("rch", "rectocolite(?: hemorragique| ulcero-hemorragique)?"), ("K51",), "RCH"),
    "crohn": (("maladie de crohn", "crohn"), ("K50",), "maladie de Crohn"),
    "hbp": (
        (
            "hbp",
            "hypertrophie benigne de (?:la )?prostate",
            "adenome (?:de (?:la )?)?prostat\\w*",
            "hypertrophie prostatique",
        ),
        ("N40",),
        "hypertrophie bénigne de la prostate",
    ),
    "aaa": (
        ("aaa", "anevrisme de l'aorte abdominale", "anevrisme aortique abdominal"),
        ("I71.3", "I71.4"),
        "anévrisme de l'aorte abdominale",
    ),
    "biermer": (
        ("maladie de biermer", "biermer", "anemie de biermer", "anemie pernicieuse"),
        ("D51.0",),
        "maladie de Biermer",
    ),
    "cancer_abbr": (
        (
            "neo(?: [a-z-]{4,})?",
            "neoplasme(?: [a-z-]{4,})?",
            "k (?:du |de la |de l'|des )?(?:prostate|sein|poumon|pulmonaire|colon|colique|rectum"
            "|rectal|pancreas|ovaire|vessie|rein|renal|estomac|foie|orl|thyroide|uterus|col"
            "|oesophage|larynx|pharynx|endometre)",
            "meta\\.? (?:hepatiques|osseuses|cerebrales|pulmonaires)",
        ),
        ("C", "D0"),
        "cancer",
    ),
    "dmla": (("dmla", "degenerescence maculaire(?: [a-z-]{4,})?"), ("H35.3",), "DMLA"),
    "pti": (
        ("pti", "purpura thrombopenique(?: immunologique| idiopathique)?"),
        ("D69.3",),
        "purpura thrombopénique",
    ),
    "civd": (("civd", "coagulation intravasculaire disseminee"), ("D65",), "CIVD"),
    "sdra": (("sdra", "syndrome de detresse respiratoire aigue"), ("J80",), "SDRA"),
    "hsa": (
        ("hsa", "hemorragie (?:sous-arachnoidienne|meningee)"),
        ("I60",),
        "hémorragie méningée",
    ),
    "hsd": (
        ("hsd", "hematome sous-dural(?: [a-z-]{4,})?", "hematome extra-dural"),
        ("S06.4", "S06.5", "I62.0"),
        "hématome sous-dural",
    ),
    "nash": (
        ("nash", "mash", "nafld", "masld", "steatohepatite(?: [a-z-]{4,})?", "steatose hepatique"),
        ("K75.8", "K76.0"),
        "stéatopathie",
    ),
    "vhc": (("vhc", "hepatite c(?: chronique)?"), ("B17.1", "B18.2"), "hépatite C"),
    "vhb": (("vhb", "hepatite b(?: chronique)?"), ("B16", "B18.0", "B18.1"), "hépatite B"),
    "cmd": (
        ("cmd", "(?:cardio|myocardio)myopathie dilatee", "cardiomyopathie dilatee"),
        ("I42.0",),
        "cardiomyopathie dilatée",
    ),
    "cmh": (
        ("cmh", "(?:cardio|myocardio)myopathie hypertrophique", "cardiomyopathie hypertrophique"),
        ("I42.1", "I42.2"),
        "cardiomyopathie hypertrophique",
    ),
    "bipolaire": (
        ("troubles? bipolaires?", "psychose maniaco-depressive", "pmd"),
        ("F31",),
        "trouble bipolaire",
    ),
    "hyperthyroidie": (
        ("hyperthyroidie", "maladie de basedow", "basedow", "thyrotoxicose"),
        ("E05",),
        "hyperthyroïdie",
    ),
    "mtev": (
        ("mtev", "maladie thrombo-?embolique(?: veineuse)?"),
        ("I80", "I26", "I82"),
        "maladie thromboembolique veineuse",
    ),
    "allergie": (
        ("allergies?", "allergique", "reaction allergique", "anaphylaxie"),
        ("T78", "Z88", "L23", "L50"),
        "allergie",
    ),
    "dhbn": (
        ("dhbn", "fasciite necrosante", "dermohypodermite bacterienne necrosante"),
        ("M72.6", "A48.0"),
        "fasciite nécrosante",
    ),
}

SYNONYMS_UPPER: frozenset[str] = frozenset(
    {"sep", "sla", "pr", "spa", "led", "lam", "lal", "aaa", "pti", "hsa", "hsd", "pmd", "cmd"}
    | {"cmh", "smd"}
)
