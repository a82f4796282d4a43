"""Readability: Flesch–Kincaid grade and reading ease, computed offline.

Decisions (documented here because the checker's thresholds depend on them):

* Sentences: ours (assistant.text.sentences); the greeting line counts as one sentence and the
  sign-off block ("Best regards," + name) as one more, as a reader takes them in.
* Words and syllables: textstat 0.7.13's `lexicon_count` and `syllable_count` (the thresholds
  were set with them); its CMU dictionary is served offline (assistant/text/adapters.py).

The other measures live beside this: words (words.py), sentences (sentences.py), the email's
parts (email_parts.py), tone (tone.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from assistant.text.adapters import textstat_offline
from assistant.text.words import MAX_ANALYSED_CHARS

__all__ = ["readability", "syllables"]


@lru_cache(maxsize=16384)
def syllables(word: str) -> int:
    """Syllables of one word, as textstat counts them (CMU dictionary, else hyphenation)."""
    return int(textstat_offline().syllable_count(word))


def readability(units: Sequence[str]) -> tuple[float, float]:
    """(Flesch–Kincaid grade, Flesch reading ease) over our sentences; (0, 0) without words."""
    kept: list[str] = []
    size = 0
    for unit in units:
        if size >= MAX_ANALYSED_CHARS:
            break
        kept.append(unit)
        size += len(unit) + 1
    text = " ".join(kept)[:MAX_ANALYSED_CHARS]
    ts = textstat_offline()
    count = int(ts.lexicon_count(text)) if kept else 0
    if not count:
        return 0.0, 0.0
    per_sentence = count / len(kept)
    per_word = int(ts.syllable_count(text)) / count
    grade = 0.39 * per_sentence + 11.8 * per_word - 15.59
    ease = 206.835 - 1.015 * per_sentence - 84.6 * per_word
    return round(grade, 1), round(ease, 1)
