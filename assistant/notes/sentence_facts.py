"""What one labelled line ("Company: Acme", "Panel: A; B") or one prose sentence ("Interview w/
Priya Nair at Stripe for the Analyst role") states: interviewers, company, role, candidate, date."""

from __future__ import annotations

import re

from assistant.notes import lexicon as lex
from assistant.notes import names as who
from assistant.notes.dates import CONTEXT, labelled_date, past_date
from assistant.notes.found import Found
from assistant.notes.future_dates import future_phrase
from assistant.notes.lexicon import IGNORE_CASE
from assistant.notes.line_patterns import MEETING, PANEL, PAST_SELF, TIMELINE
from assistant.notes.name_evidence import common_word_not_name
from assistant.notes.people_lines import (
    labelled_people,
    take_people,
    title_without_company,
    with_people,
)
from assistant.notes.people_patterns import (
    ANCHOR,
    COMPANY_CTX,
    INTERVIEWED_ME,
    NAMED,
    PRONOUN_TITLE,
    SPEAKER,
    TITLE_CUT,
    TITLE_LEAD,
    TITLE_NAME,
    TITLE_PIECE,
)


def label_kind(label: str, sep: str) -> str | None:
    key = re.sub(r"\s+", "_", label.strip().lower())
    for kind, names in lex.LABELS.items():
        if key in names or key.rstrip("s") in names or re.sub(r"_?\d+$", "", key) in names:
            return kind  # "Round 3 — coding with Ben Alvarez" is a heading
    if sep == ":" and who.is_title(label) and len(label.split()) <= 3:
        return "titled"  # "Hiring manager: Sarah Chen"
    return None


def read_labelled(kind: str, label: str, value: str, found: Found) -> None:
    value = value.title() if value.isupper() and len(value) > 3 else value
    if m := re.fullmatch(r"\s*[\"“”'‘’«»](.+)[\"“”'‘’«»]\s*[.!]?\s*", value):
        value = m[1]  # 'Decision: "in the next two weeks"'
    if kind in ("interviewers", "titled"):
        labelled_people(label, value, kind == "titled", found)
    elif kind == "company":
        found.add_company(0, who.take_company(re.split(r"\s*(?:[(,;|]|\s[-–—]\s)", value)[0], True))
    elif kind == "role":
        role, *rest = re.split(r"\s+(?:at|@)\s+|\s*[(,;|]\s*|\s[-–—]\s", value, maxsplit=1)
        if role.strip(" ."):
            found.role[0] = role.strip(" .")[:80]
        if rest and re.match(r"\s+(?:at|@)\s+", value[len(role) :]):
            found.add_company(1, who.take_company(rest[0], True))
    elif kind == "date":
        found.interview_date = labelled_date(value, found.today) or found.interview_date
    elif kind == "candidate":
        # "Me: Jordan Lee" names the candidate; "Me: asked about the new platform" is a note
        got = who.take_name(value, True)
        if got and len(value.split()) <= 4 and not common_word_not_name(got[0].split()[0]):
            found.candidate = got[0]
    elif kind == "timeline" and value.strip(" .;"):
        found.timeline = value.strip(" .;")[:200]


def prose_facts(sent: str, found: Found, context: bool = False) -> bool:
    """Interviewers, company, role, candidate and date a prose sentence states; True if any.

    context: the sentence is about the interview itself (a heading's piece), so "with X" is X.
    """
    before = (found.mentions, len(found.company), len(found.role), found.candidate)
    lower = found.lower or not re.search(r"[A-Z]", sent.replace("I ", ""))  # "w/ priya @ stripe"
    spans: list[tuple[int, int]] = []
    m: re.Match[str] | None
    got: tuple[str, int] | tuple[str, str, int] | None
    for m in ANCHOR.finditer(sent):
        weak = 1 if re.match(r"interview|screen|call|round|onsite", m[0], IGNORE_CASE) else 0
        low = lower or who.soft_name(sent, m.end())  # "nov 27 call w/ tom from Brewdog"
        spans.append((m.start(), take_people(sent, m.end(), found, low, False, weak=weak)))
    with_people(sent, spans, found, lower, context)
    m = re.search(r":\s+(?=[^\W\d_])", sent)  # "Interview with the partners: Anne Dubois and …"
    got = m and MEETING.search(sent[: m.start()]) and who.take_name(sent[m.end() :], lower)
    if m and got and " " in got[0]:
        spans.append((m.start(), take_people(sent, m.end(), found, lower, False)))
    if m := PANEL.match(sent):  # "The panel was Kim Lee and Omar Haddad."; not "was tough"
        listed = re.match(r"[\w'’-]+(?:\s+[\w'’-]+)?\s*(?:,|and\b|&|\()", sent[m.end() :])
        spans.append((0, take_people(sent, m.end(), found, lower and bool(listed), False)))
    for m in TITLE_NAME.finditer(sent):
        if any(a <= m.end() < b for a, b in spans) or not (
            got := who.take_titled_name(sent[m.start(1) :], lower)
        ):
            continue
        plural = any(w[-1:] == "s" and w[:-1] in lex.ROLE_NOUNS for w in got[0].lower().split())
        title = title_without_company(got[0], found)  # "the founders of Tiny Seed, Ana and Luis"
        title = re.sub(r"s\b", "", title, count=1) if plural and title.endswith("s") else title
        end = take_people(sent, m.start(1) + got[2], found, lower, False, title, shared=plural)
        spans.append((m.start(), end))
    for m in NAMED.finditer(sent):  # "a charge nurse named Carlos", "someone called Dee"
        named = TITLE_LEAD.sub("", m["t"]) if m["t"] else None
        if (end := take_people(sent, m.end(), found, lower, False, named)) > m.end():
            spans.append((m.start(), end))
    for m in re.finditer(r"(?<![\w'’.-])[^\W\d_]", sent):  # "Name (Title)", "Name – Title"
        if not m[0].isupper() or any(a <= m.start() < b for a, b in spans):
            continue
        prev = sent[max(0, m.start() - 6) : m.start()]  # "at GitLab, Support Engineer"
        if re.search(r"\b(?:for|of|at|from|in|on|by|the|en|bei)\s+$", prev) and not re.match(
            r"[\w'’ .-]{1,60}?\(", sent[m.start() : m.start() + 62]
        ):
            continue
        if (end := take_people(sent, m.start(), found, False, True)) > m.start():
            spans.append((m.start(), end))
    if (
        (m := SPEAKER.match(sent))
        and (got := who.take_name(m["n"], lower))
        and got[1] >= len(m["n"].rstrip("."))
    ):
        found.add_person(got[0])  # "Raj asked about my Kafka work"
    m = INTERVIEWED_ME.search(sent)
    got = who.take_name(sent[: m.start()]) if m else None
    if m and got and not sent[got[1] : m.start()].strip():  # "Nguyễn Thị Hoa interviewed me"
        found.add_person(got[0])
    for m in COMPANY_CTX.finditer(sent):
        rank = (
            2
            if re.match(
                r"interview|onsite|screen|round|shift|trial|superday|role|position|job|opening|post"
                r"|.*(?:called|named)\s$",
                m[0],
                IGNORE_CASE,
            )
            else 5  # "at X" in passing prose: ranked below every other way of naming it
        )
        lead = " ".join(sent[: m.start()].split()[-4:])
        if not re.match(
            r"interview|onsite|screen|superday|trial|shift|round", m[0], IGNORE_CASE
        ) and PAST_SELF.search(f"{lead} {m[0]}"):
            continue  # "my on-call experience at Shopify" is not where the interview was
        found.add_company(rank, who.take_company(sent[m.end() :], lower or m[0].strip() == "@"))
    m = re.match(
        r"^(?:my\s+)?(.{2,40}?)\s+(?:interview|onsite|phone\s+screen)\b", sent, IGNORE_CASE
    )
    if (
        m
        and m[1].lower() not in lex.FILLER | lex.NOT_NAMES | lex.NOT_ROLE
        and (who.take_company(m[1]) == m[1])
    ):
        found.add_company(4, m[1])  # "Stripe interview notes"
    if m := re.match(
        r"^(?:interview|onsite|phone\s+screen)(?:\s+notes)?\s*(?:[-–—:|@]|at\b)\s*",
        sent,
        IGNORE_CASE,
    ):
        found.add_company(4, who.take_company(sent[m.end() :]))
    if role := who.prose_role(sent):
        found.role.setdefault(1, role)
    intro = None
    for g in re.finditer(r"[^,;–—]+", sent):  # "Nov 10 interview, Junior Designer at Pentagram, …"
        if not any(a < g.end() and g.start() < b for a, b in spans) and (
            m := TITLE_PIECE.fullmatch(g[0].strip(" .!"))
        ):
            if intro is None:
                intro = bool(MEETING.search(sent) or CONTEXT.search(sent))
                intro = intro or past_date(sent, found.today) is not None
            titled = m["r"].split()[-1].lower() in lex.ROLE_NOUNS and not who.take_name(m["r"])
            if (intro or m["c"]) and titled:
                found.role.setdefault(2, m["r"])
                found.add_company(2, who.take_company(m["c"] or ""))
    if m := re.search(r"\b(?:my\s+name\s+is|i\s+am|i'm|i’m)\s+", sent, IGNORE_CASE):
        got_name = who.take_name(sent[m.end() :], m[0].lower().startswith("my"))
        found.candidate = found.candidate or (got_name[0] if got_name else None)
    if found.interview_date is None and CONTEXT.search(sent):
        if TIMELINE.search(sent) and (phrase := future_phrase(sent, found.today)):
            sent = sent.replace(phrase[0], " ")
        found.interview_date = past_date(sent, found.today)
    if (m := PRONOUN_TITLE.match(sent)) and found.people and who.is_title(m[1]):
        title = TITLE_CUT.split(" " + m[1])[0].strip()
        found.people[-1].title = found.people[-1].title or title
        found.add_company(2, who.take_company(m[2]) if m[2] else None)
        found.mentions += 1
    return before != (found.mentions, len(found.company), len(found.role), found.candidate)
