"""Registers the offline drafter with litellm, so `litellm.completion(model="offline/drafter")`
is answered by it like any provider (used when litellm is loaded anyway, e.g. in evals)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

PROVIDER = "offline"


def register(litellm: Any) -> None:
    """Add the 'offline' provider to litellm's custom provider map, once."""
    from litellm import CustomLLM, ModelResponse

    from assistant.drafter import writer as offline

    class OfflineLLM(CustomLLM):
        def completion(
            self, model: str, messages: list, *args: Any, **kwargs: Any
        ) -> ModelResponse:
            params = kwargs.get("optional_params") or {}
            text = offline.respond(messages, seed=int(params.get("seed", 0) or 0))
            return litellm.ModelResponse(
                model="offline",
                choices=[
                    {
                        "message": {"role": "assistant", "content": text},
                        "finish_reason": "stop",
                        "index": 0,
                    }
                ],
                usage=offline.usage(messages, text),
                created=int(time.time()),
            )

        def streaming(  # type: ignore[override]  # litellm passes these by keyword
            self, model: str, messages: list, *args: Any, **kwargs: Any
        ) -> Iterator[dict[str, Any]]:
            params = kwargs.get("optional_params") or {}
            chunks = list(
                offline.stream_chunks(
                    offline.respond(messages, seed=int(params.get("seed", 0) or 0))
                )
            )
            for i, chunk in enumerate(chunks):
                last = i == len(chunks) - 1
                yield {
                    "text": chunk,
                    "is_finished": last,
                    "finish_reason": "stop" if last else "",
                    "usage": None,
                    "index": 0,
                    "tool_use": None,
                }

    if not any(item.get("provider") == PROVIDER for item in litellm.custom_provider_map):
        litellm.custom_provider_map = [
            *litellm.custom_provider_map,
            {"provider": PROVIDER, "custom_handler": OfflineLLM()},
        ]
