"""Value types of common FHIR R4 core extensions (data only): URL → allowed ``value[x]`` keys.

Only extensions whose definition fixes a single simple type are listed; an extension used with
another type is an error (its definition says what it carries).
"""

_CORE = "http://hl7.org/fhir/StructureDefinition/"

EXTENSION_VALUE_TYPES: dict[str, frozenset[str]] = {
    f"{_CORE}data-absent-reason": frozenset({"valueCode"}),
    f"{_CORE}narrativeLink": frozenset({"valueUrl"}),
    f"{_CORE}patient-birthTime": frozenset({"valueDateTime"}),
    f"{_CORE}patient-mothersMaidenName": frozenset({"valueString"}),
    f"{_CORE}patient-birthPlace": frozenset({"valueAddress"}),
    f"{_CORE}humanname-own-prefix": frozenset({"valueString"}),
    f"{_CORE}humanname-own-name": frozenset({"valueString"}),
    f"{_CORE}iso21090-EN-use": frozenset({"valueCode"}),
    f"{_CORE}rendering-xhtml": frozenset({"valueString"}),
    f"{_CORE}valueset-system": frozenset({"valueCanonical"}),
    f"{_CORE}structuredefinition-wg": frozenset({"valueCode"}),
}

# Extensions whose definitions Relais expects (FHIR core, French national IGs): stored silently.
RECOGNISED_EXTENSION_PREFIXES = (
    _CORE,
    "https://interop.esante.gouv.fr/",
    "http://interopsante.org/",
    "https://apifhir.annuaire.sante.fr/",
)
