"""Data only: CIM-10 label heads too generic to be read as a diagnosis in a sentence, and the
first words that make a label a circumstance rather than a diagnosis (folded, plural marks
dropped as ``cim10_terms.norm_token`` does)."""

GENERIC_TERMS: frozenset[str] = frozenset(
    """
    absence douleur fatigue charbon rage peste choc virus tic fissure rougeur tristesse paleur
    malaise agitation corrosion insecticide infestation stupeur hostilite nervosite senilite
    immobilite suractivite sterilite eternuement proteu anagene telogene flashback
    """.split()
)
NOT_TERM_WORDS: frozenset[str] = frozenset(
    """
    absence presence antecedent antecedents surveillance examen contact exposition sujet
    personne difficulte probleme suite suites sequelle sequelles
    """.split()
)
