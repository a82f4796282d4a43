"""Which API key a model needs and where it was found; the key itself is never shown or kept."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from assistant.models import registry

# Bare model names litellm routes to a provider without a "provider/" prefix.
_BARE = (
    ("gpt-", "OPENAI"),
    ("o1", "OPENAI"),
    ("o3", "OPENAI"),
    ("o4", "OPENAI"),
    ("chatgpt", "OPENAI"),
    ("claude", "ANTHROPIC"),
    ("gemini", "GEMINI"),
    ("mistral", "MISTRAL"),
    ("command", "COHERE"),
)
NO_KEY = frozenset({"ollama", "ollama_chat", "lm_studio", "llamafile", "hosted_vllm", "vllm"})
GENERIC_SECRET = "api_key"


def key_name(model: str) -> str | None:
    """The environment variable this model's API key is read from (OPENAI_API_KEY …), or None."""
    model = (model or "").strip()
    return registry.get(model).key_name if model else None


def provider_key_name(model: str) -> str | None:
    """The environment variable litellm reads for a model name of its own, or None."""
    model = (model or "").strip()
    if not model:
        return None
    if "/" in model:
        provider = model.split("/", 1)[0].lower()
        return None if provider in NO_KEY else f"{provider.upper().replace('-', '_')}_API_KEY"
    low = model.lower()
    return next((f"{p}_API_KEY" for prefix, p in _BARE if low.startswith(prefix)), "OPENAI_API_KEY")


@dataclass(frozen=True)
class KeyLookup:
    """Where the key is: 'environment', 'Streamlit secrets' or '' (not found). repr hides it."""

    name: str | None
    where: str
    value: str | None = field(default=None, repr=False)

    def describe(self) -> str:
        if self.name is None:
            return "No API key needed for this model."
        if self.where:
            return f"API key {self.name}: found in the {self.where} (never shown)."
        return (
            f"No {self.name} found: set it in the environment or in .streamlit/secrets.toml "
            "(or choose the offline model)."
        )


def find_api_key(
    model: str, secrets: Mapping[str, Any] | None = None, environ: Mapping[str, str] | None = None
) -> KeyLookup:
    """The model's key from the environment (litellm reads it there itself) or from secrets."""
    name = key_name(model)
    if name is None:
        return KeyLookup(None, "")
    environ = os.environ if environ is None else environ
    if environ.get(name):
        return KeyLookup(name, "environment")
    for secret in (name, GENERIC_SECRET):
        try:
            value = (secrets or {}).get(secret)
        except Exception:  # noqa: BLE001 - a broken secrets file must not break the page
            value = None
        if isinstance(value, str) and value.strip():
            return KeyLookup(name, "Streamlit secrets", value.strip())
    return KeyLookup(name, "")
