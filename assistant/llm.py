"""The one door to models: litellm for real ones, the built-in drafter for 'offline'.

litellm takes seconds to import, so it is imported only when a real model is asked for;
the offline model answers through the same function and the same Completion shape.
"""

from __future__ import annotations

import os
import re
import time
from dataclasses import dataclass, field
from typing import Any, Iterator

from .errors import ModelError

OFFLINE = "offline"
RETRYABLE = {"rate_limit", "timeout", "connection", "server"}
_MAX_RETRY_WAIT_S = 20.0


@dataclass(frozen=True)
class ModelSettings:
    """Which model to call and how; the API key is never shown in repr or messages."""

    model: str = OFFLINE
    api_base: str | None = None
    temperature: float = 0.7
    timeout: float = 60.0
    max_retries: int = 2
    api_key: str | None = field(default=None, repr=False)

    @property
    def is_offline(self) -> bool:
        return is_offline(self.model)


@dataclass(frozen=True)
class Completion:
    """A model's reply, whatever the provider."""

    text: str
    model: str
    finish_reason: str = "stop"
    usage: dict[str, int] = field(default_factory=dict)
    latency_s: float = 0.0


def is_offline(model: str) -> bool:
    return model.strip().lower() in (OFFLINE, f"{OFFLINE}/drafter")


# ---------------------------------------------------------------- secrets

_KEY_PATTERNS = re.compile(
    r"(sk-[A-Za-z0-9_\-]{6,}|Bearer\s+[A-Za-z0-9._\-]{6,}|(?<=api[_-]key=)[^\s&'\"]+)", re.I)


def _secret_values(settings: ModelSettings | None) -> list[str]:
    values = [v for k, v in os.environ.items()
              if re.search(r"(API_KEY|_TOKEN|_SECRET)$", k) and v and len(v) >= 6]
    if settings and settings.api_key:
        values.append(settings.api_key)
    return sorted(set(values), key=len, reverse=True)


def scrub(text: str, settings: ModelSettings | None = None) -> str:
    """Remove anything that looks like, or is, an API key from text a person or log will see."""
    for value in _secret_values(settings):
        text = text.replace(value, "[redacted]")
    return _KEY_PATTERNS.sub("[redacted]", text)


# ---------------------------------------------------------------- litellm, lazily

_litellm: Any = None


def load_litellm() -> Any:
    """Import litellm once, offline-safe: local price map, no telemetry, offline provider registered."""
    global _litellm
    if _litellm is None:
        os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
        os.environ.setdefault("LITELLM_TELEMETRY", "False")
        import litellm

        litellm.telemetry = False
        litellm.suppress_debug_info = True
        litellm.drop_params = True
        from .offline_provider import register

        register(litellm)
        _litellm = litellm
    return _litellm


def _explain(exc: Exception, settings: ModelSettings) -> ModelError:
    """Map any provider failure to one ModelError a person can act on."""
    name = type(exc).__name__
    status = getattr(exc, "status_code", None)
    model = settings.model
    raw = scrub(str(getattr(exc, "message", "") or exc), settings)[:300]
    if name == "AuthenticationError" or status == 401:
        provider = model.split("/")[0].upper() if "/" in model else "OPENAI"
        return ModelError(
            f"{model} refused the API key (or none is set). Set {provider}_API_KEY in the "
            f"environment or Streamlit secrets, or choose the offline model.", kind="auth")
    if name == "RateLimitError" or status == 429:
        return ModelError(f"{model} is rate-limiting requests. Wait a minute and try again, "
                          "or draft offline.", kind="rate_limit", retryable=True)
    if name in ("Timeout", "APITimeoutError") or "timed out" in raw.lower():
        return ModelError(f"{model} did not answer within {settings.timeout:g} s. Try again, "
                          "raise the timeout, or draft offline.", kind="timeout", retryable=True)
    if name == "ContentPolicyViolationError":
        return ModelError(f"{model} declined to write this email (content filter). Edit the "
                          "notes or draft offline.", kind="refused")
    if name in ("APIConnectionError", "ServiceUnavailableError", "InternalServerError") or (
            isinstance(status, int) and status >= 500):
        kind = "connection" if name == "APIConnectionError" else "server"
        where = f" at {settings.api_base}" if settings.api_base else ""
        return ModelError(f"Could not reach {model}{where} ({raw or name}). Check the server or "
                          "network, or draft offline.", kind=kind, retryable=True)
    if name in ("NotFoundError", "BadRequestError") and "model" in raw.lower() or status == 404:
        return ModelError(f"Model {model!r} was not found by its provider. Check the model name "
                          "(any litellm name, e.g. gpt-4o-mini or ollama/llama3).", kind="not_found")
    if name == "ContextWindowExceededError":
        return ModelError(f"The notes are too long for {model}. Shorten them or use a model "
                          "with a larger context.", kind="too_long")
    return ModelError(f"{model} failed: {raw or name}. Try again or draft offline.", kind="error")


def _call_kwargs(messages: list[dict[str, str]], settings: ModelSettings, seed: int,
                 stream: bool, extra: dict[str, Any]) -> dict[str, Any]:
    kwargs: dict[str, Any] = {
        "model": settings.model, "messages": messages, "temperature": settings.temperature,
        "timeout": settings.timeout, "stream": stream, "seed": seed, "max_retries": 0,
    }
    if settings.api_base:
        kwargs["api_base"] = settings.api_base
    if settings.api_key:
        kwargs["api_key"] = settings.api_key
    kwargs.update(extra)
    return kwargs


def _check_reply(text: str, finish: str, settings: ModelSettings) -> None:
    if finish == "content_filter":
        raise ModelError(f"{settings.model} stopped: its content filter blocked the reply. Edit "
                         "the notes or draft offline.", kind="refused")
    if not text.strip():
        raise ModelError(f"{settings.model} returned an empty reply. Try again or draft offline.",
                         kind="empty", retryable=True)


def _with_retries(settings: ModelSettings, attempt_once: Any) -> Any:
    attempt = 0
    while True:
        try:
            return attempt_once()
        except ModelError as err:
            if not err.retryable or attempt >= settings.max_retries:
                raise
            attempt += 1
            time.sleep(min(_MAX_RETRY_WAIT_S, getattr(err, "retry_after", 0) or 0.5 * 2 ** attempt))


def complete(messages: list[dict[str, str]], settings: ModelSettings | None = None, *,
             seed: int = 0, **extra: Any) -> Completion:
    """One completion; raises ModelError (never a provider exception) on any failure."""
    settings = settings or ModelSettings()
    start = time.perf_counter()
    if settings.is_offline:
        from . import offline

        text = offline.respond(messages, seed=seed)
        return Completion(text, OFFLINE, "stop", offline.usage(messages, text),
                          time.perf_counter() - start)

    def once() -> Completion:
        litellm = load_litellm()
        try:
            response = litellm.completion(**_call_kwargs(messages, settings, seed, False, extra))
        except Exception as exc:  # every provider failure becomes one ModelError
            err = _explain(exc, settings)
            err.retry_after = _retry_after(exc)  # type: ignore[attr-defined]
            raise err from None
        choice = response.choices[0]
        text = getattr(choice.message, "content", None) or ""
        finish = str(getattr(choice, "finish_reason", "") or "stop")
        if getattr(choice.message, "refusal", None):
            raise ModelError(f"{settings.model} refused: {scrub(choice.message.refusal)[:200]}",
                             kind="refused")
        _check_reply(text, finish, settings)
        usage = getattr(response, "usage", None)
        return Completion(text, str(getattr(response, "model", "") or settings.model), finish,
                          {k: int(getattr(usage, k, 0) or 0) for k in
                           ("prompt_tokens", "completion_tokens", "total_tokens")} if usage else {},
                          time.perf_counter() - start)

    return _with_retries(settings, once)


def _retry_after(exc: Exception) -> float:
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None) or {}
    try:
        return min(_MAX_RETRY_WAIT_S, float(headers.get("retry-after", 0)))
    except (TypeError, ValueError):
        return 0.0


class Stream:
    """Text chunks as a model writes them; afterwards .text, .finish_reason and .complete."""

    def __init__(self, messages: list[dict[str, str]], settings: ModelSettings, seed: int,
                 extra: dict[str, Any]):
        self._messages, self._settings, self._seed, self._extra = messages, settings, seed, extra
        self.text = ""
        self.finish_reason: str | None = None
        self.model = settings.model

    @property
    def complete(self) -> bool:
        return self.finish_reason in ("stop", "end_turn", "eos")

    def __iter__(self) -> Iterator[str]:
        settings = self._settings
        if settings.is_offline:
            from . import offline

            for chunk in offline.stream_chunks(offline.respond(self._messages, seed=self._seed)):
                self.text += chunk
                yield chunk
            self.finish_reason = "stop"
            return
        litellm = load_litellm()
        try:
            response = litellm.completion(
                **_call_kwargs(self._messages, settings, self._seed, True, self._extra))
            for part in response:
                choice = part.choices[0] if part.choices else None
                if choice is None:
                    continue
                delta = getattr(choice.delta, "content", None) or ""
                if delta:
                    self.text += delta
                    yield delta
                if getattr(choice, "finish_reason", None):
                    self.finish_reason = str(choice.finish_reason)
        except ModelError:
            raise
        except Exception as exc:
            raise _explain(exc, settings) from None
        if self.finish_reason is None:
            raise ModelError(f"{settings.model} stopped mid-reply: the draft is incomplete. "
                             "Try again or draft offline.", kind="incomplete", retryable=True)
        _check_reply(self.text, self.finish_reason, settings)


def stream(messages: list[dict[str, str]], settings: ModelSettings | None = None, *,
           seed: int = 0, **extra: Any) -> Stream:
    """Stream a completion; iterate for chunks; errors are ModelError, partial text kept."""
    return Stream(messages, settings or ModelSettings(), seed, extra)
