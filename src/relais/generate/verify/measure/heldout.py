"""Held-out templates and pools: written apart from the development set; the measure reports
them separately. Their misses have been read and fixed in general terms (docs/verifier.md), so
they are no longer blind; ``heldout3``'s first run is the blind figure."""

from relais.generate.verify.measure.mutate import Pools

TEMPLATES: list[str] = [
    "Le {stay.adm}, le patient est adressé aux urgences puis hospitalisé : {diag.name}",
    "Il s'agit d'un(e) patient(e) aux antécédents de {hist.name}, admis(e) pour {diag.name}",
    "{diag.name} chez un(e) patient(e) connu(e) pour une {hist.name}",
    "On a débuté {new.dose} de {new.drug} ({new.sched})",
    "{new.drug} instauré à {new.dose}",
    "Majoration du {modified.drug} : {modified.prev} auparavant, {modified.dose} à la sortie",
    "{modified.drug} passé à {modified.dose}",
    "Le {stopped.drug} est interrompu ({stopped.reason})",
    "Le traitement par {continued.drug} est maintenu à {continued.dose}",
    "Au bilan du {lab.date} : {lab.name} = {lab.value}",
    "Notons une {lab.name} mesurée à {lab.value}",
    "Cliniquement, {neg.absent}",
    "À l'interrogatoire, {neg.absent} et {neg2.absent}",
    "Sortie au domicile le {stay.dis} avec {new.drug} {new.dose} et {continued.drug}",
    "Revu(e) en consultation le {appt.date}",
]

# Held-out denials ("{f}" is the finding; "de {f}" elides).
NEGATIONS: list[str] = [
    "{f} : absent",
    "aucune notion de {f}",
    "{f} non retrouvé",
    "on ne note pas de {f}",
]

# Drugs and diagnoses a model may invent, apart from the development pools.
POOLS = Pools(
    drugs=(
        "Atarax",
        "hydroxyzine",
        "Lexomil",
        "bromazépam",
        "Imovane",
        "zopiclone",
        "Mopral",
        "oméprazole",
        "Temesta",
        "lorazépam",
        "Dépakine",
        "lévétiracétam",
        "Keppra",
        "nicardipine",
        "Loxen",
        "urapidil",
        "Eupressyl",
        "Tégrétol",
        "carbamazépine",
        "candésartan",
        "Atacand",
        "méthotrexate",
        "Kestin",
        "fluconazole",
        "Triflucan",
    ),
    diagnoses=(
        "hépatite",
        "appendicite",
        "diverticulite",
        "sinusite",
        "myocardite",
        "spondylodiscite",
        "arthrite septique",
        "lymphome",
        "myélome",
        "sarcoïdose",
        "amylose",
        "hématome sous-dural",
        "polyarthrite rhumatoïde",
        "érysipèle",
        "varicelle",
        "leucémie",
        "maladie de Horton",
        "insuffisance surrénalienne",
        "syndrome néphrotique",
        "occlusion intestinale",
    ),
)
