"""Which follow-up is due: the guide's timing applied to an interview date and what was sent."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Literal

from assistant.core.dates import add_days
from assistant.core.domain import SentFollowUp
from assistant.core.errors import TrackError
from assistant.core.stages import Rules, load_rules, normalise_stage

Action = Literal["send", "wait", "move_on", "stop"]
OUTCOMES = ("replied", "rejected", "offer", "withdrawn")  # what they (or you) said; ends reminders


@dataclass(frozen=True)
class Due:
    """What to do today: send a stage, wait until a date, or move on."""

    action: Action
    stage: str | None  # the stage to send now, or the next one when waiting
    due_on: date | None  # when that stage is (or was) due
    message: str  # one line a person reads, e.g. "Too early: wait until Dec 2"
    reason: str  # why, in the guide's terms
    late: bool = False

    def to_dict(self) -> dict[str, object]:
        return {
            "action": self.action,
            "stage": self.stage,
            "due_on": self.due_on.isoformat() if self.due_on else None,
            "message": self.message,
            "reason": self.reason,
            "late": self.late,
        }


def add_business_days(start: date, days: int) -> date:
    """start + days, counting Monday to Friday only; held at date.max rather than overflowing."""
    current = start
    while days > 0 and current < date.max:
        current = add_days(current, 1)
        if current.weekday() < 5:
            days -= 1
    return current


def short_date(d: date, today: date) -> str:
    """'Dec 2', with the year only when it is not this year's."""
    return f"{d.strftime('%b')} {d.day}" + (f", {d.year}" if d.year != today.year else "")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def status_check_date(interview: date, decision: date | None, rules: Rules) -> date:
    """A week after the interview, or 2 business days past the stated decision date if later."""
    s = rules.schedule
    due = add_days(interview, s.status_check_after_days)
    if decision is not None:
        due = max(due, add_business_days(decision, s.decision_grace_business_days))
    return due


_STOPPED = {
    "replied": (
        "They replied: no more reminders.",
        "A reply ends the follow-up sequence; answer them directly.",
    ),
    "offer": (
        "They made you an offer: no more reminders.",
        "An offer ends the follow-up sequence; reply to the offer itself.",
    ),
    "withdrawn": (
        "You withdrew: no more reminders.",
        "You have left this process, so there is nothing to follow up.",
    ),
    "rejected": (
        "You replied to their decision: no more reminders.",
        "One gracious reply to a rejection is enough; keep applying elsewhere.",
    ),
}


def normalise_outcome(outcome: str | None) -> str | None:
    """'Offer', 'rejection', 'they replied' -> an id from OUTCOMES; '' or None -> None."""
    if outcome is None or not str(outcome).strip():
        return None
    key = str(outcome).strip().lower().replace("-", "_").replace(" ", "_")
    aliases = {
        "rejection": "rejected",
        "reject": "rejected",
        "no": "rejected",
        "reply": "replied",
        "they_replied": "replied",
        "offered": "offer",
        "withdraw": "withdrawn",
        "withdrew": "withdrawn",
    }
    key = aliases.get(key, key)
    if key not in OUTCOMES:
        raise TrackError(f"Unknown outcome {outcome!r}: choose one of {', '.join(OUTCOMES)}.")
    return key


def after_outcome(
    today: date, outcome: str | None, outcome_on: date | None, latest: dict[str, date], rules: Rules
) -> Due | None:
    """What an outcome (or a rejection reply already sent) means for the schedule; None if none."""
    outcome = normalise_outcome(outcome)
    if "rejection_reply" in latest:
        return Due("stop", None, None, *_STOPPED["rejected"])
    if outcome is None:
        return None
    if outcome != "rejected":
        return Due("stop", None, None, *_STOPPED[outcome])
    heard = outcome_on or today
    due_on = add_days(heard, rules.schedule.rejection_reply_within_days)
    late = today > due_on
    message = (
        "Reply to their decision — a short, gracious note"
        if not late
        else f"Reply to their decision — {_plural((today - heard).days, 'day')} since they "
        "told you; it is still worth sending"
    )
    return Due(
        "send",
        "rejection_reply",
        due_on,
        message,
        "Thank them, ask to be considered for future roles, and do not argue; "
        "then stop following up.",
        late=late,
    )


def due_stage(
    today: date,
    interview_date: date | None,
    sent: Iterable[SentFollowUp] = (),
    decision_date: date | None = None,
    rules: Rules | None = None,
    *,
    outcome: str | None = None,
    outcome_on: date | None = None,
) -> Due:
    """The stage due today given what was sent and any outcome, per the guide; pure."""
    rules = rules or load_rules()
    s = rules.schedule
    latest: dict[str, date] = {}
    for item in sent:
        stage = normalise_stage(item.stage)
        latest[stage] = max(latest.get(stage, item.sent_on), item.sent_on)

    ended = after_outcome(today, outcome, outcome_on, latest, rules)
    if ended is not None:
        return ended

    if "final" in latest:
        return Due(
            "move_on",
            None,
            None,
            "You have sent a final follow-up: move on.",
            "The guide says to stop after the final follow-up and keep applying elsewhere; "
            "a lack of reply is not a verdict on you.",
        )

    if "status_check" in latest:
        final_on = add_days(latest["status_check"], s.final_after_status_days)
        since = (today - latest["status_check"]).days
        if today < final_on:
            return Due(
                "wait",
                "final",
                final_on,
                f"Too early: wait until {short_date(final_on, today)}",
                f"Your status check went out {_plural(since, 'day')} ago; the final "
                f"follow-up comes {_plural(s.final_after_status_days, 'day')} after it.",
            )
        return Due(
            "send",
            "final",
            final_on,
            f"Final follow-up due{' today' if today == final_on else ''} — "
            f"{_plural(since, 'day')} since your status check",
            "No reply a week after your status check: one last, gracious note.",
            late=today > final_on,
        )

    if interview_date is None:
        if "thank_you" in latest:
            check_on = status_check_date(latest["thank_you"], decision_date, rules)
            if today < check_on:
                return Due(
                    "wait",
                    "status_check",
                    check_on,
                    f"Too early: wait until {short_date(check_on, today)}",
                    "No interview date given; counting a week from your thank-you note.",
                )
            return Due(
                "send",
                "status_check",
                check_on,
                "Status check due",
                "A week has passed since your thank-you note with no reply.",
            )
        return Due(
            "send",
            "thank_you",
            None,
            "Thank-you note due",
            "No interview date given: send the thank-you within 24 hours of the interview.",
        )

    if today < interview_date:
        return Due(
            "wait",
            "thank_you",
            interview_date,
            f"Too early: the interview is on {short_date(interview_date, today)}",
            "Send the thank-you note after the interview, within 24 hours.",
        )

    days_since = (today - interview_date).days
    check_on = status_check_date(interview_date, decision_date, rules)
    if "thank_you" not in latest and today < check_on:
        late = days_since * 24 > s.thank_you_within_hours
        if late:
            msg = (
                f"Thank-you note is late — {_plural(days_since, 'day')} since the interview; "
                "send it today anyway"
            )
        else:
            msg = (
                "Thank-you note due today"
                if days_since == 0
                else "Thank-you note due — interview was yesterday"
            )
        return Due(
            "send",
            "thank_you",
            interview_date,
            msg,
            f"The guide says within {s.thank_you_within_hours} hours of the interview.",
            late=late,
        )
    if today < check_on:
        why = f"{_plural(s.status_check_after_days, 'day')} after the interview"
        if decision_date is not None and check_on > add_days(
            interview_date, s.status_check_after_days
        ):
            why = (
                f"{_plural(s.decision_grace_business_days, 'business day')} after the decision "
                f"date they gave ({short_date(decision_date, today)})"
            )
        return Due(
            "wait",
            "status_check",
            check_on,
            f"Too early: wait until {short_date(check_on, today)}",
            f"A status check is due {why}; until then, give them time.",
        )
    return Due(
        "send",
        "status_check",
        check_on,
        f"Status check due{' today' if today == check_on else ''} — "
        f"{_plural(days_since, 'day')} since the interview",
        "No reply within a week: a short, polite status question.",
        late=today > check_on,
    )
