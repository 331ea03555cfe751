"""Code systems Relais recognises without holding them (data only).

Codes from these systems are accepted silently: they are expected in French hospital data and a
terminology server is the place to check them. Codes from any other system carry one warning
per resource (see ``codes.py``). Add a hospital's own code systems here.
"""

RECOGNISED_SYSTEMS = frozenset(
    {
        "http://snomed.info/sct", "http://loinc.org", "http://unitsofmeasure.org",
        "http://www.whocc.no/atc", "http://hl7.org/fhir/sid/icd-10", "http://hl7.org/fhir/sid/icd-9-cm",
        "http://hl7.org/fhir/sid/icd-10-cm", "http://hl7.org/fhir/sid/icd-10-fr",
        "http://dicom.nema.org/resources/ontology/DCM", "urn:ietf:bcp:47", "urn:ietf:bcp:13",
        "urn:iso:std:iso:3166", "urn:iso:std:iso:4217", "http://www.nlm.nih.gov/research/umls/rxnorm",
        "http://www.ama-assn.org/go/cpt", "http://hl7.org/fhir/sid/ndc", "urn:ietf:rfc:3986",
    }
)  # fmt: skip

RECOGNISED_PREFIXES = (
    "http://terminology.hl7.org/CodeSystem/",  # HL7 v2/v3 tables and FHIR-wide code systems
    "https://mos.esante.gouv.fr/NOS/",  # ANS nomenclatures (TRE_*, JDV_*)
    "https://smt.esante.gouv.fr/",  # ANS terminology server (CIM-10, CCAM, LOINC-fr…)
    "urn:oid:1.2.250.1.",  # French OIDs (ANS, CCAM, CIM-10 PMSI, RPPS…)
    "http://interopsante.org/",
    "https://interop.esante.gouv.fr/",
    "https://hl7.fr/ig/fhir/",  # FR Core and the other French national IGs
    "http://standardterms.edqm.eu",  # EDQM dose forms and routes
    "urn:relais:",  # Relais' own local systems (PMSI modes without an official FHIR system)
)
