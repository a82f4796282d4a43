"""Dates as they enter Follow-up: a sane window around today, arithmetic that cannot overflow,
the reading order of ambiguous numeric dates, and two-digit years.

Every date a person can type, paste or import (notes, CLI options, the page, an import file) is
checked against one window, so a "Dec 31 9999" in notes can never reach the schedule's
arithmetic; and that arithmetic clamps at the calendar's ends anyway.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import replace
from datetime import date, timedelta
from typing import Literal

from assistant.core.domain import Notes
from assistant.core.errors import FollowUpError

YEARS_BACK, YEARS_AHEAD = 30, 5  # an interview to follow up is recent; a decision date is near
ORDER_ENV = "FOLLOWUP_DATE_ORDER"
Order = Literal["MDY", "DMY"]
ORDERS: tuple[Order, ...] = ("MDY", "DMY")
_order: ContextVar[Order | None] = ContextVar("date_order", default=None)


class DateOutOfRange(FollowUpError):
    """A date outside the window Follow-up accepts."""


def _shift_years(day: date, years: int) -> date:
    year = min(max(day.year + years, date.min.year), date.max.year)
    return (
        day.replace(year=year, day=28)
        if (day.month, day.day) == (2, 29)
        else day.replace(year=year)
    )


def window(today: date) -> tuple[date, date]:
    """(earliest, latest) day accepted anywhere: YEARS_BACK before today to YEARS_AHEAD after."""
    return _shift_years(today, -YEARS_BACK), _shift_years(today, YEARS_AHEAD)


def in_window(day: date | None, today: date) -> bool:
    if day is None:
        return True
    earliest, latest = window(today)
    return earliest <= day <= latest


def window_text(today: date) -> str:
    earliest, latest = window(today)
    return (
        f"within {YEARS_BACK} years before and {YEARS_AHEAD} years after today "
        f"({earliest.isoformat()} to {latest.isoformat()})"
    )


def check_day(day: date | None, today: date, what: str) -> date | None:
    """The day, or a DateOutOfRange naming the field and the window."""
    if day is not None and not in_window(day, today):
        raise DateOutOfRange(f"{what} must be a date {window_text(today)}, not {day.isoformat()}.")
    return day


def bounded(notes: Notes, today: date) -> Notes:
    """Notes with any date outside the window dropped (left unknown), so it is never scheduled."""
    changes = {
        name: None
        for name in ("interview_date", "decision_date")
        if not in_window(getattr(notes, name), today)
    }
    return replace(notes, **changes) if changes else notes  # type: ignore[arg-type]


def add_days(day: date, days: int) -> date:
    """day + days, held at the calendar's ends instead of raising OverflowError."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.max if days > 0 else date.min


# Regions that write month first; every other region with a locale writes the day first.
_MONTH_FIRST = frozenset({"US", "PH", "FM", "MH", "PW", "AS", "GU", "MP", "PR", "UM", "VI"})


def date_order() -> Order | None:
    """How an ambiguous 03/04/2026 is read: the page's choice, else FOLLOWUP_DATE_ORDER, else the
    region of the locale (LC_ALL, LC_TIME, LANG: en_US -> MDY, en_GB/de_DE -> DMY); None when
    none says (C/POSIX): then the reading nearest the date it should be near wins."""
    chosen = _order.get()
    if chosen:
        return chosen
    given = os.environ.get(ORDER_ENV, "").strip().upper()
    if given in ORDERS:
        return given
    for name in ("LC_ALL", "LC_TIME", "LANG"):
        value = os.environ.get(name, "")
        if value:
            region = re.match(r"[a-z]{2,3}_([A-Z]{2})", value)
            if region is None:
                return None
            return "MDY" if region[1] in _MONTH_FIRST else "DMY"
    return None


@contextmanager
def reading_dates(order: str | None) -> Iterator[None]:
    """Read numeric dates in `order` ('MDY' or 'DMY') inside the block (one page session)."""
    token = _order.set(order.upper() if order and order.upper() in ORDERS else None)  # type: ignore[arg-type]
    try:
        yield
    finally:
        _order.reset(token)


def full_year(two_digits: int, today: date) -> int:
    """'99' -> 1999 and '26' -> 2026 (in 2026): the year ending in those digits nearest today."""
    century = today.year - today.year % 100
    candidates = (century - 100 + two_digits, century + two_digits, century + 100 + two_digits)
    return min(candidates, key=lambda y: (abs(y - today.year), -y))


_AMBIGUOUS = re.compile(r"(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.])")


def ambiguous_dates(text: str) -> list[tuple[str, int, int, int]]:
    """Numeric dates that read two ways ('03/04/2026'): (as written, first, second, year)."""
    out = []
    for m in _AMBIGUOUS.finditer(text[:200_000]):
        a, b = int(m[1]), int(m[3])
        if a != b and 1 <= a <= 12 and 1 <= b <= 12:
            out.append((m[0], a, b, int(m[4])))
    return out


def read_as(written: tuple[str, int, int, int], today: date, order: str | None = None) -> str:
    """'read as 3 April' for a written ambiguous date under the given (or current) order."""
    _, a, b, _year = written
    month, day = (a, b) if (order or date_order() or "MDY") == "MDY" else (b, a)
    return f"{day} {date(2000, month, 1).strftime('%B')}"
