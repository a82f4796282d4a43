"""Any model litellm knows (gpt-4o-mini, anthropic/…, ollama/…, openai/… at an api_base).

litellm is imported at the first call, never when this module is imported.
"""

from __future__ import annotations

import time
from typing import Any

from assistant.models.api_keys import provider_key_name
from assistant.models.interface import Completion, Messages, Model, ModelSettings
from assistant.models.litellm_calls import call_kwargs, check_reply, load_litellm, with_retries
from assistant.models.litellm_stream import LiteLLMStream
from assistant.models.provider_errors import failure, model_error
from assistant.models.redact import scrub, scrub_known


class LiteLLMModel(Model):
    """A litellm model name; each call goes to the provider the name (or api_base) points at."""

    def __init__(self, name: str) -> None:
        self.name = name

    @property
    def key_name(self) -> str | None:
        return provider_key_name(self.name)

    def complete(
        self, messages: Messages, settings: ModelSettings, *, seed: int = 0, **extra: Any
    ) -> Completion:
        """One completion; retried while it fails retryably; keys scrubbed from the reply."""
        start = time.perf_counter()

        def once() -> Completion:
            litellm = load_litellm()
            try:
                response = litellm.completion(**call_kwargs(messages, settings, seed, False, extra))
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
            check_reply(text, finish, settings)
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

        return with_retries(settings, once)

    def stream(
        self, messages: Messages, settings: ModelSettings, *, seed: int = 0, **extra: Any
    ) -> LiteLLMStream:
        """The reply as it is written; a failure before the first chunk is retried."""
        return LiteLLMStream(messages, settings, seed, extra)
