"""When a decision is due: the first time phrase of a timeline sentence ('within two weeks', 'end
of next week', 'by Friday the 27th', 'mid-December') and the date it points to."""

from __future__ import annotations

import re
from datetime import date, timedelta

from assistant.notes.absolute_dates import (
    DOMAIN,
    MONTH,
    MONTH_NUMBERS,
    NUMBER,
    WEEKDAY,
    Resolver,
    absolute_dates,
    add_months,
    business_days_after,
    month_end,
    number_value,
    safe_date,
    week_day,
    weekday_after,
    weekday_index,
)

_I = re.IGNORECASE


def _month_phrase(m: re.Match[str], ref: date) -> date | None:
    """'mid-December' -> Dec 15, 'early January' -> Jan 7, 'by December' -> Dec 1, next year
    when the month is past; 'end of'/'in December' -> the last day."""
    month = m["mon"]
    if month.lower() == "may" and not (m["q"] or month[0].isupper()):
        return None
    num = MONTH_NUMBERS[month[:3].lower()]
    year = ref.year + (num < ref.month)
    q = (m["q"] or "").lower()
    if q.startswith(("mid", "middle")):
        return date(year, num, 15)
    if q.startswith(("early", "start", "beginning")):
        return date(year, num, 7)
    if q.startswith("late"):
        return date(year, num, 25)
    if q.startswith("end") or m["pre"] and m["pre"].strip().lower() in ("in", "during"):
        return month_end(year, num)
    return date(year, num, 1) if m["pre"] else date(year, num, 15)


def _period(m: re.Match[str], ref: date) -> date | None:
    """'end of next week' -> Friday of next week, 'early next week' -> Monday, 'end of the month'
    -> its last day, 'end of the year' -> Dec 31."""
    q, which, unit = (m["q"] or "").lower(), (m["which"] or "").lower(), m["unit"].lower()
    ahead = 1 if which == "next" else 0
    if unit == "week":
        if ref.weekday() >= 5 and not ahead:
            ahead = 1
        early, mid = q.startswith(("early", "start", "beginning")), q.startswith("mid")
        day = 0 if early else 2 if mid else 4  # Monday, Wednesday, Friday
        return week_day(ref, ahead, day)
    if unit == "month":
        first = add_months(ref.replace(day=1), ahead)
        if q.startswith(("early", "start", "beginning")):
            return first.replace(day=7)
        if q.startswith(("mid", "middle")):
            return first.replace(day=15)
        return month_end(first.year, first.month)
    if unit == "quarter":
        qm = ((ref.month - 1) // 3 + 1 + ahead) * 3
        return month_end(ref.year + (qm - 1) // 12, (qm - 1) % 12 + 1)
    return date(ref.year + ahead, 12, 31) if q in ("end", "late", "") else None


def _duration(m: re.Match[str], ref: date) -> date | None:
    """'within two weeks' -> ref + 14; '3-5 business days', 'a week or two': the upper end."""
    n = number_value(m["n3"] or m["n2"] or m["n"])
    if n is None:
        return None
    unit = m["unit"].lower()
    if unit.startswith("month"):
        return add_months(ref, n)
    if m["biz"]:
        return business_days_after(ref, n * (5 if unit.startswith("w") else 1))
    return ref + timedelta(days=n * (7 if unit.startswith("w") else 1))


def _short_end(m: re.Match[str], ref: date) -> date:
    unit = (m["u"] or "y").lower()
    if unit == "w":
        return week_day(ref, 1 if ref.weekday() >= 5 else 0, 4)
    return month_end(ref.year, ref.month) if unit == "m" else date(ref.year, 12, 31)


def _future_weekday(m: re.Match[str], ref: date) -> date:
    """'next fri' -> Friday of the week after ref's; 'by Friday' -> the first Friday after ref."""
    wd = weekday_index(m["wd"])
    if (m["which"] or "").lower() == "next":
        return week_day(ref, 1, wd)
    return weekday_after(ref, wd)


def _day_of_month(m: re.Match[str], ref: date) -> date | None:
    day = int(m["d"])
    for k in range(3):
        first = add_months(ref.replace(day=1), k)
        if (d := safe_date(first.year, first.month, day)) and d > ref:
            return d
    return None


def _holidays(m: re.Match[str], ref: date) -> date:
    xmas = date(ref.year, 12, 24)
    return xmas if xmas >= ref else date(ref.year + 1, 12, 24)


_PRE = r"(?:(?:by|before|until|on|around|at|in|about|~)\s+)?"
_DATE_LEAD = re.compile(  # what leads into a stated date: "by Friday, the" in "by Friday, the 27th"
    rf"(?:\b(?:by|before|until|on|around)\s+)?(?:\b{WEEKDAY},?\s+(?:the\s+)?)?(?<=\s)$", _I
)
_FUTURE: list[tuple[re.Pattern[str], Resolver | None]] = [  # a None resolver: stated, no date
    (
        re.compile(
            r"\b(?:(?:with)?in\s+(?:the\s+next\s+)?|inside\s+(?:of\s+)?|(?:over|in)\s+the\s+next\s+"
            rf"|about\s+|around\s+|~\s*)?(?P<n>{NUMBER})(?:\s*(?:-|to|or)\s*(?P<n2>{NUMBER}))?\s+"
            r"(?P<biz>business\s+|working\s+)?(?P<unit>days?|weeks?|wks?|months?)"
            r"(?:\s+or\s+(?P<n3>two|2|three|3))?\b",
            _I,
        ),
        _duration,
    ),
    (
        re.compile(
            rf"\b{_PRE}(?:the\s+)?(?P<q>end|middle|mid|start|beginning|early|late)(?:\s+of)?"
            r"(?:\s+the)?[\s-]*(?P<which>next|this)?\s*(?P<unit>week|month|year|quarter)\b",
            _I,
        ),
        _period,
    ),
    (re.compile(r"\b(?P<q>)(?P<which>next|this)\s+(?P<unit>week|month|quarter)\b", _I), _period),
    (re.compile(r"\byear[\s-]end\b|\beo(?P<u>w|m|y)\b", _I), _short_end),
    (
        re.compile(
            r"\b(?P<pre>(?:by|before|until|in|during|around)\s+)?(?:(?P<q>early|late|mid|end\s+of"
            rf"|beginning\s+of|start\s+of|middle\s+of)[\s-]*)?(?P<mon>{MONTH})(?!\s*\d)",
            _I,
        ),
        _month_phrase,
    ),
    (
        re.compile(rf"\b{_PRE}(?:(?P<which>next|this|coming)\s+)?(?P<wd>{WEEKDAY})", _I),
        _future_weekday,
    ),
    (re.compile(r"\b(?:by\s+)?(?:eod\s+)?tomorrow\b", _I), lambda m, r: r + timedelta(1)),
    (
        re.compile(
            rf"\b(?:by|before|on|until)\s+(?:{WEEKDAY},?\s+)?the\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)\b",
            _I,
        ),
        _day_of_month,
    ),
    (re.compile(r"\b(?:before|by)\s+(?:the\s+)?(?:holidays|christmas|xmas)\b", _I), _holidays),
    (
        re.compile(
            r"\b(?:soon|shortly|asap|(?:with)?in\s+(?:a\s+)?few\s+(?:days|weeks)"
            r"|a\s+few\s+(?:days|weeks)"
            r"|after\s+the\s+holidays|in\s+the\s+new\s+year|in\s+the\s+coming\s+(?:days|weeks)"
            r"|in\s+due\s+course)\b",
            _I,
        ),
        None,
    ),
]


def future_phrase(text: str, base: date, near: bool = False) -> tuple[str, date | None] | None:
    """The first time phrase in a timeline sentence, as written, and the date it points to.

    A stated date wins over the weekday written with it ('by Friday Nov 27' is Nov 27); near
    reads a year-less date in the year nearest base (base is today, the interview unknown).
    """
    text = DOMAIN.sub(lambda m: " " * len(m[0]), text[:600])
    hits: list[tuple[int, int, str, date | None]] = []
    d: date | None
    for start, end, d in absolute_dates(text, base, "near" if near else "future"):
        pre = _DATE_LEAD.search(text[max(0, start - 30) : start])
        s = start - (len(pre[0]) if pre else 0)
        hits.append((s, s - end, text[s:end].rstrip("."), d))
    for rx, fn in _FUTURE:
        for m in rx.finditer(text):
            try:
                d = fn(m, base) if fn else None
            except (ValueError, OverflowError, TypeError, AttributeError):
                d = None
            if fn is _month_phrase and d is None:
                continue
            hits.append((m.start(), m.start() - m.end(), m[0].strip().rstrip(".,"), d))
            break
    if not hits:
        return None
    _, _, phrase, d = min(hits, key=lambda h: (h[0], h[1]))
    return phrase, d
