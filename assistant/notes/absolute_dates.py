"""Dates as written in notes: month and weekday words, absolute dates ('2026-11-20', '11/20',
'Nov 20th', '20 November 2026'), and the calendar arithmetic that relative phrases resolve with."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import Literal

from assistant.core.dates import date_order, full_year

_I = re.IGNORECASE


Prefer = Literal["past", "future", "near"]

MONTH_NUMBERS = {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
_WEEKDAYS = {d.lower()[:3]: i for i, d in enumerate(calendar.day_name)}
_NUMBERS = {  # number words in durations: "within two weeks", "a couple of days"
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "couple": 2,
}  # fmt: skip

MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
)
WEEKDAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun)\b\.?"
)
NUMBER = (
    r"(?:\d{1,2}|(?:a\s+)?couple(?:\s+of)?|an?|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve)"
)
_ORD = r"(?:st|nd|rd|th)?"
DATE_WORD = re.compile(rf"{MONTH}|{WEEKDAY}|yesterday|today|tomorrow|next|last|ago", _I)
WHEN = (  # a date between a name and the company: "June Park on Nov 24 at Hyundai Capital"
    rf"(?:\s+(?:today|yesterday|(?:on|last|this)\s+(?:{MONTH}\s*\d{{1,2}}\w*|{WEEKDAY}"
    r"|\d{1,2}[/.]\d{1,2})))?"
)
_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_NUMERIC = re.compile(r"\b(\d{1,2})[/.](\d{1,2})(?:[/.](\d{4}|\d{2}))?\b")
_MONTH_DAY = re.compile(rf"\b({MONTH})\s*(\d{{1,2}}){_ORD}\b(?:,?\s*(\d{{4}})\b)?", _I)
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}}){_ORD}\s+(?:of\s+)?({MONTH})(?:,?\s*(\d{{4}})\b)?", _I)


def number_value(word: str) -> int | None:
    word = word.lower().split()[-1] if word.split() else word
    if word == "of":
        return 2
    return int(word) if word.isdigit() else _NUMBERS.get(word)


def safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _choose(cands: list[date], ref: date, prefer: Prefer) -> date | None:
    """The candidate nearest ref on the preferred side, else the nearest at all ('near': either)."""
    if not cands:
        return None
    side = [c for c in cands if prefer != "near" and (c <= ref if prefer == "past" else c >= ref)]
    return min(side or cands, key=lambda c: abs((c - ref).days))


def _with_year(m: int, d: int, year: str | None, ref: date) -> list[date]:
    """The date with its stated year, or in the years around ref when none is stated."""
    if year:
        y = full_year(int(year), ref) if len(year) == 2 else int(year)
        return [x for x in [safe_date(y, m, d)] if x]
    return [x for x in (safe_date(ref.year + k, m, d) for k in (-1, 0, 1)) if x]


def absolute_dates(
    text: str, ref: date, prefer: Prefer, short_numeric: bool = False
) -> list[tuple[int, int, date]]:
    """(start, end, date) for every absolute date written in text.

    A year-less date, or an ambiguous 05/11, takes the reading nearest ref on the preferred side.
    Numeric dates without a year ('11/20') count only after 'on'/'by' or when short_numeric.
    """
    found: list[tuple[int, int, date]] = []
    for m in _ISO.finditer(text):
        if d := safe_date(int(m[1]), int(m[2]), int(m[3])):
            found.append((m.start(), m.end(), d))
    for m in _NUMERIC.finditer(text):
        before = text[max(0, m.start() - 14) : m.start()]
        dated = short_numeric or re.search(
            r"\b(?:on|by|before|until|due|am|le|el|interview(?:ed)?)\s+$", before, _I
        )
        if not m[3] and not dated:
            continue  # "24/7" and "50/50" are no dates; "on 11/20" and "by 12/4" are
        a, b = int(m[1]), int(m[2])
        if a <= 12 and b <= 12 and (order := date_order()):  # reads both ways: locale decides
            a, b = (a, b) if order == "MDY" else (b, a)
            cands = _with_year(a, b, m[3], ref)
        else:
            cands = _with_year(a, b, m[3], ref) + _with_year(b, a, m[3], ref)
        if d := _choose(cands, ref, prefer):
            found.append((m.start(), m.end(), d))
    for rx, mi, di in ((_MONTH_DAY, 1, 2), (_DAY_MONTH, 2, 1)):
        for m in rx.finditer(text):
            if m[mi].lower() == "may" and not m[mi][0].isupper() and not m[3]:
                continue  # "they may 2 ..." is not a date
            cands = _with_year(MONTH_NUMBERS[m[mi][:3].lower()], int(m[di]), m[3], ref)
            if d := _choose(cands, ref, prefer):
                found.append((m.start(), m.end(), d))
    return found


def weekday_index(word: str) -> int:
    return _WEEKDAYS[word[:3].lower()]


def weekday_before(ref: date, wd: int, strict: bool) -> date:
    back = (ref.weekday() - wd) % 7
    return ref - timedelta(days=7 if strict and back == 0 else back)


def weekday_after(ref: date, wd: int) -> date:
    ahead = (wd - ref.weekday()) % 7
    return ref + timedelta(days=ahead or 7)


def week_day(ref: date, weeks: int, wd: int) -> date:
    return ref - timedelta(days=ref.weekday()) + timedelta(days=7 * weeks + wd)


def month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def add_months(ref: date, n: int) -> date:
    y, m = divmod(ref.month - 1 + n, 12)
    return date(ref.year + y, m + 1, min(ref.day, calendar.monthrange(ref.year + y, m + 1)[1]))


def business_days_after(ref: date, n: int) -> date:
    d = ref
    while n > 0:
        d += timedelta(days=1)
        n -= d.weekday() < 5
    return d


Resolver = Callable[[re.Match[str], date], "date | None"]
DOMAIN = re.compile(r"\b[\w-]+\.(?:com|io|ai|org|net|co|app|dev)\b", _I)
