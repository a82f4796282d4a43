"""Tone: positive and professional (VADER), no gushing, nothing the guide says to avoid, no
shouting, not many apologies."""

from __future__ import annotations

import re

from assistant.checker.context import Context, Finding, worst
from assistant.core.domain import Check
from assistant.text.matching import has_phrase
from assistant.text.tone import NEGATIVE_MAX, POSITIVE_MIN, gushing
from assistant.text.words import MAX_ANALYSED_CHARS, normalise, quote

MAX_EXCLAMATIONS = 1
APOLOGIES_WARN = 3
_APOLOGY = re.compile(r"\b(?:sorry|apolog)")


def check_sentiment(ctx: Context) -> Check:
    found: list[Finding] = []
    tone, each = ctx.tones
    if tone < POSITIVE_MIN:
        warm = "Add a warm line: thank them, or say what you look forward to."
        found.append(("fail", f"Tone {tone:+.2f} is not positive (≥ {POSITIVE_MIN:+.2f}).", warm))
    for s, score in zip(ctx.sentences, each):
        if score <= NEGATIVE_MAX:
            found.append(
                (
                    "fail",
                    f"Negative sentence ({score:+.2f}): {quote(s, 12)}.",
                    "Rephrase it positively or drop it: say what you look forward to.",
                )
            )
    bangs, runs = ctx.body.count("!"), gushing(" ".join(ctx.sentences))
    if bangs > MAX_EXCLAMATIONS or runs:
        what = [f"{bangs} exclamation marks"] if bangs > MAX_EXCLAMATIONS else []
        found.append(
            (
                "warn",
                "Gushing: " + ", ".join(what + [f"“{r}”" for r in runs]) + ".",
                "One exclamation mark at most, and one plain word of enthusiasm.",
            )
        )
    return worst("sentiment", found, f"Positive, professional tone ({tone:+.2f}).")


def check_avoid(ctx: Context) -> Check:
    text = normalise(f"{ctx.subject} {ctx.body}"[: MAX_ANALYSED_CHARS * 2])
    found: list[Finding] = [
        ("fail", f"Avoid “{p}” ({g.id.replace('_', ' ')}).", g.fix)
        for g in ctx.rules.avoid_for(ctx.stage.id)
        for p in g.phrases
        if has_phrase(text, p)
    ]
    if ctx.shouting:
        found.append(
            (
                "fail",
                f"Shouting in capitals: {', '.join(ctx.shouting[:5])}.",
                "Write in sentence case; capitals read as anger in email.",
            )
        )
    sorry = len(_APOLOGY.findall(text))
    if sorry >= APOLOGIES_WARN:
        found.append(("warn", f"{sorry} apologies.", "One apology at most: thank them instead."))
    return worst("avoid", found, "Nothing the guide says to avoid.")
