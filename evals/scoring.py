"""Score one reply: the product's checker, plus the case's own checks the checker cannot infer."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.checker.scoring import check
from assistant.core.domain import Check, Notes, SentFollowUp
from assistant.core.errors import ModelError, NotesError
from assistant.core.schedule import due_stage
from assistant.core.stages import PROMPTS_DIR, Rules
from assistant.drafting.pipeline import read_notes, to_draft
from assistant.prompting.build import build_messages
from assistant.text.email_parts import split_email
from assistant.text.matching import mentions, normalise

from .cases import Case, CaseError

SCORED = ("pass", "fail")  # row statuses that carry a score; the others are error/missing/stale


@dataclass(frozen=True)
class Prepared:
    """A case with its notes read once: shared by every model and variant."""

    case: Case
    notes: Notes
    timing: str | None  # what the schedule says of the case's stage on its day


def prepare(case: Case, rules: Rules, cases_dir: Path) -> Prepared:
    """Read the case's notes as the app would (explicit fields win); bad notes name the file."""
    try:
        notes = read_notes(case.notes, today=case.today, **case.overrides())
    except NotesError as exc:
        raise CaseError(f"{cases_dir / case.id}.yaml: {exc}") from None
    return Prepared(case, notes, timing_of(case, notes, rules))


def timing_of(case: Case, notes: Notes, rules: Rules) -> str:
    """'early', 'due' or 'late' for the case's stage on its day; 'off' when another stage is due."""
    sent = [SentFollowUp(s.stage, s.sent_on) for s in case.sent]
    due = due_stage(
        case.today,
        notes.interview_date,
        sent,
        notes.decision_date,
        rules,
        outcome=case.outcome,
        outcome_on=case.outcome_on,
    )
    if due.stage != case.stage:
        return "off"
    if due.action == "wait":
        return "early"
    return "late" if due.late else "due"


def case_messages(
    prep: Prepared, variant: str, rules: Rules, prompts_dir: Path = PROMPTS_DIR
) -> list[dict[str, str]]:
    """The messages the app would send for this case; from another prompts dir in tests."""
    return build_messages(
        prep.notes,
        prep.case.stage,
        variant=variant,
        seed=prep.case.seed,
        rules=rules,
        prompts_dir=prompts_dir,
    )


def _has_name(name: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(name.casefold())}(?!\w)", text.casefold()) is not None


def case_checks(prep: Prepared, subject: str, body: str) -> list[Check]:
    """The case's own expectations, as Checks with ids 'case.*'."""
    case, out = prep.case, []
    text = f"{subject}\n{body}"
    if case.must_mention:
        want = case.must_mention
        hits = [d for d in want.of if mentions(d, text)]
        missing = [d for d in want.of if d not in hits]
        ok = len(hits) >= want.at_least
        out.append(
            Check(
                "case.must_mention",
                "pass" if ok else "fail",
                f"Mentions {len(hits)} of {len(want.of)} (needs {want.at_least}): "
                f"{'; '.join(hits) or 'none'}. Missing: {'; '.join(missing) or 'none'}.",
                "" if ok else f"Mention “{missing[0]}”.",
            )
        )
    low = normalise(text)
    if case.must_contain:
        absent = [p for p in case.must_contain if normalise(p) not in low]
        out.append(
            Check(
                "case.must_contain",
                "fail" if absent else "pass",
                f"Lacks: {', '.join(absent)}." if absent else "Has every required word.",
                f"Add “{absent[0]}”." if absent else "",
            )
        )
    if case.must_not_contain:
        found = [p for p in case.must_not_contain if normalise(p) in low]
        out.append(
            Check(
                "case.must_not_contain",
                "fail" if found else "pass",
                f"Contains: {', '.join(found)}." if found else "None of the banned words.",
                "Remove it: it came from the notes, not from what to say." if found else "",
            )
        )
    parts = split_email(body)
    if case.greets:
        greeting = parts.greeting or ""
        ok = any(_has_name(n, greeting) for n in case.greets)
        out.append(
            Check(
                "case.greets",
                "pass" if ok else "fail",
                f"Greeting “{greeting or '(none)'}” "
                + ("names " if ok else "names none of ")
                + " / ".join(case.greets)
                + ".",
                "" if ok else f"Greet {case.greets[0]}.",
            )
        )
    if case.signs_as:
        signature = " ".join([parts.signoff or "", *parts.name_lines])
        ok = _has_name(case.signs_as, signature)
        out.append(
            Check(
                "case.signs_as",
                "pass" if ok else "fail",
                f"Signed “{signature.strip() or '(nothing)'}”; expected {case.signs_as}.",
                "" if ok else f"Sign as {case.signs_as}.",
            )
        )
    if case.timing:
        ok = prep.timing == case.timing
        out.append(
            Check(
                "case.timing",
                "pass" if ok else "warn",
                f"The schedule calls this {case.stage} “{prep.timing}” on {case.today}; "
                f"the case says “{case.timing}”.",
                "" if ok else "Check the interview date the notes give, or the case.",
            )
        )
    return out


def _check_dicts(checks: list[Check] | tuple[Check, ...]) -> list[dict[str, str]]:
    return [{"id": c.id, "status": c.status, "message": c.message, "fix": c.fix} for c in checks]


def base_row(prep: Prepared, model: str, variant: str) -> dict[str, Any]:
    """The fields every row has, before a reply is known."""
    return {
        "case": prep.case.id,
        "model": model,
        "variant": variant,
        "stage": prep.case.stage,
        "tags": list(prep.case.tags),
        "timing": prep.timing,
        "status": "error",
        "passed": False,
        "score": None,
        "checks": [],
        "case_checks": [],
        "failing": [],
        "metrics": {},
        "coverage": None,
        "subject": "",
        "body": "",
        "reply": "",
        "provider_model": "",
        "usage": {},
        "latency_s": None,
        "fingerprint": "",
        "error": None,
        "error_kind": None,
    }


def problem_row(row: dict[str, Any], status: str, kind: str, message: str) -> dict[str, Any]:
    """A cell that could not be scored: error (provider), missing or stale (recording)."""
    return {**row, "status": status, "error_kind": kind, "error": message}


def score_reply(prep: Prepared, row: dict[str, Any], reply: str, rules: Rules) -> dict[str, Any]:
    """Fill a row from the model's reply text: parse it, run the checker and the case checks."""
    row = {**row, "reply": reply}
    try:
        draft = to_draft(reply, prep.case.stage, row["model"], prep.case.seed)
    except ModelError as exc:
        return problem_row(row, "error", exc.kind, str(exc))
    report = check(draft, prep.notes, prep.case.stage, rules)
    extra = case_checks(prep, draft.subject, draft.body)
    passed = report.passed and all(c.status != "fail" for c in extra)
    mentioned = report.metrics.get("details_mentioned") or []
    chosen = len(mentioned) + len(report.metrics.get("details_missing") or [])
    return {
        **row,
        "status": "pass" if passed else "fail",
        "passed": passed,
        "score": report.score,
        "checks": _check_dicts(report.checks),
        "case_checks": _check_dicts(extra),
        "failing": [c.id for c in (*report.checks, *extra) if c.status == "fail"],
        "metrics": dict(report.metrics),
        "coverage": len(mentioned) / chosen if chosen else None,
        "subject": draft.subject,
        "body": draft.body,
        "error": None,
        "error_kind": None,
    }
