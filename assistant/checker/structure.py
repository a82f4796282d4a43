"""Moves and structure: a subject that fits the stage, the stage's required moves, the number
of questions.

Asks = sentences with "?" plus polite requests about the status ("would appreciate any update",
"keen to learn about the next steps"): a request phrase together with a cue of any stage's
`status_question` move. Moves are looked for in the greeting and prose, not in the sign-off.
"""

from __future__ import annotations

import re

from assistant.checker.context import Context, Finding, worst
from assistant.core.domain import Check
from assistant.text.matching import has_phrase, mentions
from assistant.text.words import normalise, quote, words

SUBJECT_WARN_WORDS, SUBJECT_WARN_CHARS = 8, 60
SUBJECT_FAIL_WORDS, SUBJECT_FAIL_CHARS = 12, 90


def _example_subject(ctx: Context) -> str:
    known = {"role": ctx.notes.role, "company": ctx.notes.company}
    for template in ctx.stage.subjects:
        fields = re.findall(r"{(\w+)}", template)
        if all(known.get(f) for f in fields):
            return template.format(**{f: known[f] for f in fields})
    return ctx.stage.label


def check_subject(ctx: Context) -> Check:
    s, label, example = " ".join(ctx.subject.split()), ctx.stage.label, _example_subject(ctx)
    shorten = f"Shorten it, e.g. “{example}”."
    if not s:
        return Check("subject", "fail", "No subject line.", f"Use a subject like “{example}”.")
    found: list[Finding] = []
    if re.fullmatch(
        r"(?:hi|hello|hey|hiya|hi\s+there|greetings|quick\s+question|question)\W*", s, re.IGNORECASE
    ):
        return Check(
            "subject",
            "fail",
            f"Subject “{s}” says nothing about the interview.",
            f"Use a subject like “{example}”.",
        )
    n_words, n_chars = len(words(s)), len(s)
    size = f"Subject is {n_words} words, {n_chars} characters"
    if n_words > SUBJECT_FAIL_WORDS or n_chars > SUBJECT_FAIL_CHARS:
        found.append(("fail", f"{size}: far too long.", shorten))
    elif n_words > SUBJECT_WARN_WORDS or n_chars > SUBJECT_WARN_CHARS:
        aim = f"aim for ≤ {SUBJECT_WARN_WORDS} words, ≤ {SUBJECT_WARN_CHARS} characters"
        found.append(("warn", f"{size} ({aim}).", shorten))
    low, cues = normalise(s), ctx.stage.subject_cues
    if cues and not any(has_phrase(low, c) for c in cues):
        expected = f"Subject “{s}” does not read as a {label} (one of: {', '.join(cues)})."
        # a warning: published good thank-yous use "Follow-up: …" or "Re: …" subjects too
        found.append(("warn", expected, f"Try “{example}”."))
    if not (
        has_phrase(low, "interview")
        or has_phrase(low, "application")
        or any(x and mentions(x, s) for x in (ctx.notes.role, ctx.notes.company))
    ):
        found.append(
            (
                "warn",
                "Subject names neither the role, the company nor the interview.",
                f"Name the role, e.g. “{example}”.",
            )
        )
    return worst("subject", found, f"Subject “{s}” is short and fits a {label}.")


def check_moves(ctx: Context) -> Check:
    missing = [m for m in ctx.stage.moves if not any(has_phrase(ctx.said, c) for c in m.cues)]
    if missing:
        return Check(
            "moves",
            "fail",
            "Missing: " + "; ".join(m.label for m in missing) + ".",
            " ".join(m.instruction for m in missing),
        )
    done = ", ".join(m.label.lower() for m in ctx.stage.moves)
    return Check("moves", "pass", f"Does what a {ctx.stage.label} must: {done}.")


def check_questions(ctx: Context) -> Check:
    lo, hi, n = ctx.stage.questions_min, ctx.stage.questions_max, len(ctx.asks)
    status_move = next((m for m in ctx.stage.moves if m.id == "status_question"), None)
    if n > hi:
        asked = ", ".join(quote(a) for a in ctx.asks[:4])
        return Check(
            "questions",
            "fail",
            f"{n} questions or requests ({asked}); a {ctx.stage.label} asks at most {hi}.",
            f"Keep {hi} at most and cut the "
            "rest" + (", e.g. “Is there any update on the next steps?”" if status_move else "."),
        )
    if n < lo:
        how = status_move.instruction if status_move else "Ask whether there is any update."
        return Check("questions", "fail", f"No question about the status ({lo} needed).", how)
    return Check("questions", "pass", f"{n} question(s) or request(s), within {lo}–{hi}.")
