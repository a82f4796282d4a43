"""`followup draft | prompt | profile | due | check`: one interview's follow-up from a shell.

Exit codes: 0 done (check: passed); 1 a check failed / nothing to send; 2 bad input; 3 model error.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from datetime import date
from typing import Any

import click

from assistant.checker.scoring import check
from assistant.cli.inputs import (
    EXIT_FAILED,
    EXIT_OK,
    BadInput,
    day_option,
    parse_sent,
    read_notes_options,
    read_text,
    split_details,
    today_from,
)
from assistant.cli.options import (
    STAGES,
    json_option,
    model_options,
    model_settings,
    notes_options,
    today_option,
)
from assistant.cli.parsing import Command
from assistant.cli.terminal import safe_json, safe_line, safe_text
from assistant.core.domain import CONFIRMABLE, Draft, Notes
from assistant.core.schedule import due_stage
from assistant.core.stages import load_rules
from assistant.text.email_parts import format_email, parse_email
from assistant.tracker.profile import clean, load_profile, save_profile
from assistant.tracker.store import Store

NOTES_HELP = "notes file, or - for stdin"


def _stage(stage: str, notes: Notes, today: date, sent: Sequence[str]) -> str:
    """--stage, or with 'auto' the one due (else BadInput: nothing to draft today)."""
    if stage != "auto":
        return stage
    due = due_stage(today, notes.interview_date, parse_sent(sent, today), notes.decision_date)
    if due.action != "send" or due.stage is None:
        raise BadInput(f"{due.message}. Pass --stage to draft anyway.")
    return due.stage


@click.command("draft", cls=Command, help="draft a follow-up email from interview notes")
@click.option("--notes", "source", required=True, metavar="FILE", help=NOTES_HELP)
@click.option("--stage", default="auto", help=f"{STAGES} | auto (default: what is due)")
@model_options
@click.option("--fix", is_flag=True, help="revise until the checks pass")
@click.option("--tighten", is_flag=True, help="make the draft shorter")
@notes_options
@today_option
@json_option
def draft(source: str, stage: str, fix: bool, tighten: bool, **params: Any) -> int:
    # lazy: drafting brings the prompt templates' jinja2 and the notes reader (~150 ms)
    from assistant.drafting.pipeline import DraftRequest, draft_email
    from assistant.drafting.revisions import History

    today = today_from(params["today"])
    notes = read_notes_options(source, today, params)
    stage = _stage(stage, notes, today, params["sent"])
    request = DraftRequest(notes=notes, stage=stage, variant=params["variant"], seed=params["seed"])
    settings = model_settings(params)
    result = draft_email(request, settings)
    if fix or tighten:
        history = History.start(result, notes, settings=settings, variant=params["variant"])
        if tighten:
            history.tighten()
        if fix:
            history.fix()
        result = history.current.draft
    report = check(result, notes, stage)
    if params["as_json"]:
        print(
            safe_json(
                {
                    "subject": result.subject,
                    "body": result.body,
                    "stage": result.stage,
                    "model": result.model,
                    "notes": notes.to_dict(),
                    "report": report.to_dict(),
                }
            )
        )
    else:
        sys.stdout.write(safe_text(format_email(result.subject, result.body)))
    return EXIT_OK


@click.command(
    "prompt",
    cls=Command,
    help="print the messages a model would be sent (nothing is sent)",
)
@click.option("--notes", "source", required=True, metavar="FILE", help=NOTES_HELP)
@click.option("--stage", default="auto", help=f"{STAGES} | auto")
@click.option("--seed", type=int, default=0)
@click.option("--variant", default="default", help="prompt variant under prompts/variants/")
@notes_options
@today_option
@json_option
def prompt(source: str, stage: str, seed: int, variant: str, **params: Any) -> int:
    """Print exactly the messages a model would be sent (private lines already taken out)."""
    from assistant.drafting.pipeline import DraftRequest  # lazy: as in `draft`

    today = today_from(params["today"])
    notes = read_notes_options(source, today, params)
    messages = DraftRequest(
        notes=notes,
        stage=_stage(stage, notes, today, params["sent"]),
        variant=variant,
        seed=seed,
        details=split_details(params["details"]),
    ).messages()
    if params["as_json"]:
        print(safe_json(messages))
    else:
        for m in messages:
            sys.stdout.write(safe_text(f"--- {m['role']} ---\n{m['content']}\n"))
    return EXIT_OK


@click.command("profile", cls=Command, help="show or save your name and signature for sign-offs")
@click.option("--name", help="your name, as you sign emails")
@click.option("--signature", help="lines under your name (use \\n between lines)")
@click.option("--create", is_flag=True, help="create the tracker file if missing")
@today_option
@json_option
def profile(
    name: str | None, signature: str | None, create: bool, today: str | None, as_json: bool
) -> int:
    store = Store(create=create)
    if name is not None or signature is not None:
        current = load_profile(store)
        saved, note = clean(
            current.name if name is None else name,
            current.signature if signature is None else signature,
        )
        save_profile(store, saved)
        if note:
            print(note, file=sys.stderr)
    shown = load_profile(store)
    if as_json:
        print(safe_json({"name": shown.name, "signature": shown.signature}))
    else:
        print(safe_line(f"Name: {shown.name or '(not set)'}"))
        for line in shown.signature.splitlines():
            print(safe_line(f"      {line}"))
    return EXIT_OK


@click.command("due", cls=Command, help="which follow-up is due, and when")
@click.option(
    "--notes",
    "source",
    metavar="FILE",
    help="notes file (for the interview and decision dates), or -",
)
@click.option("--interview-date", metavar="DATE", help="YYYY-MM-DD")
@click.option(
    "--decision-date",
    metavar="DATE",
    help="the date they said they would decide, YYYY-MM-DD",
)
@notes_options
@today_option
@json_option
def due(
    source: str | None, interview_date: str | None, decision_date: str | None, **params: Any
) -> int:
    today = today_from(params["today"])
    interview = day_option(interview_date, "--interview-date", today)
    decision = day_option(decision_date, "--decision-date", today)
    if source:
        notes = read_notes_options(source, today, params)
        interview = interview or notes.interview_date
        decision = decision or notes.decision_date
    when = due_stage(today, interview, parse_sent(params["sent"], today), decision)
    if params["as_json"]:
        print(json.dumps(when.to_dict(), indent=2))
    else:
        print(when.message)
        print(when.reason)
    return EXIT_OK if when.action == "send" else EXIT_FAILED


@click.command("check", cls=Command, help="score an email (file or -) against the stage's rules")
@click.argument(
    "email", metavar="DRAFT", help="email file ('Subject: …' line, blank line, body), or -"
)
@click.option("--stage", required=True, help=STAGES)
@click.option("--notes", "source", required=True, metavar="FILE", help="the interview notes file")
@click.option("--details", help="the details it must mention, separated by ';'")
@click.option(
    "--confirmed",
    is_flag=True,
    help="the company, role and interviewers read from the notes are right",
)
@today_option
@json_option
def check_email(
    email: str,
    stage: str,
    source: str,
    details: str | None,
    confirmed: bool,
    today: str | None,
    as_json: bool,
) -> int:
    # lazy: the notes reader brings dateparser and jinja2 (~150 ms)
    from assistant.drafting.pipeline import read_notes

    stage = load_rules().stage(stage).id
    notes = read_notes(
        read_text(source),
        today=day_option(today, "--today"),
        confirmed=CONFIRMABLE if confirmed else (),
    )
    subject, body = parse_email(read_text(email))
    if not body.strip():
        raise BadInput("The email to check is empty.")
    report = check(Draft(subject, body, stage), notes, stage, details=split_details(details))
    if as_json:
        print(safe_json(report.to_dict()))
    else:
        print(f"Score {report.score}/100 — {'passed' if report.passed else 'not passed'}")
        for c in report.checks:
            mark = {"pass": "✓", "warn": "!", "fail": "✗"}[c.status]
            fix = f" → {c.fix}" if c.status != "pass" and c.fix else ""
            print(safe_line(f" {mark} {c.id}: {c.message}{fix}"))
    return EXIT_OK if report.passed else EXIT_FAILED


COMMANDS = [draft, prompt, profile, due, check_email]
