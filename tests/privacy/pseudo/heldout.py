"""Held-out notes written by hand in other styles than the synthetic generator's (letters,
nursing notes, telephone messages, English-speaking writers, lowercase names, unusual
formats), with names that are in none of the generator's lists.

Markup: ``⟦TYPE|text⟧`` marks an identifying span. ``PATIENT`` gives the patient's record
identity (the pseudonymiser's context) for a note, or None when the note is read without one.
These notes are never used to tune the rules: they measure how the rules generalise.
"""

import re
from dataclasses import dataclass
from datetime import date

from relais.privacy.pseudo import KnownPerson, PatientContext

MARK = re.compile(r"⟦([A-Z_]+)\|([^⟧]*)⟧")


@dataclass(frozen=True)
class HeldOut:
    text: str
    spans: tuple[tuple[str, int, int], ...]
    context: PatientContext | None


def parse(marked: str) -> tuple[str, tuple[tuple[str, int, int], ...]]:
    """The plain text and its (type, start, end) spans."""
    out, spans, position = [], [], 0
    length = 0
    for match in MARK.finditer(marked):
        chunk = marked[position : match.start()]
        out.append(chunk)
        length += len(chunk)
        spans.append((match[1], length, length + len(match[2])))
        out.append(match[2])
        length += len(match[2])
        position = match.end()
    out.append(marked[position:])
    return "".join(out), tuple(spans)


def _ctx(pid: str, family: str, given: str, born: date | None = None) -> PatientContext:
    return PatientContext(pid, people=(KnownPerson(family, given, "patient"),), birth_date=born)


# (marked text, patient context or None)
NOTES: tuple[tuple[str, PatientContext | None], ...] = (
    (
        "Transmissions IDE — nuit du ⟦DATE|14/02⟧\n"
        "Mme ⟦PATIENT_NAME|Kervella⟧ agitée vers 2h, a arraché sa VVP. Appel interne de garde "
        "(Dr ⟦CLINICIAN_NAME|Oyarzabal⟧) : Haldol 1 mg IM. Fille ⟦RELATIVE_NAME|Maïwenn⟧ "
        "prévenue au ⟦PHONE|06-71-22-09-48⟧.\nSignature : ⟦CLINICIAN_NAME|B. Quéméner⟧, IDE",
        _ctx("h1", "Kervella", "Yolande"),
    ),
    (
        "Cher confrère,\nJe revois ce jour en consultation M. ⟦PATIENT_NAME|Iñaki Etxeberria⟧, "
        "⟦AGE|91 ans⟧, pour le suivi de sa maladie de Parkinson. Le signe de Babinski est "
        "absent. Score MMSE 24/30. Lévodopa 100 mg x4/j inchangé.\n"
        "Bien à vous,\nPr ⟦CLINICIAN_NAME|Anatole Desrousseaux⟧\n"
        "⟦HOSPITAL|Hôpital Bretonneau⟧, ⟦ADDRESS|2 boulevard Tonnellé⟧, ⟦POSTAL_CODE|37044⟧ "
        "⟦CITY|Tours⟧ Cedex 9",
        _ctx("h2", "Etxeberria", "Iñaki"),
    ),
    (
        "Message téléphonique ⟦DATE|3 sept. 2023⟧ 16h10 : la nièce de la patiente, "
        "Mme ⟦RELATIVE_NAME|Ghislaine Poupard⟧, souhaite être rappelée au "
        "⟦PHONE|+33 (0)2 99 41 27 63⟧ ou par mail ⟦EMAIL|g.poupard@orange.fr⟧.",
        None,
    ),
    (
        "Discharge summary written for the GP (English-speaking locum).\n"
        "Patient: Mr ⟦PATIENT_NAME|Théophile Barraqué⟧, DOB ⟦DATE|12/07/1941⟧, "
        "phone ⟦PHONE|+44 20 7946 0958⟧. Admitted on ⟦DATE|02/03/2024⟧ for Crohn's disease "
        "flare, treated with prednisolone 40 mg. Seen by Dr ⟦CLINICIAN_NAME|Okonkwo⟧.",
        _ctx("h4", "Barraqué", "Théophile", date(1941, 7, 12)),
    ),
    (
        "vu avec mme ⟦PATIENT_NAME|le bihan⟧ ce matin, douleur EVA 3/10. "
        "sa fille ⟦RELATIVE_NAME|gwenola⟧ passera demain. kardegic 75 et bisoprolol 2,5 mg "
        "poursuivis. contrôle kaliémie le ⟦DATE|18/10⟧.",
        _ctx("h5", "Le Bihan", "Armelle"),
    ),
    (
        "Compte rendu de scanner — Dr ⟦CLINICIAN_NAME|Zélie Fourcade⟧ — "
        "Patient : ⟦PATIENT_NAME|HOUDEBINE Ludovic⟧ — IPP ⟦IPP|6502117734⟧\n"
        "Pas d'argument pour une embolie pulmonaire. Nodule de 6 mm du LSD, contrôle "
        "à 6 mois selon les critères de Fleischner.",
        _ctx("h6", "Houdebine", "Ludovic"),
    ),
    (
        "Mlle ⟦PATIENT_NAME|Perrine Goasdoué⟧, née le ⟦DATE|29 février 1996⟧, domiciliée "
        "⟦ADDRESS|lieu-dit Kerbernez⟧, ⟦POSTAL_CODE|29700⟧ ⟦CITY|Plomelin⟧. "
        "NIR ⟦NIR|296022911800716⟧. Suivi pour maladie de Hodgkin en rémission.",
        _ctx("h7", "Goasdoué", "Perrine", date(1996, 2, 29)),
    ),
    (
        "Lettre de sortie. Mme ⟦PATIENT_NAME|Bertille Sarrazin-Vidalenc⟧ est sortie le "
        "⟦DATE|lundi 8 janvier 2024⟧ vers l'EHPAD ⟦HOSPITAL|Les Glycines⟧. "
        "Syndrome de Cushing iatrogène ; hydrocortisone 20 mg le matin. "
        "RDV avec le Dr ⟦CLINICIAN_NAME|Abgrall⟧ le ⟦DATE|22/01/2024⟧ à 9h30.",
        _ctx("h8", "Sarrazin-Vidalenc", "Bertille"),
    ),
    (
        "Appel du SAMU 44 le ⟦DATE|5 mai⟧ : homme de ⟦AGE|93 ans⟧ retrouvé au sol à son "
        "domicile ⟦ADDRESS|17 bis chemin des Écoliers⟧, ⟦CITY|Basse-Goulaine⟧. "
        "Score de Glasgow 14. Voisin, M. ⟦RELATIVE_NAME|Désiré Rabiller⟧, présent.",
        None,
    ),
    (
        "INS : ⟦INS|2 51 10 2B 033 121 38⟧ — Mme ⟦PATIENT_NAME|Sauveterre Colombine⟧\n"
        "Consultation d'anesthésie du ⟦DATE|11.12.2023⟧. ASA 2. Allergie à la pénicilline. "
        "Apixaban (Eliquis) 5 mg x2 arrêté 48 h avant le geste.",
        _ctx("h10", "Sauveterre", "Colombine"),
    ),
    (
        "Dossier infirmier\n⟦DATE|03/04⟧ 8h : Pst ⟦PATIENT_NAME|Arnaud-Chabert⟧ douloureux, "
        "paracétamol 1 g IV. ⟦DATE|03/04⟧ 14h : pansement refait par ⟦CLINICIAN_NAME|Solenn⟧ "
        "(IDE). Visite de son épouse ⟦RELATIVE_NAME|Edwige⟧ l'après-midi.",
        _ctx("h11", "Arnaud-Chabert", "Marc"),
    ),
    (
        "Objet : demande d'avis. Je vous adresse ⟦PATIENT_NAME|Marc-Aurèle Tiphaigne⟧ "
        "(né en ⟦DATE|1930⟧, ⟦AGE|94 ans⟧) pour une anémie de Biermer. Vitamine B12 "
        "1000 µg IM. Hb 8,9 g/dl.\nDr ⟦CLINICIAN_NAME|H. Lozac'h⟧, médecin généraliste, "
        "⟦ADDRESS|5 place du Martray⟧, ⟦POSTAL_CODE|56100⟧ ⟦CITY|Lorient⟧ — "
        "tél ⟦PHONE|02 97 64 10 55⟧",
        _ctx("h12", "Tiphaigne", "Marc-Aurèle"),
    ),
    (
        "RCP d'oncologie du ⟦DATE|2024-05-16⟧. Patient ⟦PATIENT_NAME|Jordi Casademont⟧, "
        "lymphome de Hodgkin stade IIA (Ann Arbor). Proposition : ABVD x4. "
        "Présents : Pr ⟦CLINICIAN_NAME|Vautrin⟧, Dr ⟦CLINICIAN_NAME|Nguyen Thi Hoa⟧, "
        "Dr ⟦CLINICIAN_NAME|Aubineau⟧.",
        _ctx("h13", "Casademont", "Jordi"),
    ),
    (
        "Pour tout renseignement : secrétariat de pneumologie ⟦PHONE|0240084512⟧, "
        "⟦EMAIL|pneumo.secretariat@chu-nantes.fr⟧, ⟦URL|https://www.chu-nantes.fr/pneumologie⟧.",
        None,
    ),
    (
        "Patient ⟦PATIENT_NAME|Florimond Kerhervé⟧, IPP ⟦IPP|00417729⟧, séjour "
        "⟦NDA|24-118273⟧. BPCO stade GOLD 3. Tiotropium 18 µg 1 inhalation/j. "
        "Sevrage tabagique depuis ⟦DATE|mars 2019⟧.",
        _ctx("h15", "Kerhervé", "Florimond"),
    ),
    (
        "Compte rendu opératoire du ⟦DATE|7 novembre 2023⟧. Opérateur : Dr "
        "⟦CLINICIAN_NAME|Léandre Pichavant⟧. Aide : ⟦CLINICIAN_NAME|Noémie Tallec⟧ (interne). "
        "Cholécystectomie par cœlioscopie, signe de Murphy positif en préopératoire. "
        "Cathéter de Swan-Ganz non posé.",
        _ctx("h16", "Guivarc'h", "Loïc"),
    ),
    (
        "Famille reçue en entretien : M. ⟦RELATIVE_NAME|Rodolphe Brizard⟧ (fils) et "
        "Mme ⟦RELATIVE_NAME|Anne-Laure Brizard⟧ (belle-fille). Projet de retour à domicile "
        "avec passage IDE. Mme ⟦PATIENT_NAME|Brizard⟧ reste confuse, score MMSE 18.",
        _ctx("h17", "Brizard", "Odile"),
    ),
    (
        "Urgences — arrivée ⟦DATE|23/12/2023⟧ à 23h47. Patiente de ⟦AGE|96 ans⟧ venant de "
        "l'EHPAD ⟦HOSPITAL|Résidence Les Hortensias⟧ à ⟦CITY|Vertou⟧. "
        "Chute, fracture du col fémoral (Garden IV). Kalinox, morphine 3 mg titrée.",
        None,
    ),
    (
        "Mr ⟦PATIENT_NAME|Yannick-Ewen Guillemot⟧ (N° SS ⟦NIR|1 63 08 44 109 273 20⟧), "
        "adresse : ⟦ADDRESS|12 allée des Tamaris⟧, ⟦ADDRESS|Bât. C⟧, ⟦POSTAL_CODE|44380⟧ "
        "⟦CITY|Pornichet⟧. Diabète de type 2, metformine 1000 mg x2.",
        _ctx("h19", "Guillemot", "Yannick-Ewen"),
    ),
    (
        "Le patient a été vu par le docteur ⟦CLINICIAN_NAME|Casimir Le Meur⟧ puis par "
        "l'assistante sociale. Il souhaite que sa sœur ⟦RELATIVE_NAME|Philomène⟧ soit "
        "personne de confiance. Insuffisance cardiaque NYHA III, furosémide 80 mg.",
        _ctx("h20", "Le Meur", "Gaétan"),
    ),
    (
        "Bilan du ⟦DATE|15 janv. 2024⟧ : créatinine 132 µmol/l, DFG 41 ml/min, "
        "kaliémie 5,6 mmol/l, Hb 10,2 g/dl, CRP 87 mg/l, BNP 1950 pg/ml, INR 2,7. "
        "Rendez-vous pris avec Mme ⟦CLINICIAN_NAME|Trémeau⟧, diététicienne.",
        None,
    ),
    (
        "Courrier adressé au Dr ⟦CLINICIAN_NAME|Soazig Penven⟧, ⟦HOSPITAL|Clinique "
        "Saint-Gatien⟧, ⟦CITY|Tours⟧. Votre patiente Mme ⟦PATIENT_NAME|Hermine Ducrocq⟧ "
        "(RPPS du médecin adresseur : ⟦OTHER_ID|10003456789⟧) a présenté un syndrome de "
        "Guillain-Barré.",
        _ctx("h22", "Ducrocq", "Hermine"),
    ),
    (
        "CR de consultation ⟦DATE|25/06/24⟧ - Mme ⟦PATIENT_NAME|LAGADEC Nolwenn⟧ - "
        "suivi post-AVC, hémiparésie gauche régressive, Rankin 2. Clopidogrel 75 mg, "
        "atorvastatine 40 mg. Kiné avec ⟦CLINICIAN_NAME|Maxence Boivineau⟧ 3 fois par semaine.",
        _ctx("h23", "Lagadec", "Nolwenn"),
    ),
    (
        "nuit calme. pas de douleur. selles ++. tension 13/8. "
        "appel de son fils ⟦RELATIVE_NAME|ronan⟧ à 21h, rassuré. "
        "mr ⟦PATIENT_NAME|quillivic⟧ dort bien sous zopiclone 7,5 mg.",
        _ctx("h24", "Quillivic", "Hervé"),
    ),
    (
        "Synthèse : patiente de ⟦AGE|102 ans⟧, ATCD de maladie d'Alzheimer, "
        "d'AVC en ⟦DATE|2015⟧ et de cancer du sein en ⟦DATE|1998⟧. Pas d'anticoagulant. "
        "Personne de confiance : ⟦RELATIVE_NAME|Honorine Bescond⟧, ⟦PHONE|06 08 54 72 19⟧.",
        None,
    ),
    (
        "Le ⟦DATE|1er août 2023⟧, Mme ⟦PATIENT_NAME|Fauvel⟧ a été transférée au "
        "⟦HOSPITAL|CHU de Rennes⟧ (service de neurochirurgie du Pr ⟦CLINICIAN_NAME|Morandière⟧). "
        "Hématome sous-dural, score de Glasgow 12.",
        _ctx("h26", "Fauvel", "Agathe"),
    ),
    (
        "Identité vérifiée : ⟦PATIENT_NAME|M'Bappé Aboubacar⟧, né le ⟦DATE|04/11/1987⟧, "
        "N° de dossier ⟦IPP|A-558213⟧. Drépanocytose SS, crise vaso-occlusive, "
        "hydroxyurée 1 g/j.",
        _ctx("h27", "M'Bappé", "Aboubacar"),
    ),
    (
        "Mail reçu de ⟦EMAIL|clementine.vasseur-lemoal@gmail.com⟧ : la fille de "
        "M. ⟦PATIENT_NAME|Le Moal⟧ demande le compte rendu. Répondu par courrier au "
        "⟦ADDRESS|9 rue de la Marne⟧, ⟦POSTAL_CODE|22300⟧ ⟦CITY|Lannion⟧.",
        _ctx("h28", "Le Moal", "Jean-Yves"),
    ),
    (
        "Staff du ⟦DATE|mardi 12 mars⟧ : Mme ⟦PATIENT_NAME|Tanguy-Keraudren⟧, sepsis "
        "sur pyélonéphrite, ceftriaxone 1 g/j. Hémocultures : E. coli. Avis du Dr "
        "⟦CLINICIAN_NAME|Vermersch⟧ (infectiologue) : relais per os J5.",
        _ctx("h29", "Tanguy-Keraudren", "Maela"),
    ),
    (
        "Certificat : je soussigné, Dr ⟦CLINICIAN_NAME|Auguste Briand⟧, certifie avoir examiné "
        "ce jour ⟦PATIENT_NAME|Sidonie Cadiou⟧ (INS ⟦INS|278092B03312454⟧), "
        "domiciliée à ⟦CITY|Quimperlé⟧. Arrêt de travail de 15 jours.",
        _ctx("h30", "Cadiou", "Sidonie"),
    ),
)


def heldout_notes(batch: str = "all") -> list[HeldOut]:
    """The notes of one batch ("first": this module, "second": heldout_second), or all."""
    from tests.privacy.pseudo.heldout_second import NOTES as SECOND

    chosen = {"first": NOTES, "second": SECOND, "all": NOTES + SECOND}[batch]
    out = []
    for marked, context in chosen:
        text, spans = parse(marked)
        out.append(HeldOut(text, spans, context))
    return out
