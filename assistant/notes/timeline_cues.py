"""When the notes say a decision or a next step comes ("decision by end of next wk", "we'll move
fast, probably by Thanksgiving", "I'd hear sometime in the next couple of weeks"): a cue and a
time in one sentence. Private lines are never their timeline. The cue words are data
(wordlists/notes.toml [timeline]); the checker asks whether a status check says it back, and the
notes reader keeps it when nothing else gave a timeline."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.notes import wordlists
from assistant.text.sayable import names_a_decision


@lru_cache(maxsize=1)
def _time() -> re.Pattern[str]:
    days = wordlists.load("notes")["timeline"]["days"]
    months = wordlists.load("notes")["timeline"]["months"]
    spans = wordlists.load("notes")["timeline"]["spans"]
    nth = wordlists.load("notes")["timeline"]["nth_day"]
    return re.compile(
        rf"(?:\b|(?=~))(?:{nth}|{days}|{months}|{spans}|mid-?\s*{months})", re.IGNORECASE
    )


def mentions_time(text: str) -> bool:
    """A day, a date, a month or a span of time ("next week", "in two weeks") is named."""
    return bool(_time().search(text or ""))


@lru_cache(maxsize=64)
def stated_timeline(text: str, private: tuple[str, ...] = ()) -> str | None:
    """The sentence of the notes that says when they decide, trimmed to its cue and time."""
    cue = wordlists.pattern("notes", "timeline", "decision")
    for line in re.split(r"\n|(?<=[.;!?])\s+", text or ""):
        low = line.strip().lower()
        if not low or any(low in p for p in private):
            continue
        said, times = cue.search(line), list(_time().finditer(line))
        if said and times:
            # the time nearest the cue: dictated notes run a whole interview into one sentence
            when = min(  # a tie goes to the time after the cue: "…on Thursday, will hear next week"
                times,
                key=lambda t: (
                    min(abs(t.start() - said.end()), abs(said.start() - t.end())),
                    t.start() < said.start(),
                ),
            )
            start, end = min(said.start(), when.start()), max(said.end(), when.end())
            if week := re.match(r"\s+week\b", line[end:], re.IGNORECASE):
                end += week.end()  # "ring me Friday week": a week on Friday, as said
            elif other := re.match(
                r"\s+or\s+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b", line[end:], re.IGNORECASE
            ):
                end += other.end()  # "Monday or Tuesday": both days, as said
            span = " ".join(line[start:end].split()).strip(" ,.;:-")
            if any(span.lower() in p or p in span.lower() for p in private):
                continue  # a private line's time ("note to self: ring them Monday")
            if len(span.split()) <= 15:  # dictated notes run on: the cue's own span, not the line
                return span
    return None


def nth_day(text: str) -> str | None:
    """'the last Sunday of the month', as the notes say it."""
    found = wordlists.pattern("notes", "timeline", "nth_day").search(text)
    return found[0] if found else None


def decides(timeline: str | None, text: str) -> bool:
    """The timeline is when they decide ('they'd decide by Friday week'), not only when they would
    be in touch ('she'll ring by Friday', 'feedback early next week'): read in its own line."""
    if not timeline:
        return False
    line = next((ln for ln in text.splitlines() if timeline.lower() in ln.lower()), timeline)
    around = re.split(r"(?<=[.;!?])\s+", line)
    said = next((s for s in around if timeline.lower() in s.lower()), line)
    return names_a_decision(said)
