"""Provider failures, as litellm raises them, mapped to one ModelError a person can act on."""

from __future__ import annotations

import json
import math
import re
import time
from collections.abc import Iterator
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING

from assistant.core.errors import ModelError
from assistant.models.redact import scrub

if TYPE_CHECKING:
    from assistant.models.interface import ModelSettings

RETRYABLE = frozenset({"rate_limit", "timeout", "connection", "server"})


def model_error(message: str, kind: str) -> ModelError:
    """A ModelError whose retryable flag follows its kind (RETRYABLE is the one list)."""
    return ModelError(message, kind=kind, retryable=kind in RETRYABLE)


def _causes(exc: BaseException) -> Iterator[BaseException]:
    """The exception and what it wraps (litellm keeps the provider's error in several places)."""
    seen: set[int] = set()
    todo = [exc]
    while todo and len(seen) < 12:
        current = todo.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        todo.extend(
            e
            for e in (
                getattr(current, "original_exception", None),
                current.__cause__,
                current.__context__,
            )
            if isinstance(e, BaseException)
        )


def _is_malformed(exc: BaseException) -> bool:
    """The reply could not be parsed: litellm and the OpenAI SDK keep the JSONDecodeError."""
    return any(isinstance(e, json.JSONDecodeError) for e in _causes(exc))


# "litellm.InternalServerError: InternalServerError: OpenAIException - " before the provider's words
_LITELLM_PREFIX = re.compile(r"^(?:litellm\.\w+: )?(?:\w+: )?(?:\w+Exception - )?")


def explain(exc: Exception, settings: ModelSettings) -> ModelError:
    """Map any provider failure to one ModelError a person can act on."""
    original = getattr(exc, "original_exception", None)
    if type(exc).__name__ == "MidStreamFallbackError" and isinstance(original, Exception):
        exc = original  # litellm's router wrapper around what actually went wrong mid-stream
    name = type(exc).__name__
    status = getattr(exc, "status_code", None)
    model = settings.model
    raw = _LITELLM_PREFIX.sub("", scrub(str(getattr(exc, "message", "") or exc), settings))[:300]
    where = f" at {settings.api_base}" if settings.api_base else ""
    if name == "AuthenticationError" or status == 401:
        provider = model.split("/")[0].upper() if "/" in model else "OPENAI"
        return model_error(
            f"{model} refused the API key (or none is set). Set {provider}_API_KEY in the "
            "environment or Streamlit secrets, or choose the offline model.",
            "auth",
        )
    if name == "RateLimitError" or status == 429:
        return model_error(
            f"{model} is rate-limiting requests. Wait a minute and try again, or draft offline.",
            "rate_limit",
        )
    if name in ("Timeout", "APITimeoutError", "ReadTimeout", "ConnectTimeout") or (
        "timed out" in raw.lower()
    ):
        return model_error(
            f"{model} did not answer within {settings.timeout:g} s. Try again, raise the "
            "timeout, or draft offline.",
            "timeout",
        )
    if name == "ContentPolicyViolationError":
        return model_error(
            f"{model} declined to write this email (content filter). Edit the notes or draft "
            "offline.",
            "refused",
        )
    if _is_malformed(exc):  # before the status checks: litellm reports a garbled 200 as a 500
        return model_error(
            f"{model}{where} sent a reply that is not valid JSON, so it cannot be read. Check "
            "that the server speaks the OpenAI API, or draft offline.",
            "malformed",
        )
    if name == "APIConnectionError":
        return model_error(
            f"Could not reach {model}{where} ({raw or name}). Check the server or network, or "
            "draft offline.",
            "connection",
        )
    if name in ("ServiceUnavailableError", "InternalServerError") or (
        isinstance(status, int) and status >= 500
    ):
        return model_error(
            f"{model}{where} had a server error ({raw or name}). Try again in a moment, or "
            "draft offline.",
            "server",
        )
    if name in ("NotFoundError", "BadRequestError") and "model" in raw.lower() or status == 404:
        return model_error(
            f"Model {model!r} was not found by its provider. Check the model name (any litellm "
            "name, e.g. gpt-4o-mini or ollama/llama3).",
            "not_found",
        )
    if name == "ContextWindowExceededError":
        return model_error(
            f"The notes are too long for {model}. Shorten them or use a model with a larger "
            "context.",
            "too_long",
        )
    return model_error(f"{model} failed: {raw or name}. Try again or draft offline.", "error")


def failure(exc: Exception, settings: ModelSettings) -> ModelError:
    """explain(), plus how long the provider asked us to wait before trying again."""
    err = explain(exc, settings)
    err.retry_after = retry_after(exc)  # type: ignore[attr-defined]
    return err


def retry_after(exc: BaseException) -> float | None:
    """Seconds from Retry-After-ms / Retry-After (seconds or an HTTP date); None if absent."""
    for e in _causes(exc):
        for headers in (
            getattr(e, "litellm_response_headers", None),
            getattr(getattr(e, "response", None), "headers", None),
        ):
            if not headers:
                continue
            get = getattr(headers, "get", None)
            if not callable(get):
                continue
            ms, value = get("retry-after-ms"), get("retry-after")
            seconds = _seconds(ms, 1000.0) if ms is not None else None
            if seconds is None and value is not None:
                seconds = _seconds(value, 1.0)
            if seconds is not None:
                return seconds
    return None


def _seconds(value: object, per_second: float) -> float | None:
    text = str(value).strip()
    try:
        seconds = float(text) / per_second
    except ValueError:
        try:
            seconds = parsedate_to_datetime(text).timestamp() - time.time()
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
    if math.isnan(seconds):
        return None
    return max(0.0, seconds)
