"""Words: how a reader counts them, the tokens names and details are compared by, and the forms
(lowercase, straight quotes) cues and phrases are matched in.

* `words`: every token with a letter or digit ("decision-making" and "don't" are one word each).
* `tokens`: runs of letters and digits only ("on-call" is two), what details and names compare.
* `name_tokens`: like `tokens`, but "O'Brien" and "I'd" stay whole.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
TOKEN = re.compile(r"[^\W_]+")
NAME_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
MAX_ANALYSED_CHARS = 10_000  # longer emails fail `length` anyway; heavy metrics read this much

MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)


def words(text: str) -> list[str]:
    """The words of a text as a reader counts them."""
    return WORD.findall(text)


def word_count(text: str) -> int:
    """How many words a reader counts (the checker's `length`)."""
    return len(WORD.findall(text))


def tokens(text: str) -> list[str]:
    """Runs of letters and digits, in order."""
    return TOKEN.findall(text)


def name_tokens(text: str) -> list[str]:
    """Tokens that may be (part of) a name, apostrophes kept inside: "O'Brien", "I'd"."""
    return NAME_TOKEN.findall(text)


def word_set(words: str) -> frozenset[str]:
    """A set of words written as one whitespace-separated string (easy to read and edit)."""
    return frozenset(words.split())


def normalise(text: str) -> str:
    """Lowercase, straight quotes, single spaces: the form cues and phrases are matched in."""
    text = text.lower().replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.split())


def quote(sentence: str, n: int = 8) -> str:
    """The first n words of a sentence in curly quotes, with … when cut (for check messages)."""
    ws = sentence.split()
    return "“" + " ".join(ws[:n]) + ("…”" if len(ws) > n else "”")


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Accents dropped, lowercase, every run of other characters one space: "José's" -> "jose s"."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()
