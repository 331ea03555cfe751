"""Clinical side of a detailed patient: scenario types, plans of stay, treatments, results."""
