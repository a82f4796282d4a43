"""Recorded model replies: one plain, sorted JSON file per model × variant × case, fit for a diff."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from assistant.models.llm import scrub

FORMAT = 1


def model_slug(model: str) -> str:
    """A model name as one safe path segment: 'ollama/llama3' -> 'ollama__llama3'."""
    return re.sub(r"[^A-Za-z0-9._-]+", "_", model.strip().replace("/", "__")) or "model"


def recording_path(root: Path, model: str, variant: str, case_id: str) -> Path:
    """evals/recordings/<model>/<variant>/<case>.json"""
    return root / model_slug(model) / variant / f"{case_id}.json"


def fingerprint(messages: list[dict[str, str]], model: str, params: dict[str, Any]) -> str:
    """sha256 of exactly what the model is asked: the rendered messages, the model and parameters."""
    blob = json.dumps(
        {"messages": messages, "model": model, "params": params},
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return "sha256:" + hashlib.sha256(blob.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Recording:
    """A model's reply to one cell, and the fingerprint of the request that produced it."""

    case: str
    variant: str
    model: str
    fingerprint: str
    reply: str
    params: dict[str, Any] = field(default_factory=dict)
    provider_model: str = ""
    finish_reason: str = "stop"
    usage: dict[str, int] = field(default_factory=dict)
    latency_s: float = 0.0
    format: int = FORMAT

    def to_json(self) -> str:
        """Sorted, indented, key-free JSON with a trailing newline."""
        data = asdict(self)
        data["reply"] = scrub(self.reply)
        data["provider_model"] = scrub(self.provider_model)
        data["latency_s"] = round(self.latency_s, 3)
        return json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def write_recording(root: Path, recording: Recording) -> Path:
    """Write (or overwrite) the recording for its cell; returns the path."""
    path = recording_path(root, recording.model, recording.variant, recording.case)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(recording.to_json(), encoding="utf-8")
    tmp.replace(path)
    return path


def read_recording(root: Path, model: str, variant: str, case_id: str) -> Recording | None:
    """The cell's recording, or None when there is none or it cannot be read."""
    path = recording_path(root, model, variant, case_id)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        known = {k: data[k] for k in Recording.__dataclass_fields__ if k in data}
        return Recording(**known)
    except (OSError, ValueError, TypeError):
        return None
