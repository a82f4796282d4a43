"""Email text <-> (subject, body), and the body's parts: greeting, paragraphs, sign-off."""

from __future__ import annotations

import re
from dataclasses import dataclass

_FENCE = re.compile(r"^```[a-zA-Z]*\s*$")
_SUBJECT = re.compile(r"^\s*(?:\*\*)?subject(?:\*\*)?\s*:\s*(?:\*\*)?\s*(.*?)\s*(?:\*\*)?\s*$", re.IGNORECASE)
GREETING = re.compile(r"^(dear|hi|hello|hey|good (morning|afternoon|evening)|greetings)\b[^\n]{0,80}[,:!]?\s*$", re.IGNORECASE)
SIGNOFF = re.compile(
    r"^(best( regards| wishes)?|kind(est)? regards|warm(est)? regards|regards|sincerely|"
    r"yours (sincerely|truly)|many thanks|thanks( again| so much)?|thank you( again)?|"
    r"with (thanks|gratitude|appreciation)|all the best|cheers|respectfully|warmly)[,!.]?\s*$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9À-Ý])")


def parse_email(text: str) -> tuple[str, str]:
    """Split model output or a pasted email into (subject, body); tolerant of fences and bold."""
    lines = [ln for ln in (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n")
             if not _FENCE.match(ln.strip())]
    subject = ""
    for i, line in enumerate(lines[:5]):
        match = _SUBJECT.match(line)
        if match:
            subject = match.group(1).strip().strip('"').strip()
            lines = lines[:i] + lines[i + 1:]
            break
    body = "\n".join(lines).strip()
    body = re.sub(r"\n{3,}", "\n\n", body)
    return subject, body


def format_email(subject: str, body: str) -> str:
    """The plain-text form `followup draft` prints and `followup check` reads."""
    return f"Subject: {subject}\n\n{body.strip()}\n" if subject else f"{body.strip()}\n"


@dataclass(frozen=True)
class EmailParts:
    """A body split into greeting line, paragraphs of prose, and sign-off block."""

    greeting: str
    paragraphs: tuple[str, ...]
    signoff: str
    name: str

    def join(self) -> str:
        blocks = [b for b in (self.greeting, *self.paragraphs) if b]
        closing = "\n".join(x for x in (self.signoff, self.name) if x)
        return "\n\n".join(blocks + ([closing] if closing else []))


def split_body(body: str) -> EmailParts:
    """Find the greeting, the sign-off and the name under it; the rest is prose."""
    lines = [ln.rstrip() for ln in body.strip().split("\n")]
    greeting = ""
    if lines and GREETING.match(lines[0].strip()):
        greeting = lines.pop(0).strip()
    signoff = name = ""
    tail = [i for i, ln in enumerate(lines) if SIGNOFF.match(ln.strip())]
    if tail and tail[-1] >= len(lines) - 4:
        i = tail[-1]
        signoff = lines[i].strip()
        name = " ".join(ln.strip() for ln in lines[i + 1:] if ln.strip())
        lines = lines[:i]
    text = "\n".join(lines).strip()
    paragraphs = tuple(" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip())
    return EmailParts(greeting, paragraphs, signoff, name)


# Abbreviations that never end a sentence ("Dr. Okafor", "e.g. Spark").
_NEVER_ENDS = frozenset(("dr.", "mr.", "mrs.", "ms.", "mx.", "prof.", "e.g.", "i.e.", "st.", "vs.",
                         "approx.", "no.", "fig.", "(e.g.", "(i.e."))


def sentences(paragraph: str) -> list[str]:
    """Sentences of one paragraph of prose; 'Dr. Smith' and 'e.g. this' stay whole."""
    parts = [s.strip() for s in _SENTENCE_END.split(paragraph.strip()) if s.strip()]
    merged: list[str] = []
    for part in parts:
        if merged and merged[-1].lower().split()[-1] in _NEVER_ENDS:
            merged[-1] = f"{merged[-1]} {part}"
        else:
            merged.append(part)
    return merged


def word_count(text: str) -> int:
    """Words as the checker counts them (one definition, in text_metrics)."""
    from .text_metrics import words

    return len(words(text))
