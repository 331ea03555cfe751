"""What the screens and the API call: patient views, drafting jobs, notes, safety alerts."""
