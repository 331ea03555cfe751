"""The embedded llama.cpp backend on the small model shipped in a PyPI package (real inference)."""

from pathlib import Path

import pytest

from relais.errors import LLMUnavailable
from relais.generate.llm.base import GenerationOptions, parse_json_output
from relais.generate.llm.embedded import EmbeddedBackend
from relais.generate.llm.models import resolve_model_path, smollm2_path

SCHEMA = {
    "type": "object",
    "properties": {
        "phrases": {
            "type": "array",
            "maxItems": 2,
            "items": {
                "type": "object",
                "properties": {
                    "texte": {"type": "string", "maxLength": 120},
                    "faits": {
                        "type": "array",
                        "maxItems": 3,
                        "items": {"type": "string", "pattern": "^F[0-9]{1,2}$"},
                    },
                },
                "required": ["texte", "faits"],
            },
        }
    },
    "required": ["phrases"],
}
MESSAGES = [
    {"role": "system", "content": "Tu rédiges des courriers médicaux en français."},
    {
        "role": "user",
        "content": "Faits : [F1] insuffisance cardiaque ; [F2] furosémide 40 mg. Motif ?",
    },
]


@pytest.fixture(scope="module")
def backend() -> EmbeddedBackend:
    return EmbeddedBackend(smollm2_path(), context_tokens=1024)


@pytest.mark.slow
def test_bounded_schema_always_gives_parseable_json(backend: EmbeddedBackend) -> None:
    seen: list[str] = []
    completion = backend.complete(
        MESSAGES, schema=SCHEMA, options=GenerationOptions(max_tokens=256), on_text=seen.append
    )
    assert len(seen) > 1 and seen[-1] == completion.text  # streamed, token by token
    parsed = parse_json_output(completion)
    assert isinstance(parsed["phrases"], list) and len(parsed["phrases"]) <= 2
    for sentence in parsed["phrases"]:
        assert all(f.startswith("F") for f in sentence["faits"])
    assert completion.backend == "embedded" and completion.model.endswith(".gguf")
    assert completion.prompt_tokens and completion.completion_tokens


@pytest.mark.slow
def test_same_request_same_answer(backend: EmbeddedBackend) -> None:
    options = GenerationOptions(max_tokens=64)
    first = backend.complete(MESSAGES, schema=SCHEMA, options=options)
    second = backend.complete(MESSAGES, schema=SCHEMA, options=options)
    assert first.text == second.text and first.prompt_hash == second.prompt_hash


@pytest.mark.slow
def test_deadline_stops_generation(backend: EmbeddedBackend) -> None:
    with pytest.raises(LLMUnavailable, match="within"):
        backend.complete(MESSAGES, options=GenerationOptions(max_tokens=400, timeout_s=0.01))


def test_missing_or_broken_model_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(LLMUnavailable, match="not a GGUF file"):
        resolve_model_path(str(tmp_path / "absent.gguf"))
    broken = tmp_path / "broken.gguf"
    broken.write_bytes(b"not a model")
    with pytest.raises(LLMUnavailable, match="cannot load"):
        EmbeddedBackend(broken).complete(MESSAGES)
