"""Ways of life and relatives (data only), as written in the "mode de vie" section."""

LIVING = {
    "home_couple": (
        "vit à domicile avec {conj}",
        "vit en couple à domicile",
        "marié{e}, vit avec {conj}",
    ),
    "home_alone": ("vit seul{e} à domicile", "vit seul{e} en appartement, IDE passe 1 fois/j"),
    "ehpad": ("vit en EHPAD", "résident{e} en EHPAD depuis 2 ans"),
}
AUTONOMY = (
    "autonome pour les AVQ",
    "autonome, marche sans aide",
    "marche avec une canne",
    "GIR 4, aide-ménagère 2 fois/sem",
    "dépendant{e} pour la toilette",
)
ALCOHOL = (
    "pas de consommation d'alcool",
    "alcool occasionnel",
    "OH : 2 verres de vin/j",
    "OH sevré depuis 10 ans",
    "consommation d'alcool niée",
)
SMOKER = (
    "tabagisme actif à {pa} PA",
    "tabac actif {pa} PA",
    "tabagisme sevré depuis {year} ({pa} PA)",
)
NON_SMOKER = ("non fumeur", "jamais fumé", "pas de tabac")
# Relatives: (relation as written, sex, emergency contact?)
RELATIONS = (
    ("épouse", "female"),
    ("époux", "male"),
    ("fille", "female"),
    ("fils", "male"),
    ("sœur", "female"),
    ("neveu", "male"),
    ("voisine", "female"),
)
