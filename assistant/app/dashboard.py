"""The Dashboard page without the page: a card per interview, the timeline chart, the actions.

Cards come from dashboard.dashboard_rows (overdue first, archived last); every action writes to
the Store and returns one line for the page to show, and the page redraws from the Store, so the
schedule reflects a follow-up marked as sent, or an outcome, at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from assistant.core.errors import TrackError
from assistant.core.schedule import OUTCOMES, short_date
from assistant.core.stages import SENDABLE, stage_label
from assistant.drafting import exports
from assistant.tracker.data_io import dumps, export_data, import_data
from assistant.tracker.due import DashboardRow, dashboard_rows, row_for, timeline
from assistant.tracker.reminders import ics_bytes
from assistant.tracker.store import Store

OUTCOME_LABELS = {
    "replied": "They replied",
    "rejected": "Rejected",
    "offer": "Offer",
    "withdrawn": "Withdrawn",
}
KINDS = {
    "interview": "Interview",
    "sent": "Sent",
    "due": "Due",
    "overdue": "Overdue",
    "outcome": "Outcome",
}
KIND_COLOURS = {
    "Interview": "#1f6feb",
    "Sent": "#2da44e",
    "Due": "#bf8700",
    "Overdue": "#cf222e",
    "Outcome": "#8250df",
}


@dataclass(frozen=True)
class Card:
    """One interview as the Dashboard shows it."""

    id: int
    title: str
    people: str  # "with Priya Raman, Tom Okafor", or ""
    interviewed: str  # "Interview Nov 26", or "No interview date"
    next_step: str  # "Status check · due Dec 3", or "Nothing more to send"
    message: str  # what the schedule says today
    overdue: bool
    archived: bool
    outcome: str | None
    sent: tuple[str, ...]
    stage: str  # the stage a "mark as sent" defaults to

    @property
    def chart_name(self) -> str:
        return f"{self.title} (#{self.id})"


def _card(row: DashboardRow, today: date) -> Card:
    iv, due = row.interview, row.due
    names = ", ".join(p.name for p in iv.interviewers)
    if row.stage:
        on = row.due_on
        when = (
            f"overdue since {short_date(on, today)}"
            if row.overdue and on
            else "due today"
            if on == today
            else f"due {short_date(on, today)}"
            if on
            else "due now"
        )
        next_step = f"{stage_label(row.stage)} · {when}"
    elif row.damaged:
        next_step = "Damaged: this interview's saved data cannot be read"
    else:
        next_step = "Nothing more to send"
    sent = tuple(f"{stage_label(s.stage)} sent {short_date(s.sent_on, today)}" for s in row.sent)
    return Card(
        id=int(iv.id or 0),
        title=iv.title,
        people=f"with {names}" if names else "",
        interviewed=(
            f"Interview {short_date(iv.interview_date, today)}"
            if iv.interview_date
            else "No interview date"
        ),
        next_step=next_step,
        message=due.message,
        overdue=row.overdue,
        archived=row.archived,
        outcome=iv.outcome,
        sent=sent,
        stage=due.stage if due.stage in SENDABLE else SENDABLE[0],
    )


def cards(store: Store, today: date) -> tuple[list[Card], list[Card]]:
    """(active, archived): overdue first, then due now, then waiting; archived: nothing to send."""
    rows = [_card(r, today) for r in dashboard_rows(store, today)]
    return [c for c in rows if not c.archived], [c for c in rows if c.archived]


def timeline_rows(
    store: Store, today: date, overdue: set[int] | None = None
) -> list[dict[str, Any]]:
    """The chart's points: interview, follow-ups sent and still due, outcomes; by day. A due
    point is "Overdue" when its day has passed and the guide calls it late (as the cards do)."""
    if overdue is None:
        overdue = {c.id for c in cards(store, today)[0] if c.overdue}
    titles = {iv.id: f"{iv.title} (#{iv.id})" for iv in store.list_interviews()}
    out = []
    for e in timeline(store, today):
        late = e.kind == "due" and e.day < today and e.interview_id in overdue
        kind = "overdue" if late else e.kind
        out.append(
            {
                "Interview": titles.get(e.interview_id, e.title),
                "Day": e.day.isoformat(),
                "What": KINDS[kind],
                "Event": e.label,
            }
        )
    return out


MAX_TICKS = 6


def day_ticks(rows: list[dict[str, Any]], today: date) -> dict[str, Any]:
    """Ticks on whole days only (one label per date, never repeated), at most about MAX_TICKS."""
    days = [date.fromisoformat(r["Day"]) for r in rows] + [today]
    span = (max(days) - min(days)).days
    return {"interval": "day", "step": max(1, -(-span // MAX_TICKS))}


def timeline_chart(rows: list[dict[str, Any]], today: date, order: list[str]) -> Any:
    """An Altair chart: one line per interview, a point per event, a dashed rule at today."""
    import altair as alt  # lazy: altair and pandas cost ~1 s, and only the chart needs them
    import pandas as pd

    data = pd.DataFrame(rows, columns=["Interview", "Day", "What", "Event"])
    # Names are cut (full in the tooltip) so the dates keep most of a phone's width.
    y = alt.Y("Interview:N", title=None, sort=order, axis=alt.Axis(labelLimit=110))
    x = alt.X(
        "Day:T",
        title=None,
        axis=alt.Axis(format="%b %d", tickCount=day_ticks(rows, today), labelOverlap=True),
    )
    base = alt.Chart(data)
    lines = base.mark_line(color="#c8c8c8").encode(x=x, y=y, detail="Interview:N")
    kinds = list(KIND_COLOURS)
    points = base.mark_point(filled=True, size=110, opacity=1).encode(
        x=x,
        y=y,
        color=alt.Color(
            "What:N",
            scale=alt.Scale(domain=kinds, range=list(KIND_COLOURS.values())),
            legend=alt.Legend(title=None, orient="bottom"),
        ),
        shape=alt.Shape("What:N", scale=alt.Scale(domain=kinds), legend=None),
        tooltip=["Interview:N", "Event:N", alt.Tooltip("Day:T", format="%a %b %d, %Y")],
    )
    rule = (
        alt.Chart(pd.DataFrame({"Day": [today.isoformat()]}))
        .mark_rule(color="#cf222e", strokeDash=[4, 4])
        .encode(x="Day:T")
    )
    height = max(140, 42 * len({r["Interview"] for r in rows}))
    return (lines + points + rule).properties(height=height)


# ------------------------------------------------------------------ actions


def text_kept_as_sent(store: Store, interview_id: int, stage: str) -> tuple[str, str]:
    """(subject, body) to keep with a follow-up marked as sent: the current draft when it is
    for that stage, else the newest drafted version for it, else blanks."""
    interview = store.get_interview(interview_id)
    current = interview.draft
    if current is not None and current.stage == stage and current.body.strip():
        return current.subject, current.body
    for version in reversed(store.drafts(interview_id)):
        if version.draft.stage == stage and not version.recipient and version.draft.body.strip():
            return version.draft.subject, version.draft.body
    return "", ""


def mark_sent(store: Store, interview_id: int, stage: str, day: date, today: date) -> str:
    """Record a follow-up as sent (replacing an earlier record of the same stage)."""
    if stage not in SENDABLE:
        raise TrackError(f"Unknown stage {stage!r}: choose one of {', '.join(SENDABLE)}.")
    subject, body = text_kept_as_sent(store, interview_id, stage)
    store.forget_sent(interview_id, stage)
    store.mark_sent(interview_id, stage, day, subject=subject, body=body)
    interview = store.get_interview(interview_id)
    due = row_for(interview, store.sent(interview_id), today).due
    kept = "with the drafted text" if body else "no drafted text to keep"
    return (
        f"Marked the {stage_label(stage).lower()} for {interview.title} as sent on "
        f"{short_date(day, today)} ({kept}). Next: {due.message}."
    )


def set_outcome(
    store: Store, interview_id: int, outcome: str | None, day: date, today: date
) -> str:
    """Record what they said (or with None, clear it); the schedule follows at once."""
    if outcome is not None and outcome not in OUTCOMES:
        raise TrackError(f"Unknown outcome {outcome!r}: choose one of {', '.join(OUTCOMES)}.")
    interview = store.set_outcome(interview_id, outcome, day)
    due = row_for(interview, store.sent(interview_id), today).due
    what = OUTCOME_LABELS[outcome] if outcome else "cleared"
    return f"Outcome for {interview.title}: {what}. {due.message}."


def delete(store: Store, interview_id: int) -> str:
    interview = store.get_interview(interview_id, damaged_ok=True)
    drafts, sent = store.counts(interview_id)
    store.delete_interview(interview_id)
    return (
        f"Deleted {interview.title} with its {drafts} drafted version(s) and {sent} sent "
        "follow-up(s)."
    )


def delete_question(store: Store, interview_id: int) -> str:
    interview = store.get_interview(interview_id, damaged_ok=True)
    drafts, sent = store.counts(interview_id)
    return (
        f"Delete {interview.title} with its notes, {drafts} drafted version(s) and {sent} "
        "sent follow-up(s)? This cannot be undone (export first to keep a copy)."
    )


def export_bytes(store: Store) -> bytes:
    return dumps(export_data(store)).encode("utf-8")


def export_name(today: date) -> str:
    return f"followup-export-{today.isoformat()}.json"


def import_upload(store: Store, data: bytes, replace: bool = False) -> str:
    """Import an export file (all or nothing); a TrackError says what is wrong with it."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise TrackError(
            "The file is not UTF-8 text: choose a file made by “Export all "
            "(JSON)”. Nothing was imported."
        ) from None
    result = import_data(store, text, replace=replace)
    skipped = (
        f"; skipped {result.skipped} already here (tick “Replace” to overwrite them)"
        if result.skipped
        else ""
    )
    return f"Imported {result.added} interview(s); replaced {result.replaced}{skipped}."


def ics_all(store: Store, today: date) -> bytes:
    return ics_bytes(store, today)


def ics_one(store: Store, today: date, interview_id: int) -> bytes:
    return ics_bytes(store, today, [interview_id])


def ics_name(card: Card | None = None) -> str:
    if card is None:
        return "follow-up-reminders.ics"
    return f"follow-up-reminders-{exports.slug(card.title) or card.id}.ics"
