"""The built-in deterministic drafter behind model name 'offline'.

It reads the structured data block of the prompt (never the free-text notes as instructions),
composes an email that follows the stage rules in prompts/stages.toml, and varies its phrasing
by seed so 'regenerate' gives a different but equally valid email.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from datetime import date
from typing import Any

from . import phrasing
from .email_format import format_email
from .prompts import read_data_block
from .stages import Rules, load_rules

OFFLINE_REFUSAL = ("I could not find the interview data in this request, so there is nothing to "
                   "draft. Paste your interview notes and try again.")


def respond(messages: Sequence[dict[str, Any]], seed: int = 0) -> str:
    """Answer a chat request built by assistant.prompts, like a model would."""
    payload = None
    for message in reversed(messages):
        if message.get("role") == "user":
            payload = read_data_block(str(message.get("content") or ""))
            break
    if payload is None:
        return OFFLINE_REFUSAL
    task = payload.get("task", "draft")
    if task in ("tighten", "fix"):
        from .offline_edit import revise

        subject, body = revise(task, payload, seed=seed)
        return format_email(subject, body)
    subject, body = compose(payload, seed=seed)
    return format_email(subject, body)


def usage(messages: Sequence[dict[str, Any]], text: str) -> dict[str, int]:
    """Token usage in the shape providers report it (words stand in for tokens)."""
    prompt = sum(len(str(m.get("content") or "").split()) for m in messages)
    completion = len(text.split())
    return {"prompt_tokens": prompt, "completion_tokens": completion,
            "total_tokens": prompt + completion}


def stream_chunks(text: str, size: int = 3) -> Iterator[str]:
    """The reply a few words at a time, as a streaming model would send it."""
    words = text.split(" ")
    for i in range(0, len(words), size):
        yield " ".join(words[i:i + size]) + (" " if i + size < len(words) else "")


class Composer:
    """Sentences for one email, chosen by seed; each method returns one sentence or ''."""

    def __init__(self, payload: dict[str, Any], seed: int, rules: Rules):
        self.p = payload
        self.stage = rules.stage(str(payload.get("stage") or "thank_you"))
        self.rng = random.Random(f"{seed}:{self.stage.id}")
        self.seed = seed
        people = [i for i in payload.get("interviewers") or [] if isinstance(i, dict) and i.get("name")]
        self.people = people if self.stage.to_everyone else people[:1]
        self.company = _text(payload.get("company"))
        self.role = _text(payload.get("role"))
        self.candidate = _text(payload.get("candidate"))
        self.details = [d for d in (phrasing.clean_detail(str(x)) for x in payload.get("details") or [])
                        if d][:2]

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
        names = [phrasing.salutation_name(p["name"], p.get("title")) for p in self.people]
        return f"{self.pick(['Dear', 'Dear', 'Hello'])} {phrasing.join_names(names)},"

    def closing(self) -> str:
        return self.pick(["Best regards,", "Kind regards,", "Best wishes,", "Warm regards,"])

    def signature(self) -> str:
        return self.candidate or "[Your Name]"

    def detail_sentence(self, lead: str, most: int = 2) -> str:
        """'I especially enjoyed our conversation about X, as well as learning that Y.'"""
        if not self.details:
            return ""
        style = self.rng.randrange(3)
        first = phrasing.about(self.details[0], style)
        if most > 1 and len(self.details) > 1 and len(" ".join(self.details[:2]).split()) <= 18:
            first += ", as well as " + phrasing.about(self.details[1], style + 2)
        return f"{lead} {first}."


def _text(value: Any) -> str:
    return " ".join(str(value).split()) if value else ""


def _on_date(payload: dict[str, Any]) -> str:
    try:
        day = date.fromisoformat(str(payload.get("interview_date")))
    except ValueError:
        return ""
    return f" on {day.strftime('%B')} {day.day}"


def thank_you(c: Composer) -> list[str]:
    role = phrasing.role_phrase(c.role)
    everyone = " all" if len(c.people) > 1 else ""
    opening = c.pick([
        f"Thank you{everyone} for taking the time to speak with me about {role}{c.at_company}.",
        f"Thank you{everyone} for meeting with me to discuss {role}{c.at_company}.",
        f"Thank you{everyone} for your time and for the chance to interview for {role}{c.at_company}.",
    ])
    detail = c.detail_sentence(c.pick(["I especially enjoyed", "I particularly enjoyed",
                                       "I really enjoyed"])) or \
        "I enjoyed learning more about the team and the work ahead."
    enthusiasm = c.pick([
        f"The interview left me even more enthusiastic about joining {c.team}.",
        f"I am even more excited about the opportunity to contribute to {c.team}.",
        f"I came away enthusiastic about the role and about the chance to join {c.team}.",
    ])
    close = c.pick([
        "Please let me know if I can provide any additional information.",
        "If anything else would be helpful, I would be glad to share it.",
        "I look forward to hearing about the next steps.",
    ])
    return [f"{opening} {detail}", f"{enthusiasm} {close}"]


def status_check(c: Composer) -> list[str]:
    role = phrasing.role_phrase(c.role)
    hope = c.pick(["I hope you are well.", "I hope your week is going well.", ""])
    follow = f"I wanted to follow up on my interview for {role}{c.at_company}{_on_date(c.p)}."
    interest = (c.detail_sentence("I enjoyed", most=1)[:-1] + ", and I remain very "
                "interested in the role.") if c.details else \
        f"I remain very interested in the role and in contributing to {c.team}."
    question = c.pick([
        "Is there any update on the next steps in the hiring process?",
        "Could you share any update on the timeline for next steps?",
        "Is there any news on the next steps that you could share?",
    ])
    thanks = c.pick(["Thank you again for your time.", "Thank you for considering my application."])
    return [" ".join(x for x in (hope, follow) if x), f"{interest} {question} {thanks}"]


def final(c: Composer) -> list[str]:
    role = phrasing.role_phrase(c.role)
    opening = c.pick([
        f"I am reaching out once more about my application for {role}{c.at_company}.",
        f"I wanted to follow up one last time on my application for {role}{c.at_company}.",
    ])
    understanding = c.pick([
        "I understand that you may be considering other candidates and that these decisions take time.",
        "I understand the decision-making process can take time, and that you may have many strong candidates.",
    ])
    interest = (c.detail_sentence("I remain very interested in the role, especially after", most=1)
                if c.details else
                f"I remain very interested in the role and in the chance to contribute to {c.team}.")
    ask = c.pick(["I would be grateful for any update you can share.",
                  "I would appreciate any update on my application when you have a moment."])
    thanks = "Thank you again for your time and consideration."
    return [opening, f"{understanding} {interest}", f"{ask} {thanks}"]


def rejection_reply(c: Composer) -> list[str]:
    role = phrasing.role_phrase(c.role)
    thanks = c.pick([
        f"Thank you for letting me know, and for the chance to interview for {role}{c.at_company}.",
        f"Thank you for letting me know, and for your time on {role}{c.at_company}.",
        "Thank you for the update, and for the time you gave me during the process.",
    ])
    enjoyed = (c.detail_sentence("I especially enjoyed", most=1) if c.details else
               "I enjoyed meeting the team and learning about the work ahead.")
    acceptance = c.pick([
        "I respect your decision and wish you and the team every success.",
        "I understand, and I wish you and the team all the best.",
        "I respect your decision, and I wish you all the best.",
    ])
    future = c.pick([
        f"I would welcome the chance to be considered for future roles at {c.team}.",
        f"Please keep me in mind for future roles at {c.team}.",
    ])
    return [f"{thanks} {enjoyed}", f"{acceptance} {future}"]


_STAGES = {"thank_you": thank_you, "status_check": status_check, "final": final,
           "rejection_reply": rejection_reply}


def compose(payload: dict[str, Any], seed: int = 0, rules: Rules | None = None) -> tuple[str, str]:
    """(subject, body) for the payload's stage."""
    rules = rules or load_rules()
    c = Composer(payload, seed, rules)
    paragraphs = _STAGES.get(c.stage.id, thank_you)(c)
    body = "\n\n".join([c.greeting(), *[p for p in paragraphs if p],
                        f"{c.closing()}\n{c.signature()}"])
    return c.subject(), body
