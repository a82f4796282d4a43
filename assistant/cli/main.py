"""`followup draft | due | check | eval`: the library from a shell, with exit codes scripts can trust.

Exit codes: 0 done (check: passed); 1 a check failed / nothing to send; 2 bad input; 3 model error.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from assistant.cli.terminal import safe_json, safe_line, safe_text
from assistant.core.dates import in_window, window_text
from assistant.core.domain import SentFollowUp
from assistant.core.errors import FollowUpError, ModelError

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT, EXIT_MODEL = 0, 1, 2, 3


class BadInput(FollowUpError):
    """A command-line argument or input file that cannot be used."""


def read_text(source: str) -> str:
    """A file's text, or stdin for '-'; invalid UTF-8 is replaced, never fatal."""
    try:
        data = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    except OSError as exc:
        raise BadInput(f"Cannot read {source}: {exc.strerror or exc}.") from None
    return data.decode("utf-8", errors="replace")


EARLIEST_YEAR, LATEST_YEAR = 1900, 2999  # what --today itself may be


def parse_day(value: str | None, what: str, today: date | None = None) -> date | None:
    """An ISO date option; with `today`, it must lie in the window around it (dates.window)."""
    if value is None:
        return None
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise BadInput(f"{what} must be a date like 2026-11-27, not {value!r}.") from None
    if today is not None:
        if not in_window(day, today):
            raise BadInput(f"{what} must be a date {window_text(today)}, not {value!r}.")
    elif not EARLIEST_YEAR <= day.year <= LATEST_YEAR:
        raise BadInput(
            f"{what} must be a date between {EARLIEST_YEAR} and {LATEST_YEAR}, not {value!r}."
        )
    return day


def parse_sent(values: Sequence[str], today: date | None = None) -> list[SentFollowUp]:
    sent = []
    for value in values:
        stage, _, day = value.partition(":")
        parsed = parse_day(day, f"--sent {value!r}", today or date.today())
        if not stage or parsed is None:
            raise BadInput(f"--sent takes STAGE:DATE, e.g. thank_you:2026-11-20, not {value!r}.")
        sent.append(SentFollowUp(stage.strip(), parsed))
    return sent


def split_details(value: str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    return tuple(d.strip() for d in value.replace("\n", ";").split(";") if d.strip())


def _settings(args: argparse.Namespace) -> Any:
    from assistant.models.llm import ModelSettings

    return ModelSettings(
        model=args.model, api_base=args.api_base, temperature=args.temperature, timeout=args.timeout
    )


def _notes(args: argparse.Namespace, today: date) -> Any:
    from assistant.drafting.pipeline import read_notes

    interviewers = [n.strip() for n in args.interviewer.split(",")] if args.interviewer else None
    notes = read_notes(
        read_text(args.notes),
        today=today,
        company=args.company,
        role=args.role,
        candidate=args.candidate or getattr(args, "name", None),
        interviewers=interviewers,
        details=split_details(args.details),
    )
    if not notes.candidate and (name := your_name()):
        from dataclasses import replace

        notes = replace(notes, candidate=name)
    return notes


NAME_ENV = "FOLLOWUP_NAME"


def your_name() -> str | None:
    """The sign-off name when neither --name nor the notes give one: FOLLOWUP_NAME, else the
    profile saved in the tracker (read only if the tracker already exists)."""
    import os

    if name := " ".join(os.environ.get(NAME_ENV, "").split()):
        return name
    from assistant.tracker.store import default_path

    if not default_path().is_file():
        return None
    try:
        from assistant.tracker.profile import load_profile
        from assistant.tracker.store import Store

        return load_profile(Store()).name or None
    except FollowUpError:
        return None


def cmd_prompt(args: argparse.Namespace) -> int:
    """Print exactly the messages a model would be sent (private lines already taken out)."""
    from assistant.drafting.pipeline import DraftRequest

    today = parse_day(args.today, "--today") or date.today()
    notes = _notes(args, today)
    stage = _resolve_stage(args, notes, today)
    messages = DraftRequest(
        notes=notes,
        stage=stage,
        variant=args.variant,
        seed=args.seed,
        details=split_details(args.details),
    ).messages()
    if args.json:
        print(safe_json(messages))
    else:
        for m in messages:
            sys.stdout.write(safe_text(f"--- {m['role']} ---\n{m['content']}\n"))
    return EXIT_OK


def cmd_profile(args: argparse.Namespace) -> int:
    """Show or save your name and signature lines (used in every sign-off)."""
    from assistant.tracker.profile import clean, load_profile, save_profile
    from assistant.tracker.store import Store

    store = Store(create=bool(args.create))
    if args.name is not None or args.signature is not None:
        current = load_profile(store)
        profile, note = clean(
            current.name if args.name is None else args.name,
            current.signature if args.signature is None else args.signature,
        )
        save_profile(store, profile)
        if note:
            print(note, file=sys.stderr)
    profile = load_profile(store)
    if args.json:
        print(safe_json({"name": profile.name, "signature": profile.signature}))
    else:
        print(safe_line(f"Name: {profile.name or '(not set)'}"))
        for line in profile.signature.splitlines():
            print(safe_line(f"      {line}"))
    return EXIT_OK


def _resolve_stage(args: argparse.Namespace, notes: Any, today: date) -> str:
    if args.stage != "auto":
        return str(args.stage)
    from assistant.core.schedule import due_stage

    due = due_stage(today, notes.interview_date, parse_sent(args.sent, today), notes.decision_date)
    if due.action != "send" or due.stage is None:
        raise BadInput(f"{due.message}. Pass --stage to draft anyway.")
    return due.stage


def cmd_draft(args: argparse.Namespace) -> int:
    from assistant.checker.scoring import check
    from assistant.drafting.pipeline import DraftRequest, draft_email
    from assistant.text.email_parts import format_email

    today = parse_day(args.today, "--today") or date.today()
    notes = _notes(args, today)
    stage = _resolve_stage(args, notes, today)
    request = DraftRequest(notes=notes, stage=stage, variant=args.variant, seed=args.seed)
    settings = _settings(args)
    draft = draft_email(request, settings)
    if args.fix or args.tighten:
        from assistant.drafting.revise import History

        history = History.start(draft, notes, settings=settings, variant=args.variant)
        if args.tighten:
            history.tighten()
        if args.fix:
            history.fix()
        draft = history.current.draft
    report = check(draft, notes, stage)
    if args.json:
        print(
            safe_json(
                {
                    "subject": draft.subject,
                    "body": draft.body,
                    "stage": draft.stage,
                    "model": draft.model,
                    "notes": notes.to_dict(),
                    "report": report.to_dict(),
                }
            )
        )
    else:
        sys.stdout.write(safe_text(format_email(draft.subject, draft.body)))
    return EXIT_OK


def cmd_due(args: argparse.Namespace) -> int:
    from assistant.core.schedule import due_stage

    today = parse_day(args.today, "--today") or date.today()
    interview = parse_day(args.interview_date, "--interview-date", today)
    decision = parse_day(args.decision_date, "--decision-date", today)
    if args.notes:
        notes = _notes(args, today)
        interview = interview or notes.interview_date
        decision = decision or notes.decision_date
    due = due_stage(today, interview, parse_sent(args.sent, today), decision)
    if args.json:
        print(json.dumps(due.to_dict(), indent=2))
    else:
        print(due.message)
        print(due.reason)
    return EXIT_OK if due.action == "send" else EXIT_FAILED


def cmd_check(args: argparse.Namespace) -> int:
    from assistant.checker.scoring import check
    from assistant.core.domain import Draft
    from assistant.core.stages import load_rules
    from assistant.drafting.pipeline import read_notes
    from assistant.text.email_parts import parse_email

    stage = load_rules().stage(args.stage).id
    notes = read_notes(read_text(args.notes), today=parse_day(args.today, "--today"))
    subject, body = parse_email(read_text(args.draft))
    if not body.strip():
        raise BadInput("The email to check is empty.")
    report = check(Draft(subject, body, stage), notes, stage, details=split_details(args.details))
    if args.json:
        print(safe_json(report.to_dict()))
    else:
        print(f"Score {report.score}/100 — {'passed' if report.passed else 'not passed'}")
        for c in report.checks:
            mark = {"pass": "✓", "warn": "!", "fail": "✗"}[c.status]
            print(
                safe_line(
                    f" {mark} {c.id}: {c.message}"
                    + (f" → {c.fix}" if c.status != "pass" and c.fix else "")
                )
            )
    return EXIT_OK if report.passed else EXIT_FAILED


def model_options(p: argparse.ArgumentParser) -> None:
    """Which model drafts and how: the same options for `draft` and `track draft`."""
    p.add_argument("--model", default="offline", help="offline (default) or any litellm model name")
    p.add_argument("--api-base", help="base URL of an OpenAI-compatible server")
    p.add_argument("--temperature", type=float, default=0.7)
    p.add_argument("--timeout", type=float, default=60.0, help="seconds per model call")
    p.add_argument("--seed", type=int, default=0, help="vary the wording (regenerate)")
    p.add_argument("--variant", default="default", help="prompt variant under prompts/variants/")


def model_settings(args: argparse.Namespace) -> Any:
    """ModelSettings from the options model_options added."""
    return _settings(args)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--today", help="treat this date (YYYY-MM-DD) as today")
    p.add_argument("--json", action="store_true", help="print JSON")


def _notes_fields(p: argparse.ArgumentParser) -> None:
    p.add_argument("--interviewer", help="override the parsed interviewer(s), comma-separated")
    p.add_argument("--company", help="override the parsed company")
    p.add_argument("--role", help="override the parsed role")
    p.add_argument("--candidate", help="your name, for the sign-off")
    p.add_argument(
        "--name",
        help=f"your name, for the sign-off (else ${NAME_ENV}, else the saved "
        "profile: `followup profile --name`)",
    )
    p.add_argument("--details", help="the details to mention, separated by ';'")
    p.add_argument(
        "--sent",
        action="append",
        default=[],
        metavar="STAGE:DATE",
        help="a follow-up already sent, e.g. thank_you:2026-11-20 (repeatable)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="followup", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)

    d = sub.add_parser("draft", help="draft a follow-up email from interview notes")
    d.add_argument("--notes", required=True, help="notes file, or - for stdin")
    d.add_argument(
        "--stage",
        default="auto",
        help="thank_you | status_check | final | rejection_reply | auto (default: what is due)",
    )
    model_options(d)
    d.add_argument("--fix", action="store_true", help="revise until the checks pass")
    d.add_argument("--tighten", action="store_true", help="make the draft shorter")
    _notes_fields(d)
    _common(d)
    d.set_defaults(run=cmd_draft)

    pr = sub.add_parser("prompt", help="print the messages a model would be sent (nothing is sent)")
    pr.add_argument("--notes", required=True, help="notes file, or - for stdin")
    pr.add_argument(
        "--stage", default="auto", help="thank_you | status_check | final | rejection_reply | auto"
    )
    pr.add_argument("--seed", type=int, default=0)
    pr.add_argument("--variant", default="default", help="prompt variant under prompts/variants/")
    _notes_fields(pr)
    _common(pr)
    pr.set_defaults(run=cmd_prompt)

    pf = sub.add_parser("profile", help="show or save your name and signature for sign-offs")
    pf.add_argument("--name", help="your name, as you sign emails")
    pf.add_argument("--signature", help="lines under your name (use \\n between lines)")
    pf.add_argument("--create", action="store_true", help="create the tracker file if missing")
    _common(pf)
    pf.set_defaults(run=cmd_profile)

    w = sub.add_parser("due", help="which follow-up is due, and when")
    w.add_argument("--notes", help="notes file (for the interview and decision dates), or -")
    w.add_argument("--interview-date", help="YYYY-MM-DD")
    w.add_argument("--decision-date", help="the date they said they would decide, YYYY-MM-DD")
    _notes_fields(w)
    _common(w)
    w.set_defaults(run=cmd_due)

    c = sub.add_parser("check", help="score an email (file or -) against the stage's rules")
    c.add_argument("draft", help="email file ('Subject: …' line, blank line, body), or -")
    c.add_argument(
        "--stage", required=True, help="thank_you | status_check | final | rejection_reply"
    )
    c.add_argument("--notes", required=True, help="the interview notes file")
    c.add_argument("--details", help="the details it must mention, separated by ';'")
    _common(c)
    c.set_defaults(run=cmd_check)

    from assistant.cli.track import add_track_parser

    add_track_parser(sub)

    # `followup eval` comes from the evals package when it is installed beside this one; found
    # by name so that nothing in assistant/ depends on evals/ (the layer contract in make lint)
    try:
        plugin = importlib.import_module("evals.cli")
    except ImportError:
        pass
    else:
        plugin.add_eval_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code = int(args.run(args))
        sys.stdout.flush()  # a reader that went away (`| head -1`) is found here, not at exit
        return code
    except BrokenPipeError:
        return _reader_gone()
    except ModelError as exc:
        from assistant.models.llm import scrub

        print(f"followup: {safe_line(scrub(str(exc)))}", file=sys.stderr)
        return EXIT_MODEL
    except FollowUpError as exc:
        print(f"followup: {safe_line(str(exc))}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130


def _reader_gone() -> int:
    """stdout's reader closed the pipe: stop quietly, as `cat` does (exit 141 = 128 + SIGPIPE)."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so the flush at exit has nowhere to fail
    except (OSError, ValueError):
        pass
    return 141


if __name__ == "__main__":
    raise SystemExit(main())
