"""Data only: short drug names clinicians write that the medication-safety normaliser does not
hold, each with the name it resolves (folded regex → name given to the normaliser)."""

DRUG_ALIASES: dict[str, str] = {
    r"amox(?:i|y)?[- ]?clav(?:ulanique)?|co-?amoxiclav": "amoxicilline acide clavulanique",
    r"l-?thyroxine|l thyroxine": "levothyroxine",
    r"glargine": "insuline glargine",
    r"detemir": "insuline detemir",
    r"degludec": "insuline degludec",
    r"lispro": "insuline lispro",
    r"asparte?": "insuline asparte",
    r"glulisine": "insuline glulisine",
    r"kcl": "chlorure de potassium",
    r"tmp-?smx|smx-?tmp": "cotrimoxazole",
    r"aas": "acide acetylsalicylique",
    r"mtx": "methotrexate",
    r"hnf": "heparine",
    r"nac": "acetylcysteine",
    r"vit(?:amine)?\.? d3?": "colecalciferol",
    r"vit(?:amine)?\.? b12": "cyanocobalamine",
    r"vit(?:amine)?\.? b1": "thiamine",
    r"vit(?:amine)?\.? k1?": "phytomenadione",
}

# Everyday words the BDPM index reads as a product ("fraction" of "fraction d'éjection" is
# Daflon's "fraction flavonoïque purifiée", "contre", "divers", "mono", "dialyse"…): never a
# drug mention on their own. Homeopathic stocks ("poumon", "colon", "peau"…) are dropped too
# (``HOMEOPATHIC``).
NOT_DRUG_WORDS: frozenset[str] = frozenset(
    """
    fraction contre associations association dialyse divers mono poly rhino gamma ultra esters
    etain sulfure insectes helicobacter monoxyde alcool
    """.split()
)
HOMEOPATHIC = "preparations homeopathiques"
