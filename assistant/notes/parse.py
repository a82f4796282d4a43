"""Parse pasted interview notes into `Notes`: who, where, which role, when, and what was discussed.

The notes come in every shape: labelled lines ("Company: Acme"), bullet jottings, flowing prose,
lowercase shorthand ("interview w/ priya @ stripe"). The parser reads them line by line and
sentence by sentence with small, general heuristics:

* labelled lines win over anything prose suggests ("Company:", "Panel:", "Next steps:" …);
* people are taken only where the notes introduce them ("with Sarah Chen", "Sarah Chen (VP Eng)",
  "the CTO, Raj Patel", "head of sales (tom)", "a charge nurse named Carlos", "Raj asked …"), so
  tools and companies in passing are not mistaken for people;
* a closing "Thanks, Jordan", "— Jordan Lee" or "… by Friday. - Jordan" names the candidate;
* details are the clauses left once lead-ins ("we talked about", "convo abt", "disc.") are cut,
  minus metadata, timelines, filler, negative remarks, people and anything addressed to an AI;
* dates are resolved against `today` by `assistant.notes.dates`.

`parse_notes` is total: it never raises, reads at most MAX_SCAN characters, and anything the notes
do not state stays None or empty; nothing is guessed and presented as fact.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from assistant.core.dates import bounded
from assistant.core.domain import Interviewer, Notes, TalkingPoint
from assistant.notes import lexicon as lex
from assistant.notes import names as who
from assistant.notes import talking_points
from assistant.notes.dates import CONTEXT, labelled_date, past_date, timeline_date
from assistant.notes.details import add_details, is_foreign
from assistant.notes.found import Found, Person
from assistant.notes.future_dates import future_phrase
from assistant.notes.headline import headline, prose_role_org
from assistant.notes.lexicon import IGNORE_CASE
from assistant.notes.line_kinds import is_private
from assistant.notes.line_patterns import (
    BULLET,
    EMPHASIS,
    HEAD_WORDS,
    LABEL,
    MEETING,
    MID_LABEL,
    PANEL,
    PAST_SELF,
    SENTENCE_END,
    TIMELINE,
)
from assistant.notes.name_evidence import common_word_not_name
from assistant.notes.org import fallback_company, fallback_role, junk_company, labelled_company
from assistant.notes.people import settle
from assistant.notes.people_lines import labelled_people, people_from, split_title, with_people
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
from assistant.notes.private_facts import OFFER_DEADLINE, private
from assistant.notes.role_titles import expand_role
from assistant.notes.sign_off import sign_off, signature
from assistant.notes.text_prep import clean_text, cut, dropped, sentences, strip_markup
from assistant.notes.topic_phrases import clean_topic

# --- public API ----------------------------------------------------------------------------------


def parse_notes(text: str, today: date | None = None) -> Notes:
    """Parse pasted interview notes; never raises, and leaves what the notes do not say empty."""
    try:
        today = today or date.today()
        return bounded(_parse(text, today), today)  # a "Dec 31 9999" is never scheduled
    except Exception:  # noqa: BLE001 - a heuristic parser must not take the app down
        return Notes(text=text if isinstance(text, str) else "")


# --- reading the notes line by line --------------------------------------------------------------


def _parse(text: str, today: date) -> Notes:
    if not text or not text.strip():
        return Notes(text=text)
    m: re.Match[str] | None
    work = strip_markup(cut(clean_text(cut(text, lex.MAX_SCAN * 2)), lex.MAX_SCAN))
    _, private_lines = talking_points.read(work, topics=False)
    work = talking_points.without_private(work, private_lines, marker="")
    raw = [" ".join(cut(ln, lex.MAX_LINE).split()) for ln in work.split("\n")]
    raw = [ln for ln in raw if ln and not dropped(ln)]
    found = Found(today=today, foreign=is_foreign(work[:5000]), lower=who.is_lowercase(work))
    raw = sign_off(raw, found)
    listing = False  # under an "Interviewers:" line with no value: a person a line
    for n, original in enumerate(raw):
        line = EMPHASIS.sub("", BULLET.sub("", original)).strip()
        m = LABEL.match(line)
        kind = _label_kind(m["label"], m["sep"]) if m else None
        if listing and kind is None and len(line.split()) <= 8 and who.take_name(line):
            _labelled("interviewers", "interviewers", line, found)  # "- Sarah Chen (VP Eng)"
            continue
        listing = m is not None and kind == "interviewers" and not m["value"].strip(" -–—")
        if n >= len(raw) - 3 and (name := signature(original)):
            found.candidate = name
            continue
        if n < 3 and _heading(line, found):
            continue
        if (
            n < 2
            and found.interview_date is None
            and len(line.split()) <= 8
            and not re.search(r"\b(?:by|next|until|before|within)\b", line, IGNORE_CASE)
            and not TIMELINE.search(line)
        ):
            found.interview_date = past_date(line, today)  # a heading: "Nov 20 notes"
        if m and kind == "interviewers":  # "Panel: A; B; C"
            _labelled("interviewers", m["label"], m["value"], found)
            continue
        for sent in sentences(line):
            _sentence(sent, found, heading=line.endswith(":"))
    return _finish(text, work, found, private_lines)


def _heading(line: str, found: Found, labelled: bool = False) -> bool:
    """'11/24 - Accenture - Management Consultant', 'Onsite @ Figma — Product Designer',
    'José Álvarez (hiring manager) — Telefónica — Network Engineer', and a labelled
    'Interview: 18 November 2026, Department for Transport, Policy Analyst'."""
    parts = [p.strip() for p in re.split(r"\s+[-–—|]+\s+|\s*\|\s*|\s*[–—]\s*", line) if p.strip()]
    if not labelled and (len(parts) < 2 or len(line.split()) > 14 or SENTENCE_END.search(line)):
        return False
    when, role, company, keyword = None, None, None, False
    people: list[str] = []  # pieces that start with a person: "Noah Fischer (Head of Data) at X"
    prose: list[str] = []  # pieces read as prose: "Interview w/ Priya Nair at Stripe"
    for part in parts:
        segs = [g.strip(" .!") for g in re.split(r",\s*(?![^()]*\))", part) if g.strip(" .!")]
        for k, seg in enumerate(segs):
            bare = HEAD_WORDS.sub("", seg)
            keyword |= bare != seg
            if re.search(r"\b(?:interview|screen|round|call|chat)$", bare, IGNORE_CASE):
                keyword = True  # "Hiring manager interview"
                continue
            plain = re.sub(r"\s*\(.*?\)", "", bare).strip()
            got, nxt = who.take_name(bare), (segs[k + 1] if k + 1 < len(segs) else "")
            rest = bare[got[1] :] if got else ""
            titled = rest.lstrip().startswith("(") and who.take_title(rest)
            if bare and len(bare.split()) <= 4 and (d := past_date(bare, found.today, True)):
                when = when or d
            elif got and (titled or (" " in got[0] and not rest.strip() and who.is_title(nxt))):
                people.append(bare + ("" if titled else f", {nxt}"))  # "Isabel Ford, Partner"
                if not titled:
                    del segs[k + 1 : k + 2]  # the title went with the name
            elif bare and who.is_title(plain) and (r := who.clean_role(plain)):
                role = role or r
            elif plain and company is None and who.take_company(plain) == plain:
                company = plain  # "Kaiser Permanente", or a team: ranked below a stated company
            elif bare:
                prose.append(seg)
    pieces = sum(len(re.split(r",\s*(?![^()]*\))", p)) for p in parts)  # one piece: a topic
    known = when or people or (pieces > 1 and (role or company))  # "Round 2: System Design"
    if not (known if labelled else keyword or when or (len(parts) >= 3 and (role or people))):
        return False
    found.interview_date = found.interview_date or when
    if role:
        found.role.setdefault(1, role[:80])
    for piece in people:
        end = people_from(piece, 0, found, found.lower, False)
        prose += [piece[end:]] if piece[end:].strip(" ,") else []
    found.add_company(3, company)
    for piece in prose:
        _prose_meta(piece, found, context=True)
    return True


def _sentence(sent: str, found: Found, heading: bool) -> None:
    """One sentence: a label ('Role: …'), a timeline, metadata in prose, details."""
    if len(parts := MID_LABEL.split(sent, maxsplit=3)) > 1:
        for part in parts:
            _sentence(part, found, heading)
        return
    m = LABEL.match(sent)
    kind = _label_kind(m["label"], m["sep"]) if m else None
    if m and private(m["label"]):  # "salary range mentioned: 120-140k"
        return
    if m and kind == "heading" and _heading(m["value"], found, labelled=True):
        return  # "Interview: 18 November 2026, Department for Transport, Policy Analyst"
    if m and not kind and len(m["label"].split()) <= 4:  # "Nov 26: interviewed with Will Harper"
        found.interview_date = found.interview_date or past_date(m["label"], found.today, True)
    if m and kind and kind not in ("details", "heading", "private"):
        if kind != "ignore":
            _labelled(kind, m["label"].strip(), m["value"].strip(), found)
        return
    body = sent
    if m and (
        kind in ("details", "heading", "private")
        or (
            m["sep"] == ":"
            and len(m["label"].split()) <= 3
            and not re.match(r"(?:it|they|this|that|he|she)\b", m["value"], IGNORE_CASE)
        )
    ):
        body = m["value"]  # "Behavioral: leadership example …" -> the value
    items = [i for i in re.split(r"\s*[,;]\s*", body) if i]
    if kind == "details" and len(items) > 1 and all(len(i.split()) <= 5 for i in items):
        for item in items if not found.foreign else []:  # "Topics: Kafka, design systems, audits"
            add_details(item, found, False, listed=True)
        return
    is_meta = _prose_meta(body, found, context=kind == "heading")
    if TIMELINE.search(body) and not OFFER_DEADLINE.search(body):  # not "my offer expires …"
        found.timelines.append(body)
    if not heading and not found.foreign and kind != "private":
        add_details(body, found, is_meta)


def _finish(text: str, work: str, found: Found, private_lines: tuple[str, ...] = ()) -> Notes:
    """Resolve the timeline, settle company and people, rank the details."""
    base, near = found.interview_date or found.today, found.interview_date is None
    timeline, decision = found.timeline, None
    if timeline:
        got = timeline_date(timeline, base, near)
        decision = got[1] if got else None
        if len(timeline.split()) > lex.MAX_DETAIL_WORDS and got:
            timeline = got[0]
    else:
        for sent in found.timelines:
            short = len(sent.split()) <= 6 and re.match(
                r"(?:(?:will|should|expect\w*(?:\s+to)?)\s+)?(?:decision|decide|hear|offer)",
                sent,
                IGNORE_CASE,
            )
            if got := future_phrase(sent, base, near):
                timeline, decision = (sent.strip(" .!") if short else got[0]), got[1]
                break
            if short and timeline is None:
                timeline = sent.strip(" .!")  # "Decision before winter break": stated, no date
    first = (found.candidate or "").split()[:1]
    if found.signed and any(p.name.split()[:1] == first != [p.name] for p in found.people):
        found.candidate = None  # "Thanks, Sarah" after meeting Sarah Chen thanks her
    people = [p for p in found.people if not found.candidate or p.name != found.candidate]
    sure = any(not p.weak for p in people)
    for p in [p for p in people if p.weak == 2 or (p.weak and not found.company)]:
        spoken = re.search(
            rf"\b{re.escape(p.name)}\s+(?:said|asked|mentioned|explained|told|talked|described"
            rf"|shared|seemed|was|is)\b"
            + ("" if sure or p.weak == 2 else r"|\b(?:he|she|him|her|his|hers)\b"),
            work,
            IGNORE_CASE,
        )
        if not spoken:  # "Interview with Google for SWE role": a company, not a person
            found.add_company(2 if p.weak == 1 else 3, p.name)
            people.remove(p)
    # a company named only in passing prose ("studied at Vanderbilt", "the shop out past the
    # rail yard") is not trusted: a wrong employer in an email is worse than none
    trusted = {r: c for r, c in found.company.items() if r <= 4}
    company = trusted[min(trusted)] if trusted else None
    role = found.role[min(found.role)] if found.role else None

    def named(p: Person) -> bool:  # the company, or a word of the role: "Engineer, Payments"
        in_role = re.search(rf"\b{re.escape(p.name)}\b", role or "", IGNORE_CASE)
        return p.name.lower() == (company or "").lower() or bool(in_role)

    people = [p for p in people if not named(p)]
    taken = {p.name.lower() for p in people} | {(company or "").lower(), (role or "").lower()}
    ranked: list[str] = []
    for _, _, d in sorted(found.details, key=lambda x: (-x[0], x[1])):
        low = d.lower()
        if low not in taken and not any(low in r.lower() or r.lower() in low for r in ranked):
            ranked.append(d)
    cast = settle([Interviewer(p.name, p.title) for p in people], work)
    names = [p.name for p in (*cast.interviewers, *cast.coordinators)]
    names += [p.greet for p in cast.interviewers if p.greet]
    points, more_private = talking_points.read(work, names)
    private_lines = tuple(dict.fromkeys((*private_lines, *more_private)))
    points = talking_points.draftable(points) + tuple(p for p in points if p.kind == "logistics")
    head_role, head_org = headline(work)
    said_role, said_org = prose_role_org(work)
    head_role, head_org = head_role or said_role, head_org or said_org
    labelled = labelled_company(work)
    for better in (labelled,):
        if better and company and company.lower() in better.lower() and len(better) > len(company):
            company = better  # "St. Brendan's" -> "St. Brendan's Regional Medical Center"
    if head_org and not (
        company and (company.lower() in head_org.lower() or head_org.lower() in company.lower())
    ):
        company = head_org  # the headline names the employer; a prose guess ranks below it
    if head_role and (not role or len(head_role) > len(role) and role.lower() in head_role.lower()):
        role = head_role  # a role the notes state in passing gives way to the headline's fuller one
    role = expand_role(role) if role else role
    if company and (junk_company(company) or (role and company.lower() == role.lower())):
        company = None  # "Prev Job": where the candidate was, not where they interviewed
    company = company or fallback_company(work)
    if company:  # "Pierce" of "Pierce Valley EMS" is the employer's name, not a person
        org_words = set(company.lower().split())
        kept = tuple(
            p
            for p in cast.interviewers
            if not (set(p.name.lower().split()) < org_words and not p.title)
        )
        if kept != cast.interviewers:
            lead_gone = cast.interviewers[0] not in kept
            cast = replace(
                cast,
                interviewers=tuple(
                    replace(p, role="lead" if i == 0 else "other") for i, p in enumerate(kept)
                )
                if lead_gone
                else kept,
            )
    people_names = {
        n.lower() for p in (*cast.interviewers, *cast.coordinators) for n in (p.name, p.greet or "")
    } | {(found.candidate or "").lower()}
    if company and company.lower() in people_names:
        company = None  # "— Lee Park" signs the notes; it is not where the interview was
    role = role or fallback_role(work)
    role = expand_role(role) if role else role
    return Notes(
        text=text,
        interviewers=cast.interviewers,
        company=company,
        role=role,
        candidate=_without_title(found.candidate),
        interview_date=found.interview_date,
        decision_timeline=timeline,
        decision_date=decision,
        details=_details(points, ranked, private_lines)[: lex.MAX_DETAILS],
        talking_points=points,
        private_lines=private_lines,
        coordinators=cast.coordinators,
    )


def _without_title(name: str | None) -> str | None:
    """'Dr. Amira Haddad' signs as 'Amira Haddad': a title is for the letterhead, not a sign-off."""
    if not name:
        return name
    return re.sub(r"^(?:dr|prof|mr|mrs|ms|mx)\.?\s+(?=\S+\s+\S)", "", name, flags=re.IGNORECASE)


def _details(
    points: tuple[TalkingPoint, ...], ranked: list[str], private_lines: tuple[str, ...]
) -> tuple[str, ...]:
    """Typed talking points first, then the parser's own clauses that read as clean topics."""
    out = [p.topic for p in points if p.kind != "logistics"]
    for d in ranked:
        if _is_private_detail(d, private_lines):
            continue
        kind = "my_work" if d.lower().startswith("my ") else "discussed"
        topic = clean_topic(d, kind, loose=True)
        if topic and not any(topic.lower() in o.lower() or o.lower() in topic.lower() for o in out):
            out.append(topic)
    return tuple(out)


def _is_private_detail(detail: str, private_lines: tuple[str, ...]) -> bool:
    low = detail.lower()
    return is_private(detail) or any(low in p.lower() for p in private_lines)


# --- labelled lines ------------------------------------------------------------------------------


def _label_kind(label: str, sep: str) -> str | None:
    key = re.sub(r"\s+", "_", label.strip().lower())
    for kind, names in lex.LABELS.items():
        if key in names or key.rstrip("s") in names or re.sub(r"_?\d+$", "", key) in names:
            return kind  # "Round 3 — coding with Ben Alvarez" is a heading
    if sep == ":" and who.is_title(label) and len(label.split()) <= 3:
        return "titled"  # "Hiring manager: Sarah Chen"
    return None


def _labelled(kind: str, label: str, value: str, found: Found) -> None:
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


# --- prose sentences -----------------------------------------------------------------------------


def _prose_meta(sent: str, found: Found, context: bool = False) -> bool:
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
        spans.append((m.start(), people_from(sent, m.end(), found, low, False, weak=weak)))
    with_people(sent, spans, found, lower, context)
    m = re.search(r":\s+(?=[^\W\d_])", sent)  # "Interview with the partners: Anne Dubois and …"
    got = m and MEETING.search(sent[: m.start()]) and who.take_name(sent[m.end() :], lower)
    if m and got and " " in got[0]:
        spans.append((m.start(), people_from(sent, m.end(), found, lower, False)))
    if m := PANEL.match(sent):  # "The panel was Kim Lee and Omar Haddad."; not "was tough"
        listed = re.match(r"[\w'’-]+(?:\s+[\w'’-]+)?\s*(?:,|and\b|&|\()", sent[m.end() :])
        spans.append((0, people_from(sent, m.end(), found, lower and bool(listed), False)))
    for m in TITLE_NAME.finditer(sent):
        if any(a <= m.end() < b for a, b in spans) or not (
            got := who.take_titled_name(sent[m.start(1) :], lower)
        ):
            continue
        plural = any(w[-1:] == "s" and w[:-1] in lex.ROLE_NOUNS for w in got[0].lower().split())
        title = split_title(got[0], found)  # "the founders of Tiny Seed, Ana and Luis"
        title = re.sub(r"s\b", "", title, count=1) if plural and title.endswith("s") else title
        end = people_from(sent, m.start(1) + got[2], found, lower, False, title, shared=plural)
        spans.append((m.start(), end))
    for m in NAMED.finditer(sent):  # "a charge nurse named Carlos", "someone called Dee"
        named = TITLE_LEAD.sub("", m["t"]) if m["t"] else None
        if (end := people_from(sent, m.end(), found, lower, False, named)) > m.end():
            spans.append((m.start(), end))
    for m in re.finditer(r"(?<![\w'’.-])[^\W\d_]", sent):  # "Name (Title)", "Name – Title"
        if not m[0].isupper() or any(a <= m.start() < b for a, b in spans):
            continue
        prev = sent[max(0, m.start() - 6) : m.start()]  # "at GitLab, Support Engineer"
        if re.search(r"\b(?:for|of|at|from|in|on|by|the|en|bei)\s+$", prev) and not re.match(
            r"[\w'’ .-]{1,60}?\(", sent[m.start() : m.start() + 62]
        ):
            continue
        if (end := people_from(sent, m.start(), found, False, True)) > m.start():
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


def warm_up() -> None:
    """Load the word lists, name data and patterns the reader needs, so the first notes a person
    pastes read as fast as the rest (the page calls this in the background at start)."""
    parse_notes(
        "Interview w/ Priya Nair (Engineering Manager) @ Acme for Analyst, Nov 2.\n"
        "- she walked me through their new ledger service\nPrivate: asked for 90k\n— Sam"
    )
