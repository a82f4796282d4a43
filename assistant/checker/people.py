"""Names and people: the greeting greets the person met, by the name they go by; the sign-off
carries the candidate's name; no greeted name is a common word, a place or the company."""

from __future__ import annotations

import re

from assistant.checker.context import Context, Finding, worst
from assistant.checker.evidence import common_word, deciders, greets, leads_too, twice_greeted
from assistant.core.domain import Check
from assistant.notes import wordlists as lexicon
from assistant.notes.name_evidence import calendar_word, only_a_place, people_words
from assistant.text.email_parts import after_greeting
from assistant.text.names import greeted_names, is_name_of, name_parts
from assistant.text.placeholders import placeholders
from assistant.text.words import fold


def _salutation(ctx: Context) -> str:
    people = ctx.notes.interviewers
    return f"“Dear {people[0].greet or people[0].name},”" if people else "“Dear Hiring Team,”"


def check_greeting(ctx: Context) -> Check:
    greeting, people = ctx.parts.greeting, ctx.notes.interviewers
    if greeting is None:
        return Check("greeting", "warn", "No greeting line.", f"Start with {_salutation(ctx)}.")
    greeted = greeted_names(after_greeting(greeting))
    if not people:
        return Check("greeting", "pass", f"Greeting: “{greeting}”.")
    known = frozenset(part for p in people for part in name_parts(f"{p.name} {p.greet or ''}"))
    met = " or ".join(p.greet or p.name for p in people)
    wrong = [t for t in greeted if not is_name_of(t, known)]
    if wrong:
        return Check(
            "greeting",
            "fail",
            f"Greets {' '.join(wrong)}, but you met {met}.",
            f"Greet the person you met: {_salutation(ctx)}.",
        )
    if not greeted:
        return Check(
            "greeting",
            "warn",
            f"“{greeting}” names no one; you met {met}.",
            f"Greet them by name: {_salutation(ctx)}.",
        )
    return Check("greeting", "pass", f"Greets {' '.join(greeted)} by name.")


def check_signoff(ctx: Context) -> Check:
    candidate = ctx.notes.candidate or ""
    if ctx.parts.signoff is None:
        last = ctx.body.strip().splitlines()[-1].strip() if ctx.body.strip() else ""
        signed = bool(re.fullmatch(r"[-–— ]*(?:[A-ZÀ-Ý][\w'’.-]*\s?){1,4}", last))
        return Check(
            "signoff",
            "warn" if signed else "fail",
            "No closing line before your name." if signed else "No sign-off at the end.",
            f"End with “Best regards,” and {candidate or 'your name'}.",
        )
    if re.fullmatch(
        r"(?:love|lots\s+of\s+love|xo+x*o*|hugs|kisses|peace|later|ttyl)\W*",
        ctx.parts.signoff.strip(),
        re.IGNORECASE,
    ):
        return Check(
            "signoff",
            "fail",
            f"“{ctx.parts.signoff}” is a sign-off for friends and family, not a hiring manager.",
            "End with “Best regards,” or “Kind regards,”.",
        )
    names = [n for n in ctx.parts.name_lines if not placeholders(n)]
    if not names:
        return Check(
            "signoff",
            "warn",
            f"“{ctx.parts.signoff}” has no name under it.",
            f"Add your name: {candidate or 'your full name'}.",
        )
    mine = name_parts(candidate)
    if mine and not mine & {w.lower() for n in names for w in re.findall(r"[^\W\d_]+", n)}:
        return Check(
            "signoff",
            "fail",
            f"Signed as “{names[0]}”, but you are {candidate}.",
            f"Sign with your own name: {candidate}.",
        )
    return Check("signoff", "pass", f"Signs off with “{ctx.parts.signoff}” and a name.")


_GENERIC = re.compile(
    r"hiring|team|manager|committee|sir|madam|all\b|everyone|colleagues|folks", re.IGNORECASE
)


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


def names(ctx: Context) -> Check:
    found: list[Finding] = []
    people = list(ctx.notes.interviewers)
    known = {fold(p.greet or "") for p in people} | {fold(p.name) for p in people}
    parts = {w for p in people for w in fold(p.name).split()} | {
        w for p in people for w in fold(p.greet or "").split()
    }
    recruiters = {w for p in ctx.notes.coordinators for w in fold(p.name).split()}
    not_names = lexicon.words("notes", "people", "not_names")
    greeted = [g for g in _greeted(ctx) if not _GENERIC.search(g)]
    for name in greeted:
        words = set(fold(name).split()) - people_words("titles")
        day = calendar_word(name.split())
        if common_word(name) and not (words and words <= parts):
            found.append(
                (
                    "fail",
                    f"“{name}” is a common word, not a name.",
                    "Greet the person you met by name.",
                )
            )
            continue
        if day or only_a_place(name, ctx.notes.text or ""):
            what = f"“{day}” is a day or a month" if day else f"Your notes use “{name}” as a place"
            found.append(("fail", f"{what}, not a person.", "Greet the person you met by name."))
            continue
        goes = [
            p.greet
            for p in people
            if p.greet
            and words & set(fold(p.name).split())
            and not set(fold(p.greet).split()) & set(fold(p.name).split())
        ]
        if goes and fold(name) != fold(goes[0]):
            found.append(
                ("fail", f"They go by “{goes[0]}”, not “{name}”.", f"Greet them as {goes[0]}.")
            )
            continue
        firm = set(fold(ctx.notes.company or "").split())
        in_company = bool(words) and words <= firm and len(firm) > len(words)
        # "Dear Halvorsen" of "Halvorsen Ødegaard Arkitekter": a firm's name, unless someone the
        # notes name in full carries it ("Chidi Okafor" of "Okafor + Lindgren")
        full = {w for p in people if len(fold(p.name).split()) > 1 for w in fold(p.name).split()}
        if in_company and not words <= full:
            found.append(
                (
                    "fail",
                    f"“{name}” is part of the company's name, not a person.",
                    "Greet the person you met by name.",
                )
            )
            continue
        if fold(name) in known or (words and words <= parts):
            continue
        if in_company:
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
        elif people and not (fold(name) in known or (words and words <= parts)):
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
            and fold(name) not in known
            and not re.match(r"(?:dr|mr|mrs|ms|mx|prof|professor)\b", fold(name))
        ):
            goes = [p.greet for p in people if p.greet and words & set(fold(p.name).split())]
            if (
                goes
                and fold(goes[0]) not in (fold(name),)
                and not words & set(fold(goes[0]).split())
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
    twice = twice_greeted(greeted)
    if twice:
        found.append(
            (
                "fail",
                f"“{twice[0]}” and “{twice[1]}” are the same person, greeted twice.",
                f"Greet them once, as {twice[1]}.",
            )
        )
    for name in deciders(ctx.notes):
        person = next(p for p in (*people, *ctx.notes.coordinators) if p.name == name)
        if (
            greeted
            and not greets(greeted, person.name, person.greet)
            and not leads_too(greeted, ctx.notes)
        ):
            said = person.greet or person.name
            found.append(
                (
                    "fail",
                    f"Your notes say {said} decides, but the email greets someone else.",
                    f"Address {said} (and the others you met, if you like).",
                )
            )
    lead = people[0] if people else None
    if (
        lead
        and greeted
        and not any(
            fold(g) in (fold(lead.greet or ""), fold(lead.name))
            or set(fold(g).split()) & set(fold(lead.name).split())
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
    return worst("names", found, "Every name is a person from your notes.")
