"""What went wrong with the last action on a Workspace, kept until the next one."""

from __future__ import annotations

from dataclasses import dataclass

# What went wrong, named as what it is (ModelError.kind, or missing_key before any call).
KINDS = {
    "missing_key": "No API key",
    "auth": "Authentication failed",
    "rate_limit": "Rate limit reached",
    "timeout": "Timed out",
    "server": "Server error",
    "connection": "Could not connect",
    "malformed": "Unreadable reply",
    "refused": "Refused by the model",
    "not_found": "Model not found",
    "too_long": "Notes too long for the model",
    "error": "Model error",
}


@dataclass
class Problem:
    """The last thing that went wrong, kept until the next action: message, action, partial text."""

    message: str
    action: str
    partial: str = ""
    model_failed: bool = True
    kind: str = ""  # a KINDS key

    @property
    def title(self) -> str:
        """What went wrong, in two or three words ("Rate limit reached")."""
        return KINDS.get(self.kind, "Model error" if self.model_failed else "")
