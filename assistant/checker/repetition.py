"""No repeating yourself: word 4-gram overlap between an email and others already written.

Only the message is compared (greeting and sign-off always repeat and say nothing). Thresholds:

* OVERLAP_WARN = 0.45 — a follow-up whose word 4-grams are 45 %+ found in emails already sent
  for the same interview repeats itself: the checker warns (`repetition`). Measured on the 51
  eval cases: offline drafts of different stages share at most 37 % (mean ≈ 20 %, role and
  company names included); the same stage drafted again with another seed shares 48–91 %.
* SENTENCE_REPEATED = 0.6 — a sentence of 6+ words whose 4-grams are 60 %+ found earlier is
  named as repeated (a verbatim copy is 100 %; the same idea reworded is well under 50 %).
* NEAR_COPY = 0.5 — two panel thank-yous sharing half the 4-grams of the shorter one are
  near-copies: one note pasted to every interviewer, which the guide calls generic.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

from assistant.core.domain import Check
from assistant.text.email_parts import parse_email, split_email
from assistant.text.sentences import sentences
from assistant.text.words import quote, words

NGRAM = 4
OVERLAP_WARN = 0.45
SENTENCE_REPEATED = 0.6
MIN_SENTENCE_WORDS = 6
NEAR_COPY = 0.5

Gram = tuple[str, ...]


def message_sentences(email: str) -> list[str]:
    """The sentences between greeting and sign-off ('Subject:' line dropped if present)."""
    _, body = parse_email(email)
    return sentences(split_email(body).prose)


def ngrams(text: str, n: int = NGRAM) -> set[Gram]:
    """Lowercased word n-grams of one stretch of text (a text shorter than n gives none)."""
    ws = [w.lower().replace("’", "'") for w in words(text)]
    return {tuple(ws[i : i + n]) for i in range(len(ws) - n + 1)}


def _grams(sentences: Sequence[str]) -> set[Gram]:
    return set().union(*(ngrams(s) for s in sentences)) if sentences else set()


@dataclass(frozen=True)
class Overlap:
    """How much of an email is already in others: the shared share and the repeated sentences."""

    share: float
    repeated: tuple[str, ...]
    heavy: bool


def _repeated(sentences: Sequence[str], seen: set[Gram]) -> tuple[str, ...]:
    out = []
    for sentence in sentences:
        own = ngrams(sentence)
        if (
            len(words(sentence)) >= MIN_SENTENCE_WORDS
            and own
            and len(own & seen) / len(own) >= SENTENCE_REPEATED
        ):
            out.append(sentence)
    return tuple(out)


def compare(email: str, others: Sequence[str], threshold: float = OVERLAP_WARN) -> Overlap:
    """How much of `email` repeats `others` (e.g. the follow-ups already sent)."""
    mine = message_sentences(email)
    seen = _grams([s for other in others for s in message_sentences(other)])
    grams = _grams(mine)
    share = len(grams & seen) / len(grams) if grams else 0.0
    return Overlap(round(share, 3), _repeated(mine, seen), share >= threshold)


def repetition_check(email: str, previous: Sequence[str], topics: Sequence[str] = ()) -> Check:
    """The checker's `repetition` verdict: fail when a point from the notes (one of `topics`)
    is made again in an email already sent (shared/READER.md, W: the second email reads like the
    first); warn, naming the sentences, when overlap is heavy."""
    sent = [p for p in previous if p and p.strip()]
    said = " ".join(message_sentences(email)).lower()
    before = " ".join(s for p in sent for s in message_sentences(p)).lower()
    again = [t for t in topics if len(t.split()) >= 2 and t.lower() in said and t.lower() in before]
    found = compare(email, sent)
    if again:
        copied = "; ".join(quote(s, 12) for s in found.repeated[:2])
        return Check(
            "repetition",
            "fail",
            f"Makes the same point as an email you already sent: {quote(again[0], 12)}"
            + (f" (repeated: {copied})." if copied else "."),
            "Mention another point from the interview, or none: each email should say "
            "something new.",
        )
    pct = f"{found.share:.0%}"
    if not found.heavy:
        return Check(
            "repetition",
            "pass",
            f"Says something new ({pct} overlap with the {len(sent)} email(s) already sent).",
        )
    named = "; ".join(quote(s, 12) for s in found.repeated[:3]) or "many phrases"
    return Check(
        "repetition",
        "warn",
        f"{pct} of this email repeats what you already sent: {named}.",
        "Say it afresh: reword the repeated sentences, or mention a "
        "different point from the interview.",
    )


@dataclass(frozen=True)
class NearCopy:
    """Two drafts (by index) that are near-copies, and the sentences they share."""

    first: int
    second: int
    share: float
    repeated: tuple[str, ...]


def near_copies(emails: Sequence[str], threshold: float = NEAR_COPY) -> list[NearCopy]:
    """Every pair of emails sharing ≥ threshold of the shorter one's 4-grams."""
    sentences = [message_sentences(e) for e in emails]
    grams = [_grams(s) for s in sentences]
    found = []
    for i, j in combinations(range(len(emails)), 2):
        smaller = min(len(grams[i]), len(grams[j]))
        share = len(grams[i] & grams[j]) / smaller if smaller else 0.0
        if share >= threshold:
            found.append(NearCopy(i, j, round(share, 3), _repeated(sentences[i], grams[j])))
    return found
