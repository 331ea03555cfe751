"""Administration schedules (data only) and the French ways of writing them.

``SCHEDULES[key] = (frequency, period, periodUnit, when codes, text templates)``; ``{d}`` in a
template is the formatted dose ("2,5 mg"), ``{f}`` the form ("cp").
"""

SCHEDULES: dict[str, tuple[int, int, str, tuple[str, ...], tuple[str, ...]]] = {
    "matin": (
        1,
        1,
        "d",
        ("MORN",),
        ("{d} le matin", "1-0-0", "{d} 1 {f} le matin", "{d}/j le matin"),
    ),
    "midi": (1, 1, "d", ("NOON",), ("{d} le midi", "0-1-0", "{d} : 1 {f} le midi")),
    "soir": (1, 1, "d", ("EVE",), ("{d} le soir", "0-0-1", "{d} 1 {f} le soir")),
    "coucher": (1, 1, "d", ("NIGHT",), ("{d} au coucher", "0-0-0-1", "{d} le soir au coucher")),
    "2x": (
        2,
        1,
        "d",
        ("MORN", "EVE"),
        ("1-0-1", "{d} matin et soir", "{d} x2/j", "{d} 2 fois par jour"),
    ),
    "3x": (
        3,
        1,
        "d",
        ("MORN", "NOON", "EVE"),
        ("1-1-1", "{d} x3/j", "{d} 3 fois par jour", "{d} matin, midi et soir"),
    ),
    "3x_si": (3, 1, "d", (), ("{d} x3/j si douleur", "{d} jusqu'à 3 fois/j si besoin")),
    "8h": (3, 1, "d", (), ("{d} toutes les 8 h", "{d} /8h", "{d} x3/j IVL")),
    "24h": (1, 1, "d", (), ("{d} 1 fois par jour", "{d}/24h", "{d} par jour")),
    "injection": (
        1,
        1,
        "d",
        ("EVE",),
        ("{d} : 1 injection SC par jour", "{d} SC le soir", "1 inj SC/j"),
    ),
    "heure": (1, 1, "h", (), ("{d}/h IVSE", "{d} par heure au PSE")),
    "4x": (4, 1, "d", (), ("{d} 4 fois par jour", "{d} x4/j")),
    "hebdo": (1, 1, "wk", (), ("{d} une fois par semaine", "{d}/sem", "{d} le lundi")),
    "trimestre": (1, 3, "mo", (), ("{d} tous les 3 mois", "1 {f} de {d} tous les 3 mois")),
    "dose_unique": (1, 1, "d", (), ("{d} en dose unique", "{d} DU")),
}
