"""Implanted devices and transfusion details (data only)."""

# Hip prostheses: (name, manufacturer, GTIN-14 prefix)
HIP_PROSTHESES = (
    ("Prothèse intermédiaire de hanche cimentée", "Orthoval Implants", "0376012345"),
    ("Prothèse totale de hanche à double mobilité", "Ligérienne Médical", "0376098765"),
    ("Prothèse fémorale cervico-céphalique non cimentée", "Orthoval Implants", "0376012399"),
)
TRANSFUSION = ("FELF011", "Transfusion de concentré de globules rouges")
TRANSFUSION_REACTIONS = ("frissons-hyperthermie", "urticaire")
THROMBOLYSIS_NOTE = ("Thrombolyse IV par altéplase réalisée", "Pas de thrombolyse (délai dépassé)")
