"""Development templates: the phrasings the verifier's patterns were written against.
``heldout`` holds others, used only to measure."""

TEMPLATES: list[str] = [
    "Patient(e) hospitalisé(e) le {stay.adm} pour {diag.name}",
    "Admission le {stay.adm} pour prise en charge d'une {diag.name}, sortie le {stay.dis}",
    "Antécédents notables : {hist.name} et {hist2.name}",
    "Dans les antécédents, on retient une {hist.name}",
    "Introduction de {new.drug} {new.dose} {new.sched}",
    "Mise en route d'un traitement par {new.drug} à la dose de {new.dose}",
    "Le {modified.drug} a été modifié de {modified.prev} à {modified.dose}",
    "Adaptation posologique du {modified.drug}, désormais à {modified.dose} {modified.sched}",
    "Arrêt du {stopped.drug} en raison d'une {stopped.reason}",
    "Poursuite du {continued.drug} {continued.dose} {continued.sched}",
    "Sur le plan biologique, {lab.name} à {lab.value} le {lab.date}",
    "{lab.name} à {lab.value}, {lab2.name} à {lab2.value}",
    "Bilan biologique : {lab.name} {lab.value}",
    "Examen clinique : {neg.absent}, {neg2.absent}",
    "À l'admission, {neg.absent}",
    "Traitement de sortie : {new.drug} {new.dose}, {continued.drug} {continued.dose}",
    "Évolution favorable sous {new.drug}, permettant un retour à domicile le {stay.dis}",
    "Consultation de suivi prévue le {appt.date}",
]

# How the templates deny a finding ("{f}" is the finding; "de {f}" elides).
NEGATIONS: list[str] = ["pas de {f}", "absence de {f}", "sans {f}"]
