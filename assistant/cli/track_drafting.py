"""Drafting for a tracked interview: what is due, checked against what was already sent, kept."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from datetime import date

from assistant.cli.terminal import safe_json, safe_line, safe_text
from assistant.core.domain import Notes
from assistant.core.errors import FollowUpError
from assistant.tracker.records import Interview
from assistant.tracker.store import Store


def notes_of(interview: Interview, today: date | None = None) -> Notes:
    """The interview's notes parsed, with the stored fields (and chosen details) winning."""
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


def draft_tracked(args: argparse.Namespace, store: Store, today: date) -> int:
    """`track draft ID`: draft (one email, or one per panel member), check, keep every version."""
    from assistant.checker.scoring import check
    from assistant.cli.main import model_settings
    from assistant.drafting.pipeline import DraftRequest, draft_email
    from assistant.text.email_parts import format_email
    from assistant.tracker.due import interview_due

    interview = store.get_interview(args.id)
    notes = notes_of(interview, today)
    settings = model_settings(args)
    stage = args.stage
    if stage == "auto":
        due = interview_due(interview, store.sent(args.id), today)
        if due.action != "send" or due.stage is None:
            raise FollowUpError(f"{due.message}. Pass --stage to draft anyway.")
        stage = due.stage
    if args.panel:
        return _draft_panel(args, store, interview, notes, settings)
    request = DraftRequest(
        notes=notes, stage=stage, seed=args.seed, variant=getattr(args, "variant", "default")
    )
    draft = draft_email(request, settings)
    report = check(draft, notes, draft.stage, previous=store.sent_texts(args.id))
    version = store.add_draft(args.id, draft, report)
    store.save_interview(replace(interview, draft=draft))
    if args.json:
        print(
            safe_json(
                {
                    "interview_id": args.id,
                    "version_id": version.id,
                    "subject": draft.subject,
                    "body": draft.body,
                    "stage": draft.stage,
                    "report": report.to_dict(),
                }
            )
        )
        return 0
    sys.stdout.write(safe_text(format_email(draft.subject, draft.body)))
    print(
        f"Kept as version {version.id} of interview #{args.id}: score {report.score}/100.",
        file=sys.stderr,
    )
    _print_checks(report.checks)
    return 0


def _draft_panel(
    args: argparse.Namespace, store: Store, interview: Interview, notes: Notes, settings: object
) -> int:
    from assistant.drafting.panel import draft_panel
    from assistant.text.email_parts import format_email

    if len(notes.interviewers) < 2:
        raise FollowUpError(
            "--panel needs two or more interviewers: add them with "
            "`track add --interviewer 'A, B'` or in the notes ('Panel: A; B')."
        )
    panel = draft_panel(
        notes,
        seed=args.seed,
        settings=settings,  # type: ignore[arg-type]
        variant=getattr(args, "variant", "default"),
    )
    kept = [
        store.add_draft(args.id, d.draft, d.report, recipient=d.interviewer.name)
        for d in panel.drafts
    ]
    if args.json:
        print(
            safe_json(
                {
                    "interview_id": args.id,
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
