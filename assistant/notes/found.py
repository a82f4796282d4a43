"""What the notes parser has found so far: people (merged as they recur), companies and roles by
rank, the candidate, dates, timelines and scored details."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from assistant.notes import lexicon as lex
from assistant.notes.absolute_dates import MONTH, WEEKDAY
from assistant.notes.lexicon import IGNORE_CASE
from assistant.notes.org import junk_company
from assistant.notes.role_titles import role_nouns


@dataclass
class Person:
    name: str
    title: str | None = None
    weak: int = 0  # 1: a lone word after "interview with", 2: "Canva, Senior PM": maybe a company


@dataclass
class Found:
    today: date
    people: list[Person] = field(default_factory=list)
    company: dict[int, str] = field(default_factory=dict)  # rank (0 = labelled) -> name
    role: dict[int, str] = field(default_factory=dict)  # rank -> role
    candidate: str | None = None
    interview_date: date | None = None
    timeline: str | None = None  # a labelled "Next steps:" value
    timelines: list[str] = field(default_factory=list)  # prose sentences about the decision
    details: list[tuple[float, int, str]] = field(default_factory=list)  # (score, order, text)
    foreign: bool = False  # notes in another language: read labels, invent no details
    lower: bool = False  # notes typed in lower case: "met w/ tom reilly @ hubspot"
    signed: bool = False  # the candidate is the name a closing "Thanks, Jordan" gives
    mentions: int = 0  # add_person calls, so a sentence that names someone is not a detail

    def add_person(self, name: str, title: str | None = None, weak: int = 0) -> Person:
        """Add someone, or merge with a known person ('Sarah' is 'Sarah Chen', 'Dr. Chen' too)."""
        self.mentions += 1
        words = name.lower().split()
        if words and set(words) <= role_nouns():
            return Person(name, title)  # "Chief Dispatcher" split from "Yuki Tanabe, …": a job
        honorific = words[0].rstrip(".") in lex.HONORIFICS
        for p in self.people:
            known = p.name.lower().split()
            if (
                known == words
                or known[:1] == words
                or words[:1] == known
                or (honorific and known[-1] == words[-1])
            ):
                if len(words) > len(known) and not honorific:
                    p.name = name
                p.title, p.weak = p.title or title, min(p.weak, weak)
                return p
        self.people.append(Person(name, title, weak if len(words) == 1 else 0))
        return self.people[-1]

    def add_company(self, rank: int, value: str | None) -> str | None:
        """Keep the first company seen at each rank; the lowest rank wins in the end."""
        if value and re.fullmatch(rf"(?:{MONTH}|{WEEKDAY})(?:\W*\d.*)?", value, IGNORE_CASE):
            return None  # "Nov 26", but "Monday.com" is a company
        if value and junk_company(value):
            return None  # "Prev job", "their shop"
        if value and rank not in self.company:
            self.company[rank] = value[:80]
        return value
