"""Required bindings of FHIR R4 (data only): element → allowed codes, code system → codes.

Only elements that matter for clinical data and whose value sets are small and stable are
listed; codes are those of FHIR R4 (4.0.1). Keys are element paths (``Encounter.status``) or,
for data types, ``Type.property`` (``ContactPoint.system``).
"""

_REQUEST_STATUS = "draft active on-hold revoked completed entered-in-error unknown"
_EVENT_STATUS = (
    "preparation in-progress not-done on-hold stopped completed entered-in-error unknown"
)
_GENDER = "male female other unknown"

REQUIRED_CODES: dict[str, str] = {
    "Patient.gender": _GENDER,
    "Patient.contact.gender": _GENDER,
    "Practitioner.gender": _GENDER,
    "RelatedPerson.gender": _GENDER,
    "Person.gender": _GENDER,
    "Encounter.status": (
        "planned arrived triaged in-progress onleave finished cancelled entered-in-error unknown"
    ),
    "EpisodeOfCare.status": "planned waitlist active onhold finished cancelled entered-in-error",
    "Observation.status": (
        "registered preliminary final amended corrected cancelled entered-in-error unknown"
    ),
    "DiagnosticReport.status": "registered partial preliminary final amended corrected appended "
    "cancelled entered-in-error unknown",
    "Procedure.status": _EVENT_STATUS,
    "Immunization.status": "completed entered-in-error not-done",
    "AllergyIntolerance.type": "allergy intolerance",
    "AllergyIntolerance.category": "food medication environment biologic",
    "AllergyIntolerance.criticality": "low high unable-to-assess",
    "MedicationRequest.status": (
        "active on-hold cancelled completed entered-in-error stopped draft unknown"
    ),
    "MedicationRequest.intent": "proposal plan order original-order reflex-order filler-order "
    "instance-order option",
    "MedicationStatement.status": (
        "active completed entered-in-error intended stopped on-hold unknown not-taken"
    ),
    "MedicationAdministration.status": (
        "in-progress not-done on-hold completed entered-in-error stopped unknown"
    ),
    "MedicationDispense.status": "preparation in-progress cancelled on-hold completed "
    "entered-in-error stopped declined unknown",
    "ServiceRequest.status": _REQUEST_STATUS,
    "CarePlan.status": _REQUEST_STATUS,
    "Composition.status": "preliminary final amended entered-in-error",
    "DocumentReference.status": "current superseded entered-in-error",
    "DocumentReference.docStatus": "preliminary final amended entered-in-error",
    "Specimen.status": "available unavailable unsatisfactory entered-in-error",
    "Appointment.status": "proposed pending booked arrived fulfilled cancelled noshow "
    "entered-in-error checked-in waitlist",
    "Bundle.type": "document message transaction transaction-response batch batch-response "
    "history searchset collection",
    "Bundle.entry.request.method": "GET HEAD POST PUT DELETE PATCH",
    "Bundle.entry.search.mode": "match include outcome",
    "Narrative.status": "generated extensions additional empty",
    "ContactPoint.system": "phone fax email pager url sms other",
    "ContactPoint.use": "home work temp old mobile",
    "HumanName.use": "usual official temp nickname anonymous old maiden",
    "Address.use": "home work temp old billing",
    "Address.type": "postal physical both",
    "Identifier.use": "usual official temp secondary old",
    "Quantity.comparator": "< <= >= >",
}

# Code systems Relais holds completely: a Coding in one of them must use one of these codes.
_THO = "http://terminology.hl7.org/CodeSystem/"
SYSTEM_CODES: dict[str, str] = {
    f"{_THO}condition-clinical": "active recurrence relapse inactive remission resolved",
    f"{_THO}condition-ver-status": (
        "unconfirmed provisional differential confirmed refuted entered-in-error"
    ),
    f"{_THO}allergyintolerance-clinical": "active inactive resolved",
    f"{_THO}allergyintolerance-verification": "unconfirmed confirmed refuted entered-in-error",
    "http://hl7.org/fhir/administrative-gender": _GENDER,
}
