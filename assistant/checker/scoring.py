"""The checker: scores a draft against the guide, as prompts/stages.toml states it.

Every check is a small pure function `(Context) -> Check`, in a module by family (length,
structure, tone, grounding, people, privacy, written, markup); registry.py lists them all with
their weights, and the score table. This module runs them: `check` -> `Report`.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.checker import registry
from assistant.checker.context import CheckFn, Context
from assistant.checker.registry import CHECKS, OPTIONAL_WEIGHTS
from assistant.checker.repetition import repetition_check
from assistant.core.domain import Check, Draft, Notes, Report, Stage
from assistant.core.stages import Rules, load_rules
from assistant.text.words import words

__all__ = ["CHECKS", "METRIC_KEYS", "OPTIONAL_WEIGHTS", "Context", "check", "score"]

METRIC_KEYS = (
    "words",
    "sentences",
    "subject_words",
    "fk_grade",
    "reading_ease",
    "sentiment",
    "details_mentioned",
    "details_missing",
    "questions",
    "explicit_questions",
    "longest_sentence_words",
    "subject_chars",
)


def _measure(ctx: Context) -> dict[str, object]:
    hits, missing = ctx.found_details
    grade, ease = ctx.grade
    return {
        "words": ctx.word_count,
        "sentences": len(ctx.sentences),
        "subject_words": len(words(ctx.subject)),
        "fk_grade": grade,
        "reading_ease": ease,
        "sentiment": ctx.tones[0],
        "details_mentioned": hits,
        "details_missing": missing,
        "questions": len(ctx.asks),
        "explicit_questions": sum("?" in s for s in ctx.sentences),
        "longest_sentence_words": max(ctx.sentence_words, default=0),
        "subject_chars": len(ctx.subject.strip()),
    }


def _run(check_id: str, fn: CheckFn, ctx: Context) -> Check:
    """Run one check; a bug in a check costs that check (a warning), never the whole report."""
    try:
        return fn(ctx)
    except Exception as exc:  # noqa: BLE001 - the checker must never raise on any text
        return Check(
            check_id,
            "warn",
            f"This check could not run ({type(exc).__name__}).",
            "Please report this draft.",
        )


def score(checks: Sequence[Check]) -> int:
    """0–100: the weighted share of passes (a warning counts half)."""
    return registry.score(checks, CHECKS)


def check(
    draft: Draft,
    notes: Notes,
    stage: str | Stage,
    rules: Rules | None = None,
    details: Sequence[str] | None = None,
    *,
    previous: Sequence[str] = (),
) -> Report:
    """Score a draft for a stage (and against `previous` emails sent); never raises for any text."""
    rules = rules or load_rules()
    stage = rules.stage(stage) if isinstance(stage, str) else stage
    ctx = Context(
        subject=str(draft.subject or ""),
        body=str(draft.body or ""),
        notes=notes,
        stage=stage,
        rules=rules,
        details=tuple(notes.details if details is None else details),
    )
    if not stage.sendable:
        only = Check(
            "stage", "fail", "No follow-up is due after the final one: move on.", stage.when
        )
        return Report(score=0, passed=False, checks=(only,), metrics=_metrics(ctx))
    checks = tuple(_run(cid, fn, ctx) for cid, _, fn in CHECKS)
    previous = (previous,) if isinstance(previous, str) else tuple(previous)
    if any(str(p or "").strip() for p in previous):
        topics = (*ctx.details, *(t.topic for t in ctx.notes.talking_points))
        checks += (_run("repetition", lambda c: repetition_check(c.body, previous, topics), ctx),)
    return Report(
        score=score(checks),
        passed=all(c.status != "fail" for c in checks),
        checks=checks,
        metrics=_metrics(ctx),
    )


def _metrics(ctx: Context) -> dict[str, object]:
    """The report's numbers; should one fail to compute, zeros rather than an exception."""
    try:
        return _measure(ctx)
    except Exception:  # noqa: BLE001 - same promise as _run
        return dict.fromkeys(METRIC_KEYS, 0) | {"details_mentioned": [], "details_missing": []}
