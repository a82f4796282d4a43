"""Whether two names the notes give are one person ('Sam' of 'Samuel Okafor', 'Dr. G' of
'Dr. Siobhán Gallagher'), merging what was read about them, and names that are no interviewer
at all: a note-to-self tag ('NTS'), an employer ('Comfort Pro Heating'), a former boss ('Dario
(old lead)'), someone the candidate knows ('my cousin Jen')."""

from __future__ import annotations

import re

from assistant.notes import wordlists
from assistant.notes.maybe_person import MaybePerson
from assistant.notes.name_evidence import is_surname, name_words, people_pattern


def before(name: str, text: str, span: int = 28) -> str:
    """The words just before the name on its line: 'recruiter screen w/ Taylor'."""
    bits = []
    for m in re.finditer(rf"(?<![\w]){re.escape(name)}(?![\w])", text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        bits.append(text[max(line_start, m.start() - span) : m.start()])
    return " \n ".join(bits)


def only_known(c: MaybePerson, text: str) -> bool:
    """Every mention of the name follows a relation of the candidate's: 'my cousin Jen'."""
    befores = [b for b in before(c.name, text, 40).split(" \n ")]
    relation = people_pattern("relation")
    if bool(befores) and all(relation.search(b) for b in befores):
        return True
    # "Dr. Okonjo, my advisor": the relation said right after the name
    after = re.compile(rf"(?<![\w]){re.escape(c.name)}\s*[,(]\s*my\s+[\w-]+(?:\s+[\w-]+)?[).,]?")
    said = list(re.finditer(rf"(?<![\w]){re.escape(c.name)}(?![\w])", text))
    return bool(said) and all(
        (m := after.match(text, s.start())) and relation.search(m[0].rstrip(").,")) for s in said
    )


def no_one(c: MaybePerson) -> bool:
    """'NTS' (a note-to-self tag), 'Comfort Pro Heating' (an employer), 'Dario (old lead)'."""
    core = name_words(c.name)
    if len(core) == 1 and core[0].isupper() and len(core[0]) <= 4 and c.name == core[0]:
        return True
    if len(core) > 1 and core[0].lower() in wordlists.words("notes", "headline", "org_heads"):
        return True  # "Osteria Fiorenza", "Hotel Verano"
    if len(core) > 2 and {w.lower() for w in core} & wordlists.words(
        "notes", "headline", "org_heads"
    ):
        return True  # "Lakeshore Symphony Orchestra"
    if re.search(r"\w-(?:de|du|la|le|sur|en)-\w", c.name, re.IGNORECASE):
        return True  # "Côte-de-Liesse": a place
    last = core[-1].lower() if core else ""
    if (
        len(core) > 1
        and last in wordlists.words("notes", "headline", "org_words")
        and not (
            is_surname(last)  # "Hyun-woo Park" is a person; "Comfort Pro Heating" is not
        )
    ):
        return True
    return bool(
        re.match(r"(?:my\s+)?(?:old|former|ex|previous|prev)\b", c.title or "", re.IGNORECASE)
    )


def same(a: MaybePerson, b: MaybePerson) -> bool:
    ka = {w.lower() for w in name_words(a.name)} | {n.lower() for n in a.aliases}
    kb = {w.lower() for w in name_words(b.name)} | {n.lower() for n in b.aliases}
    if not ka or not kb:
        return False
    ca, cb = [w.lower() for w in name_words(a.name)], [w.lower() for w in name_words(b.name)]
    return (
        set(ca) <= kb
        or set(cb) <= ka
        or _short_form(ca, cb)
        or _short_form(cb, ca)
        or _initial(a.name, b.name)
        or _initial(b.name, a.name)
    )


def _initial(short: str, full: str) -> bool:
    """'Dr. G' of 'Dr. Siobhán Gallagher': a title and an initial the other's family name starts."""
    s, f = short.split(), full.split()
    return (
        len(s) == 2
        and len(s[1].rstrip(".")) == 1
        and len(f) >= 2
        and s[0].rstrip(".").lower() == f[0].rstrip(".").lower()
        and f[-1][:1].upper() == s[1][:1].upper()
    )


def _short_form(short: list[str], full: list[str]) -> bool:
    """'Sam' of 'Samuel Okafor', 'Dan' of 'Daniel': one word, the start of the other's first."""
    return (
        len(short) == 1
        and len(full) >= 1
        and len(short[0]) >= 3
        and full[0] != short[0]
        and full[0].startswith(short[0])
    )


def merge(into: MaybePerson, other: MaybePerson) -> None:
    if len(name_words(other.name)) > len(name_words(into.name)) or (
        len(name_words(other.name)) == len(name_words(into.name))
        and len(other.name) > len(into.name)
    ):
        into.name = other.name
    into.title = into.title or other.title
    into.about = f"{into.about} {other.about}".strip()
    into.recruiter |= other.recruiter
    into.panel |= other.panel
    into.nick = into.nick or other.nick
    into.aliases |= other.aliases
