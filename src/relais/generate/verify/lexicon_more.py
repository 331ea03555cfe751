"""Data only: more diagnoses of hospital stays, and the shape of diagnosis words that no
list holds. Key → (folded name patterns, CIM-10 code prefixes, display)."""

DIAGNOSES_MORE: dict[str, tuple[tuple[str, ...], tuple[str, ...], str]] = {
    "pneumothorax": (("pneumothorax",), ("J93",), "pneumothorax"),
    "pleuresie": (
        ("pleuresie", "epanchement pleural"),
        ("J90", "J91", "J86"),
        "épanchement pleural",
    ),
    "asthme": (("asthme", "crise d'asthme"), ("J45", "J46"), "asthme"),
    "zona": (("zona",), ("B02",), "zona"),
    "goutte": (("goutte", "crise de goutte"), ("M10",), "goutte"),
    "lithiase": (
        ("lithiase(?: [a-z-]{4,})?", "colique nephretique", "calcul(?: renal| biliaire)?"),
        ("N20", "N23", "K80"),
        "lithiase",
    ),
    "occlusion": (
        ("occlusion(?: intestinale| digestive)?", "syndrome occlusif", "ileus"),
        ("K56",),
        "occlusion intestinale",
    ),
    "ulcere": (
        ("ulcere(?: gastrique| duodenal| gastro-duodenal)?",),
        ("K25", "K26", "K27"),
        "ulcère",
    ),
    "escarre": (("escarres?",), ("L89",), "escarre"),
    "erysipele": (("erysipele", "dermohypodermite"), ("A46", "L03"), "érysipèle"),
    "thrombopenie": (
        ("thrombopenie", "neutropenie", "pancytopenie", "agranulocytose"),
        ("D69.6", "D70", "D61"),
        "cytopénie",
    ),
    "hematome": (("hematome(?: [a-z-]{4,})?",), ("S06.5", "T14", "R58"), "hématome"),
    "ictere": (("ictere", "cholestase"), ("R17", "K83.1"), "ictère"),
    "ascite": (("ascite",), ("R18",), "ascite"),
    "deshydratation": (("deshydratation", "hypovolemie"), ("E86",), "déshydratation"),
    "rhabdomyolyse": (("rhabdomyolyse",), ("M62.8", "T79.6"), "rhabdomyolyse"),
    "bradycardie": (
        ("bradycardie", "bav", "bloc auriculo-ventriculaire", "dysfonction sinusale"),
        ("R00.1", "I44", "I49.5"),
        "bradycardie",
    ),
    "tachycardie": (
        ("tachycardie(?: ventriculaire| jonctionnelle| supraventriculaire)?",),
        ("R00.0", "I47"),
        "tachycardie",
    ),
    "syncope": (("syncope", "malaise"), ("R55",), "syncope"),
    "valvulopathie": (
        (
            "retrecissement aortique",
            "insuffisance mitrale",
            "insuffisance aortique",
            "valvulopathie",
        ),
        ("I34", "I35", "I05", "I06", "I08"),
        "valvulopathie",
    ),
    "aneurysme": (
        ("anevrisme(?: [a-z-]{4,})?", "dissection aortique"),
        ("I71", "I72"),
        "anévrisme",
    ),
    "choc": (
        (
            "choc (?:cardiogenique|hemorragique|anaphylactique|hypovolemique)",
            "arret cardiaque",
            "arret cardio-respiratoire",
        ),
        ("R57", "I46", "T78.2"),
        "choc",
    ),
    "depression": (
        ("depression", "syndrome depressif", "episode depressif"),
        ("F32", "F33"),
        "dépression",
    ),
    "alcool": (
        ("ethylisme", "alcoolisme", "sevrage alcoolique", "delirium tremens"),
        ("F10",),
        "éthylisme",
    ),
    "intoxication": (
        ("intoxication(?: [a-z-]{4,})?", "surdosage(?: [a-z-]{4,})?"),
        ("T36", "T39", "T42", "T45", "T51"),
        "intoxication",
    ),
    "fracture": (
        ("fracture(?: [a-z-]{4,})?", "tassement vertebral"),
        ("S", "T02", "M48.5", "M80"),
        "fracture",
    ),
    "traumatisme": (
        ("traumatisme cranien", "plaie(?: [a-z-]{4,})?", "brulure", "luxation", "entorse"),
        ("S", "T"),
        "traumatisme",
    ),
    "retention": (
        ("retention aigue d'urines?", "globe vesical", "rau"),
        ("R33",),
        "rétention aiguë d'urine",
    ),
    "hernie": (("hernie(?: [a-z-]{4,})?",), ("K40", "K41", "K42", "K43", "K44", "M51"), "hernie"),
    "rgo": (("rgo", "reflux gastro-oesophagien", "oesophagite"), ("K21", "K20"), "RGO"),
    "asthenie": (("alteration de l'etat general", "aeg"), ("R53", "R63"), "AEG"),
    "ischemie": (
        ("ischemie(?: aigue)?(?: de membre| mesenterique)?", "gangrene"),
        ("I74", "K55", "R02"),
        "ischémie",
    ),
    "tumeur": (
        ("tumeur(?: [a-z-]{4,})?", "metastases?(?: [a-z-]{4,})?", "lesion tumorale"),
        ("C", "D0", "D1", "D2", "D3", "D4"),
        "tumeur",
    ),
    "vih": (("vih", "sida"), ("B20", "B21", "B22", "B23", "B24", "Z21"), "infection par le VIH"),
    "incontinence": (("incontinence(?: [a-z-]{4,})?",), ("R32", "N39.3", "R15"), "incontinence"),
    "hta_pulmonaire": (
        ("hypertension pulmonaire", "htap", "coeur pulmonaire"),
        ("I27",),
        "hypertension pulmonaire",
    ),
}

# Beyond the lexicon: words shaped like a diagnosis (eponyms "maladie de Still", "syndrome de
# Cushing", inflammation "-ite", "-ose", "-pathie", "-algie", tumour "-ome",
# "hyper/hypo…émie"); checked against the cited facts' words.
DIAGNOSIS_WORD = (
    r"(?<![\w-])(?:(?:maladie|syndrome)\s(?:de\s(?:la\s)?|du\s|des\s|d')[a-z][a-z-]{2,}"
    r"|[a-z]{3,}(?:ites?|oses?|pathies?|algies?|omes?)"
    r"|hyper[a-z]+emies?|hypo[a-z]+emies?|bacteriemies?|leucemies?)(?![\w-])"
)
NOT_DIAGNOSIS_WORDS: frozenset[str] = frozenset(
    """
    suite suites ensuite poursuite limite limites visite visites fuite conduite reussite site
    sites elite gratuite faite faites dite dites ecrite ecrites prescrite prescrites interdite
    introduite introduites reduite reduites produite instruite construite detruite cuite
    favorite subite merite explicite implicite illicite insolite satellite granite dynamite
    ulterieurite petite petites droite droites gauche reconduite recuite conduites precite
    glucose propose proposee dispose suppose impose expose compose repose prose overdose
    chose choses cause causes pose rose arose dose doses posologie osmose
    syndrome syndromes symptome symptomes chrome atome diplome binome fantome autonome
    econome tome idiome axiome genome genomes hippodrome aerodrome palindrome
    nostalgie nostalgies
    """.split()
)
