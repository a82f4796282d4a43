"""A litellm model's reply as it is written: retried before the first chunk, never passed off as
whole when it was cut, and kept free of API keys as it passes."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from typing import Any

from assistant.core.errors import ModelError
from assistant.models.interface import Messages, ModelSettings, Stream
from assistant.models.litellm_calls import call_kwargs, check_reply, load_litellm, retry_wait
from assistant.models.provider_errors import failure, model_error
from assistant.models.redact import KeyFilter


class LiteLLMStream(Stream):
    """Text chunks as a model writes them; afterwards .text, .finish_reason and .complete.

    A failure before the first chunk is retried like complete(); after it, the text so far stays
    in .text, .complete is False and one ModelError says why ("incomplete", "timeout" …).
    The whole reply must arrive within settings.timeout, however slowly it trickles in.
    Known API keys are removed from the chunks as they pass (a proxy may echo one).
    """

    def __init__(
        self,
        messages: Messages,
        settings: ModelSettings,
        seed: int,
        extra: dict[str, Any],
    ):
        super().__init__(settings.model)
        self._messages, self._settings, self._seed, self._extra = messages, settings, seed, extra
        self._keys = KeyFilter(settings)

    def __iter__(self) -> Iterator[str]:
        self.text, self.finish_reason = "", None
        settings = self._settings
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
                time.sleep(retry_wait(err, attempt, settings))

    def _attempt(self) -> Iterator[str]:
        settings = self._settings
        litellm = load_litellm()
        response: Any = None
        finish: str | None = None
        self._keys = KeyFilter(settings)
        try:
            response = litellm.completion(
                **call_kwargs(self._messages, settings, self._seed, True, self._extra)
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
        except Exception as exc:  # noqa: BLE001 - every provider failure becomes one ModelError
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
        check_reply(self.text, finish, settings)

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
