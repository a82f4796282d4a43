"""The one door to models: litellm for real ones, the built-in drafter for 'offline'.

litellm takes seconds to import, so it is imported only when a real model is asked for;
the offline model answers through the same function and the same Completion shape.
"""

from __future__ import annotations

import time
from typing import Any

from assistant.models.interface import Completion, Messages, ModelSettings, Stream, TextStream
from assistant.models.litellm_calls import load_litellm
from assistant.models.litellm_model import LiteLLMModel
from assistant.models.provider_errors import RETRYABLE
from assistant.models.redact import scrub

__all__ = [
    "OFFLINE",
    "RETRYABLE",
    "Completion",
    "ModelSettings",
    "Stream",
    "complete",
    "is_offline",
    "load_litellm",
    "scrub",
    "stream",
]

OFFLINE = "offline"


def is_offline(model: str) -> bool:
    return model.strip().lower() in (OFFLINE, f"{OFFLINE}/drafter")


def complete(
    messages: Messages,
    settings: ModelSettings | None = None,
    *,
    seed: int = 0,
    **extra: Any,
) -> Completion:
    """One completion; raises ModelError (never a provider exception) on any failure."""
    settings = settings or ModelSettings()
    if is_offline(settings.model):
        from assistant.drafter import writer as offline

        start = time.perf_counter()
        text = offline.respond(messages, seed=seed)
        return Completion(
            text, OFFLINE, "stop", offline.usage(messages, text), time.perf_counter() - start
        )
    return LiteLLMModel(settings.model).complete(messages, settings, seed=seed, **extra)


def stream(
    messages: Messages,
    settings: ModelSettings | None = None,
    *,
    seed: int = 0,
    **extra: Any,
) -> Stream:
    """Stream a completion; iterate for chunks; errors are ModelError, partial text kept."""
    settings = settings or ModelSettings()
    if is_offline(settings.model):
        from assistant.drafter import writer as offline

        return TextStream(
            settings.model,
            lambda: offline.stream_chunks(offline.respond(messages, seed=seed)),
        )
    return LiteLLMModel(settings.model).stream(messages, settings, seed=seed, **extra)
