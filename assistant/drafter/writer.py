"""The built-in deterministic drafter behind model name 'offline'.

It reads the structured data block of the prompt (never the free-text notes as instructions),
composes an email that follows the stage rules in prompts/stages.toml, and varies its phrasing
by seed so 'regenerate' gives a different but equally valid email.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator, Sequence
from datetime import date
from typing import Any

from assistant.core.stages import Rules, load_rules
from assistant.notes.greetings import bare_family_name
from assistant.notes.talking_points import shared_phrase
from assistant.prompting import phrasing
from assistant.prompting.build import read_data_block
from assistant.text import metrics as tm
from assistant.text.email_parts import format_email

OFFLINE_REFUSAL = (
    "I could not find the interview data in this request, so there is nothing to "
    "draft. Paste your interview notes and try again."
)


def respond(messages: Sequence[dict[str, Any]], seed: int = 0) -> str:
    """Answer a chat request built by assistant.prompting.build, like a model would."""
    payload = None
    for message in reversed(messages):
        if message.get("role") == "user":
            payload = read_data_block(str(message.get("content") or ""))
            break
    if payload is None:
        return OFFLINE_REFUSAL
    task = payload.get("task", "draft")
    if task in ("tighten", "fix"):
        from assistant.drafter.edit import revise

        subject, body = revise(task, payload, seed=seed)
        return format_email(subject, body)
    subject, body = compose(payload, seed=seed)
    return format_email(subject, body)


def usage(messages: Sequence[dict[str, Any]], text: str) -> dict[str, int]:
    """Token usage in the shape providers report it (words stand in for tokens)."""
    prompt = sum(len(str(m.get("content") or "").split()) for m in messages)
    completion = len(text.split())
    return {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
    }


def stream_chunks(text: str, size: int = 3) -> Iterator[str]:
    """The reply a few words at a time, as a streaming model would send it."""
    words = text.split(" ")
    for i in range(0, len(words), size):
        yield " ".join(words[i : i + size]) + (" " if i + size < len(words) else "")


class Composer:
    """Sentences for one email, chosen by seed; each method returns one sentence or ''."""

    def __init__(self, payload: dict[str, Any], seed: int, rules: Rules):
        self.p = payload
        self.stage = rules.stage(str(payload.get("stage") or "thank_you"))
        self.rng = random.Random(f"{seed}:{self.stage.id}")
        self.seed = seed
        people = [
            i for i in payload.get("interviewers") or [] if isinstance(i, dict) and i.get("name")
        ]
        people = [i for i in people if i.get("role") != "recruiter"]
        self.people = people if self.stage.to_everyone else people[:1]
        # in a greeting to several, someone we can name only by a bare family name is left out
        if len(self.people) > 1:
            self.people = [
                i for i in self.people if not bare_family_name(str(i.get("greet") or ""))
            ] or self.people
        self.company = _text(payload.get("company"))
        self.role = _display_role(_text(payload.get("role")))
        self.candidate = _text(payload.get("candidate"))
        self.points = choose_points(payload, self.stage.id, seed)
        self.details = [p["topic"] for p in self.points][:2]

    def pick(self, options: Sequence[str]) -> str:
        return self.rng.choice(list(options))

    @property
    def at_company(self) -> str:
        return f" at {self.company}" if self.company else ""

    @property
    def team(self) -> str:
        return self.company or "your team"

    def subject(self) -> str:
        values = {"role": self.role, "company": self.company}
        usable = []
        for pattern in self.stage.subjects:
            try:
                text = pattern.format(**{k: v for k, v in values.items() if v})
            except (KeyError, IndexError):
                continue
            if len(text.split()) <= 8 and len(text) <= 60:
                usable.append(text)
        if not usable:
            return self.stage.subjects[-1] if self.stage.subjects else self.stage.label
        named = [u for u in usable if self.role and self.role in u] or usable
        return named[self.seed % min(len(named), 3)]

    def greeting(self) -> str:
        if not self.people:
            return "Dear Hiring Team,"
        names = [
            p.get("greet") or phrasing.salutation_name(p["name"], p.get("title"))
            for p in self.people
        ]
        return f"{self.pick(['Dear', 'Dear', 'Hello'])} {phrasing.join_names(names)},"

    def closing(self) -> str:
        return self.pick(["Best regards,", "Kind regards,", "Best wishes,", "Warm regards,"])

    def signature(self) -> str:
        return self.candidate or "[Your Name]"

    def detail_sentence(self, lead: str = "", most: int = 1) -> str:
        """One sentence about the best talking point, framed for its kind; '' when none is clean."""
        if not self.points:
            return ""
        point = self.points[0]
        if self.p.get("details_chosen") or point.get("kind") == "typed":
            lead = self.pick(["I especially enjoyed", "I particularly enjoyed", "I really enjoyed"])
            style = self.rng.randrange(3)
            said = phrasing.about(point["topic"], style)
            rest = [
                p["topic"]
                for p in self.points[1:2]
                if p.get("kind") == "typed" or self.p.get("details_chosen")
            ]
            if most > 1 and rest and len(" ".join([point["topic"], *rest]).split()) <= 18:
                said += ", as well as " + phrasing.about(rest[0], style + 2)
            return f"{lead} {said}."
        kind = point.get("kind", "discussed")
        topic = phrasing.to_second_person(point["topic"])
        if kind == "their_question" and len(self.people) != 1:
            kind = "discussed"  # to several people: do not credit one person's question to all
        if kind == "shared_interest":
            verb = point.get("verb") or ""
            together = shared_phrase(verb, topic) if verb else f"we share an interest in {topic}"
            return self.pick(FRAMES["shared_interest"]).format(t=together)
        return self.pick(FRAMES.get(kind, FRAMES["discussed"])).format(t=topic)


# How each kind of talking point is said: whose it is decides the verb ("hearing about" their
# work, "walking you through" mine). {t} is a clean noun phrase from assistant.notes.talking_points.
FRAMES = {
    "their_work": [
        "I especially enjoyed hearing about {t}.",
        "I was glad to learn more about {t}.",
        "Hearing about {t} was a highlight of our conversation.",
    ],
    "discussed": [
        "I especially enjoyed our conversation about {t}.",
        "I enjoyed our discussion of {t}.",
        "I particularly enjoyed talking about {t}.",
    ],
    "their_question": ["I appreciated your questions about {t}.", "I enjoyed talking through {t}."],
    "my_work": [
        "I was glad to talk with you about {t}.",
        "I appreciated the chance to discuss {t}.",
    ],
    "shared_interest": [
        "It was a pleasure to discover that {t}.",
        "I enjoyed finding out that {t}.",
    ],
}


def _plain_topic(detail: str) -> bool:
    """A parser clause good enough to say when the notes gave no typed talking point."""
    return (
        len(detail.split()) >= 2
        and not re.search(r"\d", detail)
        and not re.match(r"(?:the|a|an)\s+\d", detail, re.IGNORECASE)
    )


def choose_points(payload: dict[str, Any], stage: str, seed: int) -> list[dict[str, str]]:
    """Talking points for this email: the chosen ones, clean, not already used in sent emails.

    Each stage starts at a different point (the status check does not repeat the thank-you's)
    and the seed moves on to another, so Regenerate says something different.
    """
    points = [
        p
        for p in payload.get("talking_points") or []
        if isinstance(p, dict) and p.get("topic") and p.get("kind") in FRAMES
    ]
    chosen = payload.get("details")
    explicit = payload.get("details_chosen") or not points  # typed, or notes without typed points
    if isinstance(chosen, list) and explicit:
        wanted = [str(d) for d in chosen]
        by_topic = {p["topic"]: p for p in points}
        # a detail the person chose or typed themselves is said in their words
        points = [
            by_topic.get(d) or {"topic": d, "kind": "typed"}
            for d in wanted
            if d in by_topic or payload.get("details_chosen") or _plain_topic(d)
        ]
        points = [p for p in points if p["kind"] != "typed" or phrasing.clean_detail(p["topic"])]
    used = " ".join(str(u) for u in payload.get("used_topics") or []).lower()
    fresh = [
        p
        for p in points
        if p["topic"].lower() not in used
        and phrasing.to_second_person(p["topic"]).lower() not in used
    ]
    if not used:
        fresh = points  # nothing sent yet; with emails sent, say nothing rather than repeat
    if not fresh:
        return []
    offset = {"thank_you": 0, "status_check": 1, "final": 2, "rejection_reply": 1}.get(stage, 0)
    start = (offset + seed) % len(fresh)
    return fresh[start:] + fresh[:start]


def _display_role(role: str) -> str:
    """A role typed in lower case reads as a title in an email: 'graphic designer II' ->
    'Graphic Designer II'; a role with capitals stays as the notes wrote it."""
    if not role or any(c.isupper() for c in role.replace(" II", "").replace(" I", "")):
        return role
    small = {"of", "and", "for", "the", "in", "at", "to", "a", "an", "on"}
    return " ".join(
        w if (i and w in small) else w[:1].upper() + w[1:] for i, w in enumerate(role.split())
    )


def _text(value: Any) -> str:
    return " ".join(str(value).split()) if value else ""


def thank_you(c: Composer) -> list[str]:
    role = phrasing.role_phrase(c.role)
    everyone = " all" if len(c.people) > 1 else ""
    opening = c.pick(
        [
            f"Thank you{everyone} for taking the time to speak with me about {role}{c.at_company}.",
            f"Thank you{everyone} for meeting with me to discuss {role}{c.at_company}.",
            f"Thank you{everyone} for your time and for the chance to interview for {role}{c.at_company}.",
        ]
    )
    detail = (
        c.detail_sentence(most=2) or "I enjoyed learning more about the team and the work ahead."
    )
    enthusiasm = c.pick(
        [
            f"The interview left me even more enthusiastic about joining {c.team}.",
            f"I am even more excited about the opportunity to contribute to {c.team}.",
            f"I came away enthusiastic about the role and about the chance to join {c.team}.",
        ]
    )
    close = c.pick(
        [
            "Please let me know if I can provide any additional information.",
            "If anything else would be helpful, I would be glad to share it.",
            "I look forward to hearing about the next steps.",
        ]
    )
    return [f"{opening} {detail}", f"{enthusiasm} {close}"]


_TIMELINE = re.compile(
    r"(?:within|in)\s+(?:about\s+|around\s+)?(?:a|one|two|three|four|a\s+couple\s+of|\d{1,2})\s+"
    r"(?:business\s+|working\s+)?(?:days?|weeks?)"
    r"|by\s+(?:the\s+)?end\s+of\s+(?:the\s+|this\s+|next\s+)?(?:week|month)"
    r"|(?:by|before)\s+(?:the\s+)?(?:holidays|thanksgiving|christmas|new\s+year)"
    r"|(?:in\s+)?(?:early|mid|late)[- ](?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
    r"|next\s+week|this\s+week",
    re.IGNORECASE,
)


def _decision(c: Composer) -> str:
    """The timeline they gave, said back neutrally: a day the notes state ('around December 4') or
    a clear phrase ('within two weeks of our interview'); nothing when the notes give neither."""
    timeline = " ".join(
        re.sub(
            r"\bwks?\b",
            lambda m: "weeks" if m[0].endswith("s") else "week",
            str(c.p.get("decision_timeline") or ""),
            flags=re.IGNORECASE,
        ).split()
    )
    try:
        day = date.fromisoformat(str(c.p.get("decision_date")))
    except ValueError:
        day = None
    try:
        met = date.fromisoformat(str(c.p.get("interview_date")))
    except ValueError:
        met = None
    written = _written_day(timeline, met or day)
    if written and day != written:
        day = written  # the day as the notes write it ("12/4") wins over a resolved guess
    if (
        day
        and (written or stated_day(timeline, day))
        and (met is None or 0 <= (day - met).days <= 60)
    ):
        return f" I know a decision was expected around {day.strftime('%B')} {day.day}."
    said = _TIMELINE.search(timeline)
    if said:
        return f" I understand a decision was expected {_relative(said.group(0).lower())}."
    if weekday := re.search(
        r"\bby\s+(mon|tue|tues|wed|thu|thur|thurs|fri)[a-z]*\b", timeline, re.IGNORECASE
    ):
        name = _WEEKDAYS[weekday[1].lower()[:3]]
        return f" I understand a decision was expected by the {name} after our interview."
    return ""


_WEEKDAYS = {
    "mon": "Monday",
    "tue": "Tuesday",
    "wed": "Wednesday",
    "thu": "Thursday",
    "fri": "Friday",
}
_MONTHS = {m[:3]: i for i, m in enumerate(tm.MONTHS, start=1)}


def _written_day(timeline: str, near: date | None) -> date | None:
    """'by 12/4', 'by Dec 4th': the day exactly as written, in the year that puts it after `near`."""
    m = re.search(r"\b(\d{1,2})/(\d{1,2})\b(?!/)", timeline)
    month = day = None
    if m:
        month, day = int(m[1]), int(m[2])
    elif m := re.search(
        r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})"
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
    phrase = " ".join(phrase.split())
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
    full = {m[:3]: m.capitalize() for m in tm.MONTHS}
    return re.sub(
        r"(?:in\s+)?(early|mid|late)[- ](\w+)",
        lambda m: f"in {m[1]}-{full.get(m[2][:3].lower(), m[2].capitalize())}",
        phrase,
    )


def stated_day(timeline: str, day: date) -> bool:
    """True when the timeline names the day itself ('by Dec 12', 'on the 12th', '12/12')."""
    return bool(re.search(rf"(?<!\d){day.day}(?:st|nd|rd|th)?(?!\d)", timeline))


def status_check(c: Composer) -> list[str]:
    role = phrasing.role_phrase(c.role)
    hope = c.pick(["I hope you are well.", "I hope your week is going well.", ""])
    follow = f"I wanted to follow up on my interview for {role}{c.at_company}."
    follow += _decision(c)
    remembered = c.detail_sentence()
    interest = f"I remain very interested in the role and in contributing to {c.team}."
    question = c.pick(
        [
            "Is there any update on the next steps in the hiring process?",
            "Could you share any update on the timeline for next steps?",
            "Is there any news on the next steps that you could share?",
        ]
    )
    thanks = c.pick(["Thank you again for your time.", "Thank you for considering my application."])
    return [
        " ".join(x for x in (hope, follow) if x),
        " ".join(x for x in (remembered, interest, question, thanks) if x),
    ]


def final(c: Composer) -> list[str]:
    role = phrasing.role_phrase(c.role)
    opening = c.pick(
        [
            f"I am reaching out once more about my application for {role}{c.at_company}.",
            f"I wanted to follow up one last time on my application for {role}{c.at_company}.",
        ]
    )
    understanding = c.pick(
        [
            "I understand that you may be considering other candidates and that these decisions take time.",
            "I understand the decision-making process can take time, and that you may have many strong candidates.",
        ]
    )
    interest = f"I remain very interested in the role and in the chance to contribute to {c.team}."
    if c.points:
        interest = f"{c.detail_sentence()} {interest}"
    ask = c.pick(
        [
            "I would be grateful for any update you can share.",
            "I would appreciate any update on my application when you have a moment.",
        ]
    )
    thanks = "Thank you again for your time and consideration."
    return [opening, f"{understanding} {interest}", f"{ask} {thanks}"]


def rejection_reply(c: Composer) -> list[str]:
    role = phrasing.role_phrase(c.role)
    thanks = c.pick(
        [
            f"Thank you for letting me know, and for the chance to interview for {role}{c.at_company}.",
            f"Thank you for letting me know, and for your time on {role}{c.at_company}.",
            "Thank you for the update, and for the time you gave me during the process.",
        ]
    )
    enjoyed = c.detail_sentence() or "I enjoyed meeting the team and learning about the work ahead."
    acceptance = c.pick(
        [
            "I respect your decision and wish you and the team every success.",
            "I understand, and I wish you and the team all the best.",
            "I respect your decision, and I wish you all the best.",
        ]
    )
    future = c.pick(
        [
            f"I would welcome the chance to be considered for future roles at {c.team}.",
            f"Please keep me in mind for future roles at {c.team}.",
        ]
    )
    return [f"{thanks} {enjoyed}", f"{acceptance} {future}"]


_STAGES = {
    "thank_you": thank_you,
    "status_check": status_check,
    "final": final,
    "rejection_reply": rejection_reply,
}


def compose(payload: dict[str, Any], seed: int = 0, rules: Rules | None = None) -> tuple[str, str]:
    """(subject, body) for the payload's stage."""
    rules = rules or load_rules()
    c = Composer(payload, seed, rules)
    paragraphs = _STAGES.get(c.stage.id, thank_you)(c)
    body = "\n\n".join(
        [c.greeting(), *[p for p in paragraphs if p], f"{c.closing()}\n{c.signature()}"]
    )
    return c.subject(), body
