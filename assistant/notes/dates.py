"""Dates in interview notes: when the interview was (past) and when a decision is due (future).

Everything here works on short strings (a sentence or a labelled value) and never raises.
Common shapes are parsed with small regexes (absolute_dates, and future_dates for the decision);
dateparser is only the fallback for labelled values.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from assistant.core.dates import in_window
from assistant.notes.absolute_dates import (
    DOMAIN,
    MONTH,
    NUMBER,
    WEEKDAY,
    Prefer,
    Resolver,
    absolute_dates,
    number_value,
    weekday_before,
    weekday_index,
)
from assistant.notes.future_dates import future_phrase

_I = re.IGNORECASE


CONTEXT = re.compile(  # a sentence that may say when the interview was
    r"\b(?:interview\w*|met|meet|meeting|call|chat|spoke|screen|onsite|on-site|round|today"
    r"|yesterday|ago|gespr[äa]ch|entrevista|entretien)\b",
    _I,
)


def _past_weekday(strict: bool) -> Resolver:
    return lambda m, ref: weekday_before(ref, weekday_index(m["wd"]), strict)


_PAST: list[tuple[re.Pattern[str], Resolver]] = [
    (re.compile(r"\b(?:the\s+)?day\s+before\s+yesterday\b", _I), lambda m, r: r - timedelta(2)),
    (re.compile(r"\b(?:yesterday|yday|yest)\b", _I), lambda m, r: r - timedelta(1)),
    (re.compile(r"\b(?:today|this\s+(?:morning|afternoon|evening)|tonight)\b", _I), lambda m, r: r),
    (
        re.compile(rf"\b(?P<n>{NUMBER})\s+(?P<u>day|week)s?\s+ago\b", _I),
        lambda m, r: (
            r - timedelta(days=(number_value(m["n"]) or 0) * (7 if m["u"].lower() == "week" else 1))
        ),
    ),
    (re.compile(rf"\b(?:last|(?:this\s+)?past)\s+(?P<wd>{WEEKDAY})", _I), _past_weekday(True)),
    (re.compile(rf"\b(?:on|this)\s+(?P<wd>{WEEKDAY})", _I), _past_weekday(False)),
    (
        re.compile(r"\b(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", _I),
        _past_weekday(False),
    ),
]


def past_date(text: str, today: date, short_numeric: bool = False) -> date | None:
    """The interview date a sentence states: absolute dates first, then relative words."""
    text = DOMAIN.sub(lambda m: " " * len(m[0]), text[:600])  # "Monday.com" is no Monday
    absolute = absolute_dates(text, today, "past", short_numeric)
    if absolute:
        return min(absolute)[2]
    try:
        hits = [(m.start(), fn(m, today)) for rx, fn in _PAST if (m := rx.search(text))]
    except OverflowError:  # a 'today' at the very edge of the calendar
        return None
    return min(hits, key=lambda h: h[0])[1] if hits else None


def _dateparser(text: str, ref: date, prefer: Prefer) -> date | None:
    """dateparser on one short candidate string; None on anything it cannot read."""
    text = text.strip()[:60]
    if not re.search(rf"\d|\b{MONTH}|\b{WEEKDAY}", text, _I):
        return None
    try:
        import dateparser  # lazy: dateparser takes ~0.2 s to import; most dates never need it

        got = dateparser.parse(
            text,
            languages=["en"],
            settings={
                "RELATIVE_BASE": datetime.combine(ref, time()),
                "PREFER_DATES_FROM": prefer,
            },
        )
    except Exception:  # noqa: BLE001 - dateparser raises assorted errors; a miss is None
        return None
    return got.date() if got else None


def labelled_date(value: str, today: date) -> date | None:
    """A 'Date:' value: '2026-11-20', 'Nov 20, 2026', '20/11/2026', 'Tuesday', 'yesterday'."""
    return past_date(value, today, short_numeric=True) or _dateparser(value, today, "past")


def timeline_date(value: str, base: date, near: bool = False) -> tuple[str, date | None] | None:
    """A 'Next steps:' value: the time phrase in it and its date, with dateparser as fallback."""
    found = future_phrase(value, base, near)
    if found and found[1]:
        return found
    guess = _dateparser(value, base, "future")
    if guess and guess >= base:
        return (found[0] if found else value.strip()), guess
    return found


def far_dates(text: str, today: date) -> list[str]:
    """Dates written in notes that lie outside the window (what `bounded` ignored), as written."""
    try:
        found = absolute_dates(text[:200_000], today, "near", short_numeric=False)
    except (ValueError, OverflowError):
        return []
    return [text[start:end] for start, end, day in found if not in_window(day, today)]
