"""`followup track …`: keep interviews, what was sent and what happened, in the local database.

Exit codes as for the other commands: 0 done (`due`: something is due), 1 nothing due, 2 bad input.
The database is FOLLOWUP_DB, or followup.db in the user data directory.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from assistant.cli.main import BadInput, model_options, parse_day, read_text
from assistant.cli.terminal import safe_json, safe_line
from assistant.tracker.records import Interview
from assistant.tracker.store import DB_ENV, Store

OUTCOME_CHOICES = "replied | rejected | offer | withdrawn | none"


def _today(args: argparse.Namespace) -> date:
    return parse_day(getattr(args, "today", None), "--today") or date.today()


def _print_json(value: Any) -> None:
    print(safe_json(value))


def _store(args: argparse.Namespace) -> Store:
    """The tracking database; its folder is made only with --create (or at the default place)."""
    return Store(create=bool(getattr(args, "create", False)))


def _write(out: str | None, data: bytes) -> None:
    if not out or out == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    try:
        Path(out).write_bytes(data)
    except OSError as exc:
        raise BadInput(f"Cannot write {out}: {exc.strerror or exc}.") from None


def _row_line(row: Any) -> str:
    iv = row.interview
    when = f" ({iv.interview_date.isoformat()})" if iv.interview_date else ""
    flag = " [overdue]" if row.overdue else ""
    outcome = f" [{iv.outcome}]" if iv.outcome else ""
    return safe_line(f"#{iv.id}  {iv.title}{when}{outcome} — {row.due.message}{flag}")


def cmd_add(args: argparse.Namespace) -> int:
    from assistant.drafting.pipeline import read_notes

    today = _today(args)
    names = (
        [n.strip() for n in args.interviewer.split(",") if n.strip()] if args.interviewer else None
    )
    fields: dict[str, Any] = {
        "company": args.company,
        "role": args.role,
        "candidate": args.candidate,
        "interviewers": names,
        "interview_date": parse_day(args.interview_date, "--interview-date", today),
        "decision_date": parse_day(args.decision_date, "--decision-date", today),
    }
    if args.notes:
        notes = read_notes(read_text(args.notes), today=today, **fields)
    elif args.company or args.role:
        from assistant.core.domain import Notes

        notes = Notes().with_overrides(**fields)
    else:
        raise BadInput("Give --notes FILE (or -), or at least --company or --role.")
    interview = _store(args).add_interview(Interview.from_notes(notes))
    return _show_one(args, interview, today, "Added")


def _show_one(args: argparse.Namespace, interview: Interview, today: date, verb: str) -> int:
    from assistant.tracker.due import row_for

    store = _store(args)
    row = row_for(interview, store.sent(int(interview.id or 0)), today)
    if args.json:
        _print_json(row.to_dict())
    else:
        print(f"{verb} {_row_line(row)}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from assistant.tracker.due import dashboard_rows

    rows = [r for r in dashboard_rows(_store(args), _today(args)) if args.all or not r.archived]
    if args.json:
        _print_json([r.to_dict() for r in rows])
    elif not rows:
        print("No interviews tracked yet: `followup track add --notes FILE`.")
    for row in rows if not args.json else []:
        print(_row_line(row))
    return 0


def cmd_due(args: argparse.Namespace) -> int:
    from assistant.tracker.due import dashboard_rows

    rows = [r for r in dashboard_rows(_store(args), _today(args)) if r.due.action == "send"]
    if args.json:
        _print_json([r.to_dict() for r in rows])
    elif not rows:
        print("Nothing to send today.")
    for row in rows if not args.json else []:
        print(_row_line(row))
    return 0 if rows else 1


def cmd_sent(args: argparse.Namespace) -> int:
    from assistant.text.email_parts import parse_email

    store = _store(args)
    interview = store.get_interview(args.id)
    day = parse_day(args.on, "--on", _today(args)) or _today(args)
    subject, body = "", ""
    if args.email:
        subject, body = parse_email(read_text(args.email))
    else:
        from assistant.core.stages import normalise_stage

        stage = normalise_stage(args.stage)
        latest = store.latest_draft(args.id, stage)
        current = interview.draft if interview.draft and interview.draft.stage == stage else None
        chosen = current or (latest.draft if latest else None)
        if chosen is not None:
            subject, body = chosen.subject, chosen.body
    store.mark_sent(
        args.id, args.stage, day, subject=subject, body=body, recipient=args.recipient or ""
    )
    return _show_one(args, store.get_interview(args.id), _today(args), "Marked as sent:")


def cmd_outcome(args: argparse.Namespace) -> int:
    outcome = None if args.outcome.strip().lower() == "none" else args.outcome
    day = parse_day(args.on, "--on", _today(args)) or _today(args)
    interview = _store(args).set_outcome(args.id, outcome, day)
    return _show_one(args, interview, _today(args), "Updated")


def cmd_export(args: argparse.Namespace) -> int:
    from assistant.tracker.data_io import dumps, export_data, raw_export

    store = _store(args)
    ids = args.ids or None
    for i in ids or []:
        store.get_interview(i, damaged_ok=args.raw)
    data = raw_export(store, ids) if args.raw else export_data(store, ids)
    _write(args.out, dumps(data).encode("utf-8"))
    for i in data.get("damaged", []):
        print(
            f"followup: interview #{i} is damaged and was left out; `followup track export "
            f"--raw {i}` saves it as stored.",
            file=sys.stderr,
        )
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from assistant.tracker.data_io import import_data
    from assistant.tracker.export_format import parse_export

    data = parse_export(read_text(args.file), "stdin" if args.file == "-" else args.file)
    result = import_data(_store(args), data, replace=args.replace)
    if args.json:
        _print_json({"added": result.added, "replaced": result.replaced, "skipped": result.skipped})
    else:
        print(result.message)
    return 0


def cmd_ics(args: argparse.Namespace) -> int:
    from assistant.tracker.reminders import ics_bytes

    store = _store(args)
    if args.id is not None:
        store.get_interview(args.id)
    _write(args.out, ics_bytes(store, _today(args), [args.id] if args.id is not None else None))
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    store = _store(args)
    interview = store.get_interview(args.id, damaged_ok=True)
    drafts, sent = store.counts(args.id)
    what = f"#{args.id} {safe_line(interview.title)} with {drafts} draft(s) and {sent} sent follow-up(s)"
    if not args.yes:
        raise BadInput(f"This deletes interview {what}; add --yes to confirm.")
    store.delete_interview(args.id)
    if args.json:
        _print_json({"deleted": args.id, "drafts": drafts, "sent": sent})
    else:
        print(f"Deleted interview {what}.")
    return 0


def cmd_draft(args: argparse.Namespace) -> int:
    from assistant.cli.track_drafting import draft_tracked

    return draft_tracked(args, _store(args), _today(args))


def _flags(p: argparse.ArgumentParser, today: bool = True, as_json: bool = True) -> None:
    p.add_argument(
        "--create",
        action="store_true",
        help=f"create the database's folder if it does not exist ({DB_ENV})",
    )
    if today:
        p.add_argument("--today", help="treat this date (YYYY-MM-DD) as today")
    if as_json:
        p.add_argument("--json", action="store_true", help="print JSON")


def add_track_parser(sub: Any) -> None:
    """Add `track` and its subcommands to the main parser's subparsers."""
    t = sub.add_parser("track", help="keep track of interviews, follow-ups sent and outcomes")
    ts = t.add_subparsers(dest="track_command", required=True)

    a = ts.add_parser("add", help="track an interview (from notes and/or fields)")
    a.add_argument("--notes", help="notes file, or - for stdin")
    a.add_argument("--company")
    a.add_argument("--role")
    a.add_argument("--interviewer", help="interviewer(s), comma-separated")
    a.add_argument("--candidate", help="your name, for the sign-off")
    a.add_argument("--interview-date", help="YYYY-MM-DD")
    a.add_argument("--decision-date", help="when they said they would decide, YYYY-MM-DD")
    _flags(a)
    a.set_defaults(run=cmd_add)

    ls = ts.add_parser("list", help="every interview with its next follow-up")
    ls.add_argument("--all", action="store_true", help="include archived (moved on, outcome)")
    _flags(ls)
    ls.set_defaults(run=cmd_list)

    d = ts.add_parser("due", help="the follow-ups to send today (exit 1 when none)")
    _flags(d)
    d.set_defaults(run=cmd_due)

    s = ts.add_parser("sent", help="mark a follow-up as sent")
    s.add_argument("id", type=int, help="interview id (see `track list`)")
    s.add_argument("stage", help="thank_you | status_check | final | rejection_reply")
    s.add_argument("--on", help="the day it was sent, YYYY-MM-DD (default: today)")
    s.add_argument("--email", help="the email as sent (file or -); default: the latest draft")
    s.add_argument("--recipient", help="who it went to (panel interviews)")
    _flags(s)
    s.set_defaults(run=cmd_sent)

    o = ts.add_parser("outcome", help="record what happened; stops reminders")
    o.add_argument("id", type=int)
    o.add_argument("outcome", help=OUTCOME_CHOICES)
    o.add_argument("--on", help="when, YYYY-MM-DD (default: today)")
    _flags(o)
    o.set_defaults(run=cmd_outcome)

    e = ts.add_parser("export", help="everything (or some interviews) as one JSON file")
    e.add_argument("ids", nargs="*", type=int, help="interview ids (default: all)")
    e.add_argument("--out", help="file to write (default: stdout)")
    e.add_argument(
        "--raw",
        action="store_true",
        help="every row exactly as stored, damaged ones included (not for import)",
    )
    _flags(e, today=False, as_json=False)
    e.set_defaults(run=cmd_export)

    i = ts.add_parser("import", help="add the interviews from an export file")
    i.add_argument("file", help="a file written by `track export`, or -")
    i.add_argument("--replace", action="store_true", help="overwrite interviews already here")
    _flags(i, today=False)
    i.set_defaults(run=cmd_import)

    c = ts.add_parser("ics", help="reminders for the follow-ups ahead, as an .ics calendar")
    c.add_argument("id", nargs="?", type=int, help="one interview (default: all)")
    c.add_argument("--out", help="file to write (default: stdout)")
    _flags(c, as_json=False)
    c.set_defaults(run=cmd_ics)

    x = ts.add_parser("delete", help="delete an interview with all its drafts")
    x.add_argument("id", type=int)
    x.add_argument("--yes", action="store_true", help="confirm")
    _flags(x, today=False)
    x.set_defaults(run=cmd_delete)

    r = ts.add_parser("draft", help="draft the follow-up due for a tracked interview and keep it")
    r.add_argument("id", type=int)
    r.add_argument("--stage", default="auto", help="auto (what is due) or a stage id")
    r.add_argument("--panel", action="store_true", help="one thank-you per interviewer")
    model_options(r)
    _flags(r)
    r.set_defaults(run=cmd_draft)
