"""`followup track draft ID`: what is due, drafted, checked against what was already sent, kept."""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import date
from typing import Any

import click

from assistant.checker.scoring import check
from assistant.cli.inputs import today_from
from assistant.cli.options import (
    create_option,
    json_option,
    model_options,
    model_settings,
    today_option,
)
from assistant.cli.parsing import Command
from assistant.cli.terminal import safe_json, safe_line, safe_text
from assistant.core.domain import Notes
from assistant.core.errors import FollowUpError
from assistant.models.llm import ModelSettings
from assistant.text.email_parts import format_email
from assistant.tracker.due import interview_due
from assistant.tracker.records import Interview
from assistant.tracker.store import Store


def notes_of(interview: Interview, today: date | None = None) -> Notes:
    """The interview's notes parsed, with the stored fields (and chosen details) winning."""
    # lazy: the notes reader brings dateparser (~60 ms), needed only when drafting
    from assistant.notes.parse import parse_notes

    parsed = parse_notes(interview.notes, today=today) if interview.notes.strip() else Notes()
    return parsed.with_overrides(
        company=interview.company or None,
        role=interview.role or None,
        interviewers=interview.interviewers or None,
        candidate=interview.candidate,
        interview_date=interview.interview_date,
        decision_date=interview.decision_date,
        decision_timeline=interview.decision_timeline,
        details=interview.details,
    )


def _print_checks(report_checks: object) -> None:
    for c in report_checks:  # type: ignore[attr-defined]
        if c.status != "pass":
            mark = "!" if c.status == "warn" else "✗"
            print(safe_line(f" {mark} {c.id}: {c.message}"), file=sys.stderr)


@click.command(
    "draft",
    cls=Command,
    help="draft the follow-up due for a tracked interview and keep it",
)
@click.argument("id_", metavar="ID", type=int)
@click.option("--stage", default="auto", help="auto (what is due) or a stage id")
@click.option("--panel", is_flag=True, help="one thank-you per interviewer")
@model_options
@create_option
@today_option
@json_option
def draft(id_: int, stage: str, panel: bool, create: bool, **params: Any) -> int:
    """Draft (one email, or one per panel member), check, keep every version."""
    store = Store(create=create)
    return draft_tracked(
        store,
        id_,
        today_from(params["today"]),
        stage=stage,
        panel=panel,
        settings=model_settings(params),
        seed=params["seed"],
        variant=params["variant"],
        as_json=params["as_json"],
    )


def draft_tracked(
    store: Store,
    id_: int,
    today: date,
    *,
    stage: str,
    panel: bool,
    settings: ModelSettings,
    seed: int,
    variant: str,
    as_json: bool,
) -> int:
    # lazy: drafting brings the prompt templates' jinja2 and the notes reader (~150 ms)
    from assistant.drafting.pipeline import DraftRequest, draft_email

    interview = store.get_interview(id_)
    notes = notes_of(interview, today)
    if stage == "auto":
        due = interview_due(interview, store.sent(id_), today)
        if due.action != "send" or due.stage is None:
            raise FollowUpError(f"{due.message}. Pass --stage to draft anyway.")
        stage = due.stage
    if panel:
        return _draft_panel(store, id_, notes, settings, seed, variant, as_json)
    sent = tuple(store.sent_texts(id_))
    request = DraftRequest(notes=notes, stage=stage, seed=seed, variant=variant, used_topics=sent)
    result = draft_email(request, settings)
    report = check(result, notes, result.stage, previous=sent)
    version = store.add_draft(id_, result, report)
    store.save_interview(replace(interview, draft=result))
    if as_json:
        print(
            safe_json(
                {
                    "interview_id": id_,
                    "version_id": version.id,
                    "subject": result.subject,
                    "body": result.body,
                    "stage": result.stage,
                    "report": report.to_dict(),
                }
            )
        )
        return 0
    sys.stdout.write(safe_text(format_email(result.subject, result.body)))
    print(
        f"Kept as version {version.id} of interview #{id_}: score {report.score}/100.",
        file=sys.stderr,
    )
    _print_checks(report.checks)
    return 0


def _draft_panel(
    store: Store,
    id_: int,
    notes: Notes,
    settings: ModelSettings,
    seed: int,
    variant: str,
    as_json: bool,
) -> int:
    from assistant.drafting.panel import draft_panel  # lazy: as drafting above

    if len(notes.interviewers) < 2:
        raise FollowUpError(
            "--panel needs two or more interviewers: add them with "
            "`track add --interviewer 'A, B'` or in the notes ('Panel: A; B')."
        )
    panel = draft_panel(notes, seed=seed, settings=settings, variant=variant)
    kept = [
        store.add_draft(id_, d.draft, d.report, recipient=d.interviewer.name) for d in panel.drafts
    ]
    if as_json:
        print(
            safe_json(
                {
                    "interview_id": id_,
                    "drafts": [
                        {
                            "recipient": d.interviewer.name,
                            "version_id": v.id,
                            "subject": d.draft.subject,
                            "body": d.draft.body,
                            "details": list(d.notes.details),
                            "report": d.report.to_dict(),
                        }
                        for d, v in zip(panel.drafts, kept)
                    ],
                    "near_copies": panel.warnings(),
                }
            )
        )
        return 0
    for d in panel.drafts:
        print(safe_line(f"— To {d.interviewer.name} (score {d.report.score}/100)"))
        sys.stdout.write(safe_text(format_email(d.draft.subject, d.draft.body)) + "\n")
    for line in panel.warnings():
        print(safe_line(f" ! {line}"), file=sys.stderr)
    return 0
