"""Finding a care unit by the name a manager types: accents, case and spacing do not matter."""

import re
import unicodedata

from relais.errors import InvalidInput

ALL = ("tous", "toutes", "all", "*")


def fold(text: str) -> str:
    """Lower case, no accents, single spaces: « Gériatrie  aiguë » → « geriatrie aigue »."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", plain).strip().casefold()


def slug(text: str) -> str:
    """An ASCII key: « Gériatrie aiguë » → « geriatrie_aigue »."""
    return re.sub(r"[^a-z0-9]+", "_", fold(text)).strip("_") or "service"


def wants_all(query: str | None) -> bool:
    return query is not None and fold(query) in ALL


def match_service(query: str, names: list[str]) -> str:
    """The one stored service name ``query`` designates: the same name, else the only one
    with a word starting with it (« cardio », « interne »; « urologie » is not « neurologie »).
    """
    wanted = fold(query)
    by_fold = {fold(name): name for name in names}
    if wanted in by_fold:
        return by_fold[wanted]
    word_start = re.compile(r"(?:^|[\s'’(/-])" + re.escape(wanted))
    found = sorted({name for key, name in by_fold.items() if word_start.search(key)})
    if len(found) == 1:
        return found[0]
    if len(found) > 1:
        raise InvalidInput(
            f"« {query} » désigne plusieurs services ({', '.join(found)}) : précisez."
        )
    listed = ", ".join(sorted(names)) or "aucun"
    raise InvalidInput(
        f"service « {query} » introuvable. Services présents dans les séjours : {listed}."
    )
