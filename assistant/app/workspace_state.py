"""A Workspace's state: the notes and what was read from them, the fields the person edited, the
details, the private lines as the person settled them, and whether the draft on screen is still
current. The page keeps one Workspace (assistant/app/workspace.py) per person."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from assistant.app.problem import Problem
from assistant.app.workspace_values import (
    AUTO,
    DRAFTED_FOR,
    FIELDS,
    MAX_DETAIL_CHARS,
    DateReading,
    Detail,
    Saved,
    today,
)
from assistant.core.dates import ambiguous_dates, date_order, read_as, reading_dates
from assistant.core.domain import Interviewer, Notes
from assistant.drafting.panel import Panel
from assistant.drafting.revisions import History
from assistant.models import llm
from assistant.notes.dates import far_dates
from assistant.tracker.profile import Profile

_ADDRESS = re.compile(r"[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>]+")


def _plain(text: str) -> str:
    """A line compared without its bullet, case or spacing."""
    return " ".join(text.lower().lstrip("-*•·> ").split())


@dataclass
class WorkspaceState:
    """One person's work on one follow-up email: what they pasted, edited and chose."""

    id: str = ""
    notes_text: str = ""
    parsed: Notes = field(default_factory=Notes)
    overrides: dict[str, Any] = field(default_factory=dict)
    details: list[Detail] = field(default_factory=list)
    details_version: int = 0  # bumped whenever details change outside the details editor
    stage_choice: str = AUTO
    draft_early: bool = False  # the explicit override for "too early"
    sent: dict[str, date] = field(default_factory=dict)
    model: str = llm.DEFAULT_MODEL
    api_base: str = ""
    temperature: float = 0.7
    timeout: float = 60.0
    history: History | None = None
    problem: Problem | None = None
    notice: str = ""  # what the last Fix could not do, shown beside the email
    today: date = field(default_factory=today)
    outcome: str | None = None  # what they said (from the tracker): replied, rejected, …
    outcome_on: date | None = None
    sent_texts: tuple[tuple[str, str], ...] = ()  # (stage, body) of emails already sent
    panel_mode: bool = False  # one thank-you per interviewer
    panel: Panel | None = None
    panel_version: int = 0  # bumped by every panel drafted
    saved: Saved = field(default_factory=Saved)
    date_order: str | None = None  # how 03/04/2026 is read: "MDY", "DMY", or None (the locale)
    to_address: str = ""  # optional: goes into the .eml and the mail link
    drafted_for: dict[str, str] = field(default_factory=dict)  # DRAFTED_FOR values at drafting
    signature: str = ""  # from the profile: lines under the name in every sign-off
    profile_name: str = ""  # from the profile: the sign-off name when the notes lack one
    shared_lines: set[str] = field(default_factory=set)  # private lines the person chose to share
    private_extra: list[str] = field(default_factory=list)  # lines the person marked private
    confirmed: dict[str, str] = field(default_factory=dict)  # unsure facts said right, as seen

    # ------------------------------------------------------------ notes and fields

    def set_notes(self, text: str) -> None:
        """New notes text: re-parse; fields the person edited and details they touched stay."""
        # lazy: the notes reader compiles its patterns on import (~0.2 s); the page loads it on the
        # first paste or in its background warm-up, not before its first render
        from assistant.notes.parse import parse_notes

        self.notes_text = text or ""
        with reading_dates(self.date_order):
            self.parsed = (
                parse_notes(self.notes_text, today=self.today) if text.strip() else Notes()
            )
        found = list(dict.fromkeys(self.parsed.details))
        kept = [d for d in self.details if d.source == "you" or d.text in found]
        have = {d.text for d in kept}
        self.details = kept + [Detail(t) for t in found if t not in have]
        self.details_version += 1

    def parsed_value(self, name: str) -> Any:
        if name == "interviewers":
            return ", ".join(i.name for i in self.parsed.interviewers)
        value = getattr(self.parsed, name)
        return value if name == "interview_date" else (value or "")

    def field_value(self, name: str) -> Any:
        """What the field shows: the person's edit, else what the notes say."""
        return self.overrides[name] if name in self.overrides else self.parsed_value(name)

    def set_field(self, name: str, value: Any) -> None:
        """An edit overrides the notes; setting it back to the parsed value ends the override."""
        if name not in FIELDS:
            raise KeyError(name)
        value = " ".join(value.split()) if isinstance(value, str) else value
        if value == self.parsed_value(name):
            self.overrides.pop(name, None)
        else:
            self.overrides[name] = value

    def date_readings(self) -> list[DateReading]:
        """Each ambiguous numeric date in the notes and how it was read ("read as 3 April")."""
        out = []
        for written in ambiguous_dates(self.notes_text)[:5]:
            order = self._order_used(written)
            other = "DMY" if order == "MDY" else "MDY"
            out.append(
                DateReading(
                    written[0],
                    read_as(written, self.today, order),
                    read_as(written, self.today, other),
                    other,
                )
            )
        return out

    def _order_used(self, written: tuple[str, int, int, int]) -> str:
        chosen = self.date_order or date_order()
        if chosen:
            return chosen
        _, a, b, _year = written  # no setting: the parser chose the nearer reading; say which
        found = {self.parsed.interview_date, self.parsed.decision_date}
        return "DMY" if any(d is not None and (d.month, d.day) == (b, a) for d in found) else "MDY"

    def read_dates_as(self, order: str) -> None:
        """The person's answer to "read as 3 April — change?": re-read the notes in that order."""
        self.date_order = order if order in ("MDY", "DMY") else None
        self.set_notes(self.notes_text)

    def ignored_dates(self) -> list[str]:
        """Dates in the notes outside the window, which were ignored (never scheduled)."""
        return far_dates(self.notes_text, self.today)[:5]

    def field_placeholder(self, name: str) -> str | None:
        """What an empty field falls back to (your name from the profile)."""
        if name == "candidate" and self.profile_name:
            return f"{self.profile_name} (from your profile)"
        return None

    def edited_fields(self) -> list[str]:
        return [f for f in FIELDS if f in self.overrides]

    def reset_fields(self) -> None:
        self.overrides.clear()

    def _interviewers(self, text: str) -> tuple[Interviewer, ...]:
        titles = {i.name.lower(): i.title for i in self.parsed.interviewers}
        names = [n.strip() for n in text.replace(";", ",").split(",") if n.strip()]
        return tuple(Interviewer(n, titles.get(n.lower())) for n in names)

    def notes(self) -> Notes:
        """The notes as the email should use them: parsed, then the person's edits and details."""
        values: dict[str, Any] = {}
        for name, value in self.overrides.items():
            if name == "interviewers":
                values[name] = self._interviewers(value)
            elif name == "interview_date":
                values[name] = value
            else:
                values[name] = value or None
        if not (values.get("candidate") or ("candidate" not in values and self.parsed.candidate)):
            values["candidate"] = self.profile_name.strip() or None
        private = self.private_lines()
        hidden = [_plain(p) for p in private]
        points = tuple(
            p
            for p in self.parsed.talking_points
            if not any(_plain(p.source) and _plain(p.source) in h for h in hidden)
        )
        kept = {p.topic for p in points}
        details = tuple(
            d for d in self.chosen_details() if d in kept or not any(_plain(d) in h for h in hidden)
        )
        notes = replace(
            self.parsed,
            text=self.notes_text,
            details=details,
            talking_points=points,
            private_lines=private,
            **values,
        )
        # a fact edited, or confirmed as it reads now, is settled; another reading asks again
        settled = {f for f in notes.unsure if self.confirmed.get(f) == notes.fact(f)}
        settled |= set(self.overrides)
        return replace(notes, unsure=tuple(f for f in notes.unsure if f not in settled))

    # ------------------------------------------------------------ what stays on this machine

    def private_lines(self) -> tuple[str, ...]:
        """The notes' private lines (pay, opinions, "don't mention" …), as the person settled them:
        never in a draft, never sent to a model."""
        found = [p for p in self.parsed.private_lines if p not in self.shared_lines]
        return tuple(dict.fromkeys([*found, *self.private_extra]))

    def private_choices(self) -> list[tuple[str, bool]]:
        """Every line the parser or the person called private, and whether it stays private."""
        lines = list(dict.fromkeys([*self.parsed.private_lines, *self.private_extra]))
        return [(line, line not in self.shared_lines) for line in lines]

    def keep_private(self, line: str, private: bool) -> None:
        """Flip one line: private (stays on this machine) or shared with the drafter."""
        if private:
            self.shared_lines.discard(line)
            if line not in self.parsed.private_lines and line not in self.private_extra:
                self.private_extra.append(line)
        else:
            self.shared_lines.add(line)
            if line in self.private_extra:
                self.private_extra.remove(line)

    def use_profile(self, profile: Profile) -> None:
        """Sign every email with the person's profile: the name (when the notes give none) and the
        signature lines."""
        self.profile_name, self.signature = profile.name, profile.signature
        if self.history is not None:
            self.history.signature = profile.signature

    def to_problem(self) -> str | None:
        """Why the To address may not work (it is kept and used as typed); None when it looks fine."""
        given = self.to_address.strip()
        if not given or all(_ADDRESS.fullmatch(a.strip()) for a in given.split(",")):
            return None
        return (
            f"“{given}” does not look like an email address (name@example.com); it is used "
            "as typed."
        )

    # ------------------------------------------------------------ is the draft still current

    def drafted_values(self) -> dict[str, str]:
        notes = self.notes()
        return {
            "company": notes.company or "",
            "role": notes.role or "",
            "interviewers": ", ".join(i.name for i in notes.interviewers),
            "candidate": notes.candidate or "",
        }

    def outdated(self) -> list[str]:
        """The fields (company, role, …) changed since the email on screen was drafted."""
        if self.history is None or not self.drafted_for:
            return []
        now = self.drafted_values()
        return [name for name in DRAFTED_FOR if self.drafted_for.get(name, now[name]) != now[name]]

    # ------------------------------------------------------------ details

    def chosen_details(self) -> tuple[str, ...]:
        return tuple(d.text for d in self.details if d.use and d.text.strip())

    def set_details(self, rows: list[tuple[str, bool]]) -> None:
        """The details editor's rows in order (text, use); blank rows dropped, repeats merged."""
        known = {d.text: d.source for d in self.details}
        seen: set[str] = set()
        details = []
        for text, use in rows:
            text = " ".join(text.split())[:MAX_DETAIL_CHARS] if isinstance(text, str) else ""
            if text and text not in seen:
                seen.add(text)
                details.append(Detail(text, bool(use), known.get(text, "you")))
        self.details = details

    def edit_detail(self, index: int, text: str, use: bool) -> None:
        """One detail's new text and tick; an emptied detail is removed."""
        rows = [(d.text, d.use) for d in self.details]
        if 0 <= index < len(rows):
            rows[index] = (text, use)
            self.set_details(rows)
            self.details_version += 1

    def add_detail(self, text: str) -> None:
        """A detail the person typed, added at the end (ticked)."""
        if isinstance(text, str) and text.strip():
            self.set_details([(d.text, d.use) for d in self.details] + [(text, True)])
            self.details_version += 1

    def move_detail(self, index: int, step: int) -> None:
        """Move one detail up (step -1) or down (+1)."""
        target = index + step
        if 0 <= index < len(self.details) and 0 <= target < len(self.details):
            self.details[index], self.details[target] = self.details[target], self.details[index]
            self.details_version += 1
