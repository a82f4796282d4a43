"""The one door to models: the settings name a model, the registry finds it, it answers.

Every caller (drafting, the page, the CLI, evals) calls complete() or stream() here with
ModelSettings; which model answers, litellm's or the built-in drafter, is the registry's
business (assistant/models/registry.py), and what it needs or can do is asked of the model
itself (`model(name).key_name`, `.streams`, `.deterministic`), never of its name.
"""

from __future__ import annotations

from typing import Any

from assistant.models import registry
from assistant.models.interface import (
    DEFAULT_MODEL,
    Completion,
    Messages,
    Model,
    ModelSettings,
    Stream,
)
from assistant.models.provider_errors import RETRYABLE
from assistant.models.redact import scrub

__all__ = [
    "DEFAULT_MODEL",
    "RETRYABLE",
    "Completion",
    "Model",
    "ModelSettings",
    "Stream",
    "complete",
    "model",
    "scrub",
    "stream",
]


def model(name: str) -> Model:
    """The model registered under this name (any other name: litellm's)."""
    return registry.get(name)


def complete(
    messages: Messages,
    settings: ModelSettings | None = None,
    *,
    seed: int = 0,
    **extra: Any,
) -> Completion:
    """One completion; raises ModelError (never a provider exception) on any failure."""
    settings = settings or ModelSettings()
    return model(settings.model).complete(messages, settings, seed=seed, **extra)


def stream(
    messages: Messages,
    settings: ModelSettings | None = None,
    *,
    seed: int = 0,
    **extra: Any,
) -> Stream:
    """Stream a completion; iterate for chunks; errors are ModelError, partial text kept."""
    settings = settings or ModelSettings()
    return model(settings.model).stream(messages, settings, seed=seed, **extra)
