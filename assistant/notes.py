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
* dates are resolved against `today` by `assistant.notes_dates`.

`parse_notes` is total: it never raises, reads at most MAX_SCAN characters, and anything the notes
do not state stays None or empty; nothing is guessed and presented as fact.
"""

from __future__ import annotations

import html
import re
import unicodedata
from datetime import date

from assistant.domain import Interviewer, Notes
from assistant.notes_dates import (
    future_phrase,
    labelled_date,
    past_date,
    timeline_date,
)
from assistant.notes_details import add_details, is_foreign
from assistant.notes_lexicon import (
    ANCHOR,
    BULLET,
    COMPANY_CTX,
    CONTEXT,
    DATA_LINE,
    EMPHASIS,
    FILLER,
    HEAD_WORDS,
    IGNORE_CASE,
    INSTRUCTION,
    INTERVIEWED_ME,
    LABEL,
    LABELS,
    MAX_DETAIL_WORDS,
    MAX_DETAILS,
    MAX_LINE,
    MAX_SCAN,
    NAMED,
    NOT_NAMES,
    NOT_ROLE,
    PRONOUN_TITLE,
    ROLE_NOUNS,
    SPEAKER,
    TIMELINE,
    TITLE_CUT,
    TITLE_LEAD,
    TITLE_NAME,
)
from assistant.notes_people import (
    Found,
    clean_role,
    is_lowercase,
    is_title,
    labelled_people,
    people_from,
    prose_role,
    sign_off,
    signature,
    split_title,
    take_company,
    take_name,
    take_title,
    take_titled_name,
)

# --- public API ----------------------------------------------------------------------------------


def clean_text(text: str) -> str:
    """NFC-normalise; drop NULs, zero-width and control characters except newlines and tabs."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return "".join(
        c for c in text if c in "\n\t" or unicodedata.category(c) not in ("Cc", "Cf", "Cs")
    )


def parse_notes(text: str, today: date | None = None) -> Notes:
    """Parse pasted interview notes; never raises, and leaves what the notes do not say empty."""
    try:
        return _parse(text, today or date.today())
    except Exception:  # noqa: BLE001 - a heuristic parser must not take the app down
        return Notes(text=text if isinstance(text, str) else "")


# --- reading the notes line by line --------------------------------------------------------------


def _parse(text: str, today: date) -> Notes:
    if not text or not text.strip():
        return Notes(text=text)
    work = _strip_markup(_cut(clean_text(_cut(text, MAX_SCAN * 2)), MAX_SCAN))
    raw = [_cut(ln.strip(), MAX_LINE) for ln in work.split("\n")]
    raw = [ln for ln in raw if ln and not INSTRUCTION.search(ln) and not DATA_LINE.search(ln)]
    found = Found(today=today, foreign=is_foreign(work[:5000]), lower=is_lowercase(work))
    raw = sign_off(raw, found)
    listing = False  # under an "Interviewers:" line with no value: a person a line
    for n, original in enumerate(raw):
        line = EMPHASIS.sub("", BULLET.sub("", original)).strip()
        m = LABEL.match(line)
        kind = _label_kind(m["label"], m["sep"]) if m else None
        if listing and kind is None and len(line.split()) <= 8 and take_name(line):
            _labelled("interviewers", "interviewers", line, found)  # "- Sarah Chen (VP Eng)"
            continue
        listing = bool(m) and kind == "interviewers" and not m["value"].strip(" -–—")
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
        for sent in _sentences(line):
            _sentence(sent, found, heading=line.endswith(":"))
    return _finish(text, work, found)


def _cut(s: str, limit: int) -> str:
    """s cut to at most limit characters, at a space when there is one near the end."""
    if len(s) <= limit:
        return s
    space = s.rfind(" ", limit - 200, limit)
    return s[: space if space > 0 else limit]


def _strip_markup(text: str) -> str:
    """HTML tags (and script/style bodies) and template delimiters out; entities decoded."""
    text = re.sub(r"(?is)<(script|style)\b[^>]{0,200}>.{0,5000}?</\1\s*>", " ", text)
    text = re.sub(r"(?i)<\s*(?:br|/p|/li|/div|/h\d|/tr)\s*/?>", "\n", text)
    text = html.unescape(re.sub(r"<[^<>]{0,300}>", " ", text))
    text = re.sub(r"<[^<>]{0,300}>", " ", text)
    return re.sub(r"\{\{|\}\}|\{%|%\}|\{#|#\}|\$\{", " ", text)


def _sentences(line: str) -> list[str]:
    """Sentences of a line; 'Dr.', 'St.', 'Inc.' and initials do not end one."""
    out: list[str] = []
    for part in re.split(r"(?<=[.!?])\s+|\s*;\s*", line):
        if out and re.search(
            r"(?:\b(?:dr|mr|mrs|ms|mx|prof|st|jr|sr|vs|etc|e\.g|i\.e|inc|co|ltd|no|disc|approx)"
            r"|(?:^|(?<=\s))[^\W\d_])\.$",
            out[-1],
            IGNORE_CASE,
        ):
            out[-1] += " " + part
        elif part.strip():
            out.append(part.strip()[:600])
    return out


def _heading(line: str, found: Found) -> bool:
    """'11/24 - Accenture - Management Consultant', 'Onsite @ Figma — Product Designer',
    'José Álvarez (hiring manager) — Telefónica — Network Engineer'."""
    parts = [p.strip() for p in re.split(r"\s+[-–—|]+\s+|\s*\|\s*|\s*[–—]\s*", line) if p.strip()]
    if len(parts) < 2 or len(line.split()) > 14 or re.search(r"[.!?](?:\s|$)|:", line):
        return False
    when, role, company, keyword, people = None, None, None, False, []
    for part in parts:
        bare = HEAD_WORDS.sub("", part)
        keyword |= bare != part
        got = take_name(bare)
        titled = got and take_title(bare[got[1] :])
        if bare and len(bare.split()) <= 4 and (d := past_date(bare, found.today, True)):
            when = when or d
        elif got and titled and not bare[got[1] + titled[1] :].strip():
            people.append((got[0], titled[0]))
        elif bare and is_title(bare):
            role = role or clean_role(re.sub(r"\s*\(.*?\)", "", bare))
        elif bare and company is None:
            company = take_company(bare)
    if not (keyword or when or (len(parts) >= 3 and (role or people))):
        return False
    found.interview_date = found.interview_date or when
    if role:
        found.role.setdefault(1, role)
    for name, title in people:
        found.add_person(name, title)
    found.add_company(3, company)
    return True


def _sentence(sent: str, found: Found, heading: bool) -> None:
    """One sentence: a label ('Role: …'), a timeline, metadata in prose, details."""
    m = LABEL.match(sent)
    kind = _label_kind(m["label"], m["sep"]) if m else None
    if m and kind and kind != "details":
        if kind != "ignore":
            _labelled(kind, m["label"].strip(), m["value"].strip(), found)
        return
    body = sent
    if m and (
        kind == "details"
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
    is_meta = _prose_meta(body, found)
    if TIMELINE.search(body):
        found.timelines.append(body)
    if not heading and not found.foreign:
        add_details(body, found, is_meta)


def _finish(text: str, work: str, found: Found) -> Notes:
    """Resolve the timeline, settle company and people, rank the details."""
    base = found.interview_date or found.today
    timeline, decision = found.timeline, None
    if timeline:
        got = timeline_date(timeline, base)
        decision = got[1] if got else None
        if len(timeline.split()) > MAX_DETAIL_WORDS and got:
            timeline = got[0]
    else:
        for sent in found.timelines:
            short = len(sent.split()) <= 6 and re.match(
                r"(?:(?:will|should|expect\w*(?:\s+to)?)\s+)?(?:decision|decide|hear|offer)",
                sent,
                IGNORE_CASE,
            )
            if got := future_phrase(sent, base):
                timeline, decision = (sent.strip(" .!") if short else got[0]), got[1]
                break
            if short and timeline is None:
                timeline = sent.strip(" .!")  # "Decision before winter break": stated, no date
    first = (found.candidate or "").split()[:1]
    if found.signed and any(p.name.split()[:1] == first != [p.name] for p in found.people):
        found.candidate = None  # "Thanks, Sarah" after meeting Sarah Chen thanks her
    people = [p for p in found.people if not found.candidate or p.name != found.candidate]
    for p in [p for p in people if p.weak and not found.company]:
        spoken = re.search(
            rf"\b{re.escape(p.name)}\s+(?:said|asked|mentioned|explained|told|talked|described"
            rf"|shared|seemed|was|is)\b|\b(?:he|she|him|her|his|hers)\b",
            work,
            IGNORE_CASE,
        )
        if not spoken:  # "Interview with Google for SWE role": a company, not a person
            found.add_company(2, p.name)
            people.remove(p)
    company = found.company[min(found.company)] if found.company else None
    role = found.role[min(found.role)] if found.role else None
    people = [p for p in people if p.name.lower() != (company or "").lower()]
    taken = {p.name.lower() for p in people} | {(company or "").lower(), (role or "").lower()}
    ranked: list[str] = []
    for _, _, d in sorted(found.details, key=lambda x: (-x[0], x[1])):
        low = d.lower()
        if low not in taken and not any(low in r.lower() or r.lower() in low for r in ranked):
            ranked.append(d)
    return Notes(
        text=text,
        interviewers=tuple(Interviewer(p.name, p.title) for p in people),
        company=company,
        role=role,
        candidate=found.candidate,
        interview_date=found.interview_date,
        decision_timeline=timeline,
        decision_date=decision,
        details=tuple(ranked[:MAX_DETAILS]),
    )


# --- labelled lines ------------------------------------------------------------------------------


def _label_kind(label: str, sep: str) -> str | None:
    key = re.sub(r"\s+", "_", label.strip().lower())
    for kind, names in LABELS.items():
        if key in names or key.rstrip("s") in names:
            return kind
    if sep == ":" and is_title(label) and len(label.split()) <= 3:
        return "titled"  # "Hiring manager: Sarah Chen"
    return None


def _labelled(kind: str, label: str, value: str, found: Found) -> None:
    value = value.title() if value.isupper() and len(value) > 3 else value
    if m := re.fullmatch(r"\s*[\"“”'‘’«»](.+)[\"“”'‘’«»]\s*[.!]?\s*", value):
        value = m[1]  # 'Decision: "in the next two weeks"'
    if kind in ("interviewers", "titled"):
        labelled_people(label, value, kind == "titled", found)
    elif kind == "company":
        found.add_company(0, take_company(re.split(r"\s*(?:[(,;|]|\s[-–—]\s)", value)[0], True))
    elif kind == "role":
        role, *rest = re.split(r"\s+(?:at|@)\s+|\s*[(,;|]\s*|\s[-–—]\s", value, maxsplit=1)
        if role.strip(" ."):
            found.role[0] = role.strip(" .")[:80]
        if rest and re.match(r"\s+(?:at|@)\s+", value[len(role) :]):
            found.add_company(1, take_company(rest[0], True))
    elif kind == "date":
        found.interview_date = labelled_date(value, found.today) or found.interview_date
    elif kind == "candidate":
        if got := take_name(value, True):
            found.candidate = got[0]
    elif kind == "timeline" and value.strip(" .;"):
        found.timeline = value.strip(" .;")[:200]


# --- prose sentences -----------------------------------------------------------------------------


def _prose_meta(sent: str, found: Found) -> bool:
    """Interviewers, company, role, candidate and date a prose sentence states; True if any."""
    before = (found.mentions, len(found.company), len(found.role), found.candidate)
    lower = found.lower or not re.search(r"[A-Z]", sent.replace("I ", ""))  # "w/ priya @ stripe"
    spans: list[tuple[int, int]] = []
    for m in ANCHOR.finditer(sent):
        weak = bool(re.match(r"interview", m[0], IGNORE_CASE))
        spans.append((m.start(), people_from(sent, m.end(), found, lower, False, weak=weak)))
    for m in TITLE_NAME.finditer(sent):
        if any(a <= m.end() < b for a, b in spans) or not (
            got := take_titled_name(sent[m.start(1) :], lower)
        ):
            continue
        plural = any(w[-1:] == "s" and w[:-1] in ROLE_NOUNS for w in got[0].lower().split())
        title = split_title(got[0], found)  # "the founders of Tiny Seed, Ana and Luis"
        title = re.sub(r"s\b", "", title, count=1) if plural and title.endswith("s") else title
        end = people_from(sent, m.start(1) + got[2], found, lower, False, title, shared=plural)
        spans.append((m.start(), end))
    for m in NAMED.finditer(sent):  # "a charge nurse named Carlos", "someone called Dee"
        title = TITLE_LEAD.sub("", m["t"]) if m["t"] else None
        if (end := people_from(sent, m.end(), found, lower, False, title)) > m.end():
            spans.append((m.start(), end))
    for m in re.finditer(r"(?<![\w'’.-])[^\W\d_]", sent):  # "Name (Title)", "Name – Title"
        if m[0].isupper() and not any(a <= m.start() < b for a, b in spans):
            end = people_from(sent, m.start(), found, False, True)
            if end > m.start():
                spans.append((m.start(), end))
    if (
        (m := SPEAKER.match(sent))
        and (got := take_name(m["n"], lower))
        and got[1] >= len(m["n"].rstrip("."))
    ):
        found.add_person(got[0])  # "Raj asked about my Kafka work"
    m = INTERVIEWED_ME.search(sent)
    got = take_name(sent[: m.start()]) if m else None
    if m and got and not sent[got[1] : m.start()].strip():  # "Nguyễn Thị Hoa interviewed me"
        found.add_person(got[0])
    for m in COMPANY_CTX.finditer(sent):
        rank = (
            2
            if re.match(r"interview|onsite|screen|round|.*(?:called|named)\s$", m[0], IGNORE_CASE)
            else 3
        )
        found.add_company(rank, take_company(sent[m.end() :], lower or m[0].strip() == "@"))
    m = re.match(
        r"^(?:my\s+)?(.{2,40}?)\s+(?:interview|onsite|phone\s+screen)\b", sent, IGNORE_CASE
    )
    if m and m[1].lower() not in FILLER | NOT_NAMES | NOT_ROLE and take_company(m[1]) == m[1]:
        found.add_company(4, m[1])  # "Stripe interview notes"
    if m := re.match(
        r"^(?:interview|onsite|phone\s+screen)(?:\s+notes)?\s*(?:[-–—:|@]|at\b)\s*",
        sent,
        IGNORE_CASE,
    ):
        found.add_company(4, take_company(sent[m.end() :]))
    if role := prose_role(sent):
        found.role.setdefault(1, role)
    if m := re.search(r"\b(?:my\s+name\s+is|i\s+am|i'm|i’m)\s+", sent, IGNORE_CASE):
        got_name = take_name(sent[m.end() :], m[0].lower().startswith("my"))
        found.candidate = found.candidate or (got_name[0] if got_name else None)
    if found.interview_date is None and CONTEXT.search(sent):
        if TIMELINE.search(sent) and (phrase := future_phrase(sent, found.today)):
            sent = sent.replace(phrase[0], " ")
        found.interview_date = past_date(sent, found.today)
    if (m := PRONOUN_TITLE.match(sent)) and found.people and is_title(m[1]):
        found.people[-1].title = found.people[-1].title or TITLE_CUT.split(" " + m[1])[0].strip()
        found.add_company(2, take_company(m[2]) if m[2] else None)
        found.mentions += 1
    return before != (found.mentions, len(found.company), len(found.role), found.candidate)
