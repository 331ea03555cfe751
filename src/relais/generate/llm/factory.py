"""The configured language model: the one place that turns settings into a backend."""

from relais.config import Settings
from relais.errors import InvalidInput
from relais.generate.llm.base import GenerationOptions, LLMBackend
from relais.generate.llm.embedded import EmbeddedBackend
from relais.generate.llm.http import OpenAICompatibleBackend
from relais.generate.llm.models import resolve_model_path


def generation_options(settings: Settings) -> GenerationOptions:
    return GenerationOptions(
        max_tokens=settings.llm_max_tokens,
        timeout_s=settings.llm_timeout_s,
        retries=settings.llm_retries,
    )


def make_backend(settings: Settings) -> LLMBackend:
    """The embedded llama.cpp model (loaded lazily) or the OpenAI-compatible server."""
    if settings.llm_backend == "openai":
        if not settings.llm_url or not settings.llm_model:
            raise InvalidInput(
                "RELAIS_LLM_BACKEND=openai needs RELAIS_LLM_URL (e.g. http://127.0.0.1:8000) "
                "and RELAIS_LLM_MODEL (the model name the server serves)."
            )
        key = settings.llm_api_key.get_secret_value() if settings.llm_api_key else None
        base = settings.llm_url.rstrip("/").removesuffix("/v1")
        return OpenAICompatibleBackend(
            base_url=base,
            model=settings.llm_model,
            api_key=key,
            schema_mode=settings.llm_schema_mode,
        )
    return EmbeddedBackend(
        resolve_model_path(settings.llm_model_path),
        context_tokens=settings.llm_context_tokens,
        threads=settings.llm_threads or None,
    )
