"""`followup track …`: keep interviews, what was sent and what happened, in the local database.

Exit codes as for the other commands: 0 done (`due`: something is due), 1 nothing due, 2 bad input.
The database is FOLLOWUP_DB, or followup.db in the user data directory.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Any

import click

from assistant.cli.inputs import BadInput, day_option, read_text, split_names, today_from
from assistant.cli.options import STAGES, create_option, json_option, today_option
from assistant.cli.parsing import Group
from assistant.cli.terminal import safe_json, safe_line
from assistant.cli.track_drafting import draft
from assistant.core.domain import Notes
from assistant.core.stages import normalise_stage
from assistant.text.email_parts import parse_email
from assistant.tracker.due import dashboard_rows, row_for
from assistant.tracker.records import Interview
from assistant.tracker.store import Store

OUTCOME_CHOICES = "replied | rejected | offer | withdrawn | none"


@click.group("track", cls=Group, help="keep track of interviews, follow-ups sent and outcomes")
def track() -> None:
    pass


def _print_json(value: Any) -> None:
    print(safe_json(value))


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


def _show_one(store: Store, interview: Interview, today: date, verb: str, as_json: bool) -> int:
    row = row_for(interview, store.sent(int(interview.id or 0)), today)
    if as_json:
        _print_json(row.to_dict())
    else:
        print(f"{verb} {_row_line(row)}")
    return 0


@track.command("add", help="track an interview (from notes and/or fields)")
@click.option("--notes", "source", metavar="FILE", help="notes file, or - for stdin")
@click.option("--company")
@click.option("--role")
@click.option("--interviewer", help="interviewer(s), comma-separated")
@click.option("--candidate", help="your name, for the sign-off")
@click.option("--interview-date", metavar="DATE", help="YYYY-MM-DD")
@click.option(
    "--decision-date", metavar="DATE", help="when they said they would decide, YYYY-MM-DD"
)
@create_option
@today_option
@json_option
def add(source: str | None, create: bool, today: str | None, as_json: bool, **opts: Any) -> int:
    day = today_from(today)
    fields: dict[str, Any] = {
        "company": opts["company"],
        "role": opts["role"],
        "candidate": opts["candidate"],
        "interviewers": split_names(opts["interviewer"]),
        "interview_date": day_option(opts["interview_date"], "--interview-date", day),
        "decision_date": day_option(opts["decision_date"], "--decision-date", day),
    }
    if source:
        # lazy: the notes reader brings dateparser and jinja2 (~150 ms) that no other
        # `track` command but `draft` needs
        from assistant.drafting.pipeline import read_notes

        notes = read_notes(read_text(source), today=day, **fields)
    elif opts["company"] or opts["role"]:
        notes = Notes().with_overrides(**fields)
    else:
        raise BadInput("Give --notes FILE (or -), or at least --company or --role.")
    store = Store(create=create)
    interview = store.add_interview(Interview.from_notes(notes))
    return _show_one(store, interview, day, "Added", as_json)


@track.command("list", help="every interview with its next follow-up")
@click.option("--all", "everything", is_flag=True, help="include archived (moved on, outcome)")
@create_option
@today_option
@json_option
def list_(everything: bool, create: bool, today: str | None, as_json: bool) -> int:
    rows = dashboard_rows(Store(create=create), today_from(today))
    rows = [r for r in rows if everything or not r.archived]
    if as_json:
        _print_json([r.to_dict() for r in rows])
    elif not rows:
        print("No interviews tracked yet: `followup track add --notes FILE`.")
    for row in rows if not as_json else []:
        print(_row_line(row))
    return 0


@track.command("due", help="the follow-ups to send today (exit 1 when none)")
@create_option
@today_option
@json_option
def due(create: bool, today: str | None, as_json: bool) -> int:
    rows = dashboard_rows(Store(create=create), today_from(today))
    rows = [r for r in rows if r.due.action == "send"]
    if as_json:
        _print_json([r.to_dict() for r in rows])
    elif not rows:
        print("Nothing to send today.")
    for row in rows if not as_json else []:
        print(_row_line(row))
    return 0 if rows else 1


@track.command("sent", help="mark a follow-up as sent")
@click.argument("id_", metavar="ID", type=int, help="interview id (see `track list`)")
@click.argument("stage", metavar="STAGE", help=STAGES)
@click.option("--on", metavar="DATE", help="the day it was sent, YYYY-MM-DD (default: today)")
@click.option("--email", help="the email as sent (file or -); default: the latest draft")
@click.option("--recipient", help="who it went to (panel interviews)")
@create_option
@today_option
@json_option
def sent(
    id_: int,
    stage: str,
    on: str | None,
    email: str | None,
    recipient: str | None,
    create: bool,
    today: str | None,
    as_json: bool,
) -> int:
    store = Store(create=create)
    interview = store.get_interview(id_)
    day = today_from(today)
    sent_on = day_option(on, "--on", day) or day
    subject, body = "", ""
    if email:
        subject, body = parse_email(read_text(email))
    else:
        which = normalise_stage(stage)
        latest = store.latest_draft(id_, which)
        current = interview.draft if interview.draft and interview.draft.stage == which else None
        chosen = current or (latest.draft if latest else None)
        if chosen is not None:
            subject, body = chosen.subject, chosen.body
    store.mark_sent(id_, stage, sent_on, subject=subject, body=body, recipient=recipient or "")
    return _show_one(store, store.get_interview(id_), day, "Marked as sent:", as_json)


@track.command("outcome", help="record what happened; stops reminders")
@click.argument("id_", metavar="ID", type=int)
@click.argument("outcome", metavar="OUTCOME", help=OUTCOME_CHOICES)
@click.option("--on", metavar="DATE", help="when, YYYY-MM-DD (default: today)")
@create_option
@today_option
@json_option
def outcome(
    id_: int, outcome: str, on: str | None, create: bool, today: str | None, as_json: bool
) -> int:
    value = None if outcome.strip().lower() == "none" else outcome
    day = today_from(today)
    store = Store(create=create)
    interview = store.set_outcome(id_, value, day_option(on, "--on", day) or day)
    return _show_one(store, interview, day, "Updated", as_json)


@track.command("export", help="everything (or some interviews) as one JSON file")
@click.argument("ids", metavar="IDS", nargs=-1, type=int, help="interview ids (default: all)")
@click.option("--out", metavar="FILE", help="file to write (default: stdout)")
@click.option(
    "--raw",
    is_flag=True,
    help="every row exactly as stored, damaged ones included (not for import)",
)
@create_option
def export(ids: tuple[int, ...], out: str | None, raw: bool, create: bool) -> int:
    # lazy: the export format's pydantic models take ~300 ms to import
    from assistant.tracker.data_io import dumps, export_data, raw_export

    store = Store(create=create)
    chosen = list(ids) or None
    for i in chosen or []:
        store.get_interview(i, damaged_ok=raw)
    data = raw_export(store, chosen) if raw else export_data(store, chosen)
    _write(out, dumps(data).encode("utf-8"))
    for i in data.get("damaged", []):
        print(
            f"followup: interview #{i} is damaged and was left out; `followup track export "
            f"--raw {i}` saves it as stored.",
            file=sys.stderr,
        )
    return 0


@track.command("import", help="add the interviews from an export file")
@click.argument("file", metavar="FILE", help="a file written by `track export`, or -")
@click.option("--replace", is_flag=True, help="overwrite interviews already here")
@create_option
@json_option
def import_(file: str, replace: bool, create: bool, as_json: bool) -> int:
    from assistant.tracker.data_io import import_data  # lazy: as in `export`
    from assistant.tracker.export_format import parse_export

    data = parse_export(read_text(file), "stdin" if file == "-" else file)
    result = import_data(Store(create=create), data, replace=replace)
    if as_json:
        _print_json({"added": result.added, "replaced": result.replaced, "skipped": result.skipped})
    else:
        print(result.message)
    return 0


@track.command("ics", help="reminders for the follow-ups ahead, as an .ics calendar")
@click.argument("id_", metavar="ID", type=int, required=False, help="one interview (default: all)")
@click.option("--out", metavar="FILE", help="file to write (default: stdout)")
@create_option
@today_option
def ics(id_: int | None, out: str | None, create: bool, today: str | None) -> int:
    # lazy: icalendar takes ~200 ms to import
    from assistant.tracker.reminders import ics_bytes

    store = Store(create=create)
    if id_ is not None:
        store.get_interview(id_)
    _write(out, ics_bytes(store, today_from(today), [id_] if id_ is not None else None))
    return 0


@track.command("delete", help="delete an interview with all its drafts")
@click.argument("id_", metavar="ID", type=int)
@click.option("--yes", is_flag=True, help="confirm")
@create_option
@json_option
def delete(id_: int, yes: bool, create: bool, as_json: bool) -> int:
    store = Store(create=create)
    interview = store.get_interview(id_, damaged_ok=True)
    drafts, sent_count = store.counts(id_)
    what = (
        f"#{id_} {safe_line(interview.title)} with {drafts} draft(s) and "
        f"{sent_count} sent follow-up(s)"
    )
    if not yes:
        raise BadInput(f"This deletes interview {what}; add --yes to confirm.")
    store.delete_interview(id_)
    if as_json:
        _print_json({"deleted": id_, "drafts": drafts, "sent": sent_count})
    else:
        print(f"Deleted interview {what}.")
    return 0


track.add_command(draft)
