"""The sentences of one offline email: who it greets, its subject, sign-off, and the talking point
it mentions (chosen by stage and seed, framed by whose it is), all from the prompt's data block."""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from typing import Any

from assistant.core.stages import Rules
from assistant.notes.greetings import bare_family_name, by_first_name, by_title
from assistant.notes.talking_points import shared_phrase
from assistant.prompting import phrasing
from assistant.text.sayable import unsayable


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
                i
                for i in self.people
                if not bare_family_name(str(i.get("greet") or ""))
                or str(i.get("greet")) == str(i["name"]).split()[0] != str(i["name"])
                or str(i.get("greet")) not in str(i["name"]).split()  # "goes by Dec"
                # "Noor" of "Noor Al-Khatib" is her given name
            ] or self.people
        self.company = _text(payload.get("company"))
        if re.match(
            r"\d|(?i:judiciary|ministry|department|university|office|government|bank|"
            r"council|college|institute|church|diocese|state|city|county)\s+of\b",
            self.company,
        ):
            self.company = (
                f"the {self.company}"  # "at the 14th Judicial District", "the Judiciary of …"
            )
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

    @property
    def with_team(self) -> str:
        """'at Sunridge Solar', or 'with your team' (never 'at your team')."""
        return f"at {self.company}" if self.company else "with your team"

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
        greets = [
            p.get("greet") or phrasing.salutation_name(p["name"], p.get("title"))
            for p in self.people
        ]
        formal = [by_title(g) for g in greets]
        given = [by_first_name(str(p["name"]), g) for p, g in zip(self.people, greets)]
        if any(formal) and not all(formal) and all(n for n, f in zip(given, formal) if f):
            greets = [n or g for g, n in zip(greets, given)]  # not "Dr. Halvorsen and Callum"
        # one person read twice ("Susan Park (Sue)" and "Sue") is greeted once
        names = list(dict.fromkeys(greets))
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
            if (
                most > 1
                and rest
                and self.p.get("details_chosen")  # the person's choice; the drafter says one
                and len(" ".join([point["topic"], *rest]).split()) <= 18
            ):
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
    if not payload.get("details_chosen"):  # the drafter's own choice: only what reads cleanly
        names = _name_words(payload)
        points = [
            p
            for p in points
            if not unsayable(p["topic"], names) and not _names_someone(p["topic"], payload)
        ]
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


def _name_words(payload: dict[str, Any]) -> frozenset[str]:
    """Words the notes use as names (people, employer, role): a topic may capitalise them."""
    said = [payload.get("company"), payload.get("role")]
    for i in payload.get("interviewers") or []:
        if isinstance(i, dict):
            said += [i.get("name"), i.get("greet")]
    return frozenset(w.lower() for v in said if v for w in re.findall(r"[^\W_]+", str(v)))


def _names_someone(topic: str, payload: dict[str, Any]) -> bool:
    """A topic that is the employer, the job or one of the people written to is no talking point:
    'our conversation about Reece Bros Plumbing', '… about Marisol's management style' to Marisol
    (shared/READER.md, D and F)."""

    def words(value: str) -> str:
        low = " ".join(re.findall(r"[^\W_]+", value.lower()))
        return re.sub(r"^(?:(?:the|a|an|my|your|our|dr|mr|mrs|ms)\s+)+", "", low)

    low = words(topic)
    for value in (_text(payload.get("company")), _text(payload.get("role"))):
        key = words(value)  # "the grand harbour hotel", "GIS Analyst II"; not "Tallyfox's API"
        if key and (low == key or (key in low and len(low.split()) <= len(key.split()) + 1)):
            return True
    people = [
        str(value)
        for i in payload.get("interviewers") or []
        if isinstance(i, dict)
        for value in (i.get("greet") or "", *str(i.get("name") or "").split()[:1])
    ]
    return any(
        len(key) >= 3 and re.search(rf"\b{re.escape(key)}\b", low)
        for key in (words(v) for v in people)
    )


def _display_role(role: str) -> str:
    """A role typed in lower case reads as a title in an email: 'graphic designer II' ->
    'Graphic Designer II'; a role with capitals stays as the notes wrote it."""
    if not role or any(c.isupper() for c in role.replace(" II", "").replace(" I", "")):
        return role
    small = {"of", "and", "for", "the", "in", "at", "to", "a", "an", "on"}
    return " ".join(
        w if (i and w in small) else "/".join(p[:1].upper() + p[1:] for p in w.split("/"))
        for i, w in enumerate(role.split())
    )  # "tree climber/arborist" -> "Tree Climber/Arborist"


def _text(value: Any) -> str:
    return " ".join(str(value).split()) if value else ""
