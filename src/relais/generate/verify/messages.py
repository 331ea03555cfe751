"""French messages for the physician, one function per flag kind (data-like, no logic)."""

from collections.abc import Sequence


def ids(fact_ids: Sequence[str]) -> str:
    return ", ".join(f"[{i}]" for i in fact_ids) if fact_ids else "(aucun)"


def uncited() -> str:
    return "Phrase sans citation : aucun fait du dossier ne la justifie."


def unknown_citation(fact_id: str) -> str:
    return f"Citation [{fact_id}] inconnue : ce fait n'existe pas dans le dossier."


def _e(what: str) -> str:
    """French agreement: "Dose … retrouvée", "Médicament … retrouvé"."""
    return "e" if what.startswith(("Dose", "Valeur", "Date")) else ""


def not_cited(what: str, fact_ids: Sequence[str]) -> str:
    e = _e(what)
    return f"{what} : retrouvé{e} dans le dossier {ids(fact_ids)} mais non cité{e} par la phrase."


def unsupported(what: str, cited: Sequence[str], known: Sequence[str] = ()) -> str:
    seen = f" ({', '.join(dict.fromkeys(known))})" if known else ""
    return f"{what} non retrouvé{_e(what)} dans les faits cités {ids(cited)}{seen}."


def negation_present(finding: str, fact_id: str, fact_text: str) -> str:
    return f"« {finding} » est affirmé alors que le fait [{fact_id}] l'exclut (« {fact_text} »)."


def negation_absent(finding: str, fact_id: str, fact_text: str) -> str:
    return f"« {finding} » est nié alors que le fait [{fact_id}] le retient (« {fact_text} »)."
