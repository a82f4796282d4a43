"""Email text <-> (subject, body); the body's parts are text_metrics.split_email's job."""

from __future__ import annotations

import re

_FENCE = re.compile(r"^```[a-zA-Z]*\s*$")
_SUBJECT = re.compile(
    r"^\s*(?:\*\*)?subject(?:\*\*)?\s*:\s*(?:\*\*)?\s*(.*?)\s*(?:\*\*)?\s*$", re.IGNORECASE
)


def parse_email(text: str) -> tuple[str, str]:
    """Split model output or a pasted email into (subject, body); tolerant of fences and bold."""
    lines = [
        ln
        for ln in (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n")
        if not _FENCE.match(ln.strip())
    ]
    subject = ""
    for i, line in enumerate(lines[:5]):
        match = _SUBJECT.match(line)
        if match:
            subject = match.group(1).strip().strip('"').strip()
            lines = lines[:i] + lines[i + 1 :]
            break
    body = "\n".join(lines).strip()
    body = re.sub(r"\n{3,}", "\n\n", body)
    return subject, body


def format_email(subject: str, body: str) -> str:
    """The plain-text form `followup draft` prints and `followup check` reads."""
    return f"Subject: {subject}\n\n{body.strip()}\n" if subject else f"{body.strip()}\n"


def word_count(text: str) -> int:
    """Words as the checker counts them (one definition, in text_metrics)."""
    from assistant.text.metrics import words

    return len(words(text))
