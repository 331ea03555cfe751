"""A second batch of held-out notes, written after the rules were revised on the first batch
and measured once before any further change (docs/pseudonymisation.md gives that first
measure). Same markup as ``heldout.py``."""

from datetime import date

from relais.privacy.pseudo import KnownPerson, PatientContext


def _ctx(pid: str, family: str, given: str, born: date | None = None) -> PatientContext:
    return PatientContext(pid, people=(KnownPerson(family, given, "patient"),), birth_date=born)


NOTES: tuple[tuple[str, PatientContext | None], ...] = (
    (
        "Présents à la réunion de concertation : ⟦CLINICIAN_NAME|A. Lemarchand⟧ (gériatre), "
        "⟦CLINICIAN_NAME|B. Oukacha⟧ (IDE coordinatrice), ⟦CLINICIAN_NAME|Ségolène Pradal⟧ "
        "(assistante sociale). Situation de Mme Vve ⟦PATIENT_NAME|Castagnet⟧ discutée.",
        _ctx("s1", "Castagnet", "Reine"),
    ),
    (
        "tél: ⟦PHONE|02.40.12.34.56⟧ / port. ⟦PHONE|06 12 34 56 78⟧ (fils). "
        "Mail : ⟦EMAIL|Herve.Loaec@Wanadoo.fr⟧. RDV le ⟦DATE|3/4/24⟧ à 10h.",
        _ctx("s2", "Loaëc", "Hervé"),
    ),
    (
        "Docteur ⟦CLINICIAN_NAME|Gwendal Rouxel⟧\nPolyclinique ⟦HOSPITAL|de l'Atlantique⟧\n"
        "⟦ADDRESS|BP 1005⟧ - ⟦POSTAL_CODE|44819⟧ ⟦CITY|Saint-Herblain⟧ CEDEX\n\n"
        "Objet : M. ⟦PATIENT_NAME|Aurélien Texier-Bouvard⟧, né le ⟦DATE|12-03-1951⟧",
        _ctx("s3", "Texier-Bouvard", "Aurélien", date(1951, 3, 12)),
    ),
    (
        "Suivi diabétologique. HbA1c 8,4 %. Metformine 850 mg x3, gliclazide 60 mg. "
        "Rétinopathie non proliférante. Prochain contrôle en ⟦DATE|septembre 2024⟧ avec "
        "le Prof. ⟦CLINICIAN_NAME|Hadjadj⟧.",
        _ctx("s4", "Mével", "Corentin"),
    ),
    (
        "-- ⟦CLINICIAN_NAME|Pierre-Yves Tanguy⟧, cadre de santé, pôle gériatrie\n"
        "Cc : Dr ⟦CLINICIAN_NAME|Ferrec⟧ (médecin traitant), Mme ⟦RELATIVE_NAME|Josette Ollivro⟧ "
        "(tutrice).",
        _ctx("s5", "Ollivro", "Yves"),
    ),
    (
        "Pt de ⟦AGE|97 ans⟧, IPP: ⟦IPP|8001234567⟧, NDA: ⟦NDA|2024-005123⟧. "
        "Entrée le ⟦DATE|Lundi 4 mars⟧ pour décompensation cardiaque. Furosémide IV 40 mg.",
        None,
    ),
    (
        "Mrs ⟦PATIENT_NAME|Eileen O'Sullivan⟧, Irish tourist, admitted ⟦DATE|14/08/2023⟧ "
        "with pneumonia. Husband ⟦RELATIVE_NAME|Declan⟧ reachable on ⟦PHONE|+353 87 123 4567⟧.",
        _ctx("s7", "O'Sullivan", "Eileen"),
    ),
    (
        "Courrier de l'⟦HOSPITAL|Hôpital Nord-Laënnec⟧ : patiente ⟦PATIENT_NAME|Goulven⟧, "
        "AVC ischémique sylvien gauche thrombolysé. Score NIHSS 8 → 2. "
        "Kinésithérapie avec M. ⟦CLINICIAN_NAME|Bréhier⟧.",
        _ctx("s8", "Goulven", "Annaïg"),
    ),
    (
        "n° ADELI ⟦OTHER_ID|441234567⟧ — ⟦CLINICIAN_NAME|Isaure Kerjean⟧, orthophoniste, "
        "⟦ADDRESS|Appartement 23⟧, ⟦ADDRESS|Résidence du Parc⟧, ⟦ADDRESS|4 avenue Foch⟧, "
        "⟦POSTAL_CODE|56000⟧ ⟦CITY|Vannes⟧",
        None,
    ),
    (
        "Patiente ⟦PATIENT_NAME|TRÉGUIER Maëla⟧ (NIR ⟦NIR|284035623806714⟧) vue aux urgences "
        "du ⟦HOSPITAL|CH de Quimper⟧ le ⟦DATE|02/02/2024⟧ : lombalgie commune, "
        "signe de Lasègue négatif. Ibuprofène 400 mg x3 pendant 5 jours.",
        _ctx("s10", "Tréguier", "Maëla"),
    ),
    (
        "Visite à domicile : ⟦ADDRESS|8, impasse des Mouettes⟧, ⟦CITY|Loctudy⟧. "
        "M. ⟦PATIENT_NAME|Le Berre⟧ et son épouse ⟦RELATIVE_NAME|Maryvonne⟧ nous reçoivent. "
        "Escarre talon droit stade 2.",
        _ctx("s11", "Le Berre", "Jos"),
    ),
    (
        "Appel de l'IDE libérale (Mme ⟦CLINICIAN_NAME|Rozenn Caradec⟧, ⟦PHONE|06 98 76 54 32⟧) "
        "le ⟦DATE|18 mai⟧ : INR à 4,2 sous Préviscan. Dose diminuée à 3/4 cp.",
        _ctx("s12", "Corlay", "Tugdual"),
    ),
    (
        "ANTÉCÉDENTS : cancer du côlon opéré en ⟦DATE|2009⟧ (⟦HOSPITAL|Centre Eugène Marquis⟧), "
        "PTH droite en ⟦DATE|2017⟧, maladie de Dupuytren. Vit seule à ⟦CITY|Concarneau⟧.",
        _ctx("s13", "Hascoët", "Armelle"),
    ),
    (
        "Dossier transmis à ⟦EMAIL|secretariat.cardio@ch-cornouaille.fr⟧ le ⟦DATE|12.01.24⟧. "
        "Patient ⟦PATIENT_NAME|Brendan Kerleroux⟧, FEVG 35 %, sacubitril/valsartan 49/51 mg x2.",
        _ctx("s14", "Kerleroux", "Brendan"),
    ),
    (
        "Mr ⟦PATIENT_NAME|Nguyen Van Long⟧, 68 ans, Dr ⟦CLINICIAN_NAME|Tran Minh⟧ "
        "(néphrologue). Hémodialyse lundi-mercredi-vendredi. Fistule artério-veineuse "
        "fonctionnelle.",
        _ctx("s15", "Nguyen", "Van Long"),
    ),
    (
        "Entretien avec la fille, Mme ⟦RELATIVE_NAME|Solène Quiniou⟧, joignable au "
        "⟦PHONE|07 81 22 90 13⟧. Elle signale des chutes répétées depuis ⟦DATE|novembre 2023⟧.",
        _ctx("s16", "Quiniou", "Marcel"),
    ),
    (
        "Sortie prévue le ⟦DATE|vendredi 26 avril 2024⟧ vers le SSR ⟦HOSPITAL|Les Capucins⟧ "
        "à ⟦CITY|Angers⟧. Transport par ambulance ⟦HOSPITAL|Jussieu Secours⟧.",
        None,
    ),
    (
        "Cs d'anesthésie — Dr ⟦CLINICIAN_NAME|Landrein⟧ — patient ⟦PATIENT_NAME|BIZIEN Erwan⟧, "
        "ASA 3, Mallampati 2, intubation difficile non prévisible. Arrêt du Kardégic non "
        "nécessaire.",
        _ctx("s18", "Bizien", "Erwan"),
    ),
    (
        "Note de l'interne ⟦CLINICIAN_NAME|Youenn⟧ : patient confus cette nuit, "
        "pas de déficit. Prévenir Dr ⟦CLINICIAN_NAME|Morvan⟧ demain matin. "
        "Contention refusée par la famille (⟦RELATIVE_NAME|Nolwenn Ropars⟧, nièce).",
        _ctx("s19", "Ropars", "Alain"),
    ),
    (
        "INS-NIR : ⟦INS|1 45 02 29 019 233 71⟧ OID 1.2.250.1.213.1.4.8 — "
        "⟦PATIENT_NAME|Kerdraon Job⟧, né le ⟦DATE|04/02/1945⟧ à ⟦CITY|Brest⟧.",
        _ctx("s20", "Kerdraon", "Job", date(1945, 2, 4)),
    ),
)
