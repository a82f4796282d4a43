"""Word lists and cue phrases as data (TOML beside this file), loaded once and compiled."""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


@lru_cache(maxsize=8)
def load(name: str) -> dict[str, Any]:
    """The TOML file `<name>.toml` beside this module."""
    with (HERE / f"{name}.toml").open("rb") as fh:
        return tomllib.load(fh)


@lru_cache(maxsize=64)
def pattern(name: str, *keys: str) -> re.Pattern[str]:
    """One case-insensitive regex that matches any of the patterns at load(name)[keys...]."""
    value: Any = load(name)
    for key in keys:
        value = value[key]
    parts = [value] if isinstance(value, str) else list(value)
    return re.compile("|".join(f"(?:{p})" for p in parts), re.IGNORECASE)


@lru_cache(maxsize=64)
def words(name: str, *keys: str) -> frozenset[str]:
    """A word list at load(name)[keys...], lower-cased."""
    value: Any = load(name)
    for key in keys:
        value = value[key]
    return frozenset(str(v).lower() for v in value)


@lru_cache(maxsize=64)
def patterns(name: str, *keys: str) -> tuple[re.Pattern[str], ...]:
    """Each pattern at load(name)[keys...] compiled on its own (they may reuse group names)."""
    value: Any = load(name)
    for key in keys:
        value = value[key]
    return tuple(re.compile(p, re.IGNORECASE) for p in value)
