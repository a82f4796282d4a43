"""The one test model: it answers from a queue of replies and keeps every prompt it was sent.

The `fake_model` fixture (tests/conftest.py) registers it under FAKE in the model registry, so
any code path that takes a model name (ModelSettings(model="fake"), `--model fake`, an eval's
models) reaches it through the same door as a real model. `stand_in_for("gpt-4o-mini")` makes it
answer other names too for the test (registry.ANY: every name not registered), e.g. to prove
that a path calls no model at all (`assert not fake.prompts`).

Queue a str (a whole reply), an Exception (raised before any text), or a Reply (text, then an
error mid-stream). With nothing queued it answers DEFAULT_REPLY, or passes the call on to the
model set as `otherwise` (a spy on a real model: its prompts are kept all the same).

Tests of the real litellm path do not use this: they talk to tests/fake_openai.py over HTTP.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from typing import Any

from assistant.models import registry
from assistant.models.interface import Completion, Model, ModelSettings, Stream

FAKE = "fake"
DEFAULT_REPLY = (
    "Subject: Thank you – Backend Engineer interview\n\nDear Priya,\n\nThank you for taking "
    "the time to talk with me about the Backend Engineer role and your idempotency keys work. "
    "I am excited about the team.\n\nBest regards,\nSam Okoye"
)


@dataclass(frozen=True)
class Reply:
    """A reply: its text, and an error raised after the text (complete() raises it at once)."""

    text: str = DEFAULT_REPLY
    error: Exception | None = None
    finish_reason: str = "stop"
    model: str = FAKE
    chunk_chars: int = 12


@dataclass(frozen=True)
class Prompt:
    """One call as the model received it."""

    messages: list[dict[str, str]]
    settings: ModelSettings
    seed: int
    extra: dict[str, Any] = field(default_factory=dict)
    streamed: bool = False

    @property
    def user(self) -> str:
        """The last user message's text."""
        return next((m["content"] for m in reversed(self.messages) if m["role"] == "user"), "")


class FakeModel(Model):
    """Queued replies out, prompts in; what it needs and can do is set per test."""

    def __init__(
        self,
        *replies: str | Exception | Reply,
        key_name: str | None = None,
        streams: bool = True,
        deterministic: bool = False,
    ) -> None:
        self._lock = threading.Lock()
        self._replies: list[Reply] = [self._reply(r) for r in replies]
        self.prompts: list[Prompt] = []
        self._key_name, self._streams, self._deterministic = key_name, streams, deterministic
        self.otherwise: Model | None = None  # answers when nothing is queued (else DEFAULT_REPLY)
        self._registered = ExitStack()

    # ------------------------------------------------------------ set-up

    def queue(self, *replies: str | Exception | Reply) -> FakeModel:
        """Answer the next calls with these, in order; then DEFAULT_REPLY."""
        with self._lock:
            self._replies.extend(self._reply(r) for r in replies)
        return self

    def stand_in_for(self, *names: str) -> FakeModel:
        """Answer these model names too (registry.ANY: every name not registered) until the
        test ends."""
        for name in names:
            self._registered.enter_context(registry.registered(name, self))
        return self

    def close(self) -> None:
        """Give every name it answered back to its own model."""
        self._registered.close()

    @staticmethod
    def _reply(reply: str | Exception | Reply) -> Reply:
        if isinstance(reply, Reply):
            return reply
        if isinstance(reply, Exception):
            return Reply("", reply)
        return Reply(reply)

    def _next(self, prompt: Prompt) -> Reply | None:
        """The queued reply for this call; None: pass it on to `otherwise`."""
        with self._lock:
            self.prompts.append(prompt)
            if self._replies:
                return self._replies.pop(0)
        return None if self.otherwise is not None else Reply()

    # ------------------------------------------------------------ the Model

    # what it needs and can do: set them per test (fake_model.key_name = "OPENAI_API_KEY")

    @property
    def key_name(self) -> str | None:
        return self._key_name

    @key_name.setter
    def key_name(self, value: str | None) -> None:
        self._key_name = value

    @property
    def streams(self) -> bool:
        return self._streams

    @streams.setter
    def streams(self, value: bool) -> None:
        self._streams = value

    @property
    def deterministic(self) -> bool:
        return self._deterministic

    @deterministic.setter
    def deterministic(self, value: bool) -> None:
        self._deterministic = value

    def complete(
        self,
        messages: list[dict[str, str]],
        settings: ModelSettings,
        *,
        seed: int = 0,
        **extra: Any,
    ) -> Completion:
        reply = self._next(Prompt(messages, settings, seed, dict(extra)))
        if reply is None:
            assert self.otherwise is not None
            return self.otherwise.complete(messages, settings, seed=seed, **extra)
        if reply.error is not None:
            raise reply.error
        words = len(reply.text.split())
        usage = {"prompt_tokens": 1, "completion_tokens": words, "total_tokens": words + 1}
        return Completion(reply.text, reply.model, reply.finish_reason, usage)

    def stream(
        self,
        messages: list[dict[str, str]],
        settings: ModelSettings,
        *,
        seed: int = 0,
        **extra: Any,
    ) -> Stream:
        return _FakeStream(self, Prompt(messages, settings, seed, dict(extra), streamed=True))


class _FakeStream(Stream):
    """The queued reply in chunks; its error (if any) after the text."""

    def __init__(self, fake: FakeModel, prompt: Prompt) -> None:
        super().__init__(prompt.settings.model)
        self._fake, self._prompt = fake, prompt

    def __iter__(self) -> Iterator[str]:
        self.text, self.finish_reason = "", None
        prompt = self._prompt
        reply = self._fake._next(prompt)
        if reply is None:
            assert self._fake.otherwise is not None
            passed = self._fake.otherwise.stream(
                prompt.messages, prompt.settings, seed=prompt.seed, **prompt.extra
            )
            for chunk in passed:
                self.text += chunk
                yield chunk
            self.finish_reason = passed.finish_reason
            return
        size = max(1, reply.chunk_chars)
        for i in range(0, len(reply.text), size):
            self.text += reply.text[i : i + size]
            yield reply.text[i : i + size]
        if reply.error is not None:
            raise reply.error
        self.finish_reason = reply.finish_reason
