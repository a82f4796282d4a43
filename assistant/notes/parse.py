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

Here: the notes read line by line (headings, labelled lines, sentences). What one line or sentence
states is read by `sentence_facts`; what was found is settled into `Notes` by `assemble`.
"""

from __future__ import annotations

import logging
import re
import traceback
from datetime import date

from assistant.core.dates import bounded
from assistant.core.domain import CONFIRMABLE, Notes
from assistant.notes import lexicon as lex
from assistant.notes import names as who
from assistant.notes import talking_points
from assistant.notes.assemble import assemble_notes
from assistant.notes.dates import past_date
from assistant.notes.details import add_details, is_foreign
from assistant.notes.found import Found
from assistant.notes.lexicon import IGNORE_CASE
from assistant.notes.line_patterns import (
    BULLET,
    EMPHASIS,
    HEAD_WORDS,
    LABEL,
    MID_LABEL,
    SENTENCE_END,
    TIMELINE,
)
from assistant.notes.name_evidence import zipf
from assistant.notes.people_lines import take_people
from assistant.notes.private_facts import OFFER_DEADLINE, private
from assistant.notes.redact import without_private
from assistant.notes.sentence_facts import label_kind, prose_facts, read_labelled
from assistant.notes.sign_off import sign_off, signature
from assistant.notes.text_prep import (
    chat_messages,
    clean_text,
    cut,
    dropped,
    sentences,
    shouted_lines,
    spoken_punctuation,
    strip_markup,
    tidy_names,
)

# --- public API ----------------------------------------------------------------------------------


_LOG = logging.getLogger(__name__)


def parse_notes(text: str, today: date | None = None) -> Notes:
    """Parse pasted interview notes; never raises, and leaves what the notes do not say empty."""
    try:
        today = today or date.today()
        return bounded(_parse(text, today), today)  # a "Dec 31 9999" is never scheduled
    except Exception as exc:  # noqa: BLE001 - a heuristic parser must not take the app down
        # but it must not fail in silence: the fields stay empty and the log says where (the
        # error's type and line, never its message, which may quote the notes)
        where = traceback.extract_tb(exc.__traceback__)[-1]
        _LOG.error(
            "the notes reader failed (%s at %s:%s); the fields are left empty",
            type(exc).__name__,
            where.filename.rsplit("/", 1)[-1],
            where.lineno,
        )
        return Notes(text=text if isinstance(text, str) else "", unsure=CONFIRMABLE, unread=True)


# --- reading the notes line by line --------------------------------------------------------------


def _parse(text: str, today: date) -> Notes:
    if not text or not text.strip():
        return Notes(text=text)
    m: re.Match[str] | None
    whole = cut(clean_text(cut(text, lex.MAX_SCAN * 2)), lex.MAX_SCAN)
    whole = tidy_names(strip_markup(shouted_lines(spoken_punctuation(chat_messages(whole)))))
    _, private_lines = talking_points.read(whole, topics=False)
    work = without_private(whole, private_lines, marker="")
    # a tab after a label is its separator ("Role<TAB>Occupational Health Nurse"): kept as one
    work_rows = [
        re.sub(r"^(\s*[^\W\d_][\w /&'’()-]{0,30}?)\t+", r"\1 | ", ln) for ln in work.split("\n")
    ]
    raw = [" ".join(cut(ln, lex.MAX_LINE).split()) for ln in work_rows]
    raw = [ln for ln in raw if ln and not dropped(ln)]
    found = Found(today=today, foreign=is_foreign(work[:5000]), lower=who.is_lowercase(work))
    raw = sign_off(raw, found)
    listing = False  # under an "Interviewers:" line with no value: a person a line
    for n, original in enumerate(raw):
        line = EMPHASIS.sub("", BULLET.sub("", original)).strip()
        m = LABEL.match(line)
        kind = label_kind(m["label"], m["sep"]) if m else None
        if listing and kind is None and len(line.split()) <= 8 and who.take_name(line):
            read_labelled("interviewers", "interviewers", line, found)  # "- Sarah Chen (VP Eng)"
            continue
        listing = m is not None and kind == "interviewers" and not m["value"].strip(" -–—")
        if n >= len(raw) - 3 and (name := signature(original)):
            found.candidate = name
            continue
        cells = _TABLE_ROW.match(line) if kind is None else None  # "Mr. A B | Title | notes"
        row = bool(cells and _table_person(cells["label"], cells["value"]))
        if (
            n < 3
            and kind is None
            and not row
            and not BULLET.match(original)
            and not _HONORIFIC_FIRST.match(line)  # "Mrs. Abena Owusu-Ansah – Headteacher"
            and _heading(line, found)
        ):
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
            read_labelled("interviewers", m["label"], m["value"], found)
            continue
        if cells and row:
            cell = cells["value"].split("|")[0].strip()  # "Ms Tan Hui Min | Head of Events | …"
            read_labelled(
                "interviewers", "interviewers", f"{cells['label'].strip()} ({cell})", found
            )
            if "|" not in cells["value"]:
                continue
        for sent in sentences(line):
            _sentence(sent, found, heading=line.endswith(":"))
    return assemble_notes(text, work, found, private_lines, whole)


_HONORIFIC_FIRST = re.compile(r"\W*(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Madam|Mdm|Sir|Rev)\.?\s+[A-Z]")
_TABLE_ROW = re.compile(r"^(?P<label>[^|:]{2,40}?)\s*\|\s*(?P<value>[^|\s].*)$")


def _table_person(label: str, value: str) -> bool:
    """A table's row that names a person in its first cell and a job in the next."""
    name = re.sub(r"\s*\([^)]*\)\s*$", "", label.strip())  # "… (goes by Scotty)"
    got = who.take_name(name)
    cell = value.split("|")[0].strip()
    return got is not None and got[1] >= len(name) - 1 and who.is_title(cell)


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
        end = take_people(piece, 0, found, found.lower, False)
        prose += [piece[end:]] if piece[end:].strip(" ,") else []
    found.add_company(3, company)
    for piece in prose:
        prose_facts(piece, found, context=True)
    return True


def _sentence(sent: str, found: Found, heading: bool) -> None:
    """One sentence: a label ('Role: …'), a timeline, metadata in prose, details."""
    if len(parts := MID_LABEL.split(sent, maxsplit=3)) > 1:
        for part in parts:
            _sentence(part, found, heading)
        return
    m = LABEL.match(sent)
    kind = label_kind(m["label"], m["sep"]) if m else None
    if m and private(m["label"]):  # "salary range mentioned: 120-140k"
        return
    if m and kind == "heading" and _heading(m["value"], found, labelled=True):
        return  # "Interview: 18 November 2026, Department for Transport, Policy Analyst"
    if m and not kind and len(m["label"].split()) <= 4:  # "Nov 26: interviewed with Will Harper"
        found.interview_date = found.interview_date or past_date(m["label"], found.today, True)
    if m and kind and kind not in ("details", "heading", "private"):
        if kind != "ignore":
            read_labelled(kind, m["label"].strip(), m["value"].strip(), found)
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
    is_meta = prose_facts(body, found, context=kind == "heading")
    if TIMELINE.search(body) and not OFFER_DEADLINE.search(body):  # not "my offer expires …"
        found.timelines.append(body)
    if not heading and not found.foreign and kind != "private":
        add_details(body, found, is_meta)


def warm_up() -> None:
    """Load the word lists, name data and patterns the reader needs, so the first notes a person
    pastes read as fast as the rest (the page calls this in the background at start)."""
    parse_notes(
        "Interview w/ Priya Nair (Engineering Manager) @ Acme for Analyst, Nov 2.\n"
        "- she walked me through their new ledger service\nPrivate: asked for 90k\n— Sam"
    )
    zipf("warm")  # wordfreq (~0.4 s to load): the drafter's topic gate and the checker ask it too
