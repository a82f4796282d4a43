"""The reader eval: blind notes, labelled by someone who never read the parser.

evals/reader/notes/*.txt were written by a helper that had not seen this code; evals/reader/labels/
*.json were written by a second helper from the notes alone (people with lead / other / recruiter,
role, organisation, talking points with kinds, private lines, header lines). Two things are
measured against those labels, never against our own checker:

* the notes reader, per field: precision and recall of people, the lead, recruiters, role,
  organisation, private lines and talking points;
* the offline drafts, per stage: the share a careful reader would send, by the table in
  shared/READER.md, judged from the labels (G written English, F facts and names, D a real topic in
  a thank-you, S the stage and the role named, P nothing private, W no stray placeholder).

`followup eval reader` prints the report; tests/test_reader_eval.py gates on it.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from assistant.core.domain import Draft, Notes

READER_DIR = Path(__file__).resolve().parent / "reader"
TODAY = date(2026, 12, 1)  # the day the notes were written against
STAGES = ("thank_you", "status_check", "final", "rejection_reply")

# READER.md's own examples of raw notes left in an email (G); independent of the parser's lists.
_RAW = re.compile(
    r"->|=>|→|\bw/|\babt\b|\bexp\b|\byrs?\b|\bmtgs?\b|\bmgr\b|\bppl\b|\btbh\b|\blol\b|\bb/c\b"
    r"|\b\d{1,2}/\d{1,2}\b|\b(?:tues|thurs|wed|fri|mon)\b\.?\s+\d|\?\?|\s&\s(?=(?-i:[a-z]))|\+\s|\bw\b(?=\s)",
    re.IGNORECASE,
)
_DANGLING_END = re.compile(
    r"\b(?:a|an|the|of|to|for|with|and|or|by|in|on|at|from|about|my|your|their|is|are|was)[.!?]",
    re.IGNORECASE,
)
_COLLIDED = re.compile(
    r"\b(?:about|of|on|with|for|to|in|at)\s+(?:of|about|on|with|for|at)\b", re.IGNORECASE
)
_PLACEHOLDER = re.compile(r"\[[^\]]{1,40}\]|\{[^}]{1,40}\}|\bTBD\b|_{3,}|\bXX+\b")
_ORG_SAID = re.compile(
    r"\b(?:at|joining|join|contribute\s+to|contributing\s+to|roles\s+at|team\s+at)\s+"
    r"([A-Z][\w&'’-]*(?:[ ](?:&[ ]|of[ ]|and[ ]|the[ ])?[A-Z][\w&'’-]*){0,5})"
)
_ROLE_SAID = re.compile(r"\bthe\s+((?:[A-Z][\w&'’/-]*\s+){1,6})(?:role|position)\b")
_TOPIC_SLOT = re.compile(
    r"\b(?:hearing\s+about|learning\s+about|learn\s+more\s+about|conversation\s+about|"
    r"talking\s+about|questions\s+about|discussing|discussion\s+of|talk\s+with\s+you\s+about|"
    r"talking\s+through)\s+(?!how\b|what\b|why\b|whether\b|when\b)([^.!?]{3,140})",
    re.IGNORECASE,
)
_PASTED = re.compile(
    r"\b(?:is|are|was|were|has|have|had|lives|wants|needs|says|said|studies|runs)\s+(?!been\b)\w+"
    r"|\b(?:promo|forever|lol|tbh|like\s+\d|kinda|gonna)\b",
    re.IGNORECASE,
)
_HEARD = re.compile(r"\b(?:hearing|learning|learn|hear|heard)\s+(?:more\s+)?about\b", re.IGNORECASE)
_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "for",
        "with",
        "and",
        "or",
        "in",
        "on",
        "at",
        "by",
        "from",
        "about",
        "my",
        "your",
        "our",
        "their",
        "his",
        "her",
        "its",
        "i",
        "me",
        "we",
        "you",
        "they",
        "it",
        "this",
        "that",
        "how",
        "what",
        "why",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "new",
    ]
)


_FOLD = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "AE",
        "ß": "ss",
        "đ": "d",
        "Đ": "D",
        "ł": "l",
        "Ł": "L",
        "ð": "d",
        "þ": "th",
        "œ": "oe",
        "ı": "i",
    }
)


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", (text or "").translate(_FOLD))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def _content(text: str) -> set[str]:
    return {w for w in _norm(text).split() if w not in _STOP and len(w) > 1}


def _overlap(a: str, b: str) -> float:
    """Share of a's content words found in b (stems by 5-letter prefix)."""
    wa = {w[:5] for w in _content(a)}
    wb = {w[:5] for w in _content(b)}
    return len(wa & wb) / len(wa) if wa else 0.0


def _mentions(topic: str, sentence: str) -> bool:
    """A labelled topic is mentioned: most of its content words, or three of them."""
    wa = {w[:4] for w in _content(topic)} - _GENERIC
    wb = {w[:4] for w in _content(sentence)}
    hits = wa & wb
    # two shared words, most of the topic, or one distinctive word ("PTCB", "reservoir")
    rare = {w for w in hits if len(w) >= 4 and w not in _COMMON}
    return bool(wa) and (len(hits) >= 2 or len(hits) / len(wa) >= 0.6 or bool(rare))


# Words any email has: sharing them with a topic says nothing specific.
_COMMON = {
    w[:4]
    for w in [
        "about",
        "their",
        "your",
        "team",
        "work",
        "with",
        "from",
        "this",
        "that",
        "have",
        "will",
        "what",
        "more",
        "some",
        "into",
        "also",
        "time",
        "year",
        "years",
        "week",
        "weeks",
        "month",
        "months",
        "new",
        "plan",
        "plans",
        "help",
        "make",
        "take",
        "first",
        "last",
        "next",
        "role",
        "people",
        "place",
        "thing",
        "things",
        "good",
        "great",
        "notes",
        "note",
        "answer",
        "answers",
        "background",
        "skills",
        "questions",
        "experience",
    ]
}
_GENERIC = {
    w[:4]
    for w in [
        "team",
        "role",
        "work",
        "job",
        "company",
        "interview",
        "people",
        "experience",
        "time",
        "process",
        "position",
        "opportunity",
        "conversation",
        "discussion",
        "question",
        "questions",
    ]
}


@dataclass(frozen=True)
class Case:
    id: str
    notes: str
    label: dict[str, Any]

    @property
    def people(self) -> list[dict[str, str]]:
        return [p for p in self.label.get("people") or [] if isinstance(p, dict)]

    def greet(self, role: str) -> list[str]:
        return [
            p.get("greet_as") or p.get("name") or "" for p in self.people if p.get("role") == role
        ]


def load_cases(folder: Path = READER_DIR) -> list[Case]:
    cases = []
    for path in sorted((folder / "notes").glob("*.txt")):
        label_path = folder / "labels" / f"{path.stem}.json"
        if label_path.exists():
            label = json.loads(label_path.read_text(encoding="utf-8"))
            cases.append(Case(path.stem, path.read_text(encoding="utf-8"), label))
    return cases


# --- the parser, per field -----------------------------------------------------------------


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, got: Iterable[str], want: Iterable[str], same: Any) -> None:
        got, want = list(got), list(want)
        matched: set[int] = set()
        for g in got:
            hit = next((i for i, w in enumerate(want) if i not in matched and same(g, w)), None)
            if hit is None:
                self.fp += 1
            else:
                matched.add(hit)
                self.tp += 1
        self.fn += len(want) - len(matched)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _same_name(a: str, b: str) -> bool:
    na, nb = (
        set(_norm(a).split()) - {"dr", "mr", "ms", "mrs", "prof"},
        set(_norm(b).split()) - {"dr", "mr", "ms", "mrs", "prof"},
    )
    return bool(na and nb and (na <= nb or nb <= na or na & nb))


def _same_text(a: str, b: str) -> bool:
    return _overlap(a, b) >= 0.6 or _overlap(b, a) >= 0.6


def _same_value(a: str | None, b: str | None) -> bool:
    return bool(a and b and (_overlap(b, a) >= 0.5 or _overlap(a, b) >= 0.67))


def parser_fields(cases: Sequence[Case], parse: Any) -> dict[str, Tally]:
    fields: dict[str, Tally] = {
        k: Tally()
        for k in (
            "interviewers",
            "lead",
            "recruiters",
            "greet_as",
            "role",
            "organisation",
            "private",
            "talking_points",
        )
    }
    for case in cases:
        notes: Notes = parse(case.notes)
        interviewers = [p.name for p in notes.interviewers]
        want = [p.get("name", "") for p in case.people if p.get("role") in ("lead", "other")]
        fields["interviewers"].add(interviewers, want, _same_name)
        fields["lead"].add(
            interviewers[:1],
            [p.get("name", "") for p in case.people if p.get("role") == "lead"][:1],
            _same_name,
        )
        fields["recruiters"].add(
            [p.name for p in notes.coordinators],
            [p.get("name", "") for p in case.people if p.get("role") == "recruiter"],
            _same_name,
        )
        fields["greet_as"].add(
            [p.greet or "" for p in notes.interviewers],
            case.greet("lead") + case.greet("other"),
            lambda a, b: _norm(a) == _norm(b),
        )
        fields["role"].add(
            [notes.role] if notes.role else [],
            [case.label["role"]] if case.label.get("role") else [],
            _same_value,
        )
        fields["organisation"].add(
            [notes.company] if notes.company else [],
            [case.label["organisation"]] if case.label.get("organisation") else [],
            _same_value,
        )
        fields["private"].add(notes.private_lines, case.label.get("private") or [], _same_text)
        points = [p.topic for p in notes.talking_points if p.kind != "logistics"]
        want_points = [
            f"{t.get('topic', '')} {t.get('source', '')}"
            for t in case.label.get("talking_points") or []
        ]
        fields["talking_points"].add(points, want_points, lambda g, w: _overlap(g, w) >= 0.6)
    return fields


# --- the drafts, by the reader's table -----------------------------------------------------


@dataclass
class Verdict:
    sendable: bool
    reasons: list[str] = field(default_factory=list)


def _greeted(body: str) -> list[str]:
    first = body.strip().split("\n", 1)[0]
    m = re.match(r"\s*(?:dear|hello|hi|good\s+\w+)\s+(.+?)[,:!]?\s*$", first, re.IGNORECASE)
    if not m:
        return []
    names = re.split(r",\s*|\s+and\s+|\s*&\s*", m.group(1))
    return [n.strip() for n in names if n.strip()]


_TITLES = {
    "dr",
    "mr",
    "mrs",
    "ms",
    "mx",
    "prof",
    "professor",
    "chef",
    "captain",
    "capt",
    "rev",
    "reverend",
    "pastor",
    "judge",
    "sgt",
    "coach",
    "dean",
}


def _accepts(person: dict[str, str], greeted: str) -> bool:
    """A greeting a careful reader accepts for this person: how they go by, or a correct formal
    or given-name form of their name when the notes give no other name they go by."""
    said = _norm(greeted)
    greet = _norm(person.get("greet_as") or "")
    name = [w for w in _norm(person.get("name") or "").split() if w not in _TITLES]
    if said == greet or not name:
        return said == greet
    nickname = bool(greet) and not set(greet.split()) - _TITLES <= set(name)
    if nickname:
        return False  # "Wei Zhang — goes by Vivian": only "Vivian" will do
    words = said.split()
    bare = [w for w in words if w not in _TITLES]
    titled = len(bare) < len(words)
    return bool(bare) and (
        bare == name
        or (titled and bare == name[-len(bare) :])
        or (not titled and bare == name[: len(bare)])
    )


def judge(case: Case, draft: Draft, earlier: Sequence[Draft] = ()) -> Verdict:
    """Would a careful reader send this draft as is? Judged from the labels (READER.md)."""
    body, reasons = draft.body, []
    prose = "\n".join(body.strip().split("\n")[1:])
    # G: written English
    if m := _RAW.search(prose):
        reasons.append(f"G: raw notes {m.group(0)!r}")
    if m := _DANGLING_END.search(prose):
        reasons.append(f"G: sentence ends on a function word {m.group(0)!r}")
    if m := _COLLIDED.search(prose):
        reasons.append(f"G: prepositions collide {m.group(0)!r}")
    # F: the right people
    greeted = _greeted(body)
    leads, others, recruiters = case.greet("lead"), case.greet("other"), case.greet("recruiter")
    people = leads + others
    generic = re.compile(r"hiring|team|manager|committee|sir|madam|all\b", re.IGNORECASE)
    for name in greeted:
        if generic.search(name):
            continue
        if not any(_accepts(p, name) for p in case.people if p.get("role") in ("lead", "other")):
            hint = " (a recruiter)" if any(_same_name(name, r) for r in recruiters) else ""
            reasons.append(f"F: greets {name!r}, not an interviewer by the name they go by{hint}")
    lead_people = [p for p in case.people if p.get("role") == "lead"]
    if leads and not any(_accepts(lead_people[0], g) for g in greeted):
        reasons.append(f"F: the lead {leads[0]!r} is not greeted")
    for t in case.label.get("talking_points") or []:
        if t.get("kind") == "my_work":
            for m in _HEARD.finditer(prose):
                if _overlap(t.get("topic", ""), prose[m.end() : m.end() + 90]) >= 0.6:
                    reasons.append("F: the candidate's own work presented as theirs")
    # D: a thank-you names something specific that was discussed, not a header
    topics = [f"{t.get('topic', '')}" for t in case.label.get("talking_points") or []]
    if draft.stage == "thank_you":
        sentences = re.split(r"(?<=[.!?])\s+", prose)
        if not any(_mentions(t, s) for t in topics for s in sentences):
            reasons.append("D: names nothing specific from the interview")
    known = _content(
        " ".join(
            [
                *(p.get("name", "") for p in case.people),
                *people,
                case.label.get("role") or "",
                case.label.get("organisation") or "",
            ]
        )
    )
    for header in case.label.get("headers") or []:
        rest = _content(re.sub(r"^[^:]{1,20}:", "", header)) - known
        if len(rest) >= 2 and _overlap(" ".join(rest), prose) >= 0.8:
            reasons.append(f"D: a header line used as a topic: {header!r}")
    # S: the role or organisation named when the notes give it
    role, org = case.label.get("role"), case.label.get("organisation")
    text = f"{draft.subject}\n{prose}"
    if role and _overlap(role, text) < 0.5:
        reasons.append("S: the role is not named")
    if org and _overlap(org, text) < 0.5:
        reasons.append("S: the organisation is not named")
    # F: an employer or a role the notes do not give ("at Vanderbilt", "the Lab Technician role")
    for m in _ORG_SAID.finditer(prose):
        said = m.group(1).strip()
        if (
            org
            and _overlap(said, org) < 0.5
            and _overlap(org, said) < 0.5
            and not any(_overlap(said, p.get("name", "")) >= 0.5 for p in case.people)
        ):
            reasons.append(f"F: names {said!r} as the employer")
            break
    for m in _ROLE_SAID.finditer(f"{draft.subject}\n{prose}"):
        said = m.group(1).strip()
        if role and _overlap(said, role) < 0.5:
            reasons.append(f"F: calls the job {said!r}")
            break
    # S: a status check uses the timeline they gave
    if (
        draft.stage == "status_check"
        and case.label.get("decision")
        and not re.search(
            r"\b(?:decision|decide|timeline|hear\s+back|expected|mentioned|by\s+(?:the\s+)?"
            r"(?:end|\w+day|\d))",
            prose,
            re.IGNORECASE,
        )
    ):
        reasons.append("S: the status check ignores the timeline they gave")
    # G: a statement pasted where a topic belongs ("hearing about your data lives in …")
    for m in _TOPIC_SLOT.finditer(prose):
        topic = re.split(
            r"\s+(?:was|were)\s+(?:a|the|one\s+of\s+the)\s+(?:highlight|best|most)", m.group(1)
        )[0]
        if _PASTED.search(topic) or re.search(r"\s[-–—]\s*$|\s[-–—]\s", topic):
            reasons.append(f"G: a clause pasted as a topic: {m.group(1)[:50]!r}")
            break
    # P: nothing private
    for line in case.label.get("private") or []:
        words = _norm(line).split()
        grams = dict.fromkeys(" ".join(words[i : i + 3]) for i in range(len(words) - 2))  # in order
        low = _norm(prose)
        leaked = [g for g in grams if g in low and len(set(g.split()) - _STOP) >= 2]
        if leaked:
            reasons.append(f"P: private words {leaked[0]!r}")
            break
    # W: no placeholder but an unknown sign-off name; no detail reused from an earlier stage
    for m in _PLACEHOLDER.finditer(body):
        if m.group(0).lower() not in ("[your name]",):
            reasons.append(f"W: placeholder {m.group(0)!r}")
    for prev in earlier:
        shared = [t for t in topics if _overlap(t, prose) >= 0.8 and _overlap(t, prev.body) >= 0.8]
        if shared:
            reasons.append(f"W: the same detail as the {prev.stage} email: {shared[0]!r}")
    return Verdict(not reasons, reasons)


def drafts_by_stage(
    cases: Sequence[Case], parse: Any, write: Any
) -> dict[str, list[tuple[str, Draft, Verdict]]]:
    out: dict[str, list[tuple[str, Draft, Verdict]]] = {s: [] for s in STAGES}
    for case in cases:
        notes = parse(case.notes)
        sent: list[Draft] = []
        for stage in STAGES:
            draft = write(notes, stage, sent)
            verdict = judge(case, draft, sent if stage != "rejection_reply" else ())
            out[stage].append((case.id, draft, verdict))
            if stage != "rejection_reply":
                sent.append(draft)
    return out


def offline_parse(text: str) -> Notes:
    from assistant.notes.parse import parse_notes

    return parse_notes(text, TODAY)


def offline_write(notes: Notes, stage: str, sent: Sequence[Draft]) -> Draft:
    from assistant.drafting.pipeline import DraftRequest, draft_email

    return draft_email(DraftRequest(notes, stage, used_topics=tuple(d.body for d in sent)))


HOLDOUT_DIR = READER_DIR / "holdout"
BLIND2_DIR = READER_DIR / "blind2"


def report(folder: Path = READER_DIR) -> dict[str, Any]:
    """Per-field and per-stage numbers for one labelled set (dev: READER_DIR; holdout: HOLDOUT_DIR)."""
    cases = load_cases(folder)
    fields = parser_fields(cases, offline_parse)
    stages = drafts_by_stage(cases, offline_parse, offline_write)
    return {
        "cases": len(cases),
        "fields": {
            k: {
                "precision": round(t.precision, 3),
                "recall": round(t.recall, 3),
                "f1": round(t.f1, 3),
            }
            for k, t in fields.items()
        },
        "sendable": {
            s: round(sum(v.sendable for _, _, v in rows) / len(rows), 3) if rows else 0.0
            for s, rows in stages.items()
        },
        "failures": {
            s: [{"id": i, "reasons": v.reasons} for i, _, v in rows if not v.sendable]
            for s, rows in stages.items()
        },
    }


def format_report(data: dict[str, Any]) -> str:
    lines = [
        f"Reader eval: {data['cases']} blind notes",
        "",
        "| field | precision | recall | F1 |",
        "|---|---|---|---|",
    ]
    for k, v in data["fields"].items():
        lines.append(f"| {k} | {v['precision']:.2f} | {v['recall']:.2f} | {v['f1']:.2f} |")
    lines += ["", "| stage | sendable |", "|---|---|"]
    for s, v in data["sendable"].items():
        lines.append(f"| {s} | {v:.0%} |")
    for s, rows in data["failures"].items():
        for row in rows:
            lines.append(f"- {s} {row['id']}: " + "; ".join(row["reasons"]))
    return "\n".join(lines)


if __name__ == "__main__":
    import sys

    which = sys.argv[1] if len(sys.argv) > 1 else "dev"
    print(format_report(report(HOLDOUT_DIR if which == "holdout" else READER_DIR)))
