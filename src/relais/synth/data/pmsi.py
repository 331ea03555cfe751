"""PMSI admission and discharge modes (ATIH) with French labels (data only)."""

MODE_ENTREE = {"8": "Domicile", "7": "Transfert", "6": "Mutation", "N": "Naissance"}
PROVENANCE = {"5": "Urgences", "1": "Unité de soins de courte durée (MCO)", "2": "SSR"}
MODE_SORTIE = {"8": "Domicile", "7": "Transfert", "6": "Mutation", "9": "Décès"}
DESTINATION = {
    "1": "Unité de soins de courte durée (MCO)",
    "2": "SSR",
    "7": "Structure médico-sociale",
}
CLASSES = {
    "IMP": "hospitalisation complète",
    "EMER": "passage aux urgences",
    "AMB": "consultation externe",
}
