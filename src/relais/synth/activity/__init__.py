"""Hospital activity: ED arrivals by hour, admissions, lengths of stay, bed census."""
