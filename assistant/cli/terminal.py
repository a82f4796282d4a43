"""Text bound for a terminal: stored or model-written control characters are shown, not obeyed.

A note pasted from anywhere (or a model's reply) can hold ESC sequences that recolour, move the
cursor or rewrite the title of the terminal, a bare CR that hides the start of a line, or bidi
overrides that reorder it; they are printed as visible escapes (`\\x1b`, `\\r`, `\\u202e`).
"""

from __future__ import annotations

import json
import re
from typing import Any

# C0 (except tab and newline), DEL, C1, and the bidi embedding/override/isolate controls.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_NEWLINE = re.compile(r"[\n\t\u2028\u2029]")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(match.group()) or (
        f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
    )


def safe_text(text: str) -> str:
    """Multi-line text (an email) with every control character but newline and tab escaped."""
    return _CONTROL.sub(_visible, text)


def safe_line(text: str) -> str:
    """One line: newlines and tabs escaped too, so one record stays one line."""
    return _NEWLINE.sub(_visible, safe_text(text))


def safe_json(value: Any) -> str:
    """JSON for a terminal: json escapes C0 already; C1 and bidi controls are escaped too."""
    text = json.dumps(value, indent=2, ensure_ascii=False)
    return _CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
