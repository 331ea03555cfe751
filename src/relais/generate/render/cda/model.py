"""What the CDA header needs beyond the drafted document: identifiers with their OIDs, names
split into their parts, addresses and telecoms (read from the stored record by ``context``)."""

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Address:
    lines: tuple[str, ...] = ()
    postal_code: str | None = None
    city: str | None = None
    country: str | None = None


@dataclass(frozen=True, slots=True)
class Telecom:
    value: str  # "tel:0612345678" or "mailto:…"
    use: str | None = None  # H, MC, WP


@dataclass(frozen=True, slots=True)
class Identifier:
    root: str
    extension: str


@dataclass(frozen=True, slots=True)
class PatientInfo:
    """Identity of the patient; ``ins`` is set only when every INS trait is known."""

    ins: Identifier | None = None
    ipp: Identifier | None = None
    family: str | None = None  # name used (CL)
    given: str | None = None
    birth_family: str | None = None  # birth name (BR)
    birth_given: tuple[str, ...] = ()  # first names of the birth certificate
    sex: str | None = None  # FHIR gender
    birth_date: str | None = None
    birthplace_cog: str | None = None  # INSEE code of the birthplace (COG)
    birthplace_city: str | None = None
    address: Address | None = None
    telecoms: tuple[Telecom, ...] = ()


@dataclass(frozen=True, slots=True)
class PersonInfo:
    id: str
    family: str | None = None
    given: str | None = None
    prefix: str | None = None
    rpps: str | None = None
    specialty: str | None = None
    phone: str | None = None


@dataclass(frozen=True, slots=True)
class OrganizationInfo:
    name: str | None = None
    finess: str | None = None
    address: Address | None = None
    phone: str | None = None
    facility_type: tuple[str, str] | None = None  # TRE_R02 sector (SA01…), JDV_J02


@dataclass(frozen=True, slots=True)
class CdaContext:
    """Everything the renderer reads besides the document (see ``context.load_context``)."""

    document_root: str
    set_id: str | None = None  # id of the first version of the document
    patient: PatientInfo = field(default_factory=PatientInfo)
    persons: dict[str, PersonInfo] = field(default_factory=dict)
    hospital: OrganizationInfo = field(default_factory=OrganizationInfo)
    admission_priority: str | None = None  # HL7 ActPriority of the stay (EL, EM, …)
    responsible: PersonInfo | None = None  # legalAuthenticator: who answers for the document
    warnings: tuple[str, ...] = ()
