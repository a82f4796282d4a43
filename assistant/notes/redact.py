"""What of the notes may leave the machine: the notes with every private line taken out.

The notes reader decides which lines are private (assistant.notes.talking_points) on the notes as
it reads them, tidied and with dictation punctuated; here those lines come out of the notes as the
person typed them, and when one is not found word for word, every line that shares a run of its
words goes with it: more is kept back, never less.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import replace

from assistant.core.domain import Interviewer
from assistant.notes.text_prep import chat_messages


def without_private(
    text: str, private_lines: Iterable[str], marker: str = "[private line kept on this machine]"
) -> str:
    """The notes with every private line (and sentence) taken out: what may leave the machine.

    The reader decided on the notes as it read them (tidied, dictation punctuated), so a private
    line not found word for word takes with it every line of the notes that shares a run of its
    words: more is kept back, never less."""
    out = chat_messages(text or "")  # a pasted chat: the friend's replies are no notes to share
    missing = []
    for line in sorted(set(private_lines), key=len, reverse=True):
        if line and line in out:
            out = out.replace(line, marker)
        elif line:
            missing.append(_words(line))
    if not missing:
        return out
    rows = out.split("\n")
    for i, row in enumerate(rows):
        have = _words(row)
        if have and any(
            _shared_run(have, gone) >= min(4, len(have), len(gone)) for gone in missing
        ):
            rows[i] = marker
    return "\n".join(rows)


def _words(text: str) -> list[str]:
    text = unicodedata.normalize("NFC", text).lower()
    return [w for w in re.findall(r"\w+", text) if w not in _SPOKEN_WORDS]


_SPOKEN_WORDS = frozenset({"period", "comma", "full", "stop", "new", "line", "paragraph"})


def _shared_run(a: list[str], b: list[str]) -> int:
    """The longest run of words a and b have in common."""
    best, prev = 0, [0] * (len(b) + 1)
    for x in a:
        cur = [0] * (len(b) + 1)
        for j, y in enumerate(b, 1):
            if x == y:
                cur[j] = prev[j - 1] + 1
                best = max(best, cur[j])
        prev = cur
    return best


def untold(people: tuple[Interviewer, ...], private: tuple[str, ...]) -> tuple[Interviewer, ...]:
    """A job read from a private line is no job to repeat: "Mrs. Deshpande – … salary part"."""
    told = [p.lower() for p in private]
    return tuple(
        replace(p, title=None) if p.title and any(p.title.lower() in t for t in told) else p
        for p in people
    )
