"""Privacy: pseudonymisation of clinical text, patients' opposition, research extracts, audit."""
