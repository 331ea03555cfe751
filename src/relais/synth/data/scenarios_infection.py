"""Infectious and respiratory scenarios (data only)."""

from relais.synth.clinical.scenario import Action, Scenario

PNEUMONIA = Scenario(
    key="pneumonia",
    label="Pneumopathie aiguë communautaire",
    service="medecine_interne",
    weight=12,
    age=(45, 95),
    male=0.55,
    ed_reason="Fièvre et toux",
    abbrev="PAC",
    diagnosis=("J18.9", "Pneumopathie, sans précision"),
    secondary=(("E86", "Hypovolémie", 0.2),),
    comorbidities=(
        ("hta", 0.5),
        ("dt2", 0.25),
        ("bpco", 0.2),
        ("tabac", 0.25),
        ("demence", 0.1),
        ("rgo", 0.2),
        ("insomnie", 0.1),
    ),
    actions=(
        Action("start", "amox_clav", 1000, "3x", prob=1.0, days=7, reason="pneumopathie"),
        Action("start", "paracetamol", 1000, "3x_si", prob=0.6, days=5),
    ),
    inpatient=(("ceftriaxone", 1000, "24h", 3),),
    labs={
        "crp": (80, 320),
        "leucocytes": (11, 22),
        "pct": (0.3, 6),
        "creatinine": (60, 130),
        "natremie": (130, 140),
    },
    vitals={"temp": (38.2, 39.8), "spo2": (88, 94), "fr": (22, 30), "fc": (95, 120)},
    procedures=(("ZBQK002", "Radiographie du thorax", 0, 1.0),),
    pending=(("hemocultures", 0.6), ("serologie_legionelle", 0.3)),
    symptoms=("fièvre", "toux productive", "douleur basithoracique", "dyspnée"),
    negatives=("hémoptysie", "signe méningé", "raideur de nuque", "éruption cutanée"),
    hypotheses=("légionellose", "grippe", "embolie pulmonaire"),
    story=(
        "Fièvre à {temp} °C {duree} avec {s1} et {s2}.",
        "Syndrome fébrile {duree}, {s1}, {s2}. Foyer de crépitants à l'auscultation.",
    ),
    course=(
        "Apyrexie obtenue à J{jrelay} sous ATB, relais per os.",
        "Évolution favorable sous antibiothérapie, décroissance de la CRP.",
    ),
    followup=("Consultation de médecine interne", 6),
    monitoring=(
        "Radiographie de thorax de contrôle à 6 semaines",
        "Consulter si récidive de la fièvre",
    ),
    adverse=(("confusion nocturne", 0.1), ("chute dans le service", 0.05)),
)

COPD = Scenario(
    key="copd_exacerbation",
    label="Exacerbation de BPCO",
    service="pneumologie",
    weight=10,
    age=(50, 90),
    male=0.62,
    ed_reason="Dyspnée",
    abbrev="EABPCO",
    diagnosis=(
        "J44.1",
        "Maladie pulmonaire obstructive chronique avec épisodes aigus, sans précision",
    ),
    secondary=(("J96.0", "Insuffisance respiratoire aiguë", 0.4),),
    comorbidities=(
        ("bpco", 1.0),
        ("tabac", 0.9),
        ("hta", 0.5),
        ("cardiopathie", 0.2),
        ("depression", 0.15),
        ("anxiete", 0.15),
    ),
    actions=(
        Action("start", "prednisone", 40, "matin", prob=0.8, days=5),
        Action(
            "start", "amox_clav", 1000, "3x", prob=0.6, days=5, reason="surinfection bronchique"
        ),
        Action("modify", "tiotropium", 5, "matin", prob=0.5),
    ),
    inpatient=(
        ("salbutamol", 5, "4x", 3),
        ("ipratropium", 0.5, "3x", 3),
        ("methylprednisolone", 40, "24h", 2),
    ),
    labs={
        "ph": (7.28, 7.38),
        "pco2": (46, 65),
        "bicarbonates": (27, 34),
        "crp": (10, 90),
        "leucocytes": (9, 15),
    },
    vitals={"spo2": (82, 90), "fr": (24, 32), "fc": (95, 120), "temp": (37.0, 38.4)},
    procedures=(("ZBQK002", "Radiographie du thorax", 0, 1.0),),
    pending=(),
    symptoms=("majoration de la dyspnée", "expectorations purulentes", "sibilants diffus"),
    negatives=("douleur thoracique", "hémoptysie", "œdème des membres inférieurs"),
    hypotheses=("pneumopathie", "embolie pulmonaire", "décompensation cardiaque gauche"),
    story=(
        "BPCO GOLD {gold}, exacerbation {duree} avec {s1} et {s2}.",
        "Aggravation de la dyspnée {duree}, {s1}, {s2}. Tabagisme actif à {pa} PA.",
    ),
    course=(
        "Amélioration sous aérosols et corticothérapie, O2 sevré à J{jrelay}.",
        "Bonne évolution, réadaptation respiratoire proposée. VNI non nécessaire.",
    ),
    followup=("Consultation de pneumologie", 8),
    monitoring=(
        "EFR à distance de l'exacerbation",
        "Sevrage tabagique : consultation de tabacologie",
    ),
)

UROSEPSIS = Scenario(
    key="urinary_sepsis",
    label="Sepsis à point de départ urinaire",
    service="medecine_interne",
    weight=8,
    age=(50, 95),
    male=0.4,
    ed_reason="Fièvre",
    abbrev="sepsis urinaire",
    diagnosis=("A41.5", "Sepsis à d'autres micro-organismes Gram négatif"),
    secondary=(
        ("N10", "Néphrite tubulo-interstitielle aiguë", 0.7),
        ("B96.2", "Escherichia coli, cause de maladies", 0.7),
        ("N17.9", "Insuffisance rénale aiguë, sans précision", 0.3),
    ),
    comorbidities=(("dt2", 0.35), ("hta", 0.6), ("hbp", 0.2), ("demence", 0.15), ("mrc", 0.2)),
    actions=(
        Action("start", "ofloxacine", 200, "2x", prob=0.6, days=10, reason="pyélonéphrite"),
        Action("stop", "metformine", reason="insuffisance rénale aiguë", prob=1.0),
        Action("stop", "ramipril", reason="insuffisance rénale aiguë", prob=0.6, adverse=True),
    ),
    inpatient=(("cefotaxime", 2000, "8h", 3), ("amikacine", 1500, "dose_unique", 1)),
    labs={
        "crp": (120, 350),
        "leucocytes": (13, 26),
        "pct": (2, 40),
        "lactates": (1.8, 4.5),
        "creatinine": (110, 260),
        "plaquettes": (90, 200),
    },
    vitals={"temp": (38.5, 40.2), "tas": (80, 105), "fc": (100, 135), "fr": (20, 28)},
    procedures=((None, "Échographie rénale et vésicale", 1, 0.7),),
    pending=(("hemocultures", 0.7), ("ecbu", 0.4)),
    symptoms=("fièvre avec frissons", "brûlures mictionnelles", "douleur lombaire droite"),
    negatives=("toux", "diarrhée", "signe méningé"),
    hypotheses=("pyélonéphrite obstructive", "prostatite"),
    story=(
        "Fièvre à {temp} °C {duree} avec {s1} et {s2}."
        " Hypotension à l'arrivée corrigée par remplissage.",
        "{s1}, {s2} {duree}. qSOFA à 2 aux urgences.",
    ),
    course=(
        "Évolution favorable sous C3G puis relais per os selon l'antibiogramme.",
        "Apyrexie à J{jrelay}, normalisation de la fonction rénale après réhydratation.",
    ),
    followup=("Consultation de médecine interne", 4),
    monitoring=("Créatinine à J7 avant reprise de la metformine", "ECBU de contrôle si récidive"),
)
