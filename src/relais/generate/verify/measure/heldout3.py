"""Third held-out set: fluent discharge-summary prose as a language model writes it (long
sentences, passive voice, "à la posologie de", brand names with ®, full lab names, dates "le
mardi 12 mars 2024" and "12.03.2024", denials "n'a présenté aucun épisode de", "l'examen ne
retrouvait pas de"). Written after all the tuning on the other sets and run once, untouched:
its first figures are the verifier's blind figures (docs/verifier.md). Its misses were read
afterwards and fixed in general terms, so its later figures are no longer blind.
"""

from relais.generate.verify.measure.mutate import Pools

TEMPLATES: list[str] = [
    "Le patient a été hospitalisé du {stay.adm} au {stay.dis} dans le cadre d'une "
    "{diag.name}, sur un terrain marqué par une {hist.name}",
    "Dans ses antécédents, on relève notamment une {hist.name} ainsi qu'une {hist2.name}",
    "L'admission, en date du {stay.admdot}, faisait suite à une {diag.name} d'évolution "
    "progressive",
    "Un traitement par {new.drug} a été instauré à la posologie de {new.dose} ({new.sched}), "
    "avec une bonne tolérance clinique",
    "La posologie du {modified.drug} a été adaptée, passant de {modified.prev} à {modified.dose}",
    "Le {stopped.drug} a dû être suspendu en raison d'une {stopped.reason} et n'a pas été "
    "réintroduit",
    "Le {continued.drug} ({continued.dose}) a été poursuivi sans modification",
    "Sur le plan biologique, on notait une {lab.name} de {lab.value} le {lab.datelong}",
    "Le bilan initial retrouvait une {lab.name} à {lab.value} ainsi qu'une {lab2.name} à "
    "{lab2.value}",
    "L'évolution a été marquée par une {lab.name} s'élevant à {lab.value}, sans autre anomalie "
    "notable",
    "Au cours du séjour, {neg.absent}",
    "L'examen clinique d'entrée était rassurant : {neg.absent}, et {neg2.absent}",
    "Le retour à domicile a pu être organisé le {stay.dislong}, sous {new.drug} {new.dose} et "
    "{continued.drug}",
    "Une consultation de contrôle est programmée le {appt.datelong} afin de réévaluer le "
    "traitement",
    "À la sortie, l'ordonnance comprend {new.drug} {new.dose} {new.sched}, {modified.drug} "
    "{modified.dose} et {continued.drug} {continued.dose}",
    "Compte tenu de la {diag.name}, un relais par {new.drug} a été décidé, le {stopped.drug} "
    "étant arrêté du fait d'une {stopped.reason}",
]

# Denials in full sentences ("{f}" is the finding; "de {f}" elides).
NEGATIONS: list[str] = [
    "le patient n'a présenté aucun épisode de {f}",
    "aucun épisode de {f} n'a été rapporté",
    "l'examen ne retrouvait pas de {f}",
    "{f} n'a pas été retrouvé(e)",
    "sans {f} associé(e)",
]

ALIASES: dict[str, tuple[str, ...]] = {
    # drugs: brands with ®, everyday names
    "furosémide": ("Lasilix®",),
    "apixaban": ("Eliquis®",),
    "acide acétylsalicylique": ("aspirine", "Kardégic®"),
    "énoxaparine": ("Lovenox®",),
    "paracétamol": ("Doliprane®",),
    "atorvastatine": ("Tahor®",),
    "bisoprolol": ("Cardensiel®",),
    "rivaroxaban": ("Xarelto®",),
    "metformine": ("Glucophage®",),
    "amoxicilline-acide clavulanique": ("Augmentin®", "amoxicilline/acide clavulanique"),
    # diagnoses as a model words them
    "insuffisance cardiaque": (
        "insuffisance cardiaque congestive",
        "décompensation cardiaque globale",
        "insuffisance cardiaque à fraction d'éjection altérée",
    ),
    "pneumopathie": ("pneumopathie infectieuse", "pneumonie aiguë communautaire"),
    "fibrillation atriale": (
        "fibrillation atriale paroxystique",
        "arythmie complète par fibrillation atriale",
    ),
    "fracture du col du fémur": (
        "fracture du col fémoral",
        "fracture de l'extrémité supérieure du fémur",
    ),
    "diabète de type 2": ("diabète de type 2 insulinorequérant", "diabète sucré de type 2"),
    "BPCO": ("bronchopneumopathie chronique obstructive", "exacerbation de BPCO"),
    "embolie pulmonaire": ("embolie pulmonaire segmentaire", "embolie pulmonaire bilatérale"),
    "pyélonéphrite aiguë": ("pyélonéphrite aiguë obstructive", "infection urinaire haute"),
    "AVC ischémique": ("accident vasculaire cérébral ischémique", "infarctus cérébral sylvien"),
    "HTA": ("hypertension artérielle essentielle",),
    "insuffisance rénale chronique": ("maladie rénale chronique de stade 3",),
    "dyslipidémie": ("hypercholestérolémie",),
    "hypothyroïdie": ("hypothyroïdie substituée",),
    "obésité": ("obésité de grade 2",),
    # results, full names
    "créatinine": ("créatininémie",),
    "CRP": ("protéine C réactive",),
    "Hb": ("hémoglobine",),
    "leucocytes": ("hyperleucocytose",),
    "HbA1c": ("hémoglobine glyquée",),
    "DFG": ("clairance de la créatinine",),
}

POOLS = Pools(
    drugs=(
        "nébivolol",
        "Temerit",
        "périndopril",
        "Coversyl",
        "indapamide",
        "Fludex",
        "irbésartan",
        "Aprovel",
        "ézétimibe",
        "Ezetrol",
        "méthylprednisolone",
        "Solumédrol",
        "hydrocortisone",
        "lévofloxacine",
        "Tavanic",
        "pipéracilline-tazobactam",
        "céfépime",
        "gentamicine",
        "amikacine",
        "métronidazole",
        "Flagyl",
        "clindamycine",
        "Dalacine",
        "oxazépam",
        "Séresta",
        "quétiapine",
        "Xeroquel",
        "tiapride",
        "Tiapridal",
        "donépézil",
        "Aricept",
        "lopéramide",
        "Imodium",
        "lactulose",
        "Duphalac",
    ),
    diagnoses=(
        "pancréatite chronique",
        "angiocholite",
        "sigmoïdite",
        "colite ischémique",
        "pleurésie purulente",
        "empyème",
        "abcès hépatique",
        "thrombose porte",
        "cholangite biliaire primitive",
        "hémochromatose",
        "maladie de Wilson",
        "thrombopénie induite par l'héparine",
        "hyperparathyroïdie",
        "syndrome de Cushing",
        "phéochromocytome",
        "maladie de Paget",
        "ostéomyélite",
        "arthrite microcristalline",
        "syndrome de Guillain-Barré",
        "myasthénie",
        "encéphalite herpétique",
        "maladie de Still",
        "vascularite à ANCA",
        "purpura rhumatoïde",
        "syndrome des antiphospholipides",
        "tuberculose pulmonaire",
        "aspergillose",
        "légionellose",
    ),
    aliases=ALIASES,
    positives=(
        "le patient a présenté un épisode de {f}",
        "on note la survenue de {f}",
        "{f} a été constaté(e)",
    ),
    insertions=(
        ", compliquée d'une {x}",
        ", dans les suites d'une {x}",
        ", avec découverte d'une {x}",
    ),
)
