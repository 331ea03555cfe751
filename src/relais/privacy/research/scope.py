"""One patient's pseudonymisation in an extract: keyed ids, the date shift, pseudonymised text."""

from datetime import date, datetime, timedelta

from relais.privacy.pseudo import PatientContext, Pseudonymizer, date_shift_days, pseudonymous_id


class PatientScope:
    """Everything derived for one patient, with the project's key.

    The same offset moves every date and time of the patient (structured or in text), so the
    intervals between them are kept; texts are pseudonymised once each (short labels repeat).
    """

    def __init__(
        self, *, patient_id: str, key: bytes, pseudonymizer: Pseudonymizer, context: PatientContext
    ) -> None:
        self.patient_id = patient_id
        self.key = key
        self.days = timedelta(days=date_shift_days(patient_id, key=key))
        self.pseudonymizer = pseudonymizer
        self.context = context
        self.patient = pseudonymous_id(patient_id, kind="patient", key=key)
        self._texts: dict[str, tuple[str, int]] = {}

    def id(self, value: str | None, kind: str) -> str | None:
        return pseudonymous_id(value, kind=kind, key=self.key) if value else None

    def day(self, value: date | None) -> date | None:
        return value + self.days if value is not None else None

    def moment(self, value: datetime | None) -> datetime | None:
        return value + self.days if value is not None else None

    def text(self, value: str | None) -> str | None:
        return self.text_and_spans(value)[0]

    def text_and_spans(self, value: str | None) -> tuple[str | None, int]:
        """The pseudonymised text and how many spans were replaced in it."""
        if not value:
            return value, 0
        done = self._texts.get(value)
        if done is None:
            result = self.pseudonymizer.pseudonymize(value, context=self.context)
            done = self._texts[value] = (result.text, len(result.spans))
        return done
