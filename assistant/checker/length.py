"""Length and readability: the whole email's words, its sentences, its reading grade."""

from __future__ import annotations

from assistant.checker.context import Context
from assistant.core.domain import Check, Status
from assistant.text.words import quote, words

SHORT_WARN_FRACTION = 0.8
# Set on evals/calibration: published good emails run to 1.5x the stage's maximum (185 words for a
# thank-you); the ones careful readers call too long are over 1.6x (203, 258).
LONG_FAIL_FACTOR = 1.6
LONG_SENTENCE_WORDS = 35
GRADE_WARN, GRADE_FAIL = 8.0, 10.0


def check_length(ctx: Context) -> Check:
    n, lo, hi, label = ctx.word_count, ctx.stage.words_min, ctx.stage.words_max, ctx.stage.label
    if n > hi:
        status_over: Status = "fail" if n > LONG_FAIL_FACTOR * hi else "warn"
        return Check(
            "length",
            status_over,
            f"{n} words: over the {lo}–{hi} for a {label}.",
            f"Cut {n - hi}+ words: keep the purpose, one detail and the sign-off.",
        )
    if n < lo:
        status: Status = "warn" if n >= SHORT_WARN_FRACTION * lo else "fail"
        return Check(
            "length",
            status,
            f"{n} words: under the {lo}–{hi} for a {label}.",
            f"Add {lo - n}+ words: a specific point from the interview or why you fit.",
        )
    return Check("length", "pass", f"{n} words, within {lo}–{hi}.")


def check_sentences(ctx: Context) -> Check:
    if not ctx.sentences:
        return Check(
            "sentences",
            "fail",
            "No message between the greeting and the sign-off.",
            "Write the message: why you are writing, in two to four short sentences.",
        )
    longest = max(range(len(ctx.sentences)), key=lambda i: (ctx.sentence_words[i], -i))
    n, most = len(ctx.sentences), ctx.sentence_words[longest]
    if most > LONG_SENTENCE_WORDS:
        where = quote(ctx.sentences[longest])
        return Check(
            "sentences",
            "warn",
            f"A {most}-word sentence: {where} (over {LONG_SENTENCE_WORDS}).",
            "Split it into two shorter sentences.",
        )
    return Check("sentences", "pass", f"{n} sentences; the longest has {most} words.")


def check_readability(ctx: Context) -> Check:
    grade, ease = ctx.grade
    if not ctx.sentences:
        return Check("readability", "warn", "No message to grade.", "Write the message first.")
    msg = f"Reading grade {grade} (Flesch–Kincaid; reading ease {ease})"
    if grade <= GRADE_WARN:
        return Check("readability", "pass", f"{msg}: easy to read.")
    longest = quote(max(ctx.sentences, key=lambda x: len(words(x))))
    status: Status = "fail" if grade > GRADE_FAIL else "warn"
    return Check(
        "readability",
        status,
        f"{msg}: aim for {GRADE_WARN:g}, {GRADE_FAIL:g} at most.",
        f"Use shorter sentences and plainer words, starting with {longest}.",
    )
