"""litellm, lazily: importing it offline-safe, the arguments of one call, retries, reply checks.

litellm takes seconds to import, so it is imported only when a litellm model is first called.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from typing import Any, TypeVar

from assistant.core.errors import ModelError
from assistant.models.interface import Messages, ModelSettings
from assistant.models.provider_errors import model_error
from assistant.models.redact import install_log_scrubber, remember

MAX_RETRY_WAIT_S = 20.0  # a Retry-After or backoff wait is capped here, and at the call's timeout
BACKOFF_S = 0.5  # first wait without Retry-After; doubles per retry

T = TypeVar("T")
_litellm: Any = None


def load_litellm() -> Any:
    """Import litellm once, offline-safe: local price map, no telemetry, keys kept out of logs."""
    global _litellm
    if _litellm is None:
        os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
        os.environ.setdefault("LITELLM_TELEMETRY", "False")
        import litellm

        litellm.telemetry = False
        litellm.suppress_debug_info = True
        litellm.drop_params = True
        install_log_scrubber()
        _litellm = litellm
    return _litellm


def retry_wait(err: ModelError, attempt: int, settings: ModelSettings) -> float:
    """Retry-After when the provider gave one, else exponential backoff; capped either way."""
    cap = max(0.0, min(MAX_RETRY_WAIT_S, settings.timeout))
    wanted = getattr(err, "retry_after", None)
    if wanted is None:
        wanted = BACKOFF_S * 2 ** (attempt - 1)
    return min(cap, wanted)


def with_retries(settings: ModelSettings, attempt_once: Callable[[], T]) -> T:
    """attempt_once(), again after a wait while it fails retryably, at most max_retries more."""
    attempt = 0
    while True:
        try:
            return attempt_once()
        except ModelError as err:
            if not err.retryable or attempt >= settings.max_retries:
                raise
            attempt += 1
            time.sleep(retry_wait(err, attempt, settings))


def call_kwargs(
    messages: Messages,
    settings: ModelSettings,
    seed: int,
    stream: bool,
    extra: dict[str, Any],
) -> dict[str, Any]:
    """litellm.completion's arguments; retries are ours (litellm's own are off)."""
    kwargs: dict[str, Any] = {
        "model": settings.model,
        "messages": messages,
        "temperature": settings.temperature,
        "timeout": settings.timeout,
        "stream": stream,
        "seed": seed,
        "max_retries": 0,
    }
    if settings.api_base:
        kwargs["api_base"] = settings.api_base
    if settings.api_key:
        remember(settings.api_key)
        kwargs["api_key"] = settings.api_key
    kwargs.update(extra)
    return kwargs


def check_reply(text: str, finish: str, settings: ModelSettings) -> None:
    """A reply blocked by a content filter, or with no text, is a ModelError."""
    if finish == "content_filter":
        raise model_error(
            f"{settings.model} stopped: its content filter blocked the reply. "
            "Edit the notes or draft offline.",
            "refused",
        )
    if not text.strip():
        raise model_error(
            f"{settings.model} returned an empty reply. Try again or draft offline.", "empty"
        )
