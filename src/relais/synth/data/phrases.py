"""French phrasing of notes (data only): section titles, openings, negations, hypotheses."""

TITLES = {
    "motif": ("Motif d'hospitalisation", "MOTIF", "Motif d'admission", "Motif :"),
    "atcd": ("Antécédents", "ATCD", "ANTÉCÉDENTS", "Antécédents médicaux et chirurgicaux"),
    "allergies": ("Allergies", "ALLERGIES", "Allergie(s)"),
    "lifestyle": ("Mode de vie", "Mode de vie / autonomie", "MDV"),
    "home_meds": ("Traitement à l'entrée", "TTT habituel", "Traitement habituel", "TTT à l'entrée"),
    "hdm": ("Histoire de la maladie", "HDM", "Histoire de la maladie actuelle"),
    "exam": ("Examen clinique", "EXAMEN CLINIQUE", "À l'examen"),
    "tests": ("Examens complémentaires", "Biologie", "EXAMENS COMPLÉMENTAIRES", "Bilan"),
    "hypotheses": ("Hypothèses diagnostiques", "Conclusion / hypothèses", "Synthèse"),
    "plan": ("Conduite à tenir", "CAT", "Prise en charge proposée"),
    "course": ("Évolution dans le service", "Évolution", "ÉVOLUTION"),
    "discharge_meds": (
        "Traitement de sortie",
        "TTT de sortie",
        "Ordonnance de sortie",
        "TRAITEMENT DE SORTIE",
    ),
    "pending": ("Résultats en attente", "En attente", "Examens en attente à la sortie"),
    "followup": ("Suites à donner / Rendez-vous", "Suivi", "Rendez-vous", "Suites"),
    "conclusion": ("Conclusion", "CONCLUSION", "En résumé"),
}
NO_ALLERGY = ("Pas d'allergie connue", "ANC", "Aucune allergie connue", "Allergies : néant")
NO_HISTORY = ("Pas d'antécédent notable", "Pas d'ATCD particulier")
# {da}/{db}: "de " or "d'" before {a}/{b}.
NEGATION_LIST = (
    "Pas {da}{a} ni {db}{b}.",
    "Absence {da}{a}, pas {db}{b}.",
    "Ni {a} ni {b}.",
    "Pas {da}{a}. Pas {db}{b}.",
)
HYPOTHESIS = ("suspicion de {x}", "probable {x}", "{x} à confirmer", "tableau évoquant un(e) {x}")
DIFFERENTIAL = (
    "{x} à éliminer",
    "{x} non exclu(e)",
    "diagnostic différentiel : {x}",
    "{x} ne peut être exclu(e)",
)
GREETING = ("Cher confrère,", "Chère consœur,", "Cher ami,", "Mon cher confrère,")
INTRO = (
    "Votre patient{e} {name} a été hospitalisé{e} dans notre"
    " service du {start} au {end} pour {reason}.",
    "J'ai pris en charge {name}, {age}, du {start} au {end} pour {reason}.",
    "Nous avons accueilli {name} dans le service du {start} au"
    " {end}, adressé{e} par les urgences pour {reason}.",
)
SIGN_OFF = (
    "Bien confraternellement,",
    "Je vous remercie de votre confiance. Confraternellement,",
    "Restant à votre disposition,",
    "Cordialement,",
)
ROLES = ("praticien hospitalier", "PH", "chef de clinique", "interne, sous la responsabilité du Dr")
STOPPED = ("{drug} arrêté ({reason})", "Arrêt de {drug} : {reason}", "{drug} : STOP ({reason})")
MODIFIED = (
    "{drug} {dose} (modifié, auparavant {before})",
    "{drug} passé de {before} à {dose}",
    "{drug} : {dose} au lieu de {before}",
)
NEW = ("{drug} {dose} (introduit)", "Ajout : {drug} {dose}", "{drug} {dose} — nouveau")
CONTINUED = ("{drug} {dose}", "{drug} {dose} (inchangé)", "{drug} {dose}, à poursuivre")
