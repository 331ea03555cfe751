"""Data only: French salt and hydrate words, aliases, English name rules, code systems.

Used by ``names`` to reduce a drug or substance name to the key of its active moiety
("CHLORHYDRATE DE TRAMADOL" → "tramadol", "amoxicilline trihydratée" → "amoxicilline").
All words are written folded (lower case, no accents).
"""

# "<salt> de <substance>": the salt word is dropped.
SALT_PREFIXES: frozenset[str] = frozenset(
    """
    acetate acetonide aspartate benzoate besilate bicarbonate bitartrate bromhydrate bromure
    camsilate carbonate chlorhydrate chlorure citrate dichlorhydrate dihydrochlorure
    dipropionate dimesilate edisilate embonate enantate esilate fumarate furoate gluconate
    digluconate glucoheptonate hemifumarate hemisulfate hemitartrate hydrobromure hydrogenosulfate
    hydrogenotartrate hydroxyde iodure isethionate lactate lactobionate malate maleate mesilate
    napadisilate nitrate oxalate oxyde pamoate phosphate propionate pivalate salicylate sel
    stearate succinate sulfate tartrate teoclate tosilate undecanoate valerate xinafoate
    decanoate palmitate hexanoate cypionate fluorure trihydrate monohydrate
    """.split()
)

# "<substance> <qualifier>": trailing salt, hydrate or form qualifiers are dropped.
SALT_SUFFIXES: frozenset[str] = frozenset(
    """
    anhydre base sodique disodique monosodique trisodique potassique dipotassique calcique
    magnesique monohydrate monohydratee dihydrate dihydratee trihydrate trihydratee
    tetrahydrate hemihydrate hemihydratee sesquihydrate sesquihydratee pentahydrate
    hexahydrate heptahydrate hydrate hydratee micronise micronisee amorphe cristallise
    arginine lysine erbumine tert butylamine terbutylamine meglumine trometamol
    mesilate maleate fumarate besilate chlorhydrate diethylamine medoxomil cilexetil
    axetil pivoxil hyclate sodium potassium calcium magnesium element bromure
    """.split()
)

# "<preparation> de <substance>" (an extract, a stock solution): the preparation words are
# dropped ("poudre d'opium", "solution de digluconate de chlorhexidine").
PREPARATION_PREFIXES: tuple[tuple[str, ...], ...] = (
    ("extrait", "sec"),
    ("extrait", "fluide"),
    ("extrait", "mou"),
    ("extrait",),
    ("poudre",),
    ("teinture",),
    ("solution",),
)

# Words that a prescriber leaves out of a brand before a vitamin's letter ("Orocal D3" for
# "OROCAL VITAMINE D3", "Cacit D3"): brand names are also indexed without them.
VITAMIN_WORDS: frozenset[str] = frozenset({"vitamine", "vitamines", "vitaminee", "vit"})

# Names that are spelt differently in prescriptions and in the thesaurus (folded).
ALIASES: dict[str, str] = {
    "aspirine": "acide acetylsalicylique",
    "acetylsalicylate de lysine": "acide acetylsalicylique",
    "acetylsalicylate de dl lysine": "acide acetylsalicylique",
    "paracetamol": "paracetamol",
    "vitamine d3": "cholecalciferol",
    "vitamine d2": "ergocalciferol",
    "colecalciferol": "cholecalciferol",  # French DCI; the BDPM and thesaurus mostly write "ch"
    "vitamine c": "acide ascorbique",
    "vitamine b12": "cyanocobalamine",
    "vitamine b9": "acide folique",
    "levothyroxine sodique": "levothyroxine",
    "adrenaline": "adrenaline",
    "epinephrine": "adrenaline",
    "norepinephrine": "noradrenaline",
    "kayexalate": "polystyrene sulfonate de sodium",
    "heparine": "heparine sodique",
    "perindopril arginine": "perindopril",
    "valproate de sodium": "acide valproique",
    "valproate": "acide valproique",
    "divalproate de sodium": "acide valproique",
    "risedronate": "acide risedronique",
    "alendronate": "acide alendronique",
    "zoledronate": "acide zoledronique",
    "ibandronate": "acide ibandronique",
    "mycophenolate": "mycophenolate mofetil",
    "sulfate ferreux": "fer",
    "fumarate ferreux": "fer",
    "gluconate ferreux": "fer",
    "ferreux": "fer",
    "ferrique": "fer",
    "glycerophosphate de fer": "fer",
    "kcl": "potassium",  # potassium chloride, as written in hospital prescriptions
}

# English (RxNorm) names that a suffix rule does not turn into the French DCI (folded).
ENGLISH_NAMES: dict[str, str] = {
    "acetaminophen": "paracetamol",
    "aspirin": "acide acetylsalicylique",
    "albuterol": "salbutamol",
    "cyclosporine": "ciclosporine",
    "glyburide": "glibenclamide",
    "rifampin": "rifampicine",
    "meperidine": "pethidine",
    "epinephrine": "adrenaline",
    "norepinephrine": "noradrenaline",
    "levothyroxine": "levothyroxine",
    "potassium chloride": "chlorure de potassium",
    "sodium chloride": "chlorure de sodium",
    "amphotericin b": "amphotericine b",
    "estradiol": "estradiol",
    "ethinyl estradiol": "ethinylestradiol",
    "valproic acid": "acide valproique",
    "valproate": "acide valproique",
    "folic acid": "acide folique",
    "ascorbic acid": "acide ascorbique",
    "tacrolimus": "tacrolimus",
    "ferrous sulfate": "fer",
    "iron": "fer",
    "heparin": "heparine sodique",
    "insulin glargine": "insuline glargine",
    "insulin lispro": "insuline lispro",
    "insulin aspart": "insuline asparte",
}

# English "-ic acid" → French "acide -ique" is a rule; English "-in", "-ol"… gain an "e".
ENGLISH_SUFFIX_E = ("in", "ol", "il", "an", "id", "at", "on", "yl", "en", "am", "im")

# Words that never name a drug on their own in free text (dose, form, schedule, articles).
STOPWORDS: frozenset[str] = frozenset(
    """
    a au aux avec dans de des du en et la le les ou par pour si sur un une x
    mg g ml l ui u mcg µg microgrammes milligrammes gramme grammes mmol meq ug
    cp cpr comprime comprimes gelule gelules sachet sachets ampoule flacon injection
    injectable solution buvable poudre suspension gouttes goutte sirop creme pommade collyre
    matin midi soir nuit jour jours semaine mois heure heures fois par j h
    oral orale voie iv sc im per os po si besoin douleur lp sr retard
    tablet tablets capsule capsules extended release
    daily once twice bid tid qid qd prn qhs hs bedtime tab tabs puff puffs unit units
    q4h q6h q8h q12h q24h gel gels inh
    """.split()
)

# Substances that are also common words or salt parts: matched alone only where a drug
# starts (the first word, after a salt word: "citrate de potassium", or after another of them:
# "calcium magnésium"), never "corrected" into themselves by ``spelling``.
FIRST_WORD_ONLY: frozenset[str] = frozenset(
    {"or", "fer", "zinc", "calcium", "magnesium", "potassium", "phosphore", "fluor", "sodium"}
)

# Numbers and units of a strength: a mineral named after one is a constituent of the drug
# ("ACCUSOL 35 POTASSIUM", "4 mmol/l potassium"), a counterion is glued to its drug's name.
STRENGTH_UNITS: frozenset[str] = frozenset(
    """
    mg g ml l mmol meq ui u mcg ug microgrammes milligrammes grammes
    """.split()
)

# Cations of a drug's salt. The mineral is the substance only when it is the drug itself
# ("chlorure de potassium", "potassium chloride", "carbonate de calcium"); next to a drug it
# is that drug's counterion, in every form: "clavulanate potassium", "clavulanate de
# potassium", "losartan potassique" (``SALT_SUFFIXES``), "potassium clavulanate".
CATIONS: frozenset[str] = frozenset({"potassium", "sodium", "calcium", "magnesium"})

# Anion words after a cation that make the mineral the drug ("potassium chloride",
# "calcium acetate", "magnesium oxide"), in English as well as French (folded).
MINERAL_ANIONS: frozenset[str] = SALT_PREFIXES | frozenset(
    """
    chloride bromide iodide fluoride oxide hydroxide pidolate glycerophosphate polystyrene
    """.split()
)

# Endings of disease and procedure words, never corrected into a substance name by
# ``spelling`` ("pancreatite" is one letter from "pancreatine").
NOT_CORRECTED_ENDINGS: tuple[str, ...] = tuple(
    """
    ite ites ose oses ome omes algie emie urie pathie ectomie otomie scopie graphie plastie
    plegie ectasie
    """.split()
)

# Coding systems (matched on substrings of the system URI, lower case).
ATC_SYSTEMS = ("whocc.no/atc", "atc")
CIS_SYSTEMS = ("codecis", "cis", "1.2.250.1.213.2.3.1", "bdpm")
RXNORM_SYSTEMS = ("rxnorm",)
