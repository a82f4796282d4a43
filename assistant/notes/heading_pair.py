"""The job and the employer from a first line of two pieces, told apart by how people write them:
a name in Title Case ("Redgum Ridge Wines", "Ostrowski Steel"), a job in sentence case or with a
job word ("Vintage cellar hand", "Welder/fabricator", "tree climber/arborist"). Read only when the
heading names neither in a way the headline reader knows (assistant/notes/headline.py)."""

from __future__ import annotations

import re

from assistant.notes.employer import SMALL_WORDS
from assistant.notes.name_evidence import is_given_name
from assistant.notes.role_titles import role_abbreviations, role_nouns, title_case, title_role
from assistant.text.sentences import TITLES

_SEPARATOR = re.compile(r"\s+[-–—|]\s+")
_SMALL = SMALL_WORDS | {"at", "on"}
_NOT_A_PIECE = re.compile(  # a date, a time, a format or a label is no job and no employer
    r"\d|:|@|\b(?:interview|intvw|round|call|screen|zoom|teams|phone|video|notes?|mon|tue|tues|wed|"
    r"thu|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|"
    r"yesterday|am|pm|assessment|trial|day)\b",
    re.IGNORECASE,
)


def first_sentence(line: str, next_letter: str = "[A-Z]") -> str:
    """The line up to its first sentence end: 'St.', 'Dr.' or 'Co.' end none."""
    for m in re.finditer(rf"(?<=[\w)])[.!?]+\s+(?={next_letter})", line):
        word = re.findall(r"[A-Za-z]+$", line[: m.start()])
        if not word or word[0].lower() not in TITLES | {"st", "co", "inc", "ltd", "no", "vs"}:
            return line[: m.start()]
    return line


TRAINING = frozenset({"apprenticeship", "internship", "traineeship", "placement"})


def _name_like(piece: str) -> bool:
    """'Redgum Ridge Wines', 'Harcourt Electrical': two or more words, each capitalised."""
    words = [w for w in piece.split() if w.lower() not in _SMALL]
    return (
        len(words) >= 2
        and all(w[:1].isupper() for w in words)
        and not is_given_name(words[0])  # "Dana Reyes" is a person
    )


def _job_like(piece: str) -> bool:
    """'Vintage cellar hand', 'Welder/fabricator': a job word, or words in sentence case."""
    words = piece.split()
    if not 1 <= len(words) <= 5:
        return False
    heads = {w.lower().strip(".,") for w in re.split(r"[\s/]+", piece)}
    return bool(heads & role_nouns()) or any(w.islower() for w in words[1:])


def heading_pair(text: str) -> tuple[str | None, str | None]:
    """(role, employer) from the notes' first line when it is 'Job – Employer' or 'Employer –
    Job'; (None, None) otherwise."""
    first = next((ln.strip() for ln in (text or "").splitlines() if ln.strip()), "")
    first = re.sub(r"\s*\([^)]*\)", "", first).strip(" *#=_")  # "(Clare Valley)"
    first = re.sub(r"\s+(?:interview|intvw|int)\b", "", first, flags=re.IGNORECASE)
    pieces = [  # "producer w/ jess + dev": who it was with follows the job
        re.sub(r"\s+(?:w/|with)\s.*$", "", p, flags=re.IGNORECASE).strip(" .,")
        for p in _SEPARATOR.split(first)
    ]
    known = set(role_abbreviations())
    plain = [" ".join(w for w in p.split() if w.lower() not in known) for p in pieces]  # "2IC job"
    if len(pieces) != 2 or any(not p or _NOT_A_PIECE.search(q) for p, q in zip(pieces, plain)):
        return None, None
    for job, org in (pieces, pieces[::-1]):
        if _name_like(org) and _job_like(job) and not _name_like(job):
            return (title_role(job) if job.islower() else job), org
        if first.islower() and _known_job(job) and not _known_job(org) and len(org.split()) <= 5:
            return title_role(job), title_case(org)  # "asm interview - the foundry playhouse"
    return None, None


def _known_job(piece: str) -> bool:
    """'asm', 'tree climber/arborist', 'apprenticeship': a job word the lists know."""
    heads = {w.strip(".,") for w in re.split(r"[\s/]+", piece.lower())}
    return bool(heads & (role_nouns() | set(role_abbreviations()) | TRAINING))
