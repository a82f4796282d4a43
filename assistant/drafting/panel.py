"""Panel interviews: one thank-you per interviewer, each with what was discussed with that person.

A detail belongs to a person when the sentence or bullet it comes from names them (first, last
or full name), or sits under a heading line that names only them ("Priya:"). Sentences naming
two or more people, and details from no one's sentences, are shared. Each person's thank-you
uses their own details first, then the shared ones; the drafts are then compared pairwise and
near-copies are flagged (repetition.NEAR_COPY), since one note pasted to everyone is generic.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.checker.repetition import NearCopy, near_copies
from assistant.checker.scoring import check
from assistant.core.domain import Draft, Interviewer, Notes, Report
from assistant.core.stages import Rules, load_rules
from assistant.drafting.pipeline import DraftRequest, draft_email
from assistant.models import llm
from assistant.prompting.phrasing import clean_detail
from assistant.text.matching import mentions
from assistant.text.names import HONORIFICS
from assistant.text.sentences import BULLET, line_sentences
from assistant.text.words import normalise

_LEAD_IN = re.compile(
    r"^\W*(?:(?:she|he|they)\s+)?(?:said|asked(?:\s+me)?|talked|spoke|mentioned|explained"
    r"|described|shared|showed(?:\s+me)?|walked\s+me\s+through|told\s+me|wanted\s+to\s+know"
    r"|was\s+curious|is\s+excited|was\s+excited|focused)\s*(?:about|that|on|through|how)?\s+",
    re.IGNORECASE,
)
MIN_DERIVED_WORDS = 3


def _name_pattern(
    person: Interviewer, everyone: Sequence[Interviewer], lowercase_notes: bool
) -> re.Pattern[str] | None:
    """Full name, or a first or last name no other panel member shares."""

    def parts(p: Interviewer) -> set[str]:
        return {w.strip(".,") for w in p.name.split() if w.strip(".").lower() not in HONORIFICS}

    others = set().union(*(parts(p) for p in everyone if p is not person)) if everyone else set()
    tokens = sorted(
        {person.name, *(t for t in parts(person) if len(t) > 1 and t not in others)},
        key=len,
        reverse=True,
    )
    if not tokens:
        return None
    flags = re.IGNORECASE if lowercase_notes else 0
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(t) for t in tokens) + r")(?!\w)", flags)


def _units(text: str, patterns: dict[str, re.Pattern[str]]) -> list[tuple[str, str | None]]:
    """(sentence or bullet, the person whose heading it sits under, if any)."""
    units: list[tuple[str, str | None]] = []
    section: str | None = None
    for raw in text.splitlines():
        line = BULLET.sub("", raw).strip()
        if not line:
            section = None
            continue
        named = [name for name, pat in patterns.items() if pat.search(line)]
        heading = re.sub(r"\([^)]*\)", "", line).strip(" :-–—")
        if (raw.rstrip().endswith(":") or line.endswith(("—", "–"))) and len(heading.split()) <= 6:
            section = named[0] if len(named) == 1 else None
            continue
        if not BULLET.match(raw) and section and not named:
            section = None  # plain prose after a section ends it
        units += [(s, section) for s in line_sentences(line)]
    return units


def _derived(unit: str, pattern: re.Pattern[str]) -> str | None:
    """'Tom described their on-call rotation' -> 'their on-call rotation' (None if too short)."""
    m = pattern.search(unit)
    if m is None or m.start() > 12:
        return None
    rest = unit[m.end() :]
    rest = re.sub(r"^\s*\([^)]*\)", "", rest)
    cut = _LEAD_IN.match(rest)
    if cut is None:
        return None
    detail = clean_detail(rest[cut.end() :])
    return detail if len(detail.split()) >= MIN_DERIVED_WORDS else None


def details_by_person(notes: Notes) -> dict[str, tuple[str, ...]]:
    """Each interviewer's own details (by name), from sentences and sections that name them."""
    people = notes.interviewers
    lowercase = notes.text == notes.text.lower()
    patterns = {
        p.name: pat for p in people if (pat := _name_pattern(p, people, lowercase)) is not None
    }
    own: dict[str, list[str]] = {p.name: [] for p in people}
    for unit, section in _units(notes.text, patterns):
        named = [name for name, pat in patterns.items() if pat.search(unit)]
        owners = named or ([section] if section else [])
        if len(owners) != 1:
            continue
        low = normalise(unit)
        hits = [d for d in notes.details if normalise(d) in low or mentions(d, unit)]
        if not hits and named and (got := _derived(unit, patterns[owners[0]])):
            hits = [got]
        own[owners[0]] += [d for d in hits if d not in own[owners[0]]]
    return {name: tuple(ds) for name, ds in own.items()}


def notes_for_each(notes: Notes) -> list[Notes]:
    """One Notes per interviewer: only them, with their own details first, then shared ones."""
    own = details_by_person(notes)
    taken = {d for ds in own.values() for d in ds}
    shared = tuple(d for d in notes.details if d not in taken)
    return [
        notes.with_overrides(interviewers=(p,), details=own[p.name] + shared)
        for p in notes.interviewers
    ]


@dataclass(frozen=True)
class PanelDraft:
    """The thank-you for one interviewer, with the notes it was drafted from and its report."""

    interviewer: Interviewer
    notes: Notes
    draft: Draft
    report: Report


@dataclass(frozen=True)
class Panel:
    """One thank-you per interviewer, and the pairs that are near-copies of each other."""

    drafts: tuple[PanelDraft, ...]
    near_copies: tuple[NearCopy, ...]

    def warnings(self) -> list[str]:
        """One line per near-copy pair, naming both people."""
        names = [d.interviewer.name for d in self.drafts]
        return [
            f"The notes to {names[c.first]} and {names[c.second]} are near-copies "
            f"({c.share:.0%} shared): mention something you discussed with each of them."
            for c in self.near_copies
        ]


def compare_panel(drafts: Sequence[Draft | str]) -> tuple[NearCopy, ...]:
    """Pairwise near-copies among panel thank-yous (e.g. after the person edited them)."""
    return tuple(near_copies([d.body if isinstance(d, Draft) else d for d in drafts]))


def draft_panel(
    notes: Notes,
    *,
    seed: int = 0,
    settings: llm.ModelSettings | None = None,
    variant: str = "default",
    rules: Rules | None = None,
) -> Panel:
    """A thank-you per interviewer (a different seed each, so wording varies), then compared."""
    rules = rules or load_rules()
    out = []
    for i, person_notes in enumerate(notes_for_each(notes)):
        own = list(person_notes.details)
        shift = (seed + i) % len(own) if own else 0  # the drafter starts at detail `seed`: start
        own = own[-shift:] + own[:-shift] if shift else own  # at this person's first one instead
        request = DraftRequest(
            person_notes, "thank_you", details=tuple(own), variant=variant, seed=seed + i
        )
        draft = draft_email(request, settings, rules)
        report = check(draft, person_notes, "thank_you", rules)
        out.append(PanelDraft(person_notes.interviewers[0], person_notes, draft, report))
    return Panel(tuple(out), compare_panel([d.draft for d in out]))
