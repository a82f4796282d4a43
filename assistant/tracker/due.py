"""What is due across every tracked interview: the dashboard's rows, a plan, and a timeline."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Literal

from assistant.core.domain import SentFollowUp
from assistant.core.errors import FollowUpError
from assistant.core.schedule import Due, due_stage
from assistant.core.stages import SENDABLE, Rules, load_rules
from assistant.tracker.records import Interview, SentEmail
from assistant.tracker.store import DamagedRow, Store

# What a stored row that cannot be read raises somewhere along the way; caught per interview.
UNREADABLE = (ValueError, TypeError, KeyError, AttributeError, OverflowError)

ARCHIVED_ACTIONS = ("move_on", "stop")  # nothing more to send: the dashboard archives these


def interview_due(
    interview: Interview, sent: Sequence[SentEmail], today: date, rules: Rules | None = None
) -> Due:
    """The schedule for one tracked interview, outcome included."""
    return due_stage(
        today,
        interview.interview_date,
        [s.follow_up() for s in sent],
        interview.decision_date,
        rules,
        outcome=interview.outcome,
        outcome_on=interview.outcome_on,
    )


@dataclass(frozen=True)
class Planned:
    """One follow-up still to send: its stage, the day it is due, and whether that has passed."""

    stage: str
    due_on: date
    overdue: bool


def plan(
    interview: Interview, sent: Sequence[SentEmail], today: date, rules: Rules | None = None
) -> list[Planned]:
    """Every follow-up still ahead, assuming each goes out on its due day and no one replies."""
    rules = rules or load_rules()
    follow_ups = [s.follow_up() for s in sent]
    day, out = today, []
    for _ in range(len(SENDABLE) + 1):
        due = due_stage(
            day,
            interview.interview_date,
            follow_ups,
            interview.decision_date,
            rules,
            outcome=interview.outcome,
            outcome_on=interview.outcome_on,
        )
        if due.action not in ("send", "wait") or due.stage is None:
            break
        on = due.due_on or day
        out.append(Planned(due.stage, on, on < today))
        day = max(on, today)
        follow_ups.append(SentFollowUp(due.stage, day))
    return out


@dataclass(frozen=True)
class DashboardRow:
    """One interview on the dashboard with its next follow-up."""

    interview: Interview
    due: Due
    sent: tuple[SentEmail, ...]
    overdue: bool
    archived: bool

    @property
    def damaged(self) -> str:
        """Why this interview's stored data cannot be read; "" when it can."""
        return self.interview.damaged

    @property
    def stage(self) -> str | None:
        return self.due.stage if self.due.action in ("send", "wait") else None

    @property
    def due_on(self) -> date | None:
        return self.due.due_on if self.stage else None

    def to_dict(self) -> dict[str, Any]:
        iv = self.interview
        return {
            "id": iv.id,
            "title": iv.title,
            "company": iv.company,
            "role": iv.role,
            "interviewers": [p.name for p in iv.interviewers],
            "interview_date": iv.interview_date.isoformat() if iv.interview_date else None,
            "outcome": iv.outcome,
            "next_stage": self.stage,
            "due_on": self.due_on.isoformat() if self.due_on else None,
            "overdue": self.overdue,
            "archived": self.archived,
            "due": self.due.to_dict(),
            "damaged": self.damaged or None,
            "sent": [{"stage": s.stage, "sent_on": s.sent_on.isoformat()} for s in self.sent],
        }


def row_for(
    interview: Interview, sent: Sequence[SentEmail], today: date, rules: Rules | None = None
) -> DashboardRow:
    if interview.damaged:
        return damaged_row(interview)
    due = interview_due(interview, sent, today, rules)
    # Overdue from the day after it was due (or when the guide already calls it late).
    overdue = due.action == "send" and (due.late or (due.due_on is not None and due.due_on < today))
    return DashboardRow(interview, due, tuple(sent), overdue, due.action in ARCHIVED_ACTIONS)


def damaged_row(interview: Interview, why: str = "") -> DashboardRow:
    """A row listed as damaged: what is wrong, and the two things that still work."""
    why = why.split(" (", 1)[-1].split("):", 1)[0] if why.startswith("Interview #") else why
    interview = replace(interview, damaged=interview.damaged or why or "unreadable")
    ident = interview.id
    due = Due(
        "stop",
        None,
        None,
        f"Damaged: this interview cannot be read ({interview.damaged}); "
        f"`followup track export --raw {ident}` saves it, "
        f"`followup track delete {ident} --yes` removes it",
        "A stored value is not what Follow-up wrote; the other interviews are unaffected.",
    )
    return DashboardRow(interview, due, (), False, False)


def safe_row(
    store: Store, interview: Interview, today: date, rules: Rules | None = None
) -> DashboardRow:
    """row_for, but an interview whose rows cannot be read becomes a damaged row."""
    try:
        return row_for(interview, store.sent(int(interview.id or 0)), today, rules)
    except FollowUpError as exc:  # DamagedRow, or a stage or outcome no rule knows
        return damaged_row(interview, str(exc))
    except UNREADABLE as exc:
        return damaged_row(interview, f"{type(exc).__name__}: {exc}")


def _order(row: DashboardRow) -> tuple[Any, ...]:
    """Damaged first (to be saved or removed); overdue, then due now, then waiting (soonest
    first); archived last, newest first."""
    if row.damaged:
        return (-1, 0, row.interview.id or 0)
    if row.archived:
        newest = row.interview.interview_date or date.min
        return (3, -newest.toordinal(), row.interview.id or 0)
    rank = 0 if row.overdue else 1 if row.due.action == "send" else 2
    return (rank, (row.due_on or date.max).toordinal(), row.interview.id or 0)


def dashboard_rows(store: Store, today: date, rules: Rules | None = None) -> list[DashboardRow]:
    """Every tracked interview with its next follow-up, overdue first and archived last."""
    rules = rules or load_rules()
    rows = [safe_row(store, iv, today, rules) for iv in store.list_interviews()]
    return sorted(rows, key=_order)


TimelineKind = Literal["interview", "sent", "due", "outcome"]


@dataclass(frozen=True)
class TimelineEvent:
    """One point on the dashboard's timeline chart."""

    interview_id: int
    title: str
    kind: TimelineKind
    day: date
    label: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "interview_id": self.interview_id,
            "title": self.title,
            "kind": self.kind,
            "day": self.day.isoformat(),
            "label": self.label,
        }


def timeline(store: Store, today: date, rules: Rules | None = None) -> list[TimelineEvent]:
    """Interviews, sent follow-ups, outcomes and the follow-ups still planned, by day."""
    rules = rules or load_rules()
    events: list[TimelineEvent] = []
    for iv in store.list_interviews():
        try:
            events += _events(store, iv, today, rules)
        except (DamagedRow, *UNREADABLE):
            continue  # listed as damaged on the cards; nothing to draw
    return sorted(events, key=lambda e: (e.day, e.interview_id, e.kind))


def _events(store: Store, iv: Interview, today: date, rules: Rules) -> list[TimelineEvent]:
    events: list[TimelineEvent] = []
    if not iv.damaged:
        ident, sent = int(iv.id or 0), store.sent(int(iv.id or 0))
        if iv.interview_date:
            events.append(
                TimelineEvent(ident, iv.title, "interview", iv.interview_date, "Interview")
            )
        events += [
            TimelineEvent(ident, iv.title, "sent", s.sent_on, f"Sent: {rules.stage(s.stage).label}")
            for s in sent
        ]
        if iv.outcome and iv.outcome_on:
            events.append(
                TimelineEvent(ident, iv.title, "outcome", iv.outcome_on, f"Outcome: {iv.outcome}")
            )
        events += [
            TimelineEvent(ident, iv.title, "due", p.due_on, f"Due: {rules.stage(p.stage).label}")
            for p in plan(iv, sent, today, rules)
        ]
    return events
