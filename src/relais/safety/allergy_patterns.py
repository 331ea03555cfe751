"""Data only: allergy terms → drug classes as ATC prefixes (folded French terms, SNOMED CT).

A prescribed substance conflicts with an allergy when it is the allergen itself or when one of
its ATC codes starts with one of the allergy's prefixes (pénicillines → J01C).
"""

# folded term → (class label, ATC prefixes)
ALLERGY_CLASSES: dict[str, tuple[str, tuple[str, ...]]] = {
    "penicilline": ("pénicillines", ("J01C",)),
    "penicillines": ("pénicillines", ("J01C",)),
    "beta lactamine": ("bêta-lactamines", ("J01C", "J01D")),
    "beta lactamines": ("bêta-lactamines", ("J01C", "J01D")),
    "betalactamines": ("bêta-lactamines", ("J01C", "J01D")),
    "cephalosporine": ("céphalosporines", ("J01DB", "J01DC", "J01DD", "J01DE", "J01DI")),
    "cephalosporines": ("céphalosporines", ("J01DB", "J01DC", "J01DD", "J01DE", "J01DI")),
    "carbapenemes": ("carbapénèmes", ("J01DH",)),
    "sulfamide": ("sulfamides antibactériens", ("J01E",)),
    "sulfamides": ("sulfamides antibactériens", ("J01E",)),
    "macrolides": ("macrolides", ("J01FA",)),
    "quinolones": ("quinolones", ("J01M",)),
    "fluoroquinolones": ("fluoroquinolones", ("J01MA",)),
    "cyclines": ("tétracyclines", ("J01AA",)),
    "tetracyclines": ("tétracyclines", ("J01AA",)),
    "aminosides": ("aminosides", ("J01G",)),
    "glycopeptides": ("glycopeptides", ("J01XA",)),
    "ains": ("anti-inflammatoires non stéroïdiens", ("M01A",)),
    "anti inflammatoires non steroidiens": ("anti-inflammatoires non stéroïdiens", ("M01A",)),
    "salicyles": ("salicylés", ("B01AC06", "N02BA")),
    "morphiniques": ("morphiniques", ("N02A",)),
    "opiaces": ("opiacés", ("N02A",)),
    "opioides": ("opioïdes", ("N02A",)),
    "produits de contraste iodes": ("produits de contraste iodés", ("V08A",)),
    "iode": ("produits de contraste iodés", ("V08A",)),
    "heparine": ("héparines", ("B01AB",)),
    "heparines": ("héparines", ("B01AB",)),
    "statines": ("statines", ("C10AA",)),
    "iec": ("inhibiteurs de l'enzyme de conversion", ("C09A", "C09B")),
    "curares": ("curares", ("M03A",)),
    "anesthesiques locaux": ("anesthésiques locaux", ("N01B",)),
    "benzodiazepines": ("benzodiazépines", ("N05BA", "N05CD", "N03AE")),
}

# SNOMED CT substance or allergy codes → class term above.
SNOMED_ALLERGENS: dict[str, str] = {
    "764146007": "penicilline",  # Penicillin (substance)
    "373270004": "penicilline",  # Penicillin -class of antibiotic- (substance)
    "91936005": "penicilline",  # Allergy to penicillin
    "294505008": "penicilline",  # Allergy to amoxicillin... class kept broad
    "387406002": "sulfamides",  # Sulfonamide (substance)
    "91939003": "sulfamides",  # Allergy to sulfonamide
    "293586001": "salicyles",  # Allergy to aspirin
    "387458008": "salicyles",  # Aspirin (substance)
    "227165004": "iode",  # as coded by the synthetic hospital for iodinated contrast
    "293637006": "iode",  # Allergy to contrast media
    "372664007": "benzodiazepines",  # Benzodiazepine (substance)
}
