"""Multi-resistant organism screening (data only): BMR / BHRe, SNOMED CT organisms."""

SCREENING_CODE = ("6463-4", "Recherche de BMR/BHRe (écouvillon rectal)")
NEGATIVE = ("260385009", "Négatif")
# key → (SNOMED CT organism, display, French label in notes, resistance, share among positives)
ORGANISMS = {
    "eblse_coli": ("112283007", "Escherichia coli", "E. coli BLSE", "EBLSE", 5),
    "eblse_kleb": ("56415008", "Klebsiella pneumoniae", "K. pneumoniae BLSE", "EBLSE", 2),
    "sarm": ("115329001", "Staphylococcus aureus résistant à la méticilline", "SARM", "SARM", 2),
    "epc_kleb": ("56415008", "Klebsiella pneumoniae", "K. pneumoniae OXA-48", "BHRe (EPC)", 1),
}
