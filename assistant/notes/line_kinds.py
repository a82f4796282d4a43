"""What a line of notes is: private (the person keeps it to themselves), a header (about the
interview itself: date, format, place, labelled fields), or logistics."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.notes import wordlists as lexicon


def notes_pattern(*keys: str) -> re.Pattern[str]:
    return lexicon.pattern("notes", *keys)


@lru_cache(maxsize=4096)
def is_private(text: str) -> bool:
    """True for a line the person keeps to themselves."""
    return (
        private_start(text)
        or keeps_quiet(text)
        or bool(notes_pattern("private", "cues").search(text))
    )


def keeps_quiet(text: str) -> bool:
    """'DONT mention the fall at kwikbuild', 'wag muna banggitin …', 'doh tell Mummy …'."""
    return bool(notes_pattern("private", "keep_quiet").search(text))


@lru_cache(maxsize=1)
def _starts() -> re.Pattern[str]:
    words = sorted(lexicon.words("notes", "private", "line_starts"), key=len, reverse=True)
    alternatives = "|".join(re.escape(w) for w in words)
    # "Private:", "between me and you diary:": the cue, at most one word more, then the remark
    return re.compile(rf"(?:{alternatives})(?:\s*(?:$|[:\-–—])|\s+\w+\s*[:\-–—])", re.IGNORECASE)


def private_start(text: str) -> bool:
    low = text.strip().lower().lstrip("-*•·>#[( ")
    return bool(_starts().match(low))


def is_header(text: str) -> bool:
    """True for a line about the interview itself: date, format, place, labelled fields."""
    return bool(notes_pattern("header", "cues").search(text))


def is_logistics(text: str) -> bool:
    return bool(notes_pattern("logistics", "cues").search(text))


def secrets(text: str) -> frozenset[str]:
    """The names a 'don't mention …' line keeps quiet ('DONT mention the fall at kwikbuild' ->
    {'kwikbuild'}): a rare or capitalised word of its object, never a given name or a common
    word. Another line that names one is private too ('kit looks decent not like kwikbuild')."""
    from assistant.notes.name_evidence import is_given_name, zipf  # the name lists, lazily

    keys = set()
    for m in notes_pattern("private", "keep_quiet").finditer(text or ""):
        if re.search(r"(?:tell|say|sabihin|share|put)$", m[0], re.IGNORECASE):
            continue  # "do NOT tell Morag …": whom not to tell, not what to keep quiet
        what = re.match(r"\s+([^.;:\n]{3,80})", (text or "")[m.end() :])
        # "don't mention the offer to Gareth yet": to whom or until when is not the secret
        said = re.split(
            r"(?:^|\s)(?:to|with|in\s+front\s+of|until|till|before|yet)\b", what[1] if what else ""
        )[0]
        for word in re.findall(r"[^\W\d_][\w’'-]{3,}", said):
            bare = re.sub(r"[’']s$", "", word)
            low = bare.lower()
            if is_given_name(bare) or low in ("that", "this", "them", "anything", "thing"):
                continue
            if zipf(low) < 2.5 or (bare[:1].isupper() and zipf(low) < 4.0):
                keys.add(low)
    return frozenset(keys)


def names_a_secret(text: str, keys: frozenset[str]) -> bool:
    return bool(keys) and any(w.lower() in keys for w in re.findall(r"[^\W\d_][\w’'-]*", text))
