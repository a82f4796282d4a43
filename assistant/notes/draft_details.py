"""The details a draft may mention, best first: the typed talking points, then the notes reader's
own clauses that read as clean topics — never a private one, never what happens next."""

from __future__ import annotations

from assistant.core.domain import TalkingPoint
from assistant.notes.line_kinds import is_logistics, is_private
from assistant.notes.topic_phrases import clean_topic


def draft_details(
    points: tuple[TalkingPoint, ...], ranked: list[str], private_lines: tuple[str, ...]
) -> tuple[str, ...]:
    """Typed talking points first, then the parser's own clauses that read as clean topics."""
    out = [p.topic for p in points if p.kind != "logistics"]
    for d in ranked:  # not private; not what happens next ("then DBS + occy health check")
        if _private_detail(d, private_lines) or is_logistics(d):
            continue
        kind = "my_work" if d.lower().startswith("my ") else "discussed"
        topic = clean_topic(d, kind, loose=True)
        if topic and not any(topic.lower() in o.lower() or o.lower() in topic.lower() for o in out):
            out.append(topic)
    return tuple(out)


def _private_detail(detail: str, private_lines: tuple[str, ...]) -> bool:
    low = detail.lower()
    return is_private(detail) or any(low in p.lower() for p in private_lines)
