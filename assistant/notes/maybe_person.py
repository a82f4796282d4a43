"""A person the notes may name, with what was read about them: the unit the people sources
propose and `people.settle` decides on."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class MaybePerson:
    name: str
    title: str | None = None
    about: str = ""  # what a table row or a labelled line says about them
    recruiter: bool = False  # introduced as the recruiter / scheduler
    panel: bool = False  # introduced as an interviewer
    nick: str | None = None
    sure: bool = False  # named by a strong cue: "his name is manny", a table row, a label
    aliases: set[str] = field(default_factory=set)
