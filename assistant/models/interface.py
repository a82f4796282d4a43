"""What every model is to the app: the `Model` interface, the settings of one call, its replies.

A model answers chat messages with text, whole (`complete`) or as it writes (`stream`); whatever
it needs (a key, a network) or can do (stream, repeat itself exactly) it says as properties, so no
caller ever tests a model's name. litellm's models and the built-in drafter both implement it;
`assistant.models.registry` maps names to them.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

__all__ = ["DEFAULT_MODEL", "Completion", "Model", "ModelSettings", "Stream", "TextStream"]

Messages = list[dict[str, str]]

# The model a setting names when none is chosen: the built-in drafter (no key, no network),
# registered under this name in assistant.models.registry like any other model.
DEFAULT_MODEL = "offline"


@dataclass(frozen=True)
class ModelSettings:
    """Which model to call and how; the API key is never shown in repr or messages."""

    model: str = DEFAULT_MODEL
    api_base: str | None = None
    temperature: float = 0.7
    timeout: float = 60.0
    max_retries: int = 2
    api_key: str | None = field(default=None, repr=False)


@dataclass(frozen=True)
class Completion:
    """A model's reply, whatever the provider."""

    text: str
    model: str
    finish_reason: str = "stop"
    usage: dict[str, int] = field(default_factory=dict)
    latency_s: float = 0.0


class Stream(ABC):
    """Text chunks as a model writes them; afterwards .text, .finish_reason and .complete.

    A failure raises one ModelError; the text that came before it stays in .text and .complete
    is False.
    """

    def __init__(self, model: str) -> None:
        self.text = ""
        self.finish_reason: str | None = None
        self.model = model

    @property
    def complete(self) -> bool:
        return self.finish_reason in ("stop", "end_turn", "eos")

    @abstractmethod
    def __iter__(self) -> Iterator[str]: ...


class TextStream(Stream):
    """A reply written at once, handed over in chunks (made when iteration starts)."""

    def __init__(self, model: str, chunks: Callable[[], Iterable[str]]) -> None:
        super().__init__(model)
        self._chunks = chunks

    def __iter__(self) -> Iterator[str]:
        self.text, self.finish_reason = "", None
        for chunk in self._chunks():
            self.text += chunk
            yield chunk
        self.finish_reason = "stop"


class Model(ABC):
    """One model: it answers messages, and says what it needs and what it can do.

    `complete` and `stream` raise ModelError (never a provider's own exception) on any failure.
    """

    @abstractmethod
    def complete(
        self, messages: Messages, settings: ModelSettings, *, seed: int = 0, **extra: Any
    ) -> Completion:
        """One whole reply."""

    @abstractmethod
    def stream(
        self, messages: Messages, settings: ModelSettings, *, seed: int = 0, **extra: Any
    ) -> Stream:
        """The reply as it is written: iterate for chunks."""

    @property
    def key_name(self) -> str | None:
        """The environment variable its API key is read from (OPENAI_API_KEY …); None: no key."""
        return None

    @property
    def streams(self) -> bool:
        """Worth showing as it writes (a remote model takes seconds); False: it answers at once."""
        return True

    @property
    def tunable(self) -> bool:
        """Whether temperature and timeout mean anything to it (a remote or sampled model)."""
        return True

    @property
    def deterministic(self) -> bool:
        """Same messages and seed, same reply, made on this machine: evals run it every time
        instead of recording and replaying it."""
        return False
