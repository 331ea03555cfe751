"""A patient's stored documents, pseudonymised with the patient's context and date shift."""

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, select

from relais.privacy.pseudo.context import patient_context
from relais.privacy.pseudo.keyed import date_shift_days, pseudonymous_id
from relais.privacy.pseudo.model import Pseudonymized
from relais.privacy.pseudo.pseudonymizer import Pseudonymizer
from relais.store.tables import documents


@dataclass(frozen=True)
class PseudonymizedDocument:
    """One document (or one part of it) with a pseudonymous id and a shifted date."""

    document_id: str  # pseudonymous
    part: int
    resource_type: str
    type: str | None
    date: date | None  # shifted by the patient's offset
    result: Pseudonymized

    def to_dict(self, *, with_originals: bool = False) -> dict[str, Any]:
        return {
            "document": self.document_id,
            "part": self.part,
            "resource_type": self.resource_type,
            "type": self.type,
            "date": self.date.isoformat() if self.date else None,
            **self.result.to_dict(with_originals=with_originals),
        }


def pseudonymize_documents(
    conn: Connection, patient_id: str, *, key: bytes, pseudonymizer: Pseudonymizer | None = None
) -> list[PseudonymizedDocument]:
    """Every stored document text of ``patient_id``, oldest first."""
    context = patient_context(conn, patient_id)
    engine = pseudonymizer or Pseudonymizer(key=key)
    shift = timedelta(days=date_shift_days(patient_id, key=key))
    rows = conn.execute(
        select(documents)
        .where(documents.c.patient_id == patient_id, documents.c.text.is_not(None))
        .order_by(documents.c.date, documents.c.fhir_id, documents.c.part)
    )
    out = []
    for row in rows:
        when: datetime | None = row.date
        out.append(
            PseudonymizedDocument(
                document_id=pseudonymous_id(row.fhir_id, kind="document", key=key),
                part=row.part,
                resource_type=row.resource_type,
                type=row.type_display or row.type_text or row.title,
                date=(when + shift).date() if when else None,
                result=engine.pseudonymize(row.text, context=context),
            )
        )
    return out
