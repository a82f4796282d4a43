"""Model names → models, resolved lazily: the one place that knows which name is which model.

An entry is a dotted path ("package.module:Factory"), a factory, or a ready Model. A path is
imported only when its name is first asked for, so importing the registry imports no model's
code: litellm (seconds to import) loads at the first real call, and the built-in drafter, which
lives in `assistant.drafter` above this room, is named here by its path and never imported by
`assistant.models` (the layer contract in pyproject.toml holds).

A factory is called with the name it was asked for (an alias gets its entry's own name).
Every name not registered goes to the entry under ANY: litellm, which knows any provider's names.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from assistant.models.interface import DEFAULT_MODEL, Model

__all__ = ["ANY", "Target", "get", "register", "registered"]

Target = str | Callable[[str], Model] | Model
ANY = "*"  # the entry for every name not registered


@dataclass(frozen=True)
class _Entry:
    name: str
    target: Target

    def build(self, name: str) -> Model:
        target = self.target
        if isinstance(target, Model):
            return target
        factory = _resolve(target) if isinstance(target, str) else target
        return factory(name)


_lock = threading.Lock()
_entries: dict[str, _Entry] = {}
_resolved: dict[str, Callable[[str], Model]] = {}


def _key(name: str) -> str:
    return name.strip().lower()


def _resolve(path: str) -> Callable[[str], Model]:
    """'package.module:attr' → the attribute, imported once."""
    with _lock:
        found = _resolved.get(path)
    if found is None:
        module, _, attr = path.partition(":")
        found = getattr(importlib.import_module(module), attr)
        with _lock:
            _resolved[path] = found
    return found


def register(name: str, target: Target, *aliases: str) -> None:
    """Answer `name` (and its aliases; case and outer spaces never matter) with `target`."""
    entry = _Entry(name.strip(), target)
    with _lock:
        for each in (name, *aliases):
            _entries[_key(each)] = entry


def get(name: str) -> Model:
    """The model for this name; a name not registered is litellm's (resolved at this call)."""
    with _lock:
        entry = _entries.get(_key(name))
        fallback = _entries[ANY]
    if entry is None:
        return fallback.build(name)
    return entry.build(entry.name)


@contextmanager
def registered(name: str, target: Target) -> Iterator[None]:
    """`name` answered by `target` inside the block, as before after it (tests, stand-ins)."""
    key = _key(name)
    with _lock:
        before = _entries.get(key)
        _entries[key] = _Entry(name.strip(), target)
    try:
        yield
    finally:
        with _lock:
            if before is None:
                _entries.pop(key, None)
            else:
                _entries[key] = before


# The built-in deterministic drafter (assistant/drafter/), and litellm for every other name.
register(DEFAULT_MODEL, "assistant.drafter.model:OfflineModel", f"{DEFAULT_MODEL}/drafter")
register(ANY, "assistant.models.litellm_model:LiteLLMModel")
