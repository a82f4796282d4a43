"""Role and organisation when the parser found no labelled or prose statement of them."""

from __future__ import annotations

import re

_ORG_LABEL = re.compile(
    r"^\W*(?:company|employer|organi[sz]ation|org|agency|facility|hospital|clinic|school|district|"
    r"firm|practice|store|location|site|department|dept|ministry|office|lab|university|restaurant|"
    r"hotel|property|shop|branch|client|nonprofit|non-profit|charity|institution|business)\s*[:=-]\s*"
    r"(?P<v>[^\n|;,(]{2,60})",
    re.IGNORECASE | re.MULTILINE,
)
_ROLE_LABEL = re.compile(
    r"^\W*(?:role|position|job|title|job\s+title|post|opening|vacancy|applied\s+for|applying\s+for|"
    r"req|requisition)\s*[:=-]\s*(?P<v>[^\n|;,(]{2,60})",
    re.IGNORECASE | re.MULTILINE,
)
_AT = re.compile(r"(?:^|\s)@[ \t]*(?P<v>[A-Za-z][\w.'’&-]*(?:[ \t]+[A-Za-z][\w.'’&-]*){0,4})")
_SMALL = {"of", "and", "the", "for", "at", "in", "on", "de", "la", "du", "&"}
_STOP = re.compile(
    r"\s+(?:for|with|on|at|w/|re|about|today|yesterday|tomorrow|this|last|next|interview|"
    r"mon|tue|tues|wed|thu|thurs|fri|\d).*$",
    re.IGNORECASE,
)


def _title_case(value: str) -> str:
    words = value.split()
    out = []
    for i, w in enumerate(words):
        if w.islower() and (i == 0 or w not in _SMALL):
            w = w[:1].upper() + w[1:]
            w = re.sub(r"(?<=['’])s\b", "s", w)
        out.append(w)
    return " ".join(out)


def _clean(value: str) -> str | None:
    value = _STOP.sub("", value.strip()).strip(" .-–—:")
    if not value or len(value.split()) > 6 or not re.search(r"[A-Za-z]{2}", value):
        return None
    return _title_case(value) if value.islower() else value


def fallback_company(text: str) -> str | None:
    """'Facility: st. brigid's' / '@ st. brigid's' -> "St. Brigid's"."""
    for pat in (_ORG_LABEL, _AT):
        for m in pat.finditer(text or ""):
            got = _clean(m.group("v"))
            if got and "@" not in got and "." not in got.split()[-1][-4:-1]:
                return got
    return None


def fallback_role(text: str) -> str | None:
    for m in _ROLE_LABEL.finditer(text or ""):
        value = re.split(r"\s+(?:@|at)\s+", m.group("v"))[0]
        got = _clean(value)
        if got:
            return _title_case(got.lower()) if got.islower() else got
    return None
