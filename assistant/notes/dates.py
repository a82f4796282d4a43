"""Dates in interview notes: when the interview was (past) and when a decision is due (future).

Everything here works on short strings (a sentence or a labelled value) and never raises.
Common shapes are parsed with small regexes; dateparser is only the fallback for labelled values.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Literal

from assistant.core.dates import date_order, full_year, in_window

_I = re.IGNORECASE
Prefer = Literal["past", "future", "near"]

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
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
_NUM = (
    r"(?:\d{1,2}|(?:a\s+)?couple(?:\s+of)?|an?|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve)"
)
_ORD = r"(?:st|nd|rd|th)?"

CONTEXT = re.compile(  # a sentence that may say when the interview was
    r"\b(?:interview\w*|met|meet|meeting|call|chat|spoke|screen|onsite|on-site|round|today"
    r"|yesterday|ago|gespr[äa]ch|entrevista|entretien)\b",
    _I,
)
DATE_WORD = re.compile(rf"{MONTH}|{WEEKDAY}|yesterday|today|tomorrow|next|last|ago", _I)
WHEN = (  # a date between a name and the company: "June Park on Nov 24 at Hyundai Capital"
    rf"(?:\s+(?:today|yesterday|(?:on|last|this)\s+(?:{MONTH}\s*\d{{1,2}}\w*|{WEEKDAY}"
    r"|\d{1,2}[/.]\d{1,2})))?"
)
_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_NUMERIC = re.compile(r"\b(\d{1,2})[/.](\d{1,2})(?:[/.](\d{4}|\d{2}))?\b")
_MONTH_DAY = re.compile(rf"\b({MONTH})\s*(\d{{1,2}}){_ORD}\b(?:,?\s*(\d{{4}})\b)?", _I)
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}}){_ORD}\s+(?:of\s+)?({MONTH})(?:,?\s*(\d{{4}})\b)?", _I)


def _num(word: str) -> int | None:
    word = word.lower().split()[-1] if word.split() else word
    if word == "of":
        return 2
    return int(word) if word.isdigit() else _NUMBERS.get(word)


def _safe(y: int, m: int, d: int) -> date | None:
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
        return [x for x in [_safe(y, m, d)] if x]
    return [x for x in (_safe(ref.year + k, m, d) for k in (-1, 0, 1)) if x]


def absolute_dates(
    text: str, ref: date, prefer: Prefer, short_numeric: bool = False
) -> list[tuple[int, int, date]]:
    """(start, end, date) for every absolute date written in text.

    A year-less date, or an ambiguous 05/11, takes the reading nearest ref on the preferred side.
    Numeric dates without a year ('11/20') count only after 'on'/'by' or when short_numeric.
    """
    found: list[tuple[int, int, date]] = []
    for m in _ISO.finditer(text):
        if d := _safe(int(m[1]), int(m[2]), int(m[3])):
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
            cands = _with_year(_MONTHS[m[mi][:3].lower()], int(m[di]), m[3], ref)
            if d := _choose(cands, ref, prefer):
                found.append((m.start(), m.end(), d))
    return found


def _weekday(word: str) -> int:
    return _WEEKDAYS[word[:3].lower()]


def _before(ref: date, wd: int, strict: bool) -> date:
    back = (ref.weekday() - wd) % 7
    return ref - timedelta(days=7 if strict and back == 0 else back)


def _after(ref: date, wd: int) -> date:
    ahead = (wd - ref.weekday()) % 7
    return ref + timedelta(days=ahead or 7)


def _week_day(ref: date, weeks: int, wd: int) -> date:
    return ref - timedelta(days=ref.weekday()) + timedelta(days=7 * weeks + wd)


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _add_months(ref: date, n: int) -> date:
    y, m = divmod(ref.month - 1 + n, 12)
    return date(ref.year + y, m + 1, min(ref.day, calendar.monthrange(ref.year + y, m + 1)[1]))


def _business_days(ref: date, n: int) -> date:
    d = ref
    while n > 0:
        d += timedelta(days=1)
        n -= d.weekday() < 5
    return d


Resolver = Callable[[re.Match[str], date], "date | None"]


def _past_weekday(strict: bool) -> Resolver:
    return lambda m, ref: _before(ref, _weekday(m["wd"]), strict)


_PAST: list[tuple[re.Pattern[str], Resolver]] = [
    (re.compile(r"\b(?:the\s+)?day\s+before\s+yesterday\b", _I), lambda m, r: r - timedelta(2)),
    (re.compile(r"\b(?:yesterday|yday|yest)\b", _I), lambda m, r: r - timedelta(1)),
    (re.compile(r"\b(?:today|this\s+(?:morning|afternoon|evening)|tonight)\b", _I), lambda m, r: r),
    (
        re.compile(rf"\b(?P<n>{_NUM})\s+(?P<u>day|week)s?\s+ago\b", _I),
        lambda m, r: (
            r - timedelta(days=(_num(m["n"]) or 0) * (7 if m["u"].lower() == "week" else 1))
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
    text = _DOMAIN.sub(lambda m: " " * len(m[0]), text[:600])  # "Monday.com" is no Monday
    absolute = absolute_dates(text, today, "past", short_numeric)
    if absolute:
        return min(absolute)[2]
    try:
        hits = [(m.start(), fn(m, today)) for rx, fn in _PAST if (m := rx.search(text))]
    except OverflowError:  # a 'today' at the very edge of the calendar
        return None
    return min(hits, key=lambda h: h[0])[1] if hits else None


def _month_phrase(m: re.Match[str], ref: date) -> date | None:
    """'mid-December' -> Dec 15, 'early January' -> Jan 7, 'by December' -> Dec 1, next year
    when the month is past; 'end of'/'in December' -> the last day."""
    month = m["mon"]
    if month.lower() == "may" and not (m["q"] or month[0].isupper()):
        return None
    num = _MONTHS[month[:3].lower()]
    year = ref.year + (num < ref.month)
    q = (m["q"] or "").lower()
    if q.startswith(("mid", "middle")):
        return date(year, num, 15)
    if q.startswith(("early", "start", "beginning")):
        return date(year, num, 7)
    if q.startswith("late"):
        return date(year, num, 25)
    if q.startswith("end") or m["pre"] and m["pre"].strip().lower() in ("in", "during"):
        return _month_end(year, num)
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
        return _week_day(ref, ahead, day)
    if unit == "month":
        first = _add_months(ref.replace(day=1), ahead)
        if q.startswith(("early", "start", "beginning")):
            return first.replace(day=7)
        if q.startswith(("mid", "middle")):
            return first.replace(day=15)
        return _month_end(first.year, first.month)
    if unit == "quarter":
        qm = ((ref.month - 1) // 3 + 1 + ahead) * 3
        return _month_end(ref.year + (qm - 1) // 12, (qm - 1) % 12 + 1)
    return date(ref.year + ahead, 12, 31) if q in ("end", "late", "") else None


def _duration(m: re.Match[str], ref: date) -> date | None:
    """'within two weeks' -> ref + 14; '3-5 business days', 'a week or two': the upper end."""
    n = _num(m["n3"] or m["n2"] or m["n"])
    if n is None:
        return None
    unit = m["unit"].lower()
    if unit.startswith("month"):
        return _add_months(ref, n)
    if m["biz"]:
        return _business_days(ref, n * (5 if unit.startswith("w") else 1))
    return ref + timedelta(days=n * (7 if unit.startswith("w") else 1))


def _short_end(m: re.Match[str], ref: date) -> date:
    unit = (m["u"] or "y").lower()
    if unit == "w":
        return _week_day(ref, 1 if ref.weekday() >= 5 else 0, 4)
    return _month_end(ref.year, ref.month) if unit == "m" else date(ref.year, 12, 31)


def _future_weekday(m: re.Match[str], ref: date) -> date:
    """'next fri' -> Friday of the week after ref's; 'by Friday' -> the first Friday after ref."""
    wd = _weekday(m["wd"])
    if (m["which"] or "").lower() == "next":
        return _week_day(ref, 1, wd)
    return _after(ref, wd)


def _day_of_month(m: re.Match[str], ref: date) -> date | None:
    day = int(m["d"])
    for k in range(3):
        first = _add_months(ref.replace(day=1), k)
        if (d := _safe(first.year, first.month, day)) and d > ref:
            return d
    return None


def _holidays(m: re.Match[str], ref: date) -> date:
    xmas = date(ref.year, 12, 24)
    return xmas if xmas >= ref else date(ref.year + 1, 12, 24)


_PRE = r"(?:(?:by|before|until|on|around|at|in|about|~)\s+)?"
_DATE_LEAD = re.compile(  # what leads into a stated date: "by Friday, the" in "by Friday, the 27th"
    rf"(?:\b(?:by|before|until|on|around)\s+)?(?:\b{WEEKDAY},?\s+(?:the\s+)?)?(?<=\s)$", _I
)
_DOMAIN = re.compile(r"\b[\w-]+\.(?:com|io|ai|org|net|co|app|dev)\b", _I)
_FUTURE: list[tuple[re.Pattern[str], Resolver | None]] = [  # a None resolver: stated, no date
    (
        re.compile(
            r"\b(?:(?:with)?in\s+(?:the\s+next\s+)?|inside\s+(?:of\s+)?|(?:over|in)\s+the\s+next\s+"
            rf"|about\s+|around\s+|~\s*)?(?P<n>{_NUM})(?:\s*(?:-|to|or)\s*(?P<n2>{_NUM}))?\s+"
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
    text = _DOMAIN.sub(lambda m: " " * len(m[0]), text[:600])
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
