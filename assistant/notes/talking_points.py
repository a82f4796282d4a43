"""Pasted notes -> typed talking points and the private lines that never leave the machine.

A talking point is something discussed, with a kind (their work, a question they asked me, my
work they discussed, a shared interest, something discussed with no clear owner, logistics) and
a clean noun-phrase topic that can follow "I enjoyed hearing about …". A phrase that cannot be
made clean (shorthand left, a clause where a noun belongs, a dangling function word) is dropped,
never pasted: a draft that cannot say something cleanly says less.

Private lines (pay, opinions of the employer, rumours, "don't mention", notes to self, anything
the current employer must not know) are decided here once; everything downstream reads that one
decision. Word lists and cue phrases live in assistant/notes/wordlists/notes.toml.

Here: the notes read line by line into points and private lines. What makes a line private (a
header, logistics) is in line_kinds; how a raw phrase becomes a clean topic, in topic_phrases.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.core.domain import TalkingPoint
from assistant.notes import wordlists as lexicon
from assistant.notes.line_kinds import (
    is_header,
    is_logistics,
    is_private,
    keeps_quiet,
    names_a_secret,
    notes_pattern,
    private_start,
    secrets,
)
from assistant.notes.topic_phrases import OWN_CLAUSE, clean_topic
from assistant.text.sentences import is_list_item, point_phrases, strip_bullets

DRAFTABLE = ("their_work", "discussed", "their_question", "my_work", "shared_interest")
_VOICE_SPLIT = re.compile(  # dictation's spoken punctuation ends a thought too ("full stop")
    r"\s+(?:new\s+paragraph|new\s+line|full\s+stop)[.,]?\s+|"
    r"\s+(?=(?:so|and\s+then|then|also|oh\s+and|um|uh|anyway|okay\s+so|ok\s+so|another\s+thing|"
    r"they|she|he|we|i|but|which|k\s+said|[a-z]+\s+said|they\s+asked|[a-z]+\s+asked)\s)",
    re.IGNORECASE,
)


def _lines(text: str) -> Iterable[tuple[str, bool, bool]]:
    """(line, was_bullet, private_block) for each non-empty line, markup trimmed."""
    private_block = False
    for raw in text.replace("\r", "\n").split("\n"):
        line = raw.strip()
        if not line:
            private_block = False
            continue
        bullet = is_list_item(line)
        line = strip_bullets(line).strip().strip("*_").strip()
        if not line:
            continue
        if notes_pattern("private", "block_headings").search(line):
            private_block = True
            yield line, bullet, True
            continue
        if not bullet and line.endswith(":") and len(line.split()) <= 5:
            private_block = False  # another heading ends a private block
        yield line, bullet, private_block


def _sentences(line: str) -> list[str]:
    parts = point_phrases(line)
    out: list[str] = []
    for part in parts:
        if len(part.split()) > 30:  # dictated, barely punctuated
            out.extend(p.strip() for p in _VOICE_SPLIT.split(part) if p.strip())
        else:
            out.append(part)
    return out


def _clauses(sent: str) -> list[str]:
    """A long sentence in clauses, so one private remark does not hide the rest."""
    parts = re.split(r"(?<=[,;])\s+|\s+[-–—]\s+|\s+(?=(?:but|and\s+(?:i|she|he|they|it))\s)", sent)
    return [p.strip(" ,;") for p in parts if p.strip(" ,;")]


def read(
    text: str, people: Iterable[str] = (), topics: bool = True
) -> tuple[tuple[TalkingPoint, ...], tuple[str, ...]]:
    """(talking points, private lines) of the notes; private lines are the notes' own words.
    topics=False decides only the private lines (the notes reader's first pass)."""
    names = tuple(n for n in people if n)
    points: list[TalkingPoint] = []
    private: list[str] = []
    quiet = secrets(text)  # what a "don't mention …" line keeps quiet, wherever it is named
    for line, bullet, in_private in _lines(text or ""):
        if in_private or private_start(line):
            if not notes_pattern("private", "block_headings").fullmatch(line):
                private.append(line)  # the lines under "Private:", not the heading itself
            continue
        sentences = _sentences(line)
        if bullet and len(sentences) > 1 and keeps_quiet(sentences[0]):
            private.append(line)  # "- Do NOT mention X. For reference give Mr Bassey": one thought
            continue
        for sent in sentences:
            if is_private(sent) or names_a_secret(sent, quiet):
                pieces = _clauses(sent) if len(sent.split()) > 25 else [sent]
                hidden = [p for p in pieces if is_private(p) or names_a_secret(p, quiet)]
                private.extend(hidden)
                if len(pieces) == 1:
                    continue
                sent = " ".join(p for p in pieces if p not in hidden)
                if not sent:
                    continue
            if not topics:
                continue
            if re.match(r"\W*(?:me|i)\s*[:=-]\s*(?:i\s+)?asked\b", sent, re.IGNORECASE):
                continue  # "Me: asked about the platform": the candidate's own question
            found = _points(sent, names) or _labelled_point(sent, names)
            if not found and bullet and not is_header(sent) and not is_logistics(sent):
                mine = bool(re.match(r"my\s", sent, re.IGNORECASE))
                kind = "my_work" if mine else "discussed"
                topic = clean_topic(sent, kind, names)
                if topic and 2 <= len(topic.split()) <= 8 and (mine or _NOUNISH.match(topic)):
                    found = [TalkingPoint(topic, kind, _OWNER[kind], sent)]
            if not found and is_logistics(sent) and not is_header(sent):
                found = [TalkingPoint(sent, "logistics", "them", sent)]
            points.extend(found)
    return _dedupe(points), tuple(dict.fromkeys(private))


def _points(sent: str, names: tuple[str, ...]) -> list[TalkingPoint]:
    if is_header(sent) and not re.match(
        r"\W*(?:topics?|discussed|highlights?)\b", sent, re.IGNORECASE
    ):
        return []
    taken: list[tuple[int, int]] = []
    out: list[tuple[int, TalkingPoint]] = []
    for kind in ("shared_interest", "my_work", "their_question", "their_work", "discussed"):
        for pat in lexicon.patterns("notes", "leads", kind):
            for m in pat.finditer(sent):
                start, end = m.span("t")
                cut = notes_pattern("topics", "cut").search(m.group("t"))
                end = start + cut.start() if cut and cut.start() > 0 else end
                if any(a < end and start < b for a, b in taken):
                    continue
                if kind == "their_work" and re.match(
                    r"\s*(?:i|me|my)\b", m.group(0), re.IGNORECASE
                ):
                    continue
                own = kind in ("discussed", "their_question") and re.match(
                    r"\s*(?:about\s+|on\s+)?my\s", m.group("t"), re.IGNORECASE
                )
                got = "my_work" if own else kind  # "went deep on my checkout redesign"
                topics = _topics_of(m, got, names)
                verb = " ".join((m.groupdict().get("v") or "").lower().split())
                for topic in topics:
                    mine = (
                        "my_work" if OWN_CLAUSE.search(topic) and got != "shared_interest" else got
                    )
                    out.append((start, TalkingPoint(topic, mine, _OWNER[mine], sent, verb)))
                if topics:
                    taken.append((start, end))
    return [p for _, p in sorted(out, key=lambda x: x[0])]


_NOUNISH = re.compile(
    r"(?:the|a|an|your|new|upcoming|planned|current|their)\s|\w+ing\s(?!(?:to|on|at|in|for|with)\b)",
    re.IGNORECASE,
)
_OWNER = {
    "their_work": "them",
    "their_question": "them",
    "my_work": "me",
    "shared_interest": "both",
    "discussed": "both",
}


def _topics_of(m: re.Match[str], kind: str, names: tuple[str, ...]) -> list[str]:
    raw = m.group("t")
    if kind == "shared_interest":
        topic = clean_topic(raw, "discussed", names, shared=True)
        return [re.sub(r"^both\s+", "", topic)] if topic else []
    if (
        kind == "discussed"
        and re.match(
            r"\W*(?:topics?|discussed|talked|talking|highlights?|key|themes?|covered|focus|main)",
            m.group(0),
            re.IGNORECASE,
        )
        and "," in raw
    ):
        pieces = re.split(r"\s*[,;]\s*|\s+and\s+", raw)
        return [t for t in (clean_topic(p, kind, names) for p in pieces) if t]
    if kind == "their_question":  # "asked what I'd do if … and how I'd handle …": two questions
        pieces = re.split(r"\s+and\s+(?=(?:how|what|why)\s)", raw)
        return [t for t in (clean_topic(p, kind, names) for p in pieces) if t]
    topic = clean_topic(raw, kind, names)
    return [topic] if topic else []


_TOPIC_LABEL = re.compile(
    r"^\W*(?P<label>(?:their|the|his|her|big|main|biggest|key)?\s*(?:problem|problems|issue|issues|"
    r"challenge|challenges|focus|priority|priorities|goal|goals|plan|plans|project|projects|"
    r"pain\s+point|news|initiative|q|question|questions|scenario|case|case\s+study|role[- ]play|"
    r"exercise|test|task|(?:my\s+)?(?:background|experience)(?:\s+they\s+asked\s+about)?|"
    r"they\s+asked\s+about|asked\s+about))\s*(?:\d+)?\s*[:=-]\s*(?P<value>.{3,160})$",
    re.IGNORECASE,
)


def _labelled_point(sent: str, names: tuple[str, ...]) -> list[TalkingPoint]:
    """'their problem: chronic absenteeism at 24%' -> a point about the value, not the label."""
    m = _TOPIC_LABEL.match(sent)
    if not m:
        return []
    label = m["label"].lower()
    kind = (
        "their_question"
        if re.search(r"\bq\b|question|scenario|case|role|exercise|test|task", label)
        else "their_work"
    )
    value = m["value"].strip()
    own = re.match(r"my\s", value, re.IGNORECASE)
    kind = "my_work" if own else kind
    topic = clean_topic(value, kind, names)
    return [TalkingPoint(topic, kind, _OWNER[kind], sent)] if topic else []


def shared_phrase(verb: str, topic: str) -> str:
    """'we both run half marathons', 'we are both from Ohio'."""
    verb = " ".join(verb.split())
    if verb in ("are", "are from", "come from"):
        return f"we are both from {topic}" if "from" in verb else f"we are both {topic}"
    topic = re.sub(r"^both\s+", "", topic)
    if verb in ("bonded over", "geeked out about", "geeked out over", "share"):
        return f"we share an interest in {topic}"
    return f"we both {verb} {topic}"


def _dedupe(points: Iterable[TalkingPoint]) -> tuple[TalkingPoint, ...]:
    seen: set[str] = set()
    out = []
    for p in points:
        key = re.sub(r"\W+", " ", p.topic.lower()).strip()
        if key in seen or any(
            key in s or s in key for s in seen if p.kind != "logistics" and len(s) > 8
        ):
            continue
        seen.add(key)
        out.append(p)
    return tuple(out)


def draftable(points: Iterable[TalkingPoint]) -> tuple[TalkingPoint, ...]:
    """The points a draft may mention, best first (their work, then things discussed …)."""
    rank = {k: i for i, k in enumerate(DRAFTABLE)}
    usable = [p for p in points if p.kind in rank]
    return tuple(sorted(usable, key=lambda p: (rank[p.kind], abs(len(p.topic.split()) - 4))))
