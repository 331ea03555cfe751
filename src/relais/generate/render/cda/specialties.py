"""Data only: physician specialties (as written in the record) → RPPS TRE_R38 codes.

Only labels that name the specialty without doubt are mapped; any other physician is coded
by profession alone (G15_10, Médecin).
"""

PHYSICIAN = ("G15_10", "Médecin")
SPECIALTIES: dict[str, tuple[str, str]] = {
    "anesthesie-reanimation": ("G15_10/SM02", "Médecin - Anesthésie-réanimation (SM)"),
    "cardiologie": ("G15_10/SM04", "Médecin - Cardiologie et maladies vasculaires (SM)"),
    "chirurgie generale": ("G15_10/SM05", "Médecin - Chirurgie générale (SM)"),
    "chirurgie orthopedique": (
        "G15_10/SM08",
        "Médecin - Chirurgie orthopédique et Traumatologie (SM)",
    ),
    "chirurgie viscerale": ("G15_10/SM14", "Médecin - Chirurgie viscérale et digestive (SM)"),
    "dermatologie": ("G15_10/SM15", "Médecin - Dermatologie et Vénéréologie (SM)"),
    "endocrinologie": ("G15_10/SM16", "Médecin - Endocrinologie et métabolisme (SM)"),
    "gastro-enterologie": ("G15_10/SM24", "Médecin - Gastro-entérologie et hépatologie (SM)"),
    "geriatrie": ("G15_10/SM18", "Médecin - Gériatrie (SM)"),
    "hematologie": ("G15_10/SM21", "Médecin - Hématologie (SM)"),
    "medecine generale": ("G15_10/SM54", "Médecin - Médecine Générale (SM)"),
    "medecine interne": ("G15_10/SM27", "Médecin - Médecine interne (SM)"),
    "nephrologie": ("G15_10/SM30", "Médecin - Néphrologie (SM)"),
    "neurologie": ("G15_10/SM32", "Médecin - Neurologie (SM)"),
    "pediatrie": ("G15_10/SM40", "Médecin - Pédiatrie (SM)"),
    "pneumologie": ("G15_10/SM41", "Médecin - Pneumologie (SM)"),
    "psychiatrie": ("G15_10/SM42", "Médecin - Psychiatrie (SM)"),
    "rhumatologie": ("G15_10/SM48", "Médecin - Rhumatologie (SM)"),
}
