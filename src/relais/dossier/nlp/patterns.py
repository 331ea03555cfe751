"""Data only: French terms and regexes of the note reader (symptoms, conditions, labs, vitals).

edsnlp's ``eds.quantities`` finds "83 µmol/l" but not which test it measures, reads "161/85
mmHg" as a fraction, and has no lab names: lab and vital-sign values are read here, from the
test's name to its unit.
"""

SYMPTOMS: dict[str, list[str]] = {
    "fièvre": ["fièvre", "fébrile", "hyperthermie", "frissons"],
    "douleur thoracique": ["douleur thoracique", "douleur basithoracique", "oppression thoracique"],
    "dyspnée": ["dyspnée", "orthopnée", "essoufflement", "polypnée"],
    "toux": ["toux", "toux productive", "expectorations", "expectoration"],
    "hémoptysie": ["hémoptysie", "hémoptysies"],
    "douleur abdominale": ["douleur abdominale", "douleurs abdominales"],
    "douleur lombaire": ["douleur lombaire", "lombalgie"],
    "brûlures mictionnelles": ["brûlures mictionnelles", "dysurie", "pollakiurie"],
    "hématurie": ["hématurie"],
    "céphalée": ["céphalée", "céphalées"],
    "signe méningé": ["signe méningé", "signes méningés", "raideur de nuque"],
    "crise convulsive": ["crise convulsive", "convulsions", "crise d'épilepsie"],
    "troubles de la vigilance": ["troubles de la vigilance", "trouble de conscience", "confusion"],
    "déficit neurologique": [
        "déficit neurologique",
        "signe de focalisation",
        "hémiparésie",
        "hémiplégie",
        "paralysie faciale",
        "aphasie",
    ],
    "syncope": ["syncope", "perte de connaissance", "malaise"],
    "palpitations": ["palpitations"],
    "œdèmes des membres inférieurs": [
        "œdème des membres inférieurs",
        "œdèmes des membres inférieurs",
        "OMI",
    ],
    "douleur du mollet": ["douleur du mollet"],
    "nausées": ["nausées", "vomissements"],
    "diarrhée": ["diarrhée"],
    "asthénie": ["asthénie", "anorexie", "amaigrissement"],
    "éruption cutanée": ["éruption cutanée", "rash", "urticaire"],
    "chute": ["chute", "traumatisme crânien"],
    "signe de gravité": ["signe de gravité", "signes de gravité"],
    "syndrome polyuro-polydipsique": ["syndrome polyuro-polydipsique", "polyurie", "polydipsie"],
}

CONDITIONS: dict[str, list[str]] = {
    "hypertension artérielle": ["HTA", "hypertension artérielle"],
    "diabète de type 2": ["DT2", "diabète de type 2", "diabète"],
    "fibrillation atriale": ["FA", "ACFA", "fibrillation atriale", "fibrillation auriculaire"],
    "insuffisance cardiaque": ["ICC", "insuffisance cardiaque", "décompensation cardiaque"],
    "BPCO": ["BPCO", "EABPCO", "bronchopneumopathie chronique obstructive"],
    "AVC": ["AVC", "accident vasculaire cérébral", "AIT"],
    "infarctus du myocarde": ["IDM", "infarctus du myocarde", "SCA"],
    "embolie pulmonaire": ["EP", "embolie pulmonaire"],
    "thrombose veineuse profonde": ["TVP", "phlébite", "thrombose veineuse profonde"],
    "insuffisance rénale": ["IRC", "MRC", "IRA", "insuffisance rénale"],
    "pneumopathie": ["PAC", "pneumopathie", "pneumonie"],
    "sepsis": ["sepsis", "choc septique"],
    "pyélonéphrite": ["pyélonéphrite", "PNA"],
    "fracture du col du fémur": ["fracture du col du fémur", "fracture du col fémoral"],
    "dyslipidémie": ["dyslipidémie", "hypercholestérolémie"],
    "tabagisme": ["tabagisme", "fumeur", "fumeuse"],
    "obésité": ["obésité"],
    "syndrome d'apnées du sommeil": ["SAOS", "apnée du sommeil"],
    "hypothyroïdie": ["hypothyroïdie", "dysthyroïdie"],
    "troubles neurocognitifs": ["troubles neurocognitifs", "maladie d'Alzheimer", "démence"],
}

# Name of a test → (label, LOINC). Matched case-insensitively before a value and a unit.
LABS: dict[str, tuple[str, str | None]] = {
    r"cr[ée]atinin[ée]mie|cr[ée]atinine|cr[ée]at": ("Créatinine", "14682-9"),
    r"kali[ée]mie|K\+": ("Kaliémie", "2823-3"),
    r"natr[ée]mie|Na\+": ("Natrémie", "2951-2"),
    r"h[ée]moglobine|Hb": ("Hémoglobine", "718-7"),
    r"CRP": ("CRP", "1988-5"),
    r"NT-?pro-?BNP": ("NT-proBNP", "33762-6"),
    r"BNP": ("BNP", "30934-4"),
    r"INR": ("INR", "6301-6"),
    r"glyc[ée]mie": ("Glycémie", "14749-6"),
    r"leucocytes|GB": ("Leucocytes", "6690-2"),
    r"plaquettes": ("Plaquettes", "777-3"),
    r"DFG|clairance": ("DFG", "62238-1"),
    r"troponine(?: T hs| us| hs)?": ("Troponine", None),
    r"lactates?": ("Lactates", "2524-7"),
    r"procalcitonine|PCT": ("Procalcitonine", "33959-8"),
    r"HbA1c": ("HbA1c", "4548-4"),
    r"D-?dim[èe]res": ("D-dimères", "48065-7"),
    r"TA|PA": ("Pression artérielle", "85354-9"),
    r"FC": ("Fréquence cardiaque", "8867-4"),
    r"FR": ("Fréquence respiratoire", "9279-1"),
    r"SpO2|Sat(?:uration)?": ("SpO2", "59408-5"),
    r"T°|temp[ée]rature": ("Température", "8310-5"),
}
LAB_VALUE = (
    r"\s*(?:à|:|=|de|est à)?\s*"
    r"(?P<value>\d+(?:[.,]\d+)?(?:\s*/\s*\d+(?:[.,]\d+)?)?)"
    r"\s*(?P<unit>µmol/l|μmol/l|umol/l|mmol/l|g/dl|g/l|mg/l|mg/dl|pg/ml|ng/l|ng/ml|µg/l|"
    r"ml/min(?:/1,73\s*m²)?|mmhg|/min|bpm|%|°c|°)?"
)

# Added to edsnlp's hypothesis cues (seen in French notes, missed by the defaults).
HYPOTHESIS_PRECEDING = [
    "évoquant",
    "évoquer",
    "tableau évoquant",
    "diagnostic différentiel",
    "diagnostics différentiels",
    "suspicion de",
    "suspicion d'",
    "à éliminer",
]
HYPOTHESIS_FOLLOWING = ["à éliminer", "à confirmer", "non exclu", "non exclue", "à évoquer"]

# Added to edsnlp's negation cues: "Signe de gravité : aucun", "Allergies : néant".
NEGATION_FOLLOWING = ["aucun", "aucune", "néant", "absent", "absente", "absents", "absentes"]
