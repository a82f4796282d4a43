"""An email's parts: (subject, body) from pasted or model text, and the body cut into greeting
line, message lines and sign-off block, as a reader sees them.

* Greeting: the first filled line when it starts with a greeting word (Dear, Hi, Good morning …);
  "Hi Sam, thanks for …" is cut after the comma.
* Sign-off: in the last 5 lines, a closing ("Best regards,", "Thanks again!") with the name lines
  under it, "Best, Sam" on one line, or a short line ending in "," over short name lines.
* The message (prose) is every line between them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.text.words import word_count, words

__all__ = [
    "EmailParts",
    "after_greeting",
    "format_email",
    "parse_email",
    "split_email",
    "word_count",
]

_FENCE = re.compile(r"^```[a-zA-Z]*\s*$")
_SUBJECT = re.compile(
    r"^\s*(?:\*\*)?subject(?:\*\*)?\s*:\s*(?:\*\*)?\s*(.*?)\s*(?:\*\*)?\s*$", re.IGNORECASE
)
_GREETING = re.compile(
    r"(?:dear|hi|hello|hey|hiya|greetings|good\s+(?:morning|afternoon|evening|day)"
    r"|to\s+whom\s+it\s+may\s+concern)\b",
    re.IGNORECASE,
)
_GREETING_END = re.compile(r"[,:!]|\s[-–—]\s")
_SIGNOFF_WORDS = (
    r"(?:best(?:\s+regards|\s+wishes)?|(?:kind|warm|warmest|kindest|many|with\s+best)\s+regards"
    r"|(?:with\s+)?(?:many\s+)?thanks(?:\s+again|\s+so\s+much)?"
    r"|thank\s+you(?:\s+again|\s+so\s+much)?"
    r"|regards|sincerely(?:\s+yours)?|yours\s+(?:sincerely|truly|faithfully)|cheers|warmly"
    r"|all\s+the\s+best|respectfully|take\s+care|talk\s+soon|with\s+(?:gratitude|appreciation))"
)
_SIGNOFF_LINE = re.compile(_SIGNOFF_WORDS + r"\s*[,.!]*", re.IGNORECASE)
_SIGNOFF_INLINE = re.compile(
    _SIGNOFF_WORDS + r"\s*(?:,|\s[-–—])\s*([^\W\d_][\w.'’ -]{0,40})", re.IGNORECASE
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


@dataclass(frozen=True)
class EmailParts:
    """An email body cut into greeting line, message lines and sign-off block."""

    greeting: str | None
    prose: tuple[str, ...]
    signoff: str | None
    name_lines: tuple[str, ...]


_NAMES_ONLY = re.compile(
    r"(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+)?[A-ZÀ-Ý][\w.'’-]*(?:\s+[A-ZÀ-Ý][\w.'’-]*)*"
    r"(?:\s*(?:,|\band\b|&)\s*(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+)?[A-ZÀ-Ý][\w.'’-]*"
    r"(?:\s+[A-ZÀ-Ý][\w.'’-]*)*)*\s*[,:]"
)


def _split_greeting(line: str) -> tuple[str | None, str]:
    if not _GREETING.match(line):
        return None, line
    end = _GREETING_END.search(line, 0, 60)
    if end and _NAMES_ONLY.fullmatch(line[end.end() :].strip()):
        return line.strip(), ""  # "Hello Gloria, Samuel and Kristin,": one greeting, many names
    if end and line[end.end() :].strip():
        return line[: end.end()].strip(), line[end.end() :].strip()
    if end or len(words(line)) <= 6:
        return line, ""
    return None, line


def after_greeting(greeting: str) -> str:
    """What follows the greeting word(s): "Dear Ms. Rivera," -> " Ms. Rivera,"."""
    m = _GREETING.match(greeting)
    return greeting[m.end() :] if m else greeting


def _signoff_at(line: str) -> tuple[str, str] | None:
    if _SIGNOFF_LINE.fullmatch(line):
        return line, ""
    m = _SIGNOFF_INLINE.fullmatch(line)
    if m and len(words(m.group(1))) <= 4:
        return line[: m.start(1)].strip(), m.group(1).strip()
    return None


def split_email(body: str) -> EmailParts:
    """Find the greeting (first line), the sign-off (in the last 5 lines) and the prose between."""
    lines = [ln.strip() for ln in body.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    filled = [i for i, ln in enumerate(lines) if ln]
    greeting: str | None = None
    start = 0
    if filled:
        greeting, rest = _split_greeting(lines[filled[0]])
        if greeting is not None:
            lines[filled[0]] = rest
            start = filled[0] + (0 if rest else 1)
    signoff, stop = None, len(lines)
    names: tuple[str, ...] = ()
    tail = [i for i in filled if i >= start and lines[i]][-5:]
    for pos in range(len(tail) - 1, -1, -1):
        i = tail[pos]
        found = _signoff_at(lines[i])
        after = tuple(lines[j] for j in tail[pos + 1 :])
        if (
            found is None
            and lines[i].endswith(",")
            and after
            and len(words(lines[i])) <= 7
            and all(len(words(a)) <= 6 for a in after)
        ):
            found = (lines[i], "")
        if found is not None:
            signoff, stop = found[0], i
            names = ((found[1],) if found[1] else ()) + after
            break
    prose = tuple(lines[start:stop])
    return EmailParts(greeting, prose, signoff, names)
