"""Bundle rules beyond the Bundle model (FHIR R4 Bundle, search and document pages).

- Every ``fullUrl`` is an absolute URI (``urn:uuid:…`` or a server URL), never ``Patient/1``.
- Navigation links (self, first, previous, next, last) appear at most once.
- Search sets: an ``outcome`` entry is an OperationOutcome; matches and includes carry an id;
  matches have the type the self link searched for.
- References that match several entries are ambiguous (an error in any bundle).
- Document bundles contain what the Composition references (subject, author, sections…).
- A ``narrativeLink`` extension points to an element id in a narrative of the bundle.
"""

from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

from relais.ingest.model import Issue, JsonObject, as_object
from relais.ingest.references import iter_references
from relais.ingest.rules.bundle_refs import (
    NARRATIVE_LINK,
    entry_url,
    matches,
    narrative_ids,
    targets,
)
from relais.ingest.rules.uris import is_absolute, uuid_issue

SINGLE_LINKS = frozenset({"self", "first", "previous", "prev", "next", "last"})
DOCUMENT_ROOTS = frozenset({"subject", "encounter", "author", "attester.party", "custodian"})
SECTION_LEAVES = (".entry", ".author", ".focus")
References = list[list[tuple[str, str]]]  # per entry: (path, reference) of its resource


def bundle_issues(bundle: JsonObject, references: References | None = None) -> list[Issue]:
    """``references``: ``entry_references(bundle)`` when the caller has them already."""
    raw_entries = bundle.get("entry")
    entries: list[Any] = raw_entries if isinstance(raw_entries, list) else []
    issues = list(_full_url_issues(entries))
    issues.extend(_link_issues(bundle.get("link")))
    if bundle.get("type") == "searchset":
        issues.extend(_search_issues(entries, _searched_types(bundle.get("link"))))
    found = entry_references(bundle) if references is None else references
    issues.extend(_reference_issues(entries, found, document=bundle.get("type") == "document"))
    issues.extend(_narrative_link_issues(entries))
    return issues


def _full_url_issues(entries: list[Any]) -> Iterator[Issue]:
    for index, entry in enumerate(entries):
        url = entry_url(as_object(entry))
        if url is None:
            continue
        where = f"Bundle.entry[{index}].fullUrl"
        if not is_absolute(url):
            yield Issue(
                "error",
                where,
                f"fullUrl must be an absolute URL, not {url!r} "
                "(use urn:uuid:<uuid> or the server URL, e.g. https://hopital.fr/fhir/Patient/1)",
            )
        elif (issue := uuid_issue(url, where)) is not None:
            yield issue


def _link_issues(links: Any) -> Iterator[Issue]:
    seen: set[str] = set()
    for index, link in enumerate(links if isinstance(links, list) else []):
        relation = as_object(link).get("relation")
        if relation in SINGLE_LINKS and relation in seen:
            yield Issue(
                "error", f"Bundle.link[{index}]", f"link relation {relation!r} can occur once"
            )
        if isinstance(relation, str):
            seen.add(relation)


def _searched_types(links: Any) -> set[str]:
    """Resource types named by the self link (``Patient?…`` or ``?_type=A,B``); empty: any."""
    for link in links if isinstance(links, list) else []:
        link = as_object(link)
        if link.get("relation") == "self" and isinstance(link.get("url"), str):
            parts = urlsplit(link["url"])
            types = {t for v in parse_qs(parts.query).get("_type", []) for t in v.split(",")}
            last = parts.path.rstrip("/").rsplit("/", 1)[-1]
            if last[:1].isupper() and not last.startswith("$"):
                types.add(last)
            return types
    return set()


def _search_issues(entries: list[Any], searched: set[str]) -> Iterator[Issue]:
    for index, entry in enumerate(entries):
        entry = as_object(entry)
        resource = as_object(entry.get("resource"))
        if not resource:
            continue
        mode = as_object(entry.get("search")).get("mode")
        kind = resource.get("resourceType")
        where = f"Bundle.entry[{index}].resource"
        if mode == "outcome":
            if kind != "OperationOutcome":
                yield Issue("error", where, f"a search outcome is an OperationOutcome, not {kind}")
            continue
        if not resource.get("id") and (mode is not None or kind != "OperationOutcome"):
            yield Issue("error", where, f"search results have ids: this {kind} has none")
        if mode == "match" and searched and kind not in searched:
            expected = ", ".join(sorted(searched))
            yield Issue("error", where, f"{kind} does not match the search (for {expected})")


def entry_references(bundle: JsonObject) -> References:
    """``iter_references`` of each entry's resource (empty for entries without one)."""
    raw_entries = bundle.get("entry")
    entries: list[Any] = raw_entries if isinstance(raw_entries, list) else []
    return [list(iter_references(as_object(as_object(e).get("resource")))) for e in entries]


def _reference_issues(
    entries: list[Any], references: References, *, document: bool
) -> Iterator[Issue]:
    candidates = targets(entries)
    for index, entry in enumerate(entries):
        entry = as_object(entry)
        resource = as_object(entry.get("resource"))
        source = entry_url(entry)
        composition = document and index == 0 and resource.get("resourceType") == "Composition"
        for path, reference in references[index]:
            if reference.startswith("#"):
                continue
            found = matches(reference, source, candidates)
            where = f"Bundle.entry[{index}].resource.{path}"
            if len(found) > 1:
                listed = ", ".join(str(t.index) for t in found)
                yield Issue(
                    "error",
                    where,
                    f"reference {reference!r} matches several entries ({listed}): "
                    "give the version (…/_history/n) or make fullUrls unique",
                )
            elif not found and composition and _document_path(path):
                yield Issue(
                    "error",
                    where,
                    f"reference {reference!r} is not in the document: a document Bundle "
                    "contains every resource its Composition refers to",
                )


def _document_path(path: str) -> bool:
    return path in DOCUMENT_ROOTS or (path.startswith("section") and path.endswith(SECTION_LEAVES))


def _narrative_link_issues(entries: list[Any]) -> Iterator[Issue]:
    by_url = {entry_url(as_object(e)): as_object(as_object(e).get("resource")) for e in entries}
    for index, entry in enumerate(entries):
        resource = as_object(as_object(entry).get("resource"))
        for e_index, extension in enumerate(resource.get("extension") or []):
            extension = as_object(extension)
            link = extension.get("valueUrl") or extension.get("valueUri")
            if extension.get("url") != NARRATIVE_LINK or not isinstance(link, str):
                continue
            target_url, _, fragment = link.partition("#")
            target = by_url.get(target_url) if target_url else resource
            if target is None or fragment not in narrative_ids(target):
                yield Issue(
                    "error",
                    f"Bundle.entry[{index}].resource.extension[{e_index}]",
                    f"narrativeLink {link!r} points to no element of a narrative in the bundle",
                )
