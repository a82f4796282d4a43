"""Reminders as an .ics calendar: one all-day event per follow-up still to send.

Each event's UID is the interview's uid plus the stage, so importing a fresh export into a
calendar updates the events instead of duplicating them. The description carries the subject
of the latest draft for that stage (or the stage's suggested subject when nothing is drafted).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta

import icalendar

from assistant.core.dates import add_days
from assistant.core.schedule import short_date
from assistant.core.stages import Rules, load_rules
from assistant.prompting.build import example_subject
from assistant.tracker.due import UNREADABLE, Planned, plan
from assistant.tracker.records import Interview
from assistant.tracker.store import DamagedRow, Store

PRODID = "-//Follow-up//Interview follow-up reminders//EN"
ALARM_AT = timedelta(hours=9)  # a nudge at 09:00 on the day


def planned_subject(
    store: Store, interview: Interview, stage: str, rules: Rules | None = None
) -> tuple[str, bool]:
    """(subject, drafted): the drafted subject for the stage, else the suggested one."""
    rules = rules or load_rules()
    current = interview.draft
    if current is not None and current.stage == stage and current.subject.strip():
        return current.subject, True
    latest = store.latest_draft(int(interview.id or 0), stage)
    if latest is not None and latest.draft.subject.strip():
        return latest.draft.subject, True
    return example_subject(rules.stage(stage), interview.to_notes()), False


def _event(
    store: Store, interview: Interview, item: Planned, today: date, stamp: datetime, rules: Rules
) -> icalendar.Event:
    stage = rules.stage(item.stage)
    subject, drafted = planned_subject(store, interview, item.stage, rules)
    day = max(item.due_on, today)
    to = ", ".join(p.name for p in interview.interviewers) or "the hiring team"
    late = f" (due {short_date(item.due_on, today)})" if item.overdue else ""
    lines = [
        f"Subject: {subject}" + ("" if drafted else " (suggested; not drafted yet)"),
        f"To: {to}",
        f"When: {stage.when}",
    ]
    if interview.interview_date:
        lines.append(f"Interview: {interview.interview_date.isoformat()}")
    lines.append(f"Draft it with Follow-up (interview #{interview.id}).")
    event = icalendar.Event()
    event.add("uid", f"{interview.uid}-{item.stage}@followup")
    event.add("dtstamp", stamp)
    event.add("dtstart", day)
    event.add("dtend", add_days(day, 1))
    event.add("summary", f"{stage.label}: {interview.title}{late}")
    event.add("description", "\n".join(lines))
    event.add("transp", "TRANSPARENT")
    alarm = icalendar.Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", f"Send the {stage.label.lower()} for {interview.title}")
    alarm.add("trigger", ALARM_AT)
    event.add_component(alarm)
    return event


def calendar(
    store: Store,
    today: date,
    interview_ids: Sequence[int] | None = None,
    now: datetime | None = None,
    rules: Rules | None = None,
) -> icalendar.Calendar:
    """A calendar of the follow-ups still ahead for one, some or all tracked interviews."""
    rules = rules or load_rules()
    stamp = (now or datetime.now(UTC)).astimezone(UTC)
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "Interview follow-ups")
    for interview in store.list_interviews():
        if interview_ids is not None and interview.id not in interview_ids:
            continue
        if interview.damaged:
            continue  # `track list` names it; nothing can be planned from it
        try:
            sent = store.sent(int(interview.id or 0))
            events = [
                _event(store, interview, item, today, stamp, rules)
                for item in plan(interview, sent, today, rules)
            ]
        except (DamagedRow, *UNREADABLE):
            continue
        for event in events:
            cal.add_component(event)
    return cal


def ics_bytes(
    store: Store,
    today: date,
    interview_ids: Sequence[int] | None = None,
    now: datetime | None = None,
) -> bytes:
    """The .ics file's bytes, ready to save or to hand to a download button."""
    return bytes(calendar(store, today, interview_ids, now).to_ical())
