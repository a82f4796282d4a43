"""The decision timeline the interviewers gave, said back in a status check: the day the notes
state, or their phrase told from a week later ('within two weeks of our interview')."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from assistant.text.sayable import a_deadline, names_a_decision
from assistant.text.words import MONTHS

_NUMBER = r"(?:a|an|one|two|three|four|five|six|a\s+couple(?:\s+of)?|a\s+few|\d{1,2}(?:\s*[-–]\s*\d{1,2})?)"
_UNIT = r"(?:business\s+|working\s+)?(?:days?|weeks?|months?)"
_DAY = r"(?:(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri)(?:[a-z]*)|sat(?:urday)?|sun(?:day)?)\.?"
_TIMELINE = re.compile(
    rf"(?:within|in)\s+(?:about\s+|around\s+|roughly\s+|~\s*)?{_NUMBER}\s+{_UNIT}"
    rf"|(?:about|around|roughly|~)\s*{_NUMBER}\s+{_UNIT}"
    rf"|\b{_NUMBER}\s+{_UNIT}\b"
    r"|by\s+(?:the\s+)?end\s+of\s+(?:the\s+|this\s+|next\s+)?(?:week|month)"
    r"|\bend\s+of\s+(?:the\s+|this\s+|next\s+)?(?:week|month)"
    r"|(?:by|before|after)\s+(?:the\s+)?(?:holidays|thanksgiving|christmas|new\s+year|easter|eid|"
    r"diwali|hanukkah|ramadan|summer|half[- ]term|end\s+of\s+(?:term|the\s+quarter|the\s+year))"
    r"|\bthe\s+(?:first|second|third|last)\s+week\s+of\s+"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
    r"|\b(?:the\s+)?week\s+of\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b"
    r"|(?:in\s+)?(?:early|mid|late)[- ](?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
    rf"|(?:on\s+)?the\s+(?:first|second|third|fourth|last)\s+{_DAY}\s+of\s+(?:the|this|next)\s+month"
    rf"|(?:(?:by|on|before)\s+)?{_DAY}\s+week\b"  # "by Friday week": a week on Friday
    rf"|(?:(?:by|on|before)\s+)?{_DAY}\s+or\s+{_DAY}(?![a-z])"  # "Monday or Tuesday"
    rf"|(?:(?:by|on|before)\s+)?(?:next\s+|this\s+)?{_DAY}(?![a-z])"
    r"|next\s+week|this\s+week",
    re.IGNORECASE,
)
# the phrase nearest one of these words is the decision's, not the test results' or the start's
_DECIDES = re.compile(
    r"\b(?:decision|decide|deciding|offer|hear|call|let\s+\w+\s+know|back)", re.IGNORECASE
)


def decision(payload: dict[str, Any]) -> str:
    """The timeline they gave, said back neutrally: a day the notes state ('around December 4') or
    a clear phrase ('within two weeks of our interview'); nothing when the notes give neither."""
    timeline = " ".join(
        re.sub(
            r"\bwks?\b",
            lambda m: "weeks" if m[0].endswith("s") else "week",
            str(payload.get("decision_timeline") or ""),
            flags=re.IGNORECASE,
        ).split()
    )
    try:
        day = date.fromisoformat(str(payload.get("decision_date")))
    except ValueError:
        day = None
    try:
        met = date.fromisoformat(str(payload.get("interview_date")))
    except ValueError:
        met = None
    written = _written_day(timeline, met or day)
    if written and day != written:
        day = written  # the day as the notes write it ("12/4") wins over a resolved guess
    soon = day and (met is None or 0 <= (day - met).days <= 60)
    at = re.search(rf"(?<!\d){day.day}(?!\d)", timeline) if day else None
    if at and a_deadline(timeline, at.start(), at.end()):
        soon = False  # "background packet due by the 18th" is theirs to do, not a decision
    # "decide by Friday" is a decision; "she'll ring by Friday", "feedback early next week" or
    # "in touch about a second round" is only when they would be in touch: said as that
    expected = (
        "a decision was expected"
        if payload.get("timeline_is_a_decision") or names_a_decision(timeline)
        else "you expected to be in touch"
    )
    if day and soon and written:
        return f" I know {expected} around {day.strftime('%B')} {day.day}."
    if day and soon and stated_day(timeline, day):
        # "by the 18th": the notes give no month, so neither does the email
        return f" I understand {expected} by the {day.day}{_suffix(day.day)}."
    said = [m for m in _TIMELINE.finditer(timeline) if not a_deadline(timeline, m.start(), m.end())]
    if not said:
        return ""
    cues = [c.end() for c in _DECIDES.finditer(timeline)]
    best = min(said, key=lambda m: min((abs(m.start() - c) for c in cues), default=m.start()))
    said_back = re.sub(  # "by Thanksgiving", "before the New Year", "the last week of January"
        r"\b(thanksgiving|christmas|easter|new\s+year|eid|diwali|hanukkah|ramadan|"
        r"january|february|march|april|may|june|july|august|september|october|november|december)\b",
        lambda m: m[1].title(),
        _relative(best.group(0).lower()),
    )
    if re.match(r"(?:the\s+)?(?:first|second|third|last\s+)?\s*week\s+of\b", said_back):
        said_back = "in " + (said_back if said_back.startswith("the") else "the " + said_back)
    return f" I understand {expected} {said_back}."


_WEEKDAYS = {
    "mon": "Monday",
    "tue": "Tuesday",
    "wed": "Wednesday",
    "thu": "Thursday",
    "fri": "Friday",
    "sat": "Saturday",
    "sun": "Sunday",
}
_MONTHS = {m[:3]: i for i, m in enumerate(MONTHS, start=1)}


def _written_day(timeline: str, near: date | None) -> date | None:
    """'by 12/4', 'by Dec 4th': the day exactly as written, in the year that puts it after `near`."""
    m = re.search(r"\b(\d{1,2})/(\d{1,2})\b(?!/)", timeline)
    month = day = None
    if m:
        month, day = int(m[1]), int(m[2])
    elif m := re.search(
        r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:uary|ruary|ch|il|e|y|ust|t|tember"
        r"|ober|ember)?\.?\s+(\d{1,2})"  # "Dec 4", "December 4"; never "decision 2"
        r"(?:st|nd|rd|th)?\b",
        timeline,
        re.IGNORECASE,
    ):
        month, day = _MONTHS[m[1].lower()], int(m[2])
    if not month or not day or near is None:
        return None
    try:
        got = date(near.year, month, day)
        return got if got >= near else date(near.year + 1, month, day)
    except ValueError:
        return None


def _relative(phrase: str) -> str:
    """A timeline said at the interview, told from a week later: 'within two weeks' -> 'within
    two weeks of our interview', 'next week' -> 'the week after our interview'."""
    phrase = " ".join(phrase.replace("~", "about ").split())
    if nth := re.fullmatch(rf"(?:on\s+)?the\s+(\w+)\s+({_DAY})\s+of\s+(\w+)\s+month", phrase):
        return f"on the {nth[1]} {_WEEKDAYS[nth[2][:3]]} of {nth[3]} month"  # as they said it
    if two := re.fullmatch(rf"(?:(by|on|before)\s+)?({_DAY})\s+or\s+({_DAY})", phrase):
        return f"by {_WEEKDAYS[two[2][:3]]} or {_WEEKDAYS[two[3][:3]]}"
    if day := re.fullmatch(rf"(?:(by|on|before)\s+)?({_DAY})\s+week", phrase):
        return f"{day[1] or 'by'} {_WEEKDAYS[day[2][:3]]} week"  # "Friday week", as they said it
    if day := re.fullmatch(rf"(?:(by|on|before)\s+)?(next\s+|this\s+)?({_DAY})", phrase):
        name = _WEEKDAYS[day[3][:3]]
        when = "the following " if day[2] and day[2].startswith("next") else ""
        return f"{day[1] or 'by'} {when}{name}"
    if re.fullmatch(rf"(?:(?:about|around|roughly)\s+)?{_NUMBER}\s+{_UNIT}", phrase):
        return f"within {phrase} of our interview"
    if re.match(r"end\s+of", phrase):
        phrase = "by the " + phrase
    if re.match(r"(?:within|in)\s", phrase):
        return re.sub(r"^in\s", "within ", phrase) + " of our interview"
    if phrase == "next week":
        return "the week after our interview"
    if phrase == "this week":
        return "the week of our interview"
    if re.match(r"by\s+(?:the\s+)?end\s+of\s+next\s+week", phrase):
        return "by the end of the week after our interview"
    if re.match(r"by\s+(?:the\s+)?end\s+of\s+(?:this\s+|the\s+)?week", phrase):
        return "by the end of the week of our interview"
    if re.match(r"by\s+(?:the\s+)?end\s+of\s+(?:this\s+|the\s+)?month", phrase):
        return "by the end of the month"
    full = {m[:3]: m.capitalize() for m in MONTHS}
    return re.sub(
        r"(?:in\s+)?(early|mid|late)[- ](\w+)",
        lambda m: f"in {m[1]}-{full.get(m[2][:3].lower(), m[2].capitalize())}",
        phrase,
    )


def _suffix(day: int) -> str:
    return "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def stated_day(timeline: str, day: date) -> bool:
    """True when the timeline names the day itself ('by Dec 12', 'on the 12th', '12/12')."""
    return bool(re.search(rf"(?<!\d){day.day}(?:st|nd|rd|th)?(?!\d)", timeline))
