"""The offline drafter's revisions: tighten a draft, or repair what the checker flagged.

Both work sentence by sentence on the person's own text, keeping what is good (greeting,
sign-off, details, the stage's required moves) and using the stage rules' example sentences
(prompts/stages.toml) for anything missing.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.core.domain import Stage
from assistant.core.stages import Rules, load_rules
from assistant.drafter.composer import Composer
from assistant.drafter.writer import compose
from assistant.prompting import phrasing
from assistant.text import email_parts, tone
from assistant.text.matching import has_cue, has_phrase, mentions
from assistant.text.placeholders import fill_placeholders, has_placeholder
from assistant.text.sentences import paragraphs, sentences
from assistant.text.words import normalise, word_count

_FILLER_SENTENCE = re.compile(
    r"^(i hope (this|you|your|all)\b[^.?!]*|i wanted to reach out\b[^.?!]*|"
    r"i am writing to (you )?(today )?)[.!]?$",
    re.IGNORECASE,
)
_FILLER_WORDS = re.compile(
    r"\b(really|truly|genuinely|actually|definitely|extremely|just|"
    r"incredibly|absolutely|certainly|honestly)\s+",
    re.IGNORECASE,
)
_SHOUT = re.compile(r"\b[A-Z]{4,}\b")


def _example(stage: Stage, move_id: str, c: Composer) -> str:
    for move in stage.moves:
        if move.id == move_id and move.example:
            return move.example.format(
                role_phrase=phrasing.role_phrase(c.role),
                at_company=c.at_company,
                team=c.team,
                with_team=c.with_team,
            )
    return ""


class Body:
    """A draft body as greeting + flat list of (paragraph, sentence) + sign-off, for editing.

    It is read exactly as the checker reads it (assistant.text's split_email and sentences), so
    the fixer and the checker always agree on where the greeting, a sentence or the sign-off is.
    """

    def __init__(self, body_text: str):
        parts = email_parts.split_email(body_text)
        self.greeting, self.signoff = parts.greeting or "", parts.signoff or ""
        self.name = "\n".join(parts.name_lines)
        self.items: list[tuple[int, str]] = [
            (i, s) for i, p in enumerate(paragraphs(parts.prose)) for s in sentences([p])
        ]

    def paragraphs(self) -> list[str]:
        grouped: dict[int, list[str]] = {}
        for index, sentence in self.items:
            grouped.setdefault(index, []).append(sentence)
        return [" ".join(v) for _, v in sorted(grouped.items())]

    def text(self) -> str:
        closing = "\n".join(x for x in (self.signoff, self.name) if x)
        return "\n\n".join(x for x in (self.greeting, *self.paragraphs(), closing) if x)

    def words(self) -> int:
        return word_count(self.text())

    def insert(self, position: int, sentence: str) -> None:
        position = max(0, min(position, len(self.items)))
        para = self.items[position - 1][0] if position > 0 and self.items else 0
        self.items.insert(position, (para, sentence))


def _essential(body: Body, stage: Stage, details: list[str]) -> set[int]:
    keep: set[int] = set()
    for i, (_, s) in enumerate(body.items):
        if any(mentions(d, s) for d in details):
            keep.add(i)
    for move in stage.moves:
        carriers = [i for i, (_, s) in enumerate(body.items) if has_cue(s, move.cues)]
        if carriers and not keep.intersection(carriers):
            keep.add(carriers[0])
    if stage.questions_min:
        asks = [i for i, (_, s) in enumerate(body.items) if s.endswith("?")]
        keep.update(asks[: stage.questions_min])
    return keep


def tighten_body(body: Body, stage: Stage, details: list[str], target: int) -> None:
    """Cut filler, then the least essential sentences from the end, down to `target` words."""
    body.items = [
        (p, _FILLER_WORDS.sub("", s))
        for p, s in body.items
        if not _FILLER_SENTENCE.match(s.strip())
    ] or body.items
    floor = stage.words_min
    keep = _essential(body, stage, details)
    for i in sorted(set(range(len(body.items))) - keep, reverse=True):
        if body.words() <= target:
            break
        if body.words() - word_count(body.items[i][1]) < floor:
            continue
        body.items[i] = (body.items[i][0], "")
    body.items = [item for item in body.items if item[1]]


def tighten(subject: str, body_text: str, payload: dict[str, Any], rules: Rules) -> tuple[str, str]:
    stage = rules.stage(str(payload.get("stage")))
    target = int(payload.get("target_words") or (stage.words_min + stage.words_max) // 2)
    body = Body(body_text)
    details = [d for d in payload.get("kept_details") or payload.get("details") or []]
    tighten_body(body, stage, details, target)
    words = subject.split()
    if len(words) > 8:
        subject = Composer(payload, 0, rules).subject()
    return subject, body.text()


def _fill(text: str, c: Composer) -> str:
    """Fill the placeholders we can from the notes; leave the rest (TBD, XX …) for removal."""
    fills = {
        "company": c.company,
        "position": c.role,
        "role": c.role,
        "job title": c.role,
        "interviewer's name": c.people[0]["name"].split()[0] if c.people else "",
        "name": c.people[0]["name"].split()[0] if c.people else "",
        "your name": c.candidate,
        "specific topic or project": c.details[0] if c.details else "",
    }
    return fill_placeholders(text, fills)


def fix(
    subject: str, body_text: str, payload: dict[str, Any], rules: Rules, seed: int
) -> tuple[str, str]:
    """Repair a draft so it meets the stage's rules, keeping the person's good sentences."""
    stage = rules.stage(str(payload.get("stage")))
    c = Composer(payload, seed, rules)
    problems = {str(p.get("id")) for p in payload.get("problems") or []}
    avoid = [phrase for group in rules.avoid_for(stage.id) for phrase in group.phrases]
    body = Body(_fill(body_text, c))
    details = [d for d in payload.get("details") or []]
    # sentences the checker reads as negative (same scorer: the details' own words are neutral)
    scores = tone.sentiments([s for _, s in body.items], tone.negative_words(details))[1]
    negative = {i for i, score in enumerate(scores) if score <= tone.NEGATIVE_MAX}

    def bad(s: str) -> bool:
        low = normalise(s)  # matched as the checker matches them: at a word start
        return any(has_phrase(low, p) for p in avoid) or has_placeholder(s)

    body.items = [
        (p, _SHOUT.sub(lambda m: m.group(0).capitalize(), s))
        for i, (p, s) in enumerate(body.items)
        if i not in negative and not bad(s)
    ]
    asks = [i for i, (_, s) in enumerate(body.items) if s.endswith("?")]
    for i in reversed(asks[stage.questions_max :]):
        del body.items[i]

    subject = _fill(subject, c)
    if (
        not subject
        or "subject" in problems
        or has_placeholder(subject)
        or not has_cue(subject, stage.subject_cues)
    ):
        subject = c.subject()
    if not body.greeting or problems & {"greeting", "names"} or has_placeholder(body.greeting):
        body.greeting = c.greeting()
    if not body.signoff or "signoff" in problems:
        body.signoff = body.signoff or c.closing()
    if (
        not body.name
        or has_placeholder(body.name)
        or (c.candidate and c.candidate not in body.name)
    ):
        body.name = c.signature()

    text = " ".join(s for _, s in body.items)
    if stage.min_details and details and not any(mentions(d, text) for d in details):
        sentence = c.detail_sentence("I especially enjoyed", most=1)
        body.insert(1 if body.items else 0, sentence)
    for move in stage.moves:
        if not has_cue(" ".join(s for _, s in body.items), move.cues):
            example = _example(stage, move.id, c)
            if example:
                body.insert(0 if move.id == "gratitude" else len(body.items), example)
    if body.words() > stage.words_max:
        tighten_body(body, stage, details, (stage.words_min + stage.words_max) // 2)
    if body.words() < stage.words_min:
        _pad_from_fresh_draft(body, payload, seed, rules, stage.words_min)
    return subject, body.text()


def _pad_from_fresh_draft(
    body: Body, payload: dict[str, Any], seed: int, rules: Rules, words_min: int
) -> None:
    """Too short: borrow sentences from a freshly composed draft (opening first) until long enough."""
    _, fresh = compose(payload, seed=seed, rules=rules)
    have = " ".join(s for _, s in body.items).lower()
    top = 0
    for number, paragraph in enumerate(Body(fresh).paragraphs()):
        for sentence in sentences([paragraph]):
            if body.words() >= words_min:
                return
            if sentence.lower() in have:
                continue
            if number == 0:
                body.insert(top, sentence)
                top += 1
            else:
                body.insert(len(body.items), sentence)


def edit_email(
    task: str, payload: dict[str, Any], seed: int = 0, rules: Rules | None = None
) -> tuple[str, str]:
    """Apply 'tighten' or 'fix' to the payload's draft."""
    rules = rules or load_rules()
    draft = payload.get("draft") or {}
    subject, body = str(draft.get("subject") or ""), str(draft.get("body") or "")
    if task == "tighten":
        return tighten(subject, body, payload, rules)
    return fix(subject, body, payload, rules, seed)
