"""The candidate's sign-off at the end of the notes ('Thanks, Jordan', '— Jordan Lee', 'Best,' then
'Jordan'), which names the candidate and is no part of the notes."""

from __future__ import annotations

import re

from assistant.notes import lexicon as lex
from assistant.notes.found import Found
from assistant.notes.lexicon import IGNORE_CASE
from assistant.notes.line_patterns import BULLET, DASH, SIGN_OFF, SIGNED
from assistant.notes.name_evidence import common_word_not_name
from assistant.notes.names import take_name


def signature(line: str) -> str | None:
    """'— Jordan Lee', '-- signed Jordan', 'Signed, Jordan' on one of the last lines."""
    m = re.match(rf"(?:{DASH})(.{{1,40}})$", line, IGNORE_CASE)
    return whole_name(m[1]) if m else None


def whole_name(s: str) -> str | None:
    """s when it is nothing but a name: 'Maria Gonzalez', 'jordan'; not 'Good Vibes Overall'."""
    got = take_name(s.strip(), True)
    if not got or s.strip()[got[1] :].strip(" .!") or len(got[0].split()) > 4:
        return None
    if len(got[0].split()) == 1 and common_word_not_name(got[0]):
        return None  # "Asked", "Thanks": a word on its own line, not who signed
    return None if any(w.lower().strip(".") in lex.FILLER for w in got[0].split()) else got[0]


def sign_off(raw: list[str], found: Found) -> list[str]:
    """The lines without the candidate's sign-off, which names the candidate.

    'Thanks, Jordan' or '- Jordan Lee' as the last line (a hyphen only after a line that is no
    bullet: '- Raj Patel' closing a list is a list item), 'Best,' then 'Jordan' on the last two
    lines, or '… by Dec 5th. — Maria Gonzalez' closing the last paragraph.
    """
    last, prev = (raw[-1] if raw else ""), (raw[-2] if len(raw) > 1 else "")
    end = rf"(?:^|(?<=[.!?])\s+)(?:{SIGN_OFF.pattern})[,!.]?$"
    m = re.search(end, prev.strip(), IGNORE_CASE)
    if m and (name := whole_name(last)):  # "Thanks,\nJordan"; "… my ASE certs. Best,\nDerek"
        found.candidate, found.signed = name, True
        return [*raw[:-2], prev.strip()[: m.start()]] if m.start() else raw[:-2]
    m = re.match(rf"(?:{SIGNED}|-\s*(?=\S))(.{{1,40}})$", last, IGNORE_CASE)
    hyphen = re.match(r"-(?!-)", last) and (not prev or BULLET.match(prev))
    if m and not hyphen and (name := whole_name(m[1])):
        found.candidate, found.signed = name, True
        return raw[:-1]
    m = re.search(rf"(?<=[.!?])\s+(?:{SIGNED}|-\s*)(.{{1,40}})$", last, IGNORE_CASE)
    if m and m.start() > 10 and (name := whole_name(m[1])):
        found.candidate, found.signed = name, True
        return [*raw[:-1], last[: m.start()]]
    return raw
