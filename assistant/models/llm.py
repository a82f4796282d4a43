"""The one door to models: litellm for real ones, the built-in drafter for 'offline'.

litellm takes seconds to import, so it is imported only when a real model is asked for;
the offline model answers through the same function and the same Completion shape.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from assistant.core.errors import ModelError
from assistant.models.provider_errors import RETRYABLE, failure, model_error
from assistant.models.redact import KeyFilter, install_log_scrubber, remember, scrub, scrub_known

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
_MAX_RETRY_WAIT_S = 20.0  # a Retry-After or backoff wait is capped here, and at the call's timeout
_BACKOFF_S = 0.5  # first wait without Retry-After; doubles per retry


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
        install_log_scrubber()
        from assistant.models.offline_provider import register

        register(litellm)
        _litellm = litellm
    return _litellm


def _retry_wait(err: ModelError, attempt: int, settings: ModelSettings) -> float:
    """Retry-After when the provider gave one, else exponential backoff; capped either way."""
    cap = max(0.0, min(_MAX_RETRY_WAIT_S, settings.timeout))
    wanted = getattr(err, "retry_after", None)
    if wanted is None:
        wanted = _BACKOFF_S * 2 ** (attempt - 1)
    return min(cap, wanted)


def _call_kwargs(
    messages: list[dict[str, str]],
    settings: ModelSettings,
    seed: int,
    stream: bool,
    extra: dict[str, Any],
) -> dict[str, Any]:
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


def _check_reply(text: str, finish: str, settings: ModelSettings) -> None:
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


def _with_retries(settings: ModelSettings, attempt_once: Any) -> Any:
    attempt = 0
    while True:
        try:
            return attempt_once()
        except ModelError as err:
            if not err.retryable or attempt >= settings.max_retries:
                raise
            attempt += 1
            time.sleep(_retry_wait(err, attempt, settings))


def complete(
    messages: list[dict[str, str]],
    settings: ModelSettings | None = None,
    *,
    seed: int = 0,
    **extra: Any,
) -> Completion:
    """One completion; raises ModelError (never a provider exception) on any failure."""
    settings = settings or ModelSettings()
    start = time.perf_counter()
    if settings.is_offline:
        from assistant.drafter import writer as offline

        text = offline.respond(messages, seed=seed)
        return Completion(
            text, OFFLINE, "stop", offline.usage(messages, text), time.perf_counter() - start
        )

    def once() -> Completion:
        litellm = load_litellm()
        try:
            response = litellm.completion(**_call_kwargs(messages, settings, seed, False, extra))
            choice = response.choices[0]
        except Exception as exc:  # noqa: BLE001 - every provider failure becomes one ModelError
            raise failure(exc, settings) from None
        text = scrub_known(getattr(choice.message, "content", None) or "", settings)
        finish = str(getattr(choice, "finish_reason", "") or "stop")
        refusal = getattr(choice.message, "refusal", None)
        if refusal:
            raise model_error(
                f"{settings.model} refused: {scrub(str(refusal), settings)[:200]}", "refused"
            )
        _check_reply(text, finish, settings)
        usage = getattr(response, "usage", None)
        model = scrub_known(str(getattr(response, "model", "") or settings.model), settings)
        return Completion(
            text,
            model,
            finish,
            {
                k: int(getattr(usage, k, 0) or 0)
                for k in ("prompt_tokens", "completion_tokens", "total_tokens")
            }
            if usage
            else {},
            time.perf_counter() - start,
        )

    return _with_retries(settings, once)


class Stream:
    """Text chunks as a model writes them; afterwards .text, .finish_reason and .complete.

    A failure before the first chunk is retried like complete(); after it, the text so far stays
    in .text, .complete is False and one ModelError says why ("incomplete", "timeout" …).
    The whole reply must arrive within settings.timeout, however slowly it trickles in.
    Known API keys are removed from the chunks as they pass (a proxy may echo one).
    """

    def __init__(
        self,
        messages: list[dict[str, str]],
        settings: ModelSettings,
        seed: int,
        extra: dict[str, Any],
    ):
        self._messages, self._settings, self._seed, self._extra = messages, settings, seed, extra
        self.text = ""
        self.finish_reason: str | None = None
        self.model = settings.model
        self._keys = KeyFilter(settings)

    @property
    def complete(self) -> bool:
        return self.finish_reason in ("stop", "end_turn", "eos")

    def __iter__(self) -> Iterator[str]:
        self.text, self.finish_reason = "", None
        settings = self._settings
        if settings.is_offline:
            from assistant.drafter import writer as offline

            for chunk in offline.stream_chunks(offline.respond(self._messages, seed=self._seed)):
                self.text += chunk
                yield chunk
            self.finish_reason = "stop"
            return
        attempt = 0
        while True:
            try:
                yield from self._attempt()
                return
            except ModelError as err:
                rest = self._keys.flush()  # what was held back in case it began a key
                if rest:
                    self.text += rest
                    yield rest
                if self.text or not err.retryable or attempt >= settings.max_retries:
                    self.finish_reason = None  # whatever came before the failure is not whole
                    raise
                attempt += 1
                time.sleep(_retry_wait(err, attempt, settings))

    def _attempt(self) -> Iterator[str]:
        settings = self._settings
        litellm = load_litellm()
        response: Any = None
        finish: str | None = None
        self._keys = KeyFilter(settings)
        try:
            response = litellm.completion(
                **_call_kwargs(self._messages, settings, self._seed, True, self._extra)
            )
            # Waiting for the reply to start is bounded by the HTTP timeout; from here the
            # whole reply gets settings.timeout, however slowly it trickles in.
            deadline = time.monotonic() + settings.timeout
            for part in response:
                choice = part.choices[0] if part.choices else None
                delta = (getattr(choice.delta, "content", None) or "") if choice else ""
                shown = self._keys.feed(delta) if delta else ""
                if shown:
                    self.text += shown
                    yield shown
                if choice is not None and getattr(choice, "finish_reason", None):
                    finish = str(choice.finish_reason)
                if finish is None and time.monotonic() > deadline:
                    raise model_error(
                        f"{settings.model} was still writing after {settings.timeout:g} s, so "
                        "the draft is incomplete. Try again, raise the timeout, or draft offline.",
                        "timeout",
                    )
        except ModelError:
            raise
        except Exception as exc:  # noqa: BLE001 - as in complete()
            raise self._cut_short(failure(exc, settings)) from None
        finally:
            _close(response)
        rest = self._keys.flush()
        if rest:
            self.text += rest
            yield rest
        if finish is None or not (_provider_finished(response) or "mock_response" in self._extra):
            # litellm makes up a finish_reason "stop" when the connection just ends: not whole
            raise model_error(
                f"{settings.model} stopped mid-reply (no end-of-reply marker), so "
                "the draft is incomplete. Try again or draft offline.",
                "incomplete",
            )
        self.finish_reason = finish
        _check_reply(self.text, finish, settings)

    def _cut_short(self, err: ModelError) -> ModelError:
        """A failure after text arrived: the draft so far is kept, and marked incomplete."""
        model, timeout = self._settings.model, self._settings.timeout
        if not (self.text or self._keys.pending) or err.kind in ("refused", "malformed"):
            return err
        if err.kind == "timeout":
            return model_error(
                f"{model} went silent for {timeout:g} s mid-reply, so the draft "
                "is incomplete. Try again, raise the timeout, or draft offline.",
                "timeout",
            )
        why = {"connection": "the connection dropped", "server": "the server failed"}
        return model_error(
            f"{model} stopped mid-reply ({why.get(err.kind, err.kind)}), so the "
            "draft is incomplete. Try again or draft offline.",
            "incomplete",
        )


def _provider_finished(response: Any) -> bool:
    """Did the provider itself end the reply (not litellm filling in "stop" at a cut)?"""
    if not hasattr(response, "received_finish_reason"):
        return True  # not litellm's stream wrapper: trust the finish_reason we saw
    return bool(
        getattr(response, "received_finish_reason", None)
        or getattr(response, "intermittent_finish_reason", None)
    )


def _close(response: Any) -> None:
    """Release the HTTP connection of a stream we stop reading (cut, too slow, abandoned)."""
    for target in (getattr(response, "completion_stream", None), response):
        close = getattr(target, "close", None)
        if callable(close):
            with contextlib.suppress(Exception):  # closing is best effort
                close()
            return


def stream(
    messages: list[dict[str, str]],
    settings: ModelSettings | None = None,
    *,
    seed: int = 0,
    **extra: Any,
) -> Stream:
    """Stream a completion; iterate for chunks; errors are ModelError, partial text kept."""
    return Stream(messages, settings or ModelSettings(), seed, extra)
