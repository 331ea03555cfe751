"""Fourth held-out set: the synthèse médicale (ANS VSM) as a list of headed items ("Pathologies
en cours : …", "Traitement au long cours : …", "Points de vigilance : …"), with its own denial
forms and pools. Written after every change, committed, then run once: its first figures are
the final verifier's blind figures (docs/verifier.md). Not used to tune.
"""

from relais.generate.verify.measure.mutate import Pools

TEMPLATES: list[str] = [
    "Motif : {diag.name} ; terrain : {hist.name}",
    "Séjour : entrée le {stay.admlong}, sortie le {stay.dis}",
    "Antécédents médicaux : {hist.name} ; {hist2.name}",
    "Pathologies en cours : {diag.name} (depuis le {stay.adm})",
    "Traitement au long cours : {continued.drug} {continued.dose} ({continued.sched}) ; "
    "{new.drug} {new.dose}",
    "Modification thérapeutique : {modified.drug} ajusté à {modified.dose} (au lieu de "
    "{modified.prev})",
    "Traitement arrêté : {stopped.drug} (motif : {stopped.reason})",
    "Nouveau traitement : {new.drug}, {new.dose} {new.sched}",
    "Résultats notables : {lab.name} = {lab.value} ; {lab2.name} = {lab2.value}",
    "Points de vigilance : {lab.name} {lab.value} au {lab.date}, contrôle à prévoir",
    "Examen : {neg.absent} ; {neg2.absent}",
    "Signes fonctionnels : {neg.absent}",
    "Suivi : rendez-vous le {appt.datedot} avec bilan biologique",
    "Allergies : aucune connue ; {new.drug} débuté à {new.tight}",
]

NEGATIONS: list[str] = [
    "absence de {f}",
    "{f} : absent(e)",
    "pas de {f} rapporté(e)",
    "{f} écarté(e)",
    "ne présente pas de {f}",
]

POOLS = Pools(
    drugs=(
        "sotalol",
        "Sotalex",
        "flécaïnide",
        "Flécaïne",
        "ivabradine",
        "Procoralan",
        "éplérénone",
        "Inspra",
        "bumétanide",
        "Burinex",
        "pravastatine",
        "Elisor",
        "fénofibrate",
        "Lipanthyl",
        "hydroxychloroquine",
        "Plaquenil",
        "azathioprine",
        "Imurel",
        "mycophénolate mofétil",
        "Cellcept",
        "tacrolimus",
        "Prograf",
    ),
    diagnoses=(
        "néphropathie diabétique",
        "rétinopathie diabétique",
        "neuropathie périphérique",
        "syndrome du canal carpien",
        "cataracte",
        "hernie hiatale",
        "diverticulose colique",
        "polypes coliques",
        "adénome hypophysaire",
        "goitre multinodulaire",
        "kyste rénal",
        "angiome hépatique",
        "coxarthrose",
        "gonarthrose",
        "maladie de Dupuytren",
        "syndrome de Sjögren",
        "maladie cœliaque",
        "thalassémie mineure",
        "névralgie du trijumeau",
        "algodystrophie",
        "sténose carotidienne",
        "insuffisance veineuse",
        "lymphœdème",
    ),
    positives=("présence de {f}", "{f} : oui", "{f} présent(e)"),
    insertions=(" ; comorbidité : {x}", " (terrain : {x})"),
)
