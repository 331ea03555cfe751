"""Surgical, metabolic and renal scenarios (data only)."""

from relais.synth.clinical.scenario import Action, Scenario

HIP_FRACTURE = Scenario(
    key="hip_fracture",
    label="Fracture du col du fémur",
    service="chirurgie_orthopedique",
    weight=10,
    age=(68, 98),
    male=0.3,
    ed_reason="Chute",
    abbrev="fracture du col fémoral",
    diagnosis=("S72.0", "Fracture du col du fémur"),
    secondary=(
        ("W19", "Chute, sans précision", 0.9),
        ("D62", "Anémie posthémorragique aiguë", 0.3),
    ),
    comorbidities=(
        ("hta", 0.6),
        ("osteoporose", 0.4),
        ("demence", 0.25),
        ("dt2", 0.2),
        ("insomnie", 0.2),
        ("hypothyroidie", 0.15),
        ("fa", 0.15),
    ),
    actions=(
        Action("start", "enoxaparine", 4000, "injection", prob=1.0, days=35),
        Action("start", "paracetamol", 1000, "3x_si", prob=1.0, days=15),
        Action("start", "tramadol", 50, "3x_si", prob=0.4, days=7),
        Action("start", "cholecalciferol", 100000, "trimestre", prob=0.6),
        Action("stop", "zolpidem", reason="chute, risque de confusion", prob=1.0),
    ),
    inpatient=(("morphine", 5, "4x", 2), ("cefotaxime", 2000, "dose_unique", 1)),
    labs={
        "hemoglobine": (8.8, 12.5),
        "creatinine": (60, 120),
        "inr": (0.9, 1.2),
        "natremie": (131, 142),
    },
    vitals={"tas": (120, 165), "fc": (75, 100)},
    procedures=(
        ("NEKA020", "Remplacement de l'articulation coxofémorale par prothèse", 1, 1.0),
        ("ZBQK002", "Radiographie du thorax", 0, 0.8),
    ),
    pending=(("anapath", 0.3),),
    symptoms=(
        "douleur de hanche",
        "impotence fonctionnelle totale",
        "raccourcissement et rotation externe du membre inférieur",
    ),
    negatives=("perte de connaissance", "douleur thoracique", "traumatisme crânien"),
    hypotheses=("chute d'origine cardiaque", "malaise vagal"),
    story=(
        "Chute mécanique à domicile {duree}, {s1} et {s2}. Retrouvé{e} au sol par {proche}.",
        "Chute de sa hauteur {duree} avec {s1}, {s2}. Pas de station prolongée au sol.",
    ),
    course=(
        "Intervention à J1, suites simples. Mise au fauteuil à J2,"
        " reprise de la marche avec"
        " déambulateur.",
        "Suites opératoires marquées par une anémie,"
        " verticalisation à J2 avec le kinésithérapeute.",
    ),
    followup=("Consultation de chirurgie orthopédique", 6),
    monitoring=(
        "Ablation des agrafes à J15 par l'IDE",
        "Kinésithérapie : rééducation à la marche",
        "NFS-plaquettes 2 fois par semaine sous HBPM",
    ),
    adverse=(
        ("escarre talonnière", 0.08),
        ("rétention aiguë d'urines", 0.06),
        ("confusion postopératoire", 0.1),
    ),
    transfusion=0.35,
    surgery=True,
)

DIABETES = Scenario(
    key="diabetes_decompensation",
    label="Diabète déséquilibré avec acidocétose",
    service="medecine_interne",
    weight=7,
    age=(35, 85),
    male=0.55,
    ed_reason="Altération de l'état général",
    abbrev="DT2 décompensé",
    diagnosis=("E11.1", "Diabète sucré de type 2, avec acidocétose"),
    secondary=(("E86", "Hypovolémie", 0.5),),
    comorbidities=(
        ("dt2", 1.0),
        ("hta", 0.6),
        ("obesite", 0.4),
        ("dyslipidemie", 0.5),
        ("mrc", 0.15),
    ),
    actions=(
        Action("start", "glargine", 16, "soir", prob=1.0),
        Action("start", "asparte", 4, "3x", prob=0.5),
        Action("stop", "gliclazide", reason="relais par insuline", prob=1.0),
        Action("modify", "metformine", 850, "2x", prob=0.4),
    ),
    inpatient=(("insuline_iv", 6, "heure", 2),),
    labs={
        "glycemie": (22, 42),
        "hba1c": (9.5, 14),
        "cetonemie": (2.5, 6),
        "ph": (7.12, 7.3),
        "bicarbonates": (8, 17),
        "kaliemie": (3.3, 5.8),
        "natremie": (128, 140),
        "creatinine": (80, 160),
    },
    vitals={"fc": (95, 120), "temp": (36.5, 37.6)},
    procedures=(),
    pending=(),
    symptoms=("syndrome polyuro-polydipsique", "asthénie", "amaigrissement de 5 kg"),
    negatives=("fièvre", "douleur abdominale", "trouble de conscience"),
    hypotheses=("infection intercurrente", "pancréatite"),
    story=(
        "{s1} {duree} avec {s2}. Glycémie capillaire « HI » au domicile.",
        "AEG {duree} : {s1}, {s2}. Arrêt de son traitement depuis 3 semaines.",
    ),
    course=(
        "Correction de la cétose sous insuline IVSE, relais"
        " sous-cutané à J{jrelay}. Éducation thérapeutique.",
        "Bonne évolution, schéma basal-bolus mis en place avec éducation par l'IDE.",
    ),
    followup=("Consultation de diabétologie", 4),
    monitoring=(
        "Autosurveillance glycémique 4 fois par jour",
        "HbA1c dans 3 mois",
        "Fond d'œil annuel",
    ),
    adverse=(("hypoglycémie à 0,45 g/l", 0.12),),
)

ACUTE_KIDNEY_INJURY = Scenario(
    key="acute_kidney_injury",
    label="Insuffisance rénale aiguë",
    service="geriatrie",
    weight=7,
    age=(70, 98),
    male=0.45,
    ed_reason="Altération de l'état général",
    abbrev="IRA",
    diagnosis=("N17.9", "Insuffisance rénale aiguë, sans précision"),
    secondary=(("E86", "Hypovolémie", 0.7), ("E87.5", "Hyperkaliémie", 0.4)),
    comorbidities=(
        ("hta", 0.8),
        ("mrc", 0.5),
        ("dt2", 0.35),
        ("icc", 0.25),
        ("demence", 0.3),
        ("goutte", 0.2),
    ),
    actions=(
        Action("stop", "ramipril", reason="insuffisance rénale aiguë", prob=1.0, adverse=True),
        Action("stop", "ketoprofene", reason="néphrotoxicité (AINS)", prob=1.0, adverse=True),
        Action("modify", "furosemide", 20, "matin", prob=0.6),
    ),
    home=(("ketoprofene", 100, "2x", 0.3), ("ramipril", 5, "matin", 0.5)),
    inpatient=(),
    labs={
        "creatinine": (180, 520),
        "uree": (15, 40),
        "kaliemie": (4.8, 6.6),
        "natremie": (130, 146),
        "bicarbonates": (15, 21),
    },
    vitals={"tas": (95, 130), "fc": (80, 105)},
    procedures=((None, "Échographie rénale et vésicale", 1, 0.8),),
    pending=(("electrophorese", 0.3),),
    symptoms=("asthénie", "anorexie", "diminution des apports hydriques"),
    negatives=("globe vésical", "fièvre", "hématurie"),
    hypotheses=("IRA obstructive", "néphropathie interstitielle"),
    story=(
        "Adressé{e} par son médecin traitant pour {s1} et {s2}"
        " {duree} dans un contexte de canicule.",
        "{s1}, {s2} {duree}. Créatinine à {creat} µmol/l au laboratoire de ville.",
    ),
    course=(
        "Amélioration de la fonction rénale après réhydratation et arrêt des néphrotoxiques.",
        "Récupération partielle, créatinine de sortie à {creat_out} µmol/l.",
    ),
    followup=("Consultation de néphrologie", 6),
    monitoring=(
        "Créatinine et kaliémie à J7",
        "Ne pas reprendre les AINS",
        "Réévaluer l'IEC en consultation",
    ),
    adverse=(("chute dans le service", 0.06), ("hyperkaliémie à 6,4 mmol/l", 0.1)),
)
