"""The built-in drafter as a Model (registered as 'offline'): no key, no network, and the same
request and seed always give the same email.

It answers a chat request built by assistant.prompting.build by reading its structured data
block (never the free-text notes as instructions): a draft from the writer, or a tighten / fix
from the editor.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from typing import Any

from assistant.models.interface import Completion, Messages, Model, ModelSettings, TextStream

OFFLINE_REFUSAL = (
    "I could not find the interview data in this request, so there is nothing to "
    "draft. Paste your interview notes and try again."
)


def respond(messages: Sequence[dict[str, Any]], seed: int = 0) -> str:
    """Answer a chat request built by assistant.prompting.build, like a model would."""
    # Imported at the first answer: asking the model what it needs (no key, no streaming) at the
    # page's first render costs no writer, editor or checker import.
    from assistant.drafter.edit import edit_email
    from assistant.drafter.writer import compose
    from assistant.prompting.build import read_data_block
    from assistant.text.email_parts import format_email

    payload = None
    for message in reversed(messages):
        if message.get("role") == "user":
            payload = read_data_block(str(message.get("content") or ""))
            break
    if payload is None:
        return OFFLINE_REFUSAL
    task = payload.get("task", "draft")
    if task in ("tighten", "fix"):
        subject, body = edit_email(task, payload, seed=seed)
        return format_email(subject, body)
    subject, body = compose(payload, seed=seed)
    return format_email(subject, body)


def usage(messages: Sequence[dict[str, Any]], text: str) -> dict[str, int]:
    """Token usage in the shape providers report it (words stand in for tokens)."""
    prompt = sum(len(str(m.get("content") or "").split()) for m in messages)
    completion = len(text.split())
    return {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
    }


def stream_chunks(text: str, size: int = 3) -> Iterator[str]:
    """The reply a few words at a time, as a streaming model would send it."""
    words = text.split(" ")
    for i in range(0, len(words), size):
        yield " ".join(words[i : i + size]) + (" " if i + size < len(words) else "")


class OfflineModel(Model):
    """The drafter behind a model name: it needs no key, answers at once and repeats itself."""

    def __init__(self, name: str) -> None:
        self.name = name

    @property
    def streams(self) -> bool:
        return False  # the whole email is ready at once: nothing to watch being written

    @property
    def deterministic(self) -> bool:
        return True

    @property
    def tunable(self) -> bool:
        return False  # no sampling, no network: temperature and timeout change nothing

    def complete(
        self, messages: Messages, settings: ModelSettings, *, seed: int = 0, **extra: Any
    ) -> Completion:
        start = time.perf_counter()
        text = respond(messages, seed=seed)
        return Completion(
            text, self.name, "stop", usage(messages, text), time.perf_counter() - start
        )

    def stream(
        self, messages: Messages, settings: ModelSettings, *, seed: int = 0, **extra: Any
    ) -> TextStream:
        return TextStream(settings.model, lambda: stream_chunks(respond(messages, seed=seed)))
