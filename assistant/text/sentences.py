"""Lines, list items and sentences: the one place text is cut into them.

* A list item starts with a bullet mark: - * + • · ▪ ► ‣ ◦ > # (not "+" before a digit: "+44 …"
  is a phone number), a number "1." / "2)" followed by a space, or a checkbox "[ ]" / "[x]". In
  notes the mark may touch the text ("-Priya"); in an email it is followed by a space
  (`LIST_ITEM`, marks - * • · and numbers only), so "-5 %" or "1.5x" are not list items.
* An email's message (`sentences`): paragraphs (blank lines) and list items end a sentence, so do
  . ! ? … (not after Dr./Ms./e.g./an initial; a company suffix "Corp." ends one before a
  capital).
* A line of notes (`line_sentences`): . ! ? then a space, and ";" end a sentence, not after
  Dr./St./Inc./etc./an initial; a sentence is cut to 600 characters.
* Talking points (`point_phrases`), more cautious: . ! ? end one only before a capital, a digit or
  an opening quote; "; ", " | " and " • " separate points written on one line. (Splitting these
  as `line_sentences` does loses points and private lines: measured with `followup eval reader`.)
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.text.words import WORD, word_set

BULLET_MARK = r"(?:(?:[-*•·▪►‣◦>#]|\+(?!\d))+|\d{1,2}[.)](?=\s|$)|\[[ xX]?\])"
BULLET = re.compile(rf"^\s*{BULLET_MARK}\s*")  # one mark, in notes
BULLETS = re.compile(rf"^\s*(?:{BULLET_MARK}\s*)+")  # stacked marks: "- [x] "
LIST_ITEM = re.compile(r"^\s*(?:[-*•·]|\d{1,2}[.)])\s+")  # in an email: a mark, then a space

# Words that end in a full stop without ending a sentence.
TITLES = word_set("mr mrs ms mx dr prof st jr sr")
COMPANY_SUFFIXES = word_set("inc ltd corp co llc plc etc jr sr")
EMAIL_ABBREVIATIONS = TITLES | word_set("vs e.g i.e inc ltd corp dept approx a.m p.m u.s")
NOTES_ABBREVIATIONS = TITLES | word_set("vs etc e.g i.e inc co ltd no disc approx esp incl")

_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s|$)")
_WORD_BEFORE = re.compile(r"(\S{1,12})$")
_POINT_BREAK = re.compile(r"(?<=[.!?])\s+(?=[\"“(]?[A-Z0-9])|\s*;\s+|\s+\|\s+|\s+•\s+")
_NOTES_BREAK = re.compile(r"(?<=[.!?])\s+|\s*;\s*")
_NOTES_NO_END = re.compile(
    r"(?:\b(?:"
    + "|".join(re.escape(a) for a in sorted(NOTES_ABBREVIATIONS, key=lambda a: (-len(a), a)))
    + r")|(?:^|(?<=[\s.]))[^\W\d_])\.$",
    re.IGNORECASE,
)
MAX_NOTES_SENTENCE_CHARS = 600


def is_list_item(line: str) -> bool:
    """Does this line of notes start with a bullet mark?"""
    return BULLET.match(line) is not None


def strip_bullets(line: str) -> str:
    """The line without its bullet mark(s): "- [x] Sarah" -> "Sarah"."""
    return BULLETS.sub("", line)


def paragraphs(lines: Iterable[str]) -> list[str]:
    """Lines joined into paragraphs (blank lines separate them)."""
    out: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            out[-1].append(line.strip())
        elif out[-1]:
            out.append([])
    return [" ".join(p) for p in out if p]


def _sentences_in(paragraph: str) -> list[str]:
    out: list[str] = []
    start = 0
    for m in _END.finditer(paragraph):
        if m.group().rstrip("\"'”’)]") == ".":
            before = _WORD_BEFORE.search(paragraph, max(start, m.start() - 12), m.start())
            word = before.group(1).lower().lstrip("(\"'“‘") if before else ""
            after = paragraph[m.end() : m.end() + 2].strip()[:1]
            if word in COMPANY_SUFFIXES and after.isupper():
                pass  # "at Acme Corp. I enjoyed …": a company suffix can end a sentence
            elif word in EMAIL_ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
        out.append(paragraph[start : m.end()].strip())
        start = m.end()
    out.append(paragraph[start:].strip())
    return [s for s in out if WORD.search(s)]


def sentences(prose_lines: Iterable[str]) -> list[str]:
    """An email message's sentences: paragraphs and list items end a sentence, so do . ! ? …"""
    chunks: list[list[str]] = [[]]
    for line in prose_lines:
        if not line or LIST_ITEM.match(line):
            chunks.append([])
        if line:
            chunks[-1].append(LIST_ITEM.sub("", line, count=1))
    out: list[str] = []
    for chunk in chunks:
        if chunk:
            out.extend(_sentences_in(" ".join(chunk)))
    return out


def line_sentences(line: str) -> list[str]:
    """The sentences of one line of notes; 'Dr.', 'St.', 'Inc.' and initials do not end one."""
    out: list[str] = []
    for part in _NOTES_BREAK.split(line):
        if out and _NOTES_NO_END.search(out[-1]):
            out[-1] += " " + part
        elif part.strip():
            out.append(part.strip()[:MAX_NOTES_SENTENCE_CHARS])
    return out


def point_phrases(line: str) -> list[str]:
    """A line of notes cut where a talking point may end (see the module docstring)."""
    return [p.strip() for p in _POINT_BREAK.split(line) if p and p.strip()]
