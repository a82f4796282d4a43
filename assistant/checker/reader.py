"""The checks a careful reader makes (shared/READER.md) beyond the guide's rules.

written      — raw note shorthand, a sentence ending on a function word, colliding prepositions
names        — a greeted name that is a common word or place, or not the one the person goes by;
               the lead interviewer not greeted; a recruiter thanked as an interviewer
private      — words of a private line from the notes (the notes reader's one decision)
attribution  — the candidate's own work presented as something they "enjoyed hearing about"
role         — neither the role nor the organisation named although the notes give one
markup       — links, HTML, markdown, code, or instructions / system-prompt text in an email,
               unless the notes contain them

Each is registered with the checker like every other check; word lists live in
assistant/notes/wordlists/notes.toml and the cue data in prompts/stages.toml.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from assistant.checker.scoring import Context, Finding, _check, _worst
from assistant.core.domain import Check, Status
from assistant.notes import wordlists as lexicon
from assistant.text import metrics as tm

_RAW = re.compile(
    r"->|=>|→|<-|\bw/|\b(?:abt|mgr|mgrs|yrs?|mtgs?|ppl|tbh|lol|imo|fyi|btw|b/c|bc|thru|convo|q's|qs)\b"
    r"|\b\d{1,2}/\d{1,2}\b(?!/)|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri)\.?\s+\d{1,2}\b"
    r"|\?\?|!!|(?<=\w)\s\+\s(?=\w)|\s&\s(?=(?-i:[a-z]))",
    re.IGNORECASE,
)
_DANGLING = re.compile(
    r"\b(?:a|an|the|of|and|or|my|your|their|our|than)\s*[.!?](?:\s|$)",
    re.IGNORECASE,
)
_COLLIDED = re.compile(
    r"\b(?:about|of|on|with|to|at|from|into|in)\s+(?:of|about)\s+(?!which|whom)",
    re.IGNORECASE,
)
_GRAMMAR = re.compile(
    r"\blook(?:ing)?\s+forward\s+to\s+(?:hear|meet|speak|see|work|talk|learn|join|discuss|"
    r"connect|receive|continue)\b(?!ing)|\b(?:a|an)\s+discussing\b",
    re.IGNORECASE,
)
_HEARD = re.compile(
    r"\b(?:hearing|learning|learn|hear|heard|hear(?:ing)?\s+more)\s+(?:more\s+)?(?:about|that)\s+(?P<rest>[^.!?]{0,120})",
    re.IGNORECASE,
)
_OWN = re.compile(
    r"\bI\s+(?:\w+\s+)?(?:led|built|ran|created|designed|launched|started|"
    r"wrote|managed|set\s+up|developed|redesigned|introduced|implemented)\b|\bmy\s+own\b"
)
_URL = re.compile(
    r"https?://|www\.|\b[\w-]+\.(?:com|net|org|io|ly|co|info|biz|xyz|ru|app)(?:/\S*)?\b",
    re.IGNORECASE,
)
_HTML = re.compile(r"</?[a-zA-Z][\w-]*(?:\s[^<>]*)?/?>|&(?:nbsp|amp|lt|gt|quot);")
_MARKDOWN = re.compile(
    r"!\[[^\]]*\]\([^)]*\)|\[[^\]]+\]\([^)]+\)|\*\*[^*]+\*\*|__[^_]+__|^\s*#{1,6}\s|^\s*```|`[^`]+`",
    re.MULTILINE,
)
_INSTRUCTION = re.compile(
    r"\b(?:system\s+prompt|as\s+an\s+ai|language\s+model|i\s+cannot\s+(?:help|assist)|"
    r"interview_data|ignore\s+(?:all\s+|the\s+)?(?:previous|above)\s+instructions|"
    r"here\s+is\s+(?:the|your|a)\s+(?:draft|email)|subject\s+line\s*:|word\s+count|"
    r"\((?:insert|add|write|four\s+blank|sign)[^)]*\)|<\s*/?\s*(?:system|user|assistant)\b)",
    re.IGNORECASE,
)
_GENERIC = re.compile(
    r"hiring|team|manager|committee|sir|madam|all\b|everyone|colleagues|folks", re.IGNORECASE
)


@lru_cache(maxsize=8192)
def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


@_check("written", 10)
def written(ctx: Context) -> Check:
    found: list[Finding] = []
    prose = " ".join(ctx.sentences)
    notes = ctx.notes.text or ""
    if raw := _RAW.search(prose):
        found.append(
            (
                "fail",
                f"Raw note shorthand “{raw.group(0).strip()}” is still in the email.",
                "Write it out in full words, as you would say it.",
            )
        )
    for sent in ctx.sentences:
        if _DANGLING.search(sent[-14:]) or re.search(r"\s[-–—]+\s*[.!?]$", sent):
            found.append(
                (
                    "fail",
                    f"A sentence stops on a small word: {sent[-30:].strip()!r}.",
                    "Finish the sentence or cut the last words.",
                )
            )
            break
    if bad := _GRAMMAR.search(prose):
        found.append(
            (
                "fail",
                f"“{bad.group(0)}” does not read as written English.",
                "Use the -ing form: “looking forward to hearing”.",
            )
        )
    if collided := _COLLIDED.search(prose):
        found.append(
            (
                "fail",
                f"Two prepositions collide: “{collided.group(0).strip()}”.",
                "Rephrase so one small word leads into the topic.",
            )
        )
    del notes
    return _worst("written", found, "Reads as written English.")


def _greeted(ctx: Context) -> list[str]:
    greeting = ctx.parts.greeting or ""
    m = re.match(
        r"\s*(?:dear|hello|hi|hey|good\s+(?:morning|afternoon|evening))\s+(.+?)[,:!]?\s*$",
        greeting,
        re.IGNORECASE,
    )
    if not m:
        return []
    return [n.strip() for n in re.split(r",\s*|\s+and\s+|\s*&\s*", m.group(1)) if n.strip()]


@_check("names", 10)
def names(ctx: Context) -> Check:
    found: list[Finding] = []
    people = list(ctx.notes.interviewers)
    known = {_norm(p.greet or "") for p in people} | {_norm(p.name) for p in people}
    parts = {w for p in people for w in _norm(p.name).split()} | {
        w for p in people for w in _norm(p.greet or "").split()
    }
    recruiters = {w for p in ctx.notes.coordinators for w in _norm(p.name).split()}
    not_names = lexicon.words("notes", "people", "not_names")
    greeted = [g for g in _greeted(ctx) if not _GENERIC.search(g)]
    for name in greeted:
        words = set(_norm(name).split()) - {"dr", "mr", "ms", "mrs", "mx", "prof", "professor"}
        goes = [
            p.greet
            for p in people
            if p.greet
            and words & set(_norm(p.name).split())
            and not set(_norm(p.greet).split()) & set(_norm(p.name).split())
        ]
        if goes and _norm(name) != _norm(goes[0]):
            found.append(
                ("fail", f"They go by “{goes[0]}”, not “{name}”.", f"Greet them as {goes[0]}.")
            )
            continue
        if _norm(name) in known or (words and words <= parts):
            continue
        in_company = bool(words) and words <= set(_norm(ctx.notes.company or "").split())
        if in_company and len(set(_norm(ctx.notes.company or "").split())) > len(words):
            found.append(
                (
                    "fail",
                    f"“{name}” is part of the company's name, not a person.",
                    "Greet the person you met by name.",
                )
            )
            continue
        if words and words <= not_names:
            found.append(
                ("fail", f"“{name}” is not a person.", "Greet the person you met by name.")
            )
        elif people and not (_norm(name) in known or (words and words <= parts)):
            hint = " (they coordinated the interview)" if words & recruiters else ""
            found.append(
                (
                    "fail",
                    f"“{name}” is not one of your interviewers{hint}.",
                    "Greet the interviewer by the name they go by.",
                )
            )
        elif (
            people
            and words
            and _norm(name) not in known
            and not re.match(r"(?:dr|mr|mrs|ms|mx|prof|professor)\b", _norm(name))
        ):
            goes = [p.greet for p in people if p.greet and words & set(_norm(p.name).split())]
            if (
                goes
                and _norm(goes[0]) not in (_norm(name),)
                and not words & set(_norm(goes[0]).split())
            ):
                found.append(
                    ("fail", f"They go by “{goes[0]}”, not “{name}”.", f"Greet them as {goes[0]}.")
                )
    if people and not greeted and _GENERIC.search(ctx.parts.greeting or ""):
        lead_name = people[0].greet or people[0].name
        found.append(
            (
                "fail",
                f"A generic greeting, though you met {lead_name}.",
                f"Greet {lead_name} by name.",
            )
        )
    lead = people[0] if people else None
    if (
        lead
        and greeted
        and not any(
            _norm(g) in (_norm(lead.greet or ""), _norm(lead.name))
            or set(_norm(g).split()) & set(_norm(lead.name).split())
            for g in greeted
        )
    ):
        # a warning: who leads is read from the notes, and calibration shows it is not certain
        found.append(
            (
                "warn",
                f"The lead interviewer, {lead.greet or lead.name}, is not greeted.",
                f"Address {lead.greet or lead.name}, unless someone else is your contact.",
            )
        )
    return _worst("names", found, "Every name is a person from your notes.")


@_check("private", 12)
def private(ctx: Context) -> Check:
    low = _norm(" ".join([ctx.subject, *ctx.sentences]))
    for line in ctx.notes.private_lines:
        words = _norm(line).split()
        grams = [" ".join(words[i : i + 3]) for i in range(len(words) - 2)]
        stop = {
            "the",
            "a",
            "an",
            "to",
            "of",
            "and",
            "i",
            "is",
            "it",
            "in",
            "for",
            "on",
            "that",
            "they",
            "we",
            "my",
            "me",
            "was",
            "with",
            "about",
            "be",
            "you",
            "your",
            "at",
        }
        hits = [g for g in grams if len(set(g.split()) - stop) >= 2 and f" {g} " in f" {low} "]
        if hits:
            return Check(
                "private",
                "fail",
                f"Words from a private note (“{line[:60]}”) are in the email.",
                "Take out anything you noted only for yourself.",
            )
    from assistant.notes.line_kinds import is_private

    notes = (ctx.notes.text or "").lower()
    for sent in ctx.sentences:  # pay, other offers, opinions: never in a follow-up, in any words
        if is_private(sent) and sent.lower() not in notes:
            return Check(
                "private",
                "fail",
                f"This reads as something to keep to yourself: {_short(sent)}",
                "Leave pay, other offers and opinions out of the email.",
            )
    return Check("private", "pass", "Nothing private from your notes.")


@_check("attribution", 8)
def attribution(ctx: Context) -> Check:
    own = [p.topic for p in ctx.notes.talking_points if p.kind == "my_work"]
    for sent in ctx.sentences:
        for m in _HEARD.finditer(sent):
            rest = m.group("rest")
            mine = _OWN.search(rest) or any(_overlap(t, rest) >= 0.6 for t in own)
            if mine:
                return Check(
                    "attribution",
                    "fail",
                    f"Your own work reads as something you heard about: {_short(sent)}",
                    "Say you were glad to talk about your work, e.g. 'I was glad to walk "
                    "you through …'.",
                )
    return Check("attribution", "pass", "Your work and theirs are told apart.")


def _overlap(topic: str, text: str) -> float:
    """Share of the topic's content words (by 5-letter stem) found in the text."""
    stop = {
        "the",
        "a",
        "an",
        "my",
        "your",
        "our",
        "their",
        "of",
        "to",
        "for",
        "and",
        "at",
        "in",
        "on",
        "with",
        "i",
        "we",
        "you",
        "about",
    }
    want = {w[:5] for w in _norm(topic).split() if w not in stop}
    have = {w[:5] for w in _norm(text).split()}
    return len(want & have) / len(want) if want else 0.0


def _short(sentence: str, n: int = 10) -> str:
    ws = sentence.split()
    return "“" + " ".join(ws[:n]) + ("…”" if len(ws) > n else "”")


@_check("role", 6)
def role(ctx: Context) -> Check:
    """READER.md, S: every stage names the role, and the organisation, when the notes say them."""
    role_name, company = ctx.notes.role, ctx.notes.company
    if not role_name and not company:
        return Check("role", "pass", "The notes name no role or organisation.")
    text = _norm(f"{ctx.subject} {' '.join(ctx.sentences)}").split()
    missing = []
    for what, value in (("role", role_name), ("organisation", company)):
        words = [w for w in _norm(value or "").split() if len(w) > 2 or w.isdigit()]
        if words and sum(w in text for w in words) < max(1, (len(words) + 1) // 2):
            missing.append(f"the {what} (“{value}”)")
    if not missing:
        return Check("role", "pass", "The role and organisation are named.")
    status: Status = "fail" if len(missing) == 2 or role_name and "role" in missing[0] else "warn"
    return Check(
        "role",
        status,
        f"The email never names {' or '.join(missing)}.",
        "Name them so they know which interview this is about.",
    )


@_check("markup", 10)
def markup(ctx: Context) -> Check:
    notes = ctx.notes.text or ""
    body = f"{ctx.subject}\n{ctx.body}"
    found: list[Finding] = []
    for pattern, what in (
        (_URL, "a link"),
        (_HTML, "HTML"),
        (_MARKDOWN, "markdown formatting"),
        (_INSTRUCTION, "instructions or model text"),
    ):
        m = pattern.search(body)
        if m and m.group(0).lower() not in notes.lower():
            found.append(
                (
                    "fail",
                    f"The email contains {what}: “{m.group(0)[:40]}”.",
                    "Send plain text only: remove it.",
                )
            )
    return _worst("markup", found, "Plain text, no links or markup.")


_MONTHS = list(tm.MONTHS)
_EMAIL_DATE = re.compile(
    r"\b(" + "|".join(m[:3] + r"[a-z]*\.?" for m in _MONTHS) + r")\s+(\d{1,2})(?:st|nd|rd|th)?\b"
    r"|\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?("
    + "|".join(m[:3] + r"[a-z]*" for m in _MONTHS)
    + r")\b",
    re.IGNORECASE,
)


@_check("facts", 8)
def facts(ctx: Context) -> Check:
    """A date the email states must be one the notes state (no made-up decision dates)."""
    notes = (ctx.notes.text or "").lower()
    for m in _EMAIL_DATE.finditer(" ".join(ctx.sentences)):
        month_word = (m.group(1) or m.group(4) or "").lower()[:3]
        day = int(m.group(2) or m.group(3))
        month = next((i + 1 for i, name in enumerate(_MONTHS) if name.startswith(month_word)), 0)
        said = re.search(
            rf"\b{month_word}[a-z]*\.?\s+{day}(?:st|nd|rd|th)?\b|\b{day}(?:st|nd|rd|th)?"
            rf"\s+(?:of\s+)?{month_word}|\b{month}[/.-]{day}\b|\b{day}[/.-]{month}\b"
            rf"|\bthe\s+{day}(?:st|nd|rd|th)\b",
            notes,
        )
        if not said:
            return Check(
                "facts",
                "fail",
                f"“{m.group(0)}” is not a date your notes give.",
                "Check the date against your notes, or leave it out.",
            )
    return Check("facts", "pass", "Every date is one your notes give.")
