"""Clinical meaning stays: eponyms, drugs, diagnoses, doses, lab values, scores, units.

Each sentence is read with a record whose people bear names that are also eponyms or common
words (Parkinson, Vincent, Blanc), so only the protection keeps them."""

import pytest

from relais.privacy.pseudo import KnownPerson, PatientContext, Pseudonymizer
from relais.privacy.pseudo.patterns import EPONYM_PHRASES, EPONYMS

RECORD = PatientContext(
    "p1",
    people=(
        KnownPerson("Parkinson", "Jeanne", "patient"),
        KnownPerson("Vincent", "Paul", "gp"),
        KnownPerson("Blanc", "Claude", "relative"),
    ),
)

EPONYM_SENTENCES = [
    "maladie de Parkinson évoluée",
    "signe de Babinski bilatéral",
    "score de Glasgow à 14",
    "maladie de Crohn iléale",
    "syndrome de Cushing iatrogène",
    "troubles cognitifs type Alzheimer",
    "lymphome de Hodgkin stade IIA",
    "angine de Vincent",
    "maladie de Horton, biopsie",
    "syndrome de Guillain-Barré",
    "signe de Murphy positif",
    "cathéter de Swan-Ganz",
    "manœuvre de Lasègue négative",
    "score de Wells à 2",
    "cul-de-sac de Douglas libre",
    "maladie de Basedow",
    "thyroïdite de Hashimoto",
    "syndrome de Wolff-Parkinson-White",
    "classification de Child-Pugh B",
    "maladie de Willebrand",
    "stade NYHA III, Killip 2",
    "fracture du col (Garden IV)",
    # Eponyms in no list: after a strong head word (with adjectives between) or before a grade.
    "Voie antéro-latérale de Watson-Jones.",
    "voie d'abord de Hardinge, fermeture plan par plan",
    "Échelle de Hamilton : 24.",
    "ÉCHELLE DE HAMILTON À 24",
    "signe d'Homans négatif, test de Trendelenburg",
    "fracture de l'humérus Neer III",
]
# A capitalised word inside a drug's name (maker, brand) is no person.
DRUG_MAKERS = [
    "| Vitamine B12 Gerda | — | à discuter |",
    "Amlodipine Arrow 5 mg le matin",
    "Paracétamol Biogaran 1 g x3",
]
DRUGS_AND_DIAGNOSES = [
    "Kardégic 75 mg : 1 sachet le midi",
    "furosémide 40 mg 1-0-0, Lasilix 20 mg",
    "Lovenox 4000 UI/0,4 ml : 1 injection SC par jour pendant 10 jours",
    "Eliquis 5 mg x2, Xarelto 20 mg, Tahor 40 mg, Inexium 20 mg",
    "paracétamol 1 g x3/j si douleur, Doliprane 1000",
    "insuline glargine 18 UI le soir",
    "amoxicilline et acide clavulanique 1 g pendant 7 jours",
    "créatinine 130 µmol/l (DFG 42 ml/min), kaliémie à 5,8 mmol/l",
    "Hb 9,2 g/dl, CRP 145 mg/l, BNP 1250 pg/ml, INR 3,4",
    "TA 145/85 mmHg, FC 98/min, SpO2 91 % AA, T° 38,2 °C",
    "insuffisance cardiaque, fibrillation atriale, BPCO, DT2",
    "embolie pulmonaire, pneumopathie, diabète de type 2",
    "Diamicron 60 mg, Cordarone 200 mg, Triatec 5 mg",
]


@pytest.mark.parametrize("sentence", EPONYM_SENTENCES + DRUGS_AND_DIAGNOSES + DRUG_MAKERS)
def test_clinical_terms_are_untouched(pseudonymizer: Pseudonymizer, sentence: str) -> None:
    out = pseudonymizer.pseudonymize(sentence, context=RECORD)
    assert out.spans == ()
    assert out.text == sentence


@pytest.mark.parametrize("phrase", EPONYM_PHRASES)
def test_eponym_phrases_are_untouched(pseudonymizer: Pseudonymizer, phrase: str) -> None:
    sentence = f"Évoque un syndrome de {phrase.title()}."
    assert pseudonymizer.pseudonymize(sentence, context=RECORD).spans == ()


def test_the_same_names_are_replaced_when_they_are_people(pseudonymizer: Pseudonymizer) -> None:
    out = pseudonymizer.pseudonymize(
        "Mme Jeanne PARKINSON, maladie de Parkinson. Courrier au Dr Vincent.", context=RECORD
    )
    assert [(s.type, s.original) for s in out.spans] == [
        ("PATIENT_NAME", "Jeanne PARKINSON"),
        ("CLINICIAN_NAME", "Vincent"),
    ]
    assert "maladie de Parkinson" in out.text


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("score de Glasgow fait par Mme Blanc", "Blanc"),
        ("test de Mme Parkinson", "Parkinson"),
        ("Vu par M. GARDEN II", "GARDEN"),
    ],
)
def test_a_title_still_makes_a_person(
    pseudonymizer: Pseudonymizer, sentence: str, person: str
) -> None:
    out = pseudonymizer.pseudonymize(sentence, context=RECORD)
    assert any(person in s.original for s in out.spans), out.spans


@pytest.mark.parametrize("eponym", sorted(EPONYMS))
def test_every_listed_eponym_stays_after_its_head_word(
    pseudonymizer: Pseudonymizer, eponym: str
) -> None:
    name = "-".join(part.capitalize() for part in eponym.split("-"))
    sentence = f"Antécédent de maladie de {name}, suivi par le service."
    out = pseudonymizer.pseudonymize(sentence, context=RECORD)
    assert out.text == sentence, out.spans


# Scales and scores named after a person, with their value, after a scale's acronym, or a
# reference work after an article: kept even when the record holds a person of that name.
SCORED_RECORD = PatientContext(
    "p2",
    people=(
        KnownPerson("Beck", "Hélène", "patient"),
        KnownPerson("Zarit", "Luc", "relative"),
        KnownPerson("Glasgow", "Aline", "gp"),
    ),
)
SCORED_SENTENCES = [
    "Échelles : Beck (BDI-II) 21, MADRS 30.",
    "Aidant épuisé, Zarit 52.",
    "Dépendance : ADL de Katz 3/6, IADL de Lawton 2/8.",
    "Intubation facile, Cormack 2, Mallampati III.",
    "ch2 mme durand josiane glasgow 13 a l'arrivée",
    "Tinetti 18/28, Barthel 60, Karnofsky 70 %.",
    "NYHA II, Killip 1, Child-Pugh B7.",
    "Posologie vérifiée dans le Vidal et Thériaque.",
    "Nouveau-né : Apgar 8/10/10, Silverman 0.",
    "Appel de SOS Médecins pour la famille.",  # a national organisation, nobody's name
]


SCALE_WORDS = (
    *"Beck Zarit Katz Lawton Cormack Mallampati glasgow Tinetti Barthel Karnofsky".split(),
    *"Killip Child-Pugh Vidal Thériaque Apgar Silverman SOS".split(),
)


@pytest.mark.parametrize("sentence", SCORED_SENTENCES)
def test_scales_scores_and_references_stay(pseudonymizer: Pseudonymizer, sentence: str) -> None:
    out = pseudonymizer.pseudonymize(sentence, context=SCORED_RECORD)
    kept = [w for w in SCALE_WORDS if w in sentence]
    assert kept and all(w in out.text for w in kept), out.spans
    assert not [s for s in out.spans if any(w in s.original for w in kept)], out.spans
    assert not [s for s in out.spans if s.type == "DATE"], out.spans


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("Mme Hélène Beck 45 ans, vue ce jour.", "Beck"),
        ("Mme Hélène Beck 06 12 34 56 78", "Beck"),
        ("Courrier au Dr Paul Vidal, cardiologue.", "Vidal"),
        ("Mme Glasgow 15 rue des Lilas", "Glasgow"),
    ],
)
def test_a_scale_name_is_still_a_person_beside_a_title_an_age_or_a_phone(
    pseudonymizer: Pseudonymizer, sentence: str, person: str
) -> None:
    out = pseudonymizer.pseudonymize(sentence, context=SCORED_RECORD)
    assert any(person in s.original for s in out.spans), out.spans
    assert person not in out.text
