"""Laboratory tests and vital signs (data only): LOINC code, French label, UCUM unit, ranges.

``LABS[key] = (LOINC, French label, UCUM unit, (low, high) reference, decimals, (lo, hi)
normal draw)``; a ``None`` bound means "no limit on that side" (e.g. CRP < 5).
"""

LABS: dict[
    str, tuple[str | None, str, str, tuple[float | None, float | None], int, tuple[float, float]]
] = {
    "creatinine": ("14682-9", "Créatinine", "umol/L", (45, 104), 0, (55, 95)),
    "dfg": ("62238-1", "DFG (CKD-EPI)", "mL/min/{1.73_m2}", (60, None), 0, (62, 95)),
    "uree": ("22664-7", "Urée", "mmol/L", (2.5, 7.5), 1, (3.5, 7.0)),
    "kaliemie": ("2823-3", "Kaliémie", "mmol/L", (3.5, 5.0), 1, (3.7, 4.8)),
    "natremie": ("2951-2", "Natrémie", "mmol/L", (136, 145), 0, (137, 143)),
    "hemoglobine": ("718-7", "Hémoglobine", "g/dL", (12.0, 17.0), 1, (12.5, 15.5)),
    "leucocytes": ("6690-2", "Leucocytes", "10*9/L", (4.0, 10.0), 1, (4.5, 9.5)),
    "plaquettes": ("777-3", "Plaquettes", "10*9/L", (150, 400), 0, (170, 380)),
    "crp": ("1988-5", "CRP", "mg/L", (None, 5), 0, (1, 4)),
    "pct": ("33959-8", "Procalcitonine", "ug/L", (None, 0.5), 2, (0.02, 0.08)),
    "ntprobnp": ("33762-6", "NT-proBNP", "pg/mL", (None, 450), 0, (60, 300)),
    "troponine": ("67151-1", "Troponine T hs", "ng/L", (None, 14), 0, (4, 12)),
    "inr": ("6301-6", "INR", "{INR}", (0.8, 1.2), 1, (0.9, 1.1)),
    "glycemie": ("14749-6", "Glycémie", "mmol/L", (3.9, 6.1), 1, (4.5, 6.0)),
    "hba1c": ("4548-4", "HbA1c", "%", (4.0, 6.0), 1, (5.0, 5.9)),
    "lactates": ("2524-7", "Lactates", "mmol/L", (0.5, 2.2), 1, (0.7, 1.6)),
    "ddimeres": ("48065-7", "D-dimères", "ng/mL", (None, 500), 0, (150, 450)),
    "ph": ("2744-1", "pH artériel", "[pH]", (7.35, 7.45), 2, (7.37, 7.43)),
    "pco2": ("2019-8", "PaCO2", "mm[Hg]", (35, 45), 0, (36, 44)),
    "bicarbonates": ("1963-8", "Bicarbonates", "mmol/L", (22, 29), 0, (23, 28)),
    "cetonemie": (  # no LOINC code we are sure of: text only
        None,
        "Cétonémie (bêta-hydroxybutyrate)",
        "mmol/L",
        (None, 0.6),
        1,
        (0.1, 0.4),
    ),
}

# Abbreviations used in notes for some labels.
LAB_SHORT = {
    "creatinine": ("créatinine", "créat", "Créatininémie"),
    "kaliemie": ("kaliémie", "K+", "kaliémie"),
    "natremie": ("natrémie", "Na+", "natrémie"),
    "hemoglobine": ("Hb", "hémoglobine", "Hb"),
    "ntprobnp": ("NT-proBNP", "BNP", "NT-proBNP"),
    "crp": ("CRP", "CRP", "protéine C réactive"),
    "dfg": ("DFG", "DFG", "clairance"),
}

# Vital signs: key → (LOINC, French label, UCUM unit, decimals).
VITALS = {
    "tas": ("8480-6", "Pression artérielle systolique", "mm[Hg]", 0),
    "tad": ("8462-4", "Pression artérielle diastolique", "mm[Hg]", 0),
    "fc": ("8867-4", "Fréquence cardiaque", "/min", 0),
    "spo2": ("59408-5", "Saturation en oxygène (SpO2)", "%", 0),
    "temp": ("8310-5", "Température", "Cel", 1),
    "fr": ("9279-1", "Fréquence respiratoire", "/min", 0),
    "poids": ("29463-7", "Poids", "kg", 1),
}
BP_PANEL = ("85354-9", "Pression artérielle")

# Cultures and other results that are often still pending at discharge.
PENDING = {
    "hemocultures": ("600-7", "Hémocultures", "Observation"),
    "ecbu": ("630-4", "ECBU (examen cytobactériologique des urines)", "Observation"),
    "anapath": ("22034-3", "Examen anatomopathologique", "DiagnosticReport"),
    "electrophorese": ("24351-9", "Électrophorèse des protéines sériques", "Observation"),
    "holter": ("18754-2", "Holter ECG des 24 heures", "DiagnosticReport"),
    "serologie_legionelle": ("32781-7", "Antigénurie légionelle", "Observation"),
}
LAB_REPORT = ("11502-2", "Compte rendu de biologie")
