"""Who the candidate met, with evidence: interviewers (the lead first), recruiters, greet names.

The notes parser proposes names; this settles them, and adds the people the notes introduce in
ways the parser does not read: a markdown table of the panel, a "Scheduled by:" or "Organizer:"
line, a pasted recruiter email ("From: …", the signature), and lower-case voice notes ("the hiring
manager was rebecca tan but she said call me becca"). A name is a person only with evidence: a
single common word ("Virtual", "Platform") or a place ("Denver") is not, unless the notes give it
a title or make it speak; a phrase typed in lower case in notes that capitalise names ("yuzu
kosho") is no name. Recruiters and coordinators are met but not greeted as interviewers; the lead
is whoever decides ("hiring manager", "makes the call"), then the would-be boss, then the most
senior title; "goes by", "call me" and "prefers" are honoured; titles are kept ("Dr. Okafor"); a
family-name-first name is greeted in full. Word lists live in assistant/notes/wordlists/notes.toml.

This module settles the cast; the evidence is in name_evidence, the people the parser does not
read in people_sources, and how each person is greeted in greetings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from assistant.core.domain import Interviewer
from assistant.notes import lexicon as lex
from assistant.notes.greetings import addressed_as, goes_by, greet_name, rank_title
from assistant.notes.maybe_person import MaybePerson
from assistant.notes.name_evidence import (
    calendar_word,
    find_key,
    is_person,
    name_words,
    only_a_place,
    people_pattern,
    people_words,
    zipf,
)
from assistant.notes.people_merge import before, merge, no_one, only_known, same
from assistant.notes.people_sources import introduced

_SPOKE = r"(?:asked|said|told|mentioned|explained|wanted|seemed|did|ran|showed|gave|liked)\b"
_INTERVIEWED = r"asked\s+(?:me|about|how|if|what|why|whether)|interviewed\s+me|grilled|quizzed|did\s+the\s+(?:interview|questions|technical)"


@dataclass(frozen=True)
class Cast:
    interviewers: tuple[Interviewer, ...]
    coordinators: tuple[Interviewer, ...]


def _near(name: str, text: str, span: int = 45) -> str:
    """The words right around the name: a title in parentheses, an appositive."""
    bits = []
    for m in re.finditer(rf"(?<![\w]){re.escape(name)}(?![\w])", text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        bits.append(text[max(line_start, m.start() - span) : min(line_end, m.end() + span)])
    return " \n ".join(bits)


def _windows(c: MaybePerson, others: list[MaybePerson], text: str) -> tuple[str, str]:
    """What follows each mention of c (up to the next person), and what just precedes it."""
    keys = [k for k in dict.fromkeys([c.name, *name_words(c.name), *(c.aliases)]) if k]
    other_keys = [
        k for o in others if o is not c for k in {*name_words(o.name), *o.aliases} if len(k) > 1
    ]
    stops = sorted({m.start() for k in other_keys for m in find_key(k, text)})
    after, before = [], []
    for key in keys:
        for m in find_key(key, text):
            end = min([s for s in stops if s > m.end()] + [m.end() + 90])
            line_end = text.find("\n", m.end())
            end = min(end, line_end if line_end >= 0 else len(text))
            after.append(text[m.end() : end])
            sentence = max(text.rfind(". ", 0, m.start()), text.rfind("; ", 0, m.start())) + 2
            start = max(
                [s for s in stops if s < m.start()]
                + [m.start() - 45, text.rfind("\n", 0, m.start()) + 1, sentence]
            )
            window = text[start : m.start()]
            # "Monique (…, decides), Ty": a bracket closed before the name was someone else's
            before.append(window[window.rfind(")") + 1 :])
    return " \n ".join(after), "\n".join(before)


@lru_cache(maxsize=8)
def _cue_before(key: str) -> re.Pattern[str]:
    """The cue right before a name: 'the hiring manager was rebecca', 'HM: Kavya'."""
    link = r"[\s,:=()-]*(?:(?:is|was|will\s+be|would\s+be|=|-)\s+)?(?:the\s+)?[\s,:=(-]*(?:\S+\s+){0,3}$"
    return re.compile(rf"(?:{people_pattern(key).pattern}){link}", re.IGNORECASE | re.MULTILINE)


def _stated_title(c: MaybePerson, text: str) -> str:
    """'Luis = store director', 'Ray = owner': a title given with an equals sign or a colon."""
    keys = [k for k in dict.fromkeys([c.name, *name_words(c.name), *c.aliases]) if len(k) > 1]
    found = []
    for key in keys:
        for m in re.finditer(
            rf"(?<![\w]){re.escape(key)}\s*(?:=|:|—|–|\s-\s)\s*(?P<t>[^,;.\n()]{{2,40}})", text
        ):
            found.append(m["t"])
    return " ".join(found)


def _own_part(c: MaybePerson, others: list[MaybePerson]) -> str:
    """What a table row or a labelled line says about c alone: from c's name to the next person's
    ("| Who | Monique (…, decides), Ty (team lead) |" says "team lead" of Ty)."""
    about = c.about
    here = min((m.start() for k in name_words(c.name) for m in find_key(k, about)), default=-1)
    if here < 0:
        return about
    rest = about[here:]
    keys = {k for o in others if o is not c for k in name_words(o.name) if len(k) > 1}
    ends = [m.start() for k in keys for m in find_key(k, rest) if m.start() > 0]
    return rest[: min(ends)] if ends else rest


def _rank(c: MaybePerson, others: list[MaybePerson], text: str) -> int:
    """0 decides, 1 the would-be boss, 2 a senior title, 3 anyone, 4 a junior or observer."""
    after, before = _windows(c, others, text)
    own = f"{c.title or ''} {_own_part(c, others)}"

    def cued(key: str) -> bool:
        rx = people_pattern(key)
        return bool(rx.search(own) or rx.search(after) or _cue_before(key).search(before))

    if cued("decides"):
        return 0  # "came in at the end - he signs off": who decides leads, however briefly there
    if people_pattern("passing").search(own) or people_pattern("passing").search(after):
        return 8  # met in passing: never the lead
    if cued("boss"):
        return 1
    lead, junior = people_pattern("lead"), people_pattern("junior")
    if junior.search(c.title or "") and not lead.search(c.title or ""):
        return 7
    stated = f"{c.title or ''} {_stated_title(c, text)}"
    if people_pattern("top").search(stated):
        return 2  # an owner or director outranks a manager
    if people_pattern("senior").search(stated):
        return 3  # a manager outranks a shift lead
    if lead.search(stated) or lead.search(_near(c.name, text, 25)):
        return 4
    return 6


def settle(people: Sequence[Interviewer], text: str, whole: str | None = None) -> Cast:
    """Interviewers (lead first) and coordinators, from the parser's candidate names and the
    tables, labelled lines, emails and spoken cues of the notes."""
    cands: list[MaybePerson] = []
    for p in people:
        if is_person(p.name, p.title, text):
            cands.append(MaybePerson(p.name, p.title))
    # People are read from the whole notes: "- José Álvarez-Núñez, Director (my boss). warm,
    # talks fast" is a private remark about a real interviewer, who must not vanish with it.
    seen = introduced(text)
    known = {m.name for m in seen}
    hidden = [m for m in introduced(whole) if m.name not in known] if whole else []
    for extra in [*seen, *hidden]:
        if extra in hidden and not extra.title and extra.name not in text:
            continue  # named only in a private line, with no job: "give Mr Bassey as a reference"
        first = (name_words(extra.name) or [""])[0].lower()
        if (
            first
            and is_person(extra.name, extra.title, whole or text)
            or (extra.sure and zipf(first) < 4.2 and first not in people_words("not_names"))
        ):
            cands.append(extra)
    cands = [  # "Thurs", "Wed Jan", "Pierce" of "at Pierce Valley EMS": no person
        c for c in cands if not calendar_word(c.name.split()) and not only_a_place(c.name, text)
    ]
    cands = [c for c in cands if not only_known(c, whole or text) and not no_one(c)]
    merged: list[MaybePerson] = []
    for c in cands:
        others = [
            k
            for o in cands
            if o is not c
            for k in name_words(o.name)
            if len(k) > 2 and k not in name_words(c.name)
        ]
        c.nick = goes_by(c.name, c.title, text, others) or c.nick  # "call her Jules" read early
        if c.nick and re.search(r"\w{3,}[.,;:!?]+$", c.nick):
            c.nick = c.nick.rstrip(".,;:!?")  # "goes by Lou." ends a sentence, not the name
        if (
            c.nick
            and calendar_word(c.nick.split())
            and not c.name.lower().startswith(c.nick.lower())  # Declan "goes by Dec", Jan, May
        ):
            c.nick = None  # "call me thurs/fri" is when, not what to call them
        if c.nick:
            c.aliases |= {c.nick, *name_words(c.nick)}
        match = next((m for m in merged if same(m, c)), None)
        if match:
            merge(match, c)
        else:
            merged.append(c)
    recruiter = people_pattern("recruiter")
    senior = people_pattern("senior")
    interviewers: list[tuple[int, int, Interviewer]] = []
    coordinators: list[Interviewer] = []
    for order, c in enumerate(merged):
        title = _clean_title(c.title)
        greet = greet_name(c.name, c.nick)
        if not c.nick and (said := addressed_as(c.name, text) or rank_title(c.name, c.title)):
            greet = said  # the notes call them "Chief Okafor", "Captain Brandt": so does the email
        elif (
            not c.nick
            and greet == c.name
            and len(parts := c.name.split()) > 1
            and parts[0].rstrip(".").lower() not in lex.HONORIFICS  # "Dr. Sam" stays
            and parts[0].rstrip(".").lower() not in people_words("titles")  # "Puan Norhayati"
        ):
            # "Nguyen Minh Chau" … "Chau asked about my dissertation": the name the notes use
            alone = [w for w in parts if re.search(rf"\b{re.escape(w)}\s+{_SPOKE}", text)]
            greet = alone[0] if len(alone) == 1 else greet
        first = re.escape(name_words(c.name)[0]) if name_words(c.name) else re.escape(c.name)
        interviewed = re.search(
            rf"\b(?:{first}|{re.escape(greet)})\s+(?:{_INTERVIEWED})", text, re.IGNORECASE
        )
        titled_rec = bool(recruiter.search(c.title or "")) and not senior.search(c.title or "")
        cued = bool(recruiter.search(before(c.name, text))) and not people_pattern("lead").search(
            c.title or ""
        )
        mention = re.search(rf"(?i)\b{first}\b", text)  # what the notes say as they introduce c
        intro = text[mention.start() : mention.end() + 110] if mention else ""
        intro = re.split(r"(?<=[.!?])\s|\n|\s[|;]\s", intro)[0]
        for k in {k for o in merged if o is not c for k in name_words(o.name) if len(k) > 2}:
            if (cut := intro.lower().find(k.lower(), len(mention[0]) if mention else 0)) > 0:
                intro = intro[:cut]  # up to the next person the notes name
        said = f"{c.title or ''} {intro}"
        near = re.split(
            r"[.;!?,]|\s(?:and|then|but|while)\s", before(c.name, text, 70).split(" \n ")[0]
        )
        met_only = (
            bool(people_pattern("met_only").search(near[-1]))  # "the receptionist (… called Jo)"
            or bool(people_pattern("met_only_acts").search(near[-1]))  # "Shown round by Lauren"
            or bool(people_pattern("met_only_acts").search(said))
            or bool(people_pattern("met_only").search(said))
            and not (senior.search(c.title or "") or people_pattern("boss").search(c.title or ""))
        )
        # "front desk manager, my future boss" interviews; "Tammy at the front desk" and whoever
        # "did the ID checks" do not
        if _absent(c, whole or text):
            continue  # "Graeme was off sick so it was Aisha and Colin": not met at all
        if (c.recruiter or titled_rec or met_only or (cued and not c.panel)) and not interviewed:
            coordinators.append(Interviewer(c.name, title, greet, "recruiter"))
            continue
        first_at = text.find(c.name)  # a tie goes to whoever the notes name first
        place = first_at if first_at >= 0 else len(text) + order
        interviewers.append((_rank(c, merged, text), place, Interviewer(c.name, title, greet)))
    if not interviewers and coordinators:  # a recruiter's screen: the recruiter interviewed
        interviewers = [
            (1, i, Interviewer(c.name, c.title, c.greet)) for i, c in enumerate(coordinators)
        ]
        coordinators = []
    interviewers.sort(key=lambda x: (x[0], x[1]))
    out = tuple(
        Interviewer(p.name, p.title, p.greet, "lead" if i == 0 else "other")
        for i, (_, _, p) in enumerate(interviewers)
    )
    return Cast(out, tuple(coordinators))


def _absent(c: MaybePerson, text: str) -> bool:
    """The notes say this person was not there after all, right after naming them; or name them
    only as who a later round is with ("then maybe a final round with the owner Mr. Shetty")."""
    gone, later = people_pattern("absent"), people_pattern("later_round")
    keys = {c.name, *name_words(c.name)[:1]}
    spots = [m for k in keys for m in find_key(k, text)]
    if any(gone.search(text[m.end() : m.end() + 40]) for m in spots):
        return True
    return bool(spots) and all(
        later.search(text[max(0, m.start() - 120) : m.start()]) for m in spots
    )


def _clean_title(title: str | None) -> str | None:
    if not title:
        return None
    title = re.split(
        r"\s*[-–—,;]\s*(?:goes|go|call|prefers|aka|known)\b", title, flags=re.IGNORECASE
    )[0]
    return title.strip(" ,;-") or None
