"""Shapes of the hospital activity (data only): hourly, weekly, yearly profiles, waves, reasons."""

# Relative ED arrivals by hour of day (0h..23h); normalised by the model.
HOUR_PROFILE = (
    0.55,
    0.45,
    0.38,
    0.33,
    0.30,
    0.32,
    0.45,
    0.70,
    1.00,
    1.30,
    1.45,
    1.45,
    1.35,
    1.30,
    1.35,
    1.35,
    1.35,
    1.35,
    1.40,
    1.35,
    1.20,
    1.00,
    0.85,
    0.70,
)
# Monday .. Sunday.
WEEKDAY_PROFILE = (1.15, 1.03, 1.00, 0.98, 1.00, 0.93, 0.91)
YEARLY_AMPLITUDE = 0.06  # winter peak around mid-January
HOLIDAY_FACTOR = 0.92
AFTER_HOLIDAY_FACTOR = 1.05
# Winter waves: key → (peak day of year, spread in days, extra share of arrivals at the peak,
# age range of the patients, probability of admission, services they are admitted to).
WAVES = {
    "bronchiolite": (345, 18, 0.12, (0, 1), 0.25, ("pediatrie",)),
    "grippe": (25, 16, 0.14, (18, 95), 0.22, ("medecine_interne", "pneumologie", "geriatrie")),
}
# Age groups of ED patients: (low, high, share, probability of admission).
AGE_GROUPS = ((0, 15, 0.18, 0.07), (16, 44, 0.32, 0.10), (45, 74, 0.30, 0.25), (75, 99, 0.20, 0.45))
RETURNING_SHARE = 0.12
ED_REASONS = (
    ("Traumatisme d'un membre", 14),
    ("Douleur abdominale", 12),
    ("Plaie", 7),
    ("Fièvre", 8),
    ("Douleur thoracique", 7),
    ("Dyspnée", 7),
    ("Malaise", 6),
    ("Céphalée", 4),
    ("Chute", 6),
    ("Lombalgie", 4),
    ("Altération de l'état général", 5),
    ("Palpitations", 2),
    ("Déficit neurologique", 2),
    ("Douleur de hanche", 2),
    ("Vomissements", 4),
    ("Intoxication", 2),
    ("Anxiété", 3),
    ("Allergie", 2),
    ("Crise convulsive", 1),
)
SERVICE_REASONS = {
    "cardiologie": ("Dyspnée", "Douleur thoracique", "Palpitations", "Malaise"),
    "pneumologie": ("Dyspnée", "Fièvre", "Douleur thoracique"),
    "geriatrie": ("Chute", "Altération de l'état général", "Fièvre", "Malaise"),
    "medecine_interne": ("Fièvre", "Altération de l'état général", "Dyspnée", "Vomissements"),
    "neurologie": ("Déficit neurologique", "Céphalée", "Crise convulsive", "Malaise"),
    "chirurgie_orthopedique": ("Traumatisme d'un membre", "Chute", "Douleur de hanche"),
    "chirurgie_viscerale": ("Douleur abdominale", "Vomissements"),
    "pediatrie": ("Fièvre", "Dyspnée", "Vomissements"),
    "reanimation": ("Dyspnée", "Malaise", "Intoxication", "Crise convulsive"),
    "uhcd": ("Intoxication", "Malaise", "Douleur abdominale", "Anxiété"),
}
WAVE_REASONS = {"bronchiolite": "Dyspnée", "grippe": "Fièvre"}
# Discharge: service → (death, transfer, mutation) probabilities; the rest go home.
EXIT_MODES = {
    "reanimation": (0.15, 0.05, 0.70),
    "uhcd": (0.0, 0.02, 0.20),
    "geriatrie": (0.05, 0.20, 0.0),
    "chirurgie_orthopedique": (0.01, 0.25, 0.0),
    "neurologie": (0.03, 0.20, 0.0),
}
DEFAULT_EXIT = (0.015, 0.05, 0.0)
