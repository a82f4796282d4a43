"""Grounding and details: the interview's details mentioned; names, numbers, tools and dates found
in the notes; the role and organisation named; the candidate's own work told apart from theirs."""

from __future__ import annotations

import re

from assistant.checker.context import Context
from assistant.checker.evidence import notes_timeline
from assistant.core.domain import Check, Notes, Status
from assistant.core.stages import Rules
from assistant.notes.timeline_cues import mentions_time
from assistant.text.email_parts import after_greeting
from assistant.text.matching import grounded_stems, ungrounded
from assistant.text.names import name_candidates
from assistant.text.sayable import specific_words
from assistant.text.words import MONTHS, fold, quote

COMMON_WORDS = """I Dear Hi Hello Hey Good Morning Afternoon Evening Greetings Best Regards Kind
Kindest Warm Warmest Sincerely Yours Truly Thanks Thank Cheers Respectfully Many All Mr Mrs Ms Mx
Dr Prof Sir Madam Team Hiring Manager Recruiter Recruiting Talent Acquisition HR Re Fwd CV PS
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
July August September October November December"""


def _rules_vocabulary(rules: Rules) -> str:
    """Every word the stage rules use (labels, subjects, cues, fixes) and common email words."""
    parts = [COMMON_WORDS, *(g.fix for g in rules.avoid)]
    for s in rules.stages.values():
        parts += [s.label, s.when, *s.subjects, *s.subject_cues]
        parts += [f"{m.label} {m.instruction} {' '.join(m.cues)}" for m in s.moves]
    return " ".join(parts).replace("{role}", " ").replace("{company}", " ")


def check_details(ctx: Context) -> Check:
    need, label = ctx.stage.min_details, ctx.stage.label
    hits, missing = ctx.found_details
    if not ctx.details:
        if need and not specific_words(" ".join(ctx.sentences), ctx.notes.text, ctx.name_words):
            return Check(  # READER.md, D: a thank-you that names nothing discussed is not sent
                "details",
                "fail",
                f"Nothing specific from the interview: a {label} names one thing you discussed.",
                "Add a point from the interview (a project, a question they asked, something "
                "you have in common) and mention it.",
            )
        if need:
            return Check(
                "details",
                "warn",
                f"No interview details chosen; a {label} should mention one.",
                "Add a detail from the interview (a topic or project "
                "you discussed) and mention it.",
            )
        return Check("details", "pass", f"No details chosen; none needed for a {label}.")
    said = f"Mentions: {'; '.join(hits) or 'none'}. Missing: {'; '.join(missing) or 'none'}."
    if len(hits) < need:
        return Check(
            "details",
            "fail",
            f"Too generic: a {label} mentions {need}+ of the chosen details. {said}",
            f"Mention a point from the interview: “{missing[0]}”.",
        )
    return Check("details", "pass", said + ("" if need or hits else f" (optional for a {label})"))


def _fields_text(notes: Notes) -> str:
    """The parsed and person-given fields, with dates as an email would write them."""
    parts = [
        notes.company or "",
        notes.role or "",
        notes.candidate or "",
        notes.decision_timeline or "",
        *notes.details,
        *(f"{i.name} {i.title or ''}" for i in notes.interviewers),
    ]
    for day in (notes.interview_date, notes.decision_date):
        if day is not None:
            parts.append(f"{day:%A %B %b} {day.day} {day.year} {day.isoformat()}")
    return " ".join(parts)


def check_grounding(ctx: Context) -> Check:
    known = grounded_stems([ctx.notes_text, _fields_text(ctx.notes), _rules_vocabulary(ctx.rules)])
    names = " ".join([after_greeting(ctx.parts.greeting or ""), *ctx.parts.name_lines])
    shouted = {w for loud in ctx.shouting for w in loud.split()}
    found = name_candidates(ctx.sentences, names, ctx.subject)
    invented = ungrounded([w for w in found if w not in shouted], known)
    if invented:
        return Check(
            "grounding",
            "warn",
            f"Possibly invented (not in your notes): {', '.join(invented)}.",
            "Check each against your notes; remove anything the interview did not cover.",
        )
    return Check("grounding", "pass", "Every name, number and tool appears in your notes.")


_HEARD = re.compile(
    r"\b(?:hearing|learning|learn|hear|heard|hear(?:ing)?\s+more)\s+(?:more\s+)?(?:about|that)\s+(?P<rest>[^.!?]{0,120})",
    re.IGNORECASE,
)
_OWN = re.compile(
    r"\bI\s+(?:\w+\s+)?(?:led|built|ran|created|designed|launched|started|"
    r"wrote|managed|set\s+up|developed|redesigned|introduced|implemented)\b|\bmy\s+own\b"
)


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
                    f"Your own work reads as something you heard about: {quote(sent, 10)}",
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
    want = {w[:5] for w in fold(topic).split() if w not in stop}
    have = {w[:5] for w in fold(text).split()}
    return len(want & have) / len(want) if want else 0.0


# Where an email names the employer: "the Site Supervisor role at Civil", "contribute to Civil"
_EMPLOYER_SLOT = re.compile(
    r"\b(?:(?:role|position|job|opening|opportunity|team|roles|positions|openings)\s+(?:at|with)"
    r"|contribut(?:e|ing)\s+to|join(?:ing)?)\s+"
    r"(?P<org>(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:&|of|and|[A-Z][\w'’&.-]*))*)"
)


def _other_employer(ctx: Context, company: str) -> str | None:
    """An employer the email names that is not the one the notes name (READER.md, F)."""
    known = fold(company)
    people = {fold(w) for i in ctx.notes.interviewers for w in f"{i.name} {i.greet or ''}".split()}
    prose = " ".join(ctx.sentences)
    for m in _EMPLOYER_SLOT.finditer(prose):
        if re.search(
            r"\b(?:my|our|previous|former|last|current)\s+(?:[\w-]+\s+){0,3}$", prose[: m.start()]
        ):
            continue  # "my Kafka role at Shopify": where the candidate worked
        org = re.split(r"(?<=[\w'’]{3})[.!?]\s", m["org"])[0]  # "Civil. I enjoyed …": one sentence
        org = re.sub(r"(?:\s+(?:and|of|&))+$", "", org.rstrip(".,;:!?"))  # "Chidi and the team"
        org = re.sub(r"^the\s+|['’]s$", "", org, flags=re.IGNORECASE)
        said = fold(org)
        if (
            not said
            or said in known
            or known in said
            or set(said.split()) <= set(known.split()) | people
            or re.fullmatch(r"(?:Q[1-4]|H[12]|FY\d*|\d{4})", org)  # "contribute to Q3 goals"
        ):
            continue
        return org
    return None


def role(ctx: Context) -> Check:
    """READER.md, S: every stage names the role, and the organisation, when the notes say them;
    F: and never another employer."""
    role_name, company = ctx.notes.role, ctx.notes.company
    other = _other_employer(ctx, company) if company else None
    if other:
        return Check(
            "role",
            "fail",
            f"Names “{other}” as the employer; your notes say “{company}”.",
            f"Write “{company}” where the email names the employer.",
        )
    if not role_name and not company:
        return Check("role", "pass", "The notes name no role or organisation.")
    text = fold(f"{ctx.subject} {' '.join(ctx.sentences)}").split()
    missing = []
    for what, value in (("role", role_name), ("organisation", company)):
        words = [w for w in fold(value or "").split() if len(w) > 2 or w.isdigit()]
        if words and sum(w in text for w in words) < max(1, (len(words) + 1) // 2):
            missing.append(f"the {what} (“{value}”)")
    if not missing:
        return Check("role", "pass", "The role and organisation are named.")
    # A stand-in where the name belongs ("contribute to your team") reads as a slot left unfilled.
    stand_in = re.search(
        r"\b(?:contribute\s+to|contributing\s+to|roles?\s+(?:on|with|at)|openings?\s+(?:on|with|at))\s+"
        r"your\s+(?:team|company|organi[sz]ation)\b",
        " ".join(ctx.sentences),
        re.IGNORECASE,
    )
    status: Status = (
        "fail" if len(missing) == 2 or role_name and "role" in missing[0] or stand_in else "warn"
    )
    return Check(
        "role",
        status,
        f"The email never names {' or '.join(missing)}.",
        "Name them so they know which interview this is about.",
    )


_MONTHS = list(MONTHS)
_EMAIL_DATE = re.compile(
    r"\b(" + "|".join(m[:3] + r"[a-z]*\.?" for m in _MONTHS) + r")\s+(\d{1,2})(?:st|nd|rd|th)?\b"
    r"|\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?("
    + "|".join(m[:3] + r"[a-z]*" for m in _MONTHS)
    + r")\b",
    re.IGNORECASE,
)


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
    given = notes_timeline(ctx.notes)
    if ctx.stage.says_their_timeline and given and not mentions_time(" ".join(ctx.sentences)):
        return Check(
            "facts",
            "fail",
            f"Your notes give a timeline (“{given}”), and the email does not mention it.",
            "Say when they said they would decide, and that it has passed.",
        )
    return Check("facts", "pass", "Every date is one your notes give.")
