"""Pasted text made readable for the notes parser: normalised, cut to size, markup out, split into
sentences; and the lines that are no notes (addressed to an AI, pasted data, a forwarded-mail
banner, a salutation, contact details)."""

from __future__ import annotations

import html
import re
import unicodedata

from assistant.notes import wordlists as lexicon
from assistant.notes.lexicon import IGNORE_CASE
from assistant.notes.line_patterns import CONTACT_WORDS, DATA_LINE, FORWARDED, INSTRUCTION
from assistant.notes.private_facts import CONTACT
from assistant.text.sentences import line_sentences


def clean_text(text: str) -> str:
    """NFC-normalise; drop NULs, zero-width and control characters except newlines and tabs."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    drop = ("Cc", "Cf", "Cs")
    return "".join(c for c in text if c in "\n\t" or unicodedata.category(c) not in drop)


def tidy_names(text: str) -> str:
    """Names as the people readers expect them: 'Sgt. (ret.) Dwayne Hollis' -> 'Sgt. Dwayne
    Hollis', 'Rosalind "Roz" Hargrove-Bain' -> 'Rosalind Hargrove-Bain (goes by Roz)'."""
    people = lexicon.load("notes")["people"]
    ranks = "|".join(
        re.escape(t) for t in sorted({*people["ranks"], *people["titles"]}, key=len)[::-1]
    )
    text = re.sub(rf"\b({ranks})\.?\s*\(ret(?:ired|\.)?\)", r"\1.", text)
    text = re.sub(
        r"\b([A-Z][\w’'-]+)\s+[\"“]([A-Z][\w’'.-]*)[\"”]\s+([A-Z][\w’'-]+)",
        r"\1 \3 (goes by \2)",
        text,
    )
    # "Mr. Venkatesh Iyer sir", "Mrs. Deshpande ma'am": a courtesy after the name is no part of it
    return re.sub(
        r"(?<=[a-z])\s+(?:sir|ma[’']?am|madam|ji)\b(?=\s*[-–—,:;()]|\s*$)",
        "",
        text,
        flags=re.MULTILINE,
    )


def cut(s: str, limit: int) -> str:
    """s cut to at most limit characters, at a space when there is one near the end."""
    if len(s) <= limit:
        return s
    space = s.rfind(" ", limit - 200, limit)
    return s[: space if space > 0 else limit]


def strip_markup(text: str) -> str:
    """HTML tags (and script/style bodies) and template delimiters out; entities decoded."""
    text = re.sub(r"(?is)<(script|style)\b[^>]{0,200}>.{0,5000}?</\1\s*>", " ", text)
    text = re.sub(r"(?i)<\s*(?:br|/p|/li|/div|/h\d|/tr)\s*/?>", "\n", text)
    text = html.unescape(re.sub(r"<[^<>]{0,300}>", " ", text))
    text = re.sub(r"<[^<>]{0,300}>", " ", text)
    return re.sub(r"\{\{|\}\}|\{%|%\}|\{#|#\}|\$\{", " ", text)


def sentences(line: str) -> list[str]:
    """Sentences of a line; 'Dr.', 'St.', 'Inc.' and initials do not end one (assistant.text)."""
    return line_sentences(line)


def dropped(line: str) -> bool:
    """Lines that are no notes: talk to an AI, pasted data, a forwarded-mail banner, contacts."""
    if INSTRUCTION.search(line) or DATA_LINE.search(line) or FORWARDED.match(line):
        return True
    if re.fullmatch(r"(?:dear|hi|hello|hey)(?:\s+[^\s,.!?:]+){1,4}\s*[,!.]?", line, IGNORE_CASE):
        return True  # a salutation: "Dear Canva team,"
    if not re.search(r"[\d@/]|www|linkedin", line, IGNORE_CASE):
        return False
    rest = CONTACT_WORDS.sub("", CONTACT.sub("", line))  # "+44 7700 900123 | linkedin.com/in/x"
    return rest != line and not re.search(r"[^\W\d_]", rest)
