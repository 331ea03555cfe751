"""Second held-out set: terse letter-to-the-GP French. Abbreviations (ATCD, HTA, DT2, ttt,
PNA…), several facts per sentence, English drug names beside DCI and brands, values without
units ("créat 130", "Hb à 9,2"), doses without units ("Kardégic 75") or glued to them
("40mg"), dates "le 3/4", "mi-mars".

Written and run once before any change of its round (figures untouched in docs/verifier.md);
its misses were read afterwards and fixed in general terms, so its later figures are no longer
blind.
"""

from relais.generate.verify.measure.mutate import Pools

TEMPLATES: list[str] = [
    "Hospit. du {stay.admshort} au {stay.disshort} pour {diag.abbr}",
    "ATCD : {hist.abbr}, {hist2.abbr}",
    "Pt(e) aux ATCD de {hist.abbr} + {hist2.abbr}, admis(e) le {stay.admshort} pour {diag.name}",
    "Entrée {stay.admmonth} pour {diag.abbr} sur terrain de {hist.abbr}",
    "{diag.abbr} : ttt par {new.drug} {new.tight} {new.sched}",
    "{modified.drug} {modified.prev} → {modified.tight}, {stopped.drug} stoppé ({stopped.reason})",
    "Arrêt {stopped.drug} devant {stopped.reason}, relais par {new.drug} {new.dose}",
    "{continued.drug} {continued.num} inchangé, introduction {new.drug} {new.num}",
    "Bio du {lab.dateshort} : {lab.abbr} {lab.bare}, {lab2.abbr} à {lab2.value}",
    "Contrôle {lab.datemonth} : {lab.abbr} à {lab.bare}",
    "{lab.abbr} {lab.value} à l'entrée, {lab2.abbr} {lab2.bare}, {lab3.abbr} {lab3.value}",
    "Cliniquement {neg.absent}, {neg2.absent}, reste de l'examen sans particularité",
    "À l'entrée {neg.absent} ; {lab.abbr} à {lab.value}",
    "ttt de sortie : {new.drug} {new.tight} {new.sched}, {modified.drug} {modified.dose}, "
    "{continued.drug} {continued.num}",
    "RAD le {stay.disshort} sous {new.drug} + {continued.drug} {continued.dose}",
    "À revoir en consult. {appt.datemonth}",
    "RDV de contrôle le {appt.dateshort} (bilan + consultation)",
]

# Terse denials ("{f}" is the finding; "de {f}" elides).
NEGATIONS: list[str] = ["pas de {f}", "Ø {f}", "{f} : 0", "{f} (-)", "{f} : nég."]

# Extra names of the stays' facts, keyed by their first (catalogue) name: English INNs and
# short forms for drugs; abbreviations for diagnoses and results.
ALIASES: dict[str, tuple[str, ...]] = {
    # drugs
    "acide acétylsalicylique": ("aspirin", "aspirine"),
    "amoxicilline-acide clavulanique": ("amoxicillin-clavulanate", "amox-clav"),
    "énoxaparine": ("enoxaparin",),
    "paracétamol": ("acetaminophen", "paracetamol"),
    "metformine": ("metformin",),
    "insuline glargine": ("insulin glargine", "glargine"),
    "lévothyroxine": ("levothyroxine", "L-thyroxine"),
    "ibuprofène": ("ibuprofen",),
    "ofloxacine": ("ofloxacin",),
    "atorvastatine": ("atorvastatin",),
    # diagnoses
    "insuffisance cardiaque": ("ICC", "IC", "insuff. cardiaque", "décompensation cardiaque"),
    "pneumopathie": ("PNP", "PAC", "pneumopathie droite", "pneumonie"),
    "fibrillation atriale": ("FA", "ACFA", "FA paroxystique"),
    "fracture du col du fémur": ("FESF", "fracture col fémoral", "fract. col du fémur"),
    "diabète de type 2": ("DT2", "DNID", "diabète type 2"),
    "BPCO": ("BPCO", "BPCO post-tabagique"),
    "embolie pulmonaire": ("EP", "EP bilatérale"),
    "pyélonéphrite aiguë": ("PNA", "PNA droite", "IU fébrile"),
    "AVC ischémique": ("AVC", "AVCi", "AVC sylvien"),
    "HTA": ("HTA",),
    "insuffisance rénale chronique": ("IRC", "MRC stade 3", "insuff. rénale chronique"),
    "dyslipidémie": ("dyslipidémie", "hypercholestérolémie", "dyslip."),
    "hypothyroïdie": ("hypothyroïdie", "hypothyroïdie substituée"),
    "obésité": ("obésité", "obésité morbide"),
    # results
    "kaliémie": ("K+", "K", "kaliémie"),
    "natrémie": ("Na", "Na+", "natrémie"),
    "créatinine": ("créat", "créat.", "créatininémie"),
    "CRP": ("CRP",),
    "Hb": ("Hb", "Hgb"),
    "NT-proBNP": ("NTproBNP", "NT-proBNP"),
    "leucocytes": ("GB", "leucos"),
    "procalcitonine": ("PCT", "procalcit."),
    "HbA1c": ("HbA1c", "Hb glyquée"),
    "glycémie": ("gly", "glycémie"),
    "INR": ("INR",),
    "troponine": ("tropo", "TnT"),
    "DFG": ("DFG", "clairance", "MDRD"),
}

POOLS = Pools(
    drugs=(
        "metoprolol",
        "Seloken",
        "sitagliptin",
        "Januvia",
        "empagliflozin",
        "Jardiance",
        "dapagliflozin",
        "Forxiga",
        "semaglutide",
        "Ozempic",
        "levetiracetam",
        "paroxetine",
        "Deroxat",
        "venlafaxine",
        "Effexor",
        "mirtazapine",
        "Norset",
        "domperidone",
        "Motilium",
        "metoclopramide",
        "Primperan",
        "nefopam",
        "Acupan",
        "alendronic acid",
        "Fosamax",
        "Entresto",
        "Tardyferon",
        "risperidone",
        "haloperidol",
        "Haldol",
        "salbutamol",
        "Ventoline",
        "valsartan",
        "Tareg",
    ),
    diagnoses=(
        "SEP",
        "PR",
        "LLC",
        "MICI",
        "RCH",
        "maladie de Crohn",
        "HBP",
        "AAA",
        "SAOS",
        "AOMI",
        "IDM",
        "TVP",
        "glaucome",
        "psoriasis",
        "lupus",
        "mélanome",
        "maladie de Biermer",
        "spondylarthrite ankylosante",
        "drépanocytose",
        "schizophrénie",
        "trouble bipolaire",
        "cardiomyopathie dilatée",
        "néo pulmonaire",
        "K prostate",
        "ulcère gastrique",
        "gammapathie monoclonale",
        "hépatite C",
        "démence à corps de Lewy",
    ),
    aliases=ALIASES,
    positives=("{f}", "{f} +", "notion de {f}", "{f} au premier plan", "{f} ++"),
    insertions=(", sur terrain de {x}", " ; ATCD : {x}", " (+ {x})"),
)
