"""The narrative parts: ask the model for cited sentences under a bounded JSON schema, parse
without guessing, verify every sentence against the facts it cites.

Whatever goes wrong with the model (down, too slow, garbage), the result says so and carries
no sentence: the caller marks the parts "à rédiger". It never raises for a model failure.
"""

import logging
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from relais.domain.facts import Fact
from relais.errors import LLMBadOutput, LLMUnavailable
from relais.generate.draft import prompts
from relais.generate.draft.document import ModelRun, Sentence
from relais.generate.draft.facts_for_model import facts_block
from relais.generate.llm.base import (
    Completion,
    GenerationOptions,
    JsonSchema,
    LLMBackend,
    Message,
    parse_json_output,
    prompt_hash,
)
from relais.generate.llm.json_members import ObjectMembers
from relais.generate.verify import Tools, verify_narrative

log = logging.getLogger(__name__)
MAX_SENTENCE_CHARS = 320
MAX_CITATIONS = 4
OnPart = Callable[[str, list[Sentence]], None]  # part name, its verified sentences


@dataclass(frozen=True, slots=True)
class Narrative:
    parts: dict[str, list[Sentence]]
    run: ModelRun
    failure: str | None  # why there is no text, in French, for the physician


def narrative_schema(parts: Mapping[str, tuple[str, int]], fact_ids: Sequence[str]) -> JsonSchema:
    """Bounded everywhere (items, lengths): small models loop without bounds (FINDINGS)."""
    sentence = {
        "type": "object",
        "properties": {
            "texte": {"type": "string", "minLength": 1, "maxLength": MAX_SENTENCE_CHARS},
            "faits": {
                "type": "array",
                "items": {"type": "string", "enum": list(fact_ids)},
                "minItems": 1,
                "maxItems": MAX_CITATIONS,
            },
        },
        "required": ["texte", "faits"],
        "additionalProperties": False,
    }
    return {
        "type": "object",
        "properties": {
            name: {"type": "array", "items": sentence, "minItems": 1, "maxItems": most}
            for name, (_, most) in parts.items()
        },
        "required": list(parts),
        "additionalProperties": False,
    }


def narrative_messages(
    task: str, facts: Sequence[Fact], parts: Mapping[str, tuple[str, int]]
) -> list[Message]:
    asks = "\n".join(
        f"- « {name} » : {what} ({most} phrases au plus)" for name, (what, most) in parts.items()
    )
    user = (
        f"{task}\n{facts_block(facts)}\n\n"
        f"Rédige en JSON, chaque phrase avec les identifiants des faits qu'elle utilise :\n{asks}"
    )
    return [{"role": "system", "content": prompts.SYSTEM}, {"role": "user", "content": user}]


def parse_parts(value: Any, names: Sequence[str]) -> dict[str, list[tuple[str, list[str]]]]:
    """The sentences of each part; anything not in the agreed shape is bad output."""
    if not isinstance(value, dict):
        raise LLMBadOutput(f"expected a JSON object, got {type(value).__name__}")
    found: dict[str, list[tuple[str, list[str]]]] = {}
    for name in names:
        entries = value.get(name)
        if not isinstance(entries, list):
            raise LLMBadOutput(f"the part {name!r} is missing or not a list")
        sentences = []
        for entry in entries:
            if not isinstance(entry, dict) or not isinstance(entry.get("texte"), str):
                raise LLMBadOutput(f"a sentence of {name!r} has no text: {entry!r:.120}")
            citations = entry.get("faits") or []
            if not isinstance(citations, list) or not all(isinstance(c, str) for c in citations):
                raise LLMBadOutput(f"the citations of a sentence of {name!r} are not a list of ids")
            text = " ".join(entry["texte"].split())
            if text:
                sentences.append((text, [c.strip() for c in citations]))
        if not sentences:
            raise LLMBadOutput(f"the part {name!r} has no sentence")
        found[name] = sentences
    return found


def verified(
    parsed: Mapping[str, list[tuple[str, list[str]]]],
    all_facts: Mapping[str, Fact],
    tools: Tools | None,
) -> dict[str, list[Sentence]]:
    """Each part's sentences with the citations and flags of the verifier."""
    flat = [(name, text, cited) for name, sentences in parsed.items() for text, cited in sentences]
    report = verify_narrative([(t, c) for _, t, c in flat], all_facts, tools=tools)
    found: dict[str, list[Sentence]] = {name: [] for name in parsed}
    for (name, text, _), result in zip(flat, report.sentences, strict=True):
        found[name].append(Sentence(text, result.citations, result.flags))
    return found


def part_watcher(
    names: Sequence[str],
    all_facts: Mapping[str, Fact],
    tools: Tools | None,
    on_part: OnPart,
) -> Callable[[str], None]:
    """An ``on_text`` for the backend: each part, once the model has written it whole, parsed
    and verified exactly as the final answer will be, goes to ``on_part``. A part that does not
    parse is not shown; the final answer decides. A failing ``on_part`` only loses the preview."""
    members = ObjectMembers()

    def watch(text: str) -> None:
        for name, value in members.feed(text):
            if name not in names:
                continue
            try:
                sentences = verified(parse_parts({name: value}, [name]), all_facts, tools)[name]
            except LLMBadOutput:
                continue
            try:
                on_part(name, sentences)
            except Exception:
                log.exception("showing the narrative part %r as it was written failed", name)

    return watch


def _run(
    backend: LLMBackend,
    outcome: str,
    options: GenerationOptions,
    *,
    started: float,
    completion: Completion | None = None,
    request_hash: str | None = None,
    error: str | None = None,
) -> ModelRun:
    return ModelRun(
        backend=backend.name,
        model=backend.model,
        outcome=outcome,
        duration_s=completion.duration_s if completion else time.monotonic() - started,
        prompt_hash=completion.prompt_hash if completion else request_hash,
        prompt_tokens=completion.prompt_tokens if completion else None,
        completion_tokens=completion.completion_tokens if completion else None,
        finish_reason=completion.finish_reason if completion else None,
        options=options.to_dict(),
        error=error,
        output=completion.text if completion else None,
    )


def write_narrative(
    backend: LLMBackend,
    *,
    task: str,
    facts: Sequence[Fact],
    all_facts: Mapping[str, Fact],
    parts: Mapping[str, tuple[str, int]],
    options: GenerationOptions,
    tools: Tools | None = None,
    on_part: OnPart | None = None,
) -> Narrative:
    """Ask once; parse; verify. Model failures come back as ``failure``, never raised.

    With ``on_part`` the answer is streamed and each part, verified, is handed over as soon as
    it is written; the returned narrative (the whole answer, parsed and verified) is the one
    that counts."""
    messages = narrative_messages(task, facts, parts)
    schema = narrative_schema(parts, [f.id for f in facts])
    started = time.monotonic()
    request = prompt_hash(messages, schema)
    try:
        watch = part_watcher(list(parts), all_facts, tools, on_part) if on_part else None
        completion = backend.complete(messages, schema=schema, options=options, on_text=watch)
    except LLMBadOutput as exc:  # the server answered, but not in the chat format
        run = _run(
            backend, "bad_output", options, started=started, request_hash=request, error=str(exc)
        )
        return Narrative({}, run, f"réponse du modèle inexploitable ({exc})")
    except (LLMUnavailable, ValueError, RuntimeError, OSError) as exc:
        run = _run(
            backend, "unavailable", options, started=started, request_hash=request, error=str(exc)
        )
        return Narrative({}, run, f"modèle indisponible ({exc})")
    try:
        parsed = parse_parts(parse_json_output(completion), list(parts))
    except LLMBadOutput as exc:
        run = _run(
            backend, "bad_output", options, started=started, completion=completion, error=str(exc)
        )
        return Narrative({}, run, f"réponse du modèle inexploitable ({exc})")
    return Narrative(
        verified(parsed, all_facts, tools),
        _run(backend, "ok", options, started=started, completion=completion),
        None,
    )
