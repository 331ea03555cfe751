"""Hospital services (data only): name, functional-unit code, beds, LOS and admission mix.

``los``: (median days, dispersion of the log-normal) for a stay; ``ed_share``: share of the
ED admissions sent to the service (pediatrics and winter waves are added by the arrivals
model); ``direct_per_day``: planned admissions not coming through the ED.
"""

SERVICES = (
    # key, name, UF code, beds, los median, sigma, ed_share, direct admissions per day
    ("cardiologie", "Cardiologie", "UF 3110", 30, 5.0, 0.55, 0.14, 1.0),
    ("pneumologie", "Pneumologie", "UF 3210", 32, 6.5, 0.55, 0.11, 0.5),
    ("geriatrie", "Gériatrie aiguë", "UF 3310", 52, 10.0, 0.5, 0.16, 0.3),
    ("medecine_interne", "Médecine interne", "UF 3410", 48, 7.0, 0.55, 0.18, 0.6),
    ("neurologie", "Neurologie", "UF 3510", 26, 7.0, 0.55, 0.09, 0.4),
    ("chirurgie_orthopedique", "Chirurgie orthopédique", "UF 4110", 40, 6.0, 0.5, 0.10, 3.0),
    ("chirurgie_viscerale", "Chirurgie viscérale", "UF 4210", 20, 4.0, 0.6, 0.07, 2.0),
    ("pediatrie", "Pédiatrie", "UF 5110", 12, 2.5, 0.6, 0.0, 0.3),
    ("reanimation", "Réanimation polyvalente", "UF 6110", 8, 5.0, 0.7, 0.03, 0.0),
    ("uhcd", "UHCD", "UF 7020", 6, 0.8, 0.4, 0.12, 0.0),
)
URGENCES = ("urgences", "Urgences adultes et pédiatriques", "UF 7010")
# Services reached by mutation after a stay in intensive care.
AFTER_ICU = ("medecine_interne", "pneumologie", "cardiologie", "neurologie")
