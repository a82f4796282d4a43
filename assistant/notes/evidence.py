"""How sure the notes reader is of the facts every email states: the employer, the job and who is
greeted. A fact the notes give in a labelled line ("Company: …") or in their first lines is sure;
one found only in passing prose, or not found at all, is a guess the person confirms before the
checker calls a draft ready (shared/READER.md, F and S: a wrong employer or a missing role fails).
The label patterns and limits are data (wordlists/notes.toml [evidence])."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.core.domain import CONFIRMABLE
from assistant.notes import wordlists

FIELDS = CONFIRMABLE


def _stated(value: str | None, text: str, labels: str) -> bool:
    """The value is in one of the notes' first lines or in a labelled line."""
    if not value:
        return False
    cfg = wordlists.load("notes")["evidence"]
    lines = [ln for ln in (text or "").splitlines() if ln.strip()]
    low = value.lower()
    if any(low in ln.lower() for ln in lines[: int(cfg["head_lines"])]):
        return True
    label = wordlists.pattern("notes", "evidence", labels)
    return any(label.match(ln) and low in ln.lower() for ln in lines)


def unsure(
    text: str, company: str | None, role: str | None, people: Sequence[str]
) -> tuple[str, ...]:
    """The facts the notes reader is not sure of, in FIELDS order."""
    most = int(wordlists.load("notes")["evidence"]["most_interviewers"])
    out = []
    if not _stated(company, text, "company_labels"):
        out.append("company")
    if not _stated(role, text, "role_labels"):
        out.append("role")
    if not people or len(people) > most:
        out.append("interviewers")
    return tuple(out)
