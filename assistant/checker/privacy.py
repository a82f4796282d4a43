"""Privacy: nothing from a private line of the notes (the notes reader's one decision), and
nothing that reads as something to keep to oneself (pay, other offers, opinions)."""

from __future__ import annotations

from assistant.checker.context import Context
from assistant.core.domain import Check
from assistant.notes.line_kinds import is_private
from assistant.text.words import fold, quote


def private(ctx: Context) -> Check:
    low = fold(" ".join([ctx.subject, *ctx.sentences]))
    for line in ctx.notes.private_lines:
        words = fold(line).split()
        grams = [" ".join(words[i : i + 3]) for i in range(len(words) - 2)]
        stop = {
            "the",
            "a",
            "an",
            "to",
            "of",
            "and",
            "i",
            "is",
            "it",
            "in",
            "for",
            "on",
            "that",
            "they",
            "we",
            "my",
            "me",
            "was",
            "with",
            "about",
            "be",
            "you",
            "your",
            "at",
        }
        hits = [g for g in grams if len(set(g.split()) - stop) >= 2 and f" {g} " in f" {low} "]
        if hits:
            return Check(
                "private",
                "fail",
                f"Words from a private note (“{line[:60]}”) are in the email.",
                "Take out anything you noted only for yourself.",
            )

    notes = (ctx.notes.text or "").lower()
    for sent in ctx.sentences:  # pay, other offers, opinions: never in a follow-up, in any words
        if is_private(sent) and sent.lower() not in notes:
            return Check(
                "private",
                "fail",
                f"This reads as something to keep to yourself: {quote(sent, 10)}",
                "Leave pay, other offers and opinions out of the email.",
            )
    return Check("private", "pass", "Nothing private from your notes.")
