"""Names: from the record, after a title, a label or a role word, or from the first-name list."""

import pytest

from relais.privacy.pseudo import KnownPerson, PatientContext
from relais.privacy.pseudo.recognizers import names
from tests.privacy.pseudo.conftest import found

RECORD = PatientContext(
    "p1",
    people=(
        KnownPerson("Fernández", "Arthur", "patient"),
        KnownPerson("Laurent", "Mamadou", "relative"),
        KnownPerson("Girard", "Marie-Hélène", "gp"),
        KnownPerson("Paris", "Danielle", "patient", birth_family="d'Almeida"),
    ),
)

WITH_RECORD = [
    ("Patient : M. Arthur FERNÁNDEZ, né le", [("PATIENT_NAME", "Arthur FERNÁNDEZ")]),
    ("M. FERNÁNDEZ, 95 ans.", [("PATIENT_NAME", "FERNÁNDEZ")]),
    ("Personne à prévenir : Mamadou LAURENT (neveu)", [("RELATIVE_NAME", "Mamadou LAURENT")]),
    ("Médecin traitant : Dr Marie-Hélène Girard", [("CLINICIAN_NAME", "Marie-Hélène Girard")]),
    ("Destinataire : Dr M. Girard, 12 rue", [("CLINICIAN_NAME", "M. Girard")]),
    (
        "Madame Paris Danielle née d'Almeida, née le",
        [("PATIENT_NAME", "Paris Danielle"), ("PATIENT_NAME", "d'Almeida")],
    ),
    ("vu avec arthur fernandez ce matin", [("PATIENT_NAME", "arthur fernandez")]),
    # A common word that is also the patient's name stays when nothing marks it as a name.
    ("Transfert vers Paris prévu, laurent", [("PATIENT_NAME", "Paris")]),
]

WITHOUT_RECORD = [
    ("Vu par le Dr Martin le 12/03", [("CLINICIAN_NAME", "Martin")]),
    ("Pr Anatole Desrousseaux, neurologie", [("CLINICIAN_NAME", "Anatole Desrousseaux")]),
    ("vu avec mme le bihan ce matin", [("OTHER_NAME", "le bihan")]),
    ("Mr Théophile Barraqué, DOB", [("OTHER_NAME", "Théophile Barraqué")]),
    ("Fille Maïwenn prévenue", [("RELATIVE_NAME", "Maïwenn")]),
    ("sa sœur Philomène souhaite", [("RELATIVE_NAME", "Philomène")]),
    ("Signature : B. Quéméner, IDE", [("CLINICIAN_NAME", "B. Quéméner")]),
    ("pansement refait par Solenn (IDE)", [("CLINICIAN_NAME", "Solenn")]),
    ("Patient : HOUDEBINE Ludovic — IPP", [("PATIENT_NAME", "HOUDEBINE Ludovic")]),
    ("Mme LE GOFF Nicole, née le", [("OTHER_NAME", "LE GOFF Nicole")]),
    ("J'ai pris en charge Thanh DENIS, 89 ans", [("OTHER_NAME", "Thanh DENIS")]),
    ("appel de Julie Moreau hier", [("OTHER_NAME", "Julie Moreau")]),
    (
        "Dr Léandre Pichavant. Aide : Noémie Tallec (interne).",
        [("CLINICIAN_NAME", "Léandre Pichavant"), ("CLINICIAN_NAME", "Noémie Tallec")],
    ),
    ("Présents : A. Lemarchand (gériatre)", [("CLINICIAN_NAME", "A. Lemarchand")]),
    ("famille (Nolwenn Ropars, nièce)", [("RELATIVE_NAME", "Nolwenn Ropars")]),
    ("— Isaure Kerjean, orthophoniste", [("CLINICIAN_NAME", "Isaure Kerjean")]),
    ("Husband Declan reachable", [("RELATIVE_NAME", "Declan")]),
    # Writers' habits beyond the generator's: lists after a plural title, role labels, a
    # surname in capitals before the given name, first names of many origins.
    (
        "Drs Martin, Castaing et Leroy présents",
        [("CLINICIAN_NAME", "Martin"), ("CLINICIAN_NAME", "Castaing"), ("CLINICIAN_NAME", "Leroy")],
    ),
    ("Mmes Caradec et Le Bihan", [("OTHER_NAME", "Caradec"), ("OTHER_NAME", "Le Bihan")]),
    ("Infirmière : Ludivine", [("CLINICIAN_NAME", "Ludivine")]),
    ("Préleveur : ROUSSEL M.", [("CLINICIAN_NAME", "ROUSSEL M.")]),
    (
        "IDE : Maëlys / AS : Priscilla",
        [("CLINICIAN_NAME", "Maëlys"), ("CLINICIAN_NAME", "Priscilla")],
    ),
    ("Patient MARTINEZ Ramón admis", [("OTHER_NAME", "MARTINEZ Ramón")]),
    ("Kiné avec Maxence Boivineau 3 fois", [("OTHER_NAME", "Maxence Boivineau")]),
    ("l'interne (Yasmina) a revu", [("OTHER_NAME", "Yasmina")]),
    ("son fils ronan à 21h", [("RELATIVE_NAME", "ronan")]),
    ("Son fils Kylian est passé", [("RELATIVE_NAME", "Kylian")]),
    # Common surnames that are also French words: in capitals, after a label or a title.
    (
        "Mme MARÉCHAL Cécile née BLANC, née le",
        [("OTHER_NAME", "MARÉCHAL Cécile"), ("PATIENT_NAME", "BLANC")],
    ),
    ("M. PETIT, 80 ans, vu avec Mme Meunier", [("OTHER_NAME", "PETIT"), ("OTHER_NAME", "Meunier")]),
    (
        "Dr Boucher, cardiologue. IDE : MARCHAND",
        [("CLINICIAN_NAME", "Boucher"), ("CLINICIAN_NAME", "MARCHAND")],
    ),
    ("Patient : LEFORT Jean", [("PATIENT_NAME", "LEFORT Jean")]),
    # Lowercase given name after the surname, hyphenated initials, "Surname J.", "&".
    ("mr lebreton jean-claude rappelle", [("OTHER_NAME", "lebreton jean-claude")]),
    ("interne : A-S. Mercier", [("CLINICIAN_NAME", "A-S. Mercier")]),
    ("| 5 | Bordenave J. | 91 | PNP |", [("OTHER_NAME", "Bordenave J.")]),
    (
        "Cabinet infirmier Dr Morvan & Le Gall",
        [("CLINICIAN_NAME", "Morvan"), ("CLINICIAN_NAME", "Le Gall")],
    ),
    # Not names: words after titles that are not names, eponyms, drugs, sections, "Marié".
    ("Tuteur / curateur : UDAF 33. Caisse : CARSAT Auvergne, CPAM du Rhône", []),
    ("Hépatite B. Groupe A. Vitamine D.", []),
    ("IDE : RAS. AS : Petit pansement fait", []),
    ("Hémocultures : E. coli, S. aureus", []),
    ("Insuffisance Cardiaque, IDE de nuit", []),
    ("M. a été vu, Mme est sortie", []),
    ("Marié, vit avec son épouse, GIR 4", []),
    ("maladie de Parkinson, signe de Babinski, score de Glasgow 15", []),
    ("Patient : Stable. Préleveur : Non renseigné.", []),
    ("Interne : avis demandé. IDE : pansement fait.", []),
    ("sa fille est venue, son fils habite loin, sa sœur infirmière", []),
    ("ECG Normal, TDM Thoracique, HTA Essentielle", []),
    ("Babinski indifférent, Lasègue négatif. Drain de Redon retiré, pansement au Dakin.", []),
    ("angine de Vincent, syndrome de Cushing, maladie de Crohn", []),
    ("Kardégic 75 mg, Lasilix 40 mg, Eliquis 5 mg", []),
    ("Suspicion PNEUMOPATHIE, HTA, BPCO, DT2", []),
    ("Rose pâle, Pierre vésiculaire", []),
    # Letters beyond Latin-1: Polish, Czech, Vietnamese names.
    ("sœur Jadwiga et frère Paweł", [("RELATIVE_NAME", "Jadwiga"), ("RELATIVE_NAME", "Paweł")]),
    ("Patient : Nguyễn Văn Hùng, 70 ans", [("PATIENT_NAME", "Nguyễn Văn Hùng")]),
    ("Dr Dvořák", [("CLINICIAN_NAME", "Dvořák")]),
    # A lowercase acronym of a place after a title is no name: "le monsieur de l'ehpad".
    ("le monsieur de l'ehpad, la dame du chu", []),
]


@pytest.mark.parametrize(("text", "expected"), WITH_RECORD)
def test_names_with_the_record(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(names.find, text, RECORD) == expected


@pytest.mark.parametrize(("text", "expected"), WITHOUT_RECORD)
def test_names_without_record(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(names.find, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Patient : DE LA FONTAINE Suzanne", [("PATIENT_NAME", "DE LA FONTAINE Suzanne")]),
        ("J'ai vu Suzanne DE LA FONTAINE, 80 ans", [("OTHER_NAME", "Suzanne DE LA FONTAINE")]),
        ("Mme Suzanne de La Fontaine, née le", [("OTHER_NAME", "Suzanne de La Fontaine")]),
        ("Dr van der Berg, cardiologue", [("CLINICIAN_NAME", "van der Berg")]),
    ],
)
def test_names_with_particles(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(names.find, text) == expected


def test_birth_name_with_a_particle() -> None:
    assert found(names.find, "Mme Suzanne Martin née de La Fontaine") == [
        ("OTHER_NAME", "Suzanne Martin"),
        ("PATIENT_NAME", "de La Fontaine"),
    ]
