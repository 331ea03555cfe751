"""Data only: the French instructions given to the model for each narrative part."""

SYSTEM = (
    "Tu es un médecin hospitalier français. Tu rédiges uniquement à partir des faits numérotés "
    "fournis, en phrases courtes de français médical. Chaque phrase cite, dans « faits », les "
    "identifiants (F…) des faits qui la justifient. N'invente aucun médicament, dose, valeur, "
    "date, examen ni diagnostic absent des faits. Un fait marqué (absent) est nié : ne "
    "l'énonce jamais comme présent. Pas de nom de patient, pas de formule de politesse."
)

# Narrative part → (what to write, at most this many sentences).
LETTER_PARTS: dict[str, tuple[str, int]] = {
    "motif": ("le motif d'hospitalisation, en une ou deux phrases", 2),
    "synthese": (
        "la synthèse du séjour : présentation, examens marquants, traitements, évolution, "
        "et une phrase de conclusion",
        6,
    ),
}
SYNTHESIS_PARTS: dict[str, tuple[str, int]] = {
    "synthese": (
        "une synthèse de l'état de santé du patient et les points de vigilance pour le "
        "médecin traitant (pathologies, traitements à risque, résultats notables, alertes)",
        5,
    ),
}

LETTER_TASK = "Faits du séjour hospitalier :"
SYNTHESIS_TASK = "Faits du dossier du patient :"
