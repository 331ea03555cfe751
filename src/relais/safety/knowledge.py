"""Everything the checks need, loaded once per process and passed explicitly."""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection

from relais.safety.activity import active_at, checked, finished
from relais.safety.allergies import check_allergies
from relais.safety.atc import AtcNames, read_atc
from relais.safety.bdpm import Bdpm, read_bdpm
from relais.safety.interactions import check_interactions
from relais.safety.model import MedicationLine, RecordedAllergy, SafetyReport
from relais.safety.name_index import build_index
from relais.safety.substances import Normaliser
from relais.safety.thesaurus import Thesaurus
from relais.safety.thesaurus_store import read_thesaurus

NO_BDPM = (
    "BDPM non chargée : les noms de spécialités (DIFFU K, KARDÉGIC…) ne sont pas reconnus. "
    "Chargez-la : relais terminology load-bdpm DOSSIER."
)


@dataclass(slots=True)
class Knowledge:
    thesaurus: Thesaurus
    normaliser: Normaliser
    sources: dict[str, str] = field(default_factory=dict)  # what was loaded, for provenance
    notes: tuple[str, ...] = ()  # what the user must know about the sources (French)

    @classmethod
    def build(cls, thesaurus: Thesaurus, bdpm: Bdpm | None, atc: AtcNames | None) -> "Knowledge":
        sources = {"thesaurus": f"ANSM {thesaurus.edition.label} ({thesaurus.edition.source})"}
        sources["bdpm"] = f"BDPM {bdpm.release}" if bdpm else "BDPM non chargée"
        sources["atc"] = atc.source if atc else "table ATC absente"
        notes = () if bdpm else (NO_BDPM,)
        return cls(thesaurus, Normaliser(build_index(thesaurus, bdpm, atc)), sources, notes)

    def check(
        self,
        lines: Sequence[MedicationLine],
        allergies: Sequence[RecordedAllergy] = (),
        *,
        at: datetime | None = None,
        now: datetime | None = None,
    ) -> SafetyReport:
        """Interactions among lines active together, and allergy conflicts.

        With ``at``, only lines active at that moment are checked. With ``now`` (the current
        check), completed and stopped lines that ended before that day are left out and
        counted in ``report.ended``; without either, every line is placed by its period.
        """
        report = SafetyReport(self.thesaurus.edition, notes=list(self.notes))
        for line in lines:
            if not checked(line) or (at is not None and not active_at(line, at)):
                continue
            if at is None and now is not None and finished(line, now):
                report.ended.append(line)
                continue
            normalised = self.normaliser.normalise(line)
            if normalised is None:
                report.unresolved.append(line)
            else:
                report.lines.append(normalised)
        report.interactions = check_interactions(report.lines, self.thesaurus)
        report.allergy_conflicts = check_allergies(report.lines, allergies, self.normaliser)
        return report


def load_knowledge(
    conn: Connection, *, edition: str | None = None, atc_path: Path | None = None
) -> Knowledge:
    """The stored thesaurus edition (latest unless named), the stored BDPM, the ATC table."""
    return Knowledge.build(read_thesaurus(conn, edition), read_bdpm(conn), read_atc(atc_path))
