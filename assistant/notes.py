"""Parse pasted interview notes into `Notes`: who, where, which role, when, and what was discussed.

The notes come in every shape: labelled lines ("Company: Acme"), bullet jottings, flowing prose,
lowercase shorthand ("interview w/ priya @ stripe"). The parser reads them line by line and
sentence by sentence with small, general heuristics:

* labelled lines win over anything prose suggests ("Company:", "Panel:", "Next steps:" …);
* people are taken only where the notes introduce them ("with Sarah Chen", "Sarah Chen (VP Eng)",
  "the CTO, Raj Patel"), so tools and companies in passing are not mistaken for people;
* details are the clauses left once lead-ins ("we talked about", "she asked me about") are cut,
  minus metadata, timelines, filler, negative remarks and anything addressed to an AI;
* dates are resolved against `today` by `assistant.notes_dates`.

`parse_notes` is total: it never raises, reads at most MAX_SCAN characters, and anything the notes
do not state stays None or empty; nothing is guessed and presented as fact.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from assistant.domain import Interviewer, Notes
from assistant.notes_dates import (
    MONTH,
    WEEKDAY,
    future_phrase,
    labelled_date,
    past_date,
    timeline_date,
)

_I = re.IGNORECASE
MAX_SCAN = 20_000  # characters of the notes the parser reads; the rest is kept in Notes.text only
MAX_LINE = 2_000
MAX_DETAILS = 8
MAX_DETAIL_WORDS = 12


# --- vocabulary ----------------------------------------------------------------------------------


def _w(s: str) -> frozenset[str]:
    return frozenset(s.split())


STOP = _w(
    "a an the and or but of to in on at for with about from by as is are was were be been it its "
    "this that these those my our your his her their we i you he she they me us them him it's i'm "
    "so very really just also too then there here what how which who when where why not no do did "
    "does have has had will would could should can may might into over than"
)
ROLE_NOUNS = _w(
    "engineer engineering eng swe sre developer dev manager mgr em pm tpm lead head director vp "
    "svp evp cto ceo cfo coo cpo cmo ciso founder co-founder cofounder recruiter sourcer hr "
    "designer scientist analyst architect president officer partner principal chief owner nurse "
    "teacher professor coordinator specialist consultant editor producer counsel attorney "
    "associate supervisor administrator researcher intern technician accountant marketer "
    "strategist advisor executive chair dean controller comptroller treasurer auditor "
    "bookkeeper paralegal pharmacist physician doctor surgeon therapist librarian principal "
    "superintendent captain chef"
)
NOT_NAMES = STOP | ROLE_NOUNS | _w(
    "monday tuesday wednesday thursday friday saturday sunday january february march april june "
    "july august september october november december today yesterday tomorrow team everyone "
    "someone interview interviewer interviewers panel hiring zoom company recruiting morning lunch "
    "coffee round call phone video onsite notes note todo re q fyi both two three all others folks "
    "whoever tech technical culture final first second next last product people data design "
    "sales marketing talent staff senior junior hi hey thanks dear met our fp&a legal ops "
    "operations finance it security infra platform"
)
HONORIFICS = _w("dr mr mrs ms mx miss prof professor sir dame")
PARTICLES = _w("de del della der den da di do dos das du van von la le bin ibn al el ter ten y")
FILLER = _w(  # words that make no detail on their own: "it went well", "nice office"
    "went go going well great good fine ok okay nice office vibe vibes nervous anxious felt feel "
    "feeling think thought overall pretty lovely friendly pleasant chill fun cool awesome amazing "
    "positive excited hopeful hopefully fingers crossed smoothly smooth long day tired happy glad "
    "interview interviewer people everyone seemed seems liked enjoyed conversation chat call time "
    "lot quite super kind stuff things thing bit little definitely probably maybe did done hope "
    "hoping wish luck lucky thanks thank grateful questions answers place hello hi hey notes note "
    "today yesterday get got beautiful gorgeous stunning modern clean impressive welcoming warm "
    "professional relaxed casual comfortable busy quiet new big small nothing specific much lunch "
    "coffee team tour"
)
_VAGUE = _w("culture team company role work general background experience")
_NOT_ROLE = _w(
    "new same open current other dream exciting interesting whole full final great this that "
    "senior junior first second third technical phone video panel onsite behavioral behavioural "
    "virtual quick short long tough hard easy rough solid decent"
)
_NUMBER_WORDS = _w("two three four five six seven eight nine ten twelve twenty fifty hundred")
_FOREIGN = _w(
    "und der das wir haben ist nicht mit über ein eine sehr war el los las con del para que es "
    "muy por una tuve hablamos le les et est avec pour nous une des du je il elle très sur dans "
    "não uma com sono abbiamo che een het van ik wij niet"
)
_ENGLISH = _w(
    "the and to of in on with about for we he she they my our their is was were that this it at "
    "from i me you his her what how also too asked talked said mentioned discussed"
)
_HOBBIES = {
    "surf": "surfing", "climb": "climbing", "run": "running", "swim": "swimming",
    "cycle": "cycling", "bike": "biking", "hike": "hiking", "ski": "skiing", "sail": "sailing",
    "bake": "baking", "cook": "cooking", "paint": "painting", "knit": "knitting",
    "dance": "dancing", "box": "boxing", "row": "rowing", "skate": "skating", "dive": "diving",
    "fish": "fishing", "golf": "golf", "garden": "gardening", "kayak": "kayaking",
    "sing": "singing", "draw": "drawing", "snowboard": "snowboarding",
}  # fmt: skip
LABELS: dict[str, frozenset[str]] = {  # "next steps" is looked up as "next_steps"
    "interviewers": _w(
        "interviewer interviewers interviewed_by panel panelists panellists with met met_with "
        "spoke_with who interviewer(s)"
    ),
    "company": _w("company employer organisation organization org firm company_name"),
    "role": _w("role position job title job_title role_title opening post vacancy applied_for"),
    "date": _w("date when interview_date date_of_interview day interviewed interviewed_on on"),
    "candidate": _w("me candidate name my_name your_name candidate_name applicant i_am"),
    "timeline": _w(
        "next_steps next_step timeline decision decision_date decision_by next hear_back "
        "expected_decision when_will_they_decide"
    ),
    "details": _w(
        "topics topic discussed talked_about notes highlights questions they_asked "
        "things_discussed shared_interests common_ground projects things_to_mention mention "
        "points key_points takeaways todo to_do q re"
    ),
    "ignore": _w(
        "location where format type stage duration length time salary comp compensation pay link "
        "url email phone address mood vibe vibes overall rating score impression impressions "
        "feeling feelings gut gut_feeling self-assessment outfit dress_code parking interview_type "
        "subject to cc my_rating status outcome"
    ),
}


# --- patterns: lines, safety, timelines ----------------------------------------------------------

_LABEL = re.compile(
    r"^(?P<label>[^\W\d_][\w /&'’()-]{0,30}?)\s*(?P<sep>:|\s[-–—]\s)\s*(?P<value>.*)$"
)
_BULLET = re.compile(r"^\s*(?:[-*+•·▪►‣◦>]+|\d{1,2}[.)]|#+|\[[ xX]?\])\s*")
_EMPHASIS = re.compile(r"\*\*|__|`|(?<!\w)[*_]+|[*_]+(?!\w)")
_INSTRUCTION = re.compile(  # lines that talk to an AI, not about the interview: dropped whole
    r"\b(?:ignore|disregard|forget|override)\b.{0,40}"
    r"\b(?:instructions?|prompts?|rules|guidelines)\b"
    r"|\b(?:ignore|disregard|forget)\s+(?:all\s+|everything\s+)?(?:the\s+)?"
    r"(?:above|previous|prior)\b"
    r"|\byou\s+are\s+(?:now|an?\s+(?:ai|assistant|language\s+model|chatbot))\b"
    r"|\bsystem\s+prompt\b|\bnew\s+instructions?\b|\bjailbreak|\bprompt\s+injection\b"
    r"|\b(?:pretend\s+(?:to\s+be|you(?:'re|\s+are))"
    r"|act\s+as\s+(?:an?\s+)?(?:ai|assistant|chatbot))\b"
    r"|^\s*(?:system|assistant|user)\s*:|\bas\s+an\s+ai\b",
    _I,
)
_TIMELINE = re.compile(  # a sentence about when they decide
    r"\b(?:decid\w*|decision\w*|hear(?:ing)?\s+back|hear\s+from|get(?:ting)?\s+back"
    r"|let\s+(?:me|us|you)\s+know|next\s+steps?|next\s+round|timeline|time\s?frame"
    r"|be\s+in\s+touch|circle\s+back"
    r"|(?:will|'ll|’ll|'d|’d|would|should|to)\s+"
    r"(?:email|call|contact|ping|reach\s+out|update|know|follow\s+up)"
    r")\b",
    _I,
)
_CONTEXT = re.compile(  # a sentence that may say when the interview was
    r"\b(?:interview\w*|met|meet|meeting|call|chat|spoke|screen|onsite|on-site|round|today"
    r"|yesterday|ago)\b",
    _I,
)
_HEAD_WORDS = re.compile(
    r"^(?:my\s+)?(?:interview|onsite|on-site|phone\s+screen|screen|call|notes"
    r"|(?:\w+\s+)?round(?:\s+\d)?)(?:\s+notes)?\b\s*(?:@|at\b|with\b|for\b)?\s*",
    _I,
)
_LOGISTICS = re.compile(  # "sending the take-home tomorrow", "wants a case study by Monday"
    r"\b(?:tomorrow|by\s+(?:next|the\s+end|end|eod|eow|mon|tue|wed|thu|fri|sat|sun)\w*)\b", _I
)


# --- patterns: people, companies, roles ----------------------------------------------------------

_TOKEN_FIRST = re.compile(r"\s*([^\W\d_][\w'’-]*\.?)")
_TOKEN_NEXT = re.compile(r"[ \t]+([^\W\d_][\w'’-]*\.?)")
_COMPANY_TOKEN = re.compile(r"[ \t]*([\w&@'’+.-]+)")
_ANCHOR = re.compile(  # what comes right before an interviewer's name in prose
    r"\b(?:interview(?:ed|s)?|call|chat(?:ted)?|meeting|spoke|speaking|talked|screen|onsite|lunch"
    r"|coffee|sat\s+down|session|round|conversation|met)\b"
    r"(?:\s+(?:today|yesterday|this\s+\w+|earlier|again|briefly|first|also|then|later"
    r"|last\s+\w+|(?:on|over)\s+(?:the\s+)?\S+|virtually)){0,2}\s+(?:with|to|w/)\s*"
    r"|\binterviewed\s+by\s+|\bmet\s+(?:with\s+)?|\bw/\s*",
    _I,
)
_TITLE_NAME = re.compile(  # "the hiring manager, Sarah", "their CTO Raj Patel"
    r"\b(?:the|their|our|with|w/|and|met)\s+((?:[\w-]+\s+){0,3}?(?:"
    + "|".join(sorted(ROLE_NOUNS))
    + r")s?)\b",
    _I,
)
_TITLE_CUT = re.compile(
    r"\s(?:at|@|from|for|with|who|and|but|in|on|about|said|asked|mentioned|talked|was|is|where"
    r"|which|that|since)\b|\s@|[,;.!?()]",
    _I,
)
_INTERVIEWED_ME = re.compile(
    r"\s+(?:interviewed|called|phoned|screened)\s+me\b|\s+(?:was|is)\s+my\s+interviewer\b", _I
)
_COMPANY_CTX = re.compile(
    r"\b(?:interview\w*|onsite|screen|round|role|position|job|opening|offer|call|chat|team"
    r"|work(?:s|ing)?)\s+(?:\w+\s+){0,2}?(?:at|@)\s+|(?<!\w)@\s*",
    _I,
)
_ROLE_PATTERNS = [
    re.compile(p, _I)
    for p in (
        (
            r"\b(?:for|as)\s+(?:the|a|an)\s+(?P<r>[^,;.()]{2,60}?)\s+"
            r"(?:role|position|job|opening|post|vacancy)\b"
        ),
        r"\b(?:the|a|an|this|that)\s+(?P<r>[^,;.()]{2,60}?)\s+(?:role|position|opening)\b",
        r"(?:^|[,;:@]\s*)(?P<r>[^,;.()@]{2,40}?)\s+(?:role|position)\b",
        r"\b(?:role|position)\s+(?:of|as)\s+(?:an?\s+|the\s+)?(?P<r>[^,;.()]{2,60})",
        r"^(?:the\s+)?(?:role|position|job)\s+(?:is|was)\s+(?:an?\s+|the\s+)?(?P<r>[^,;.()]{2,60})",
    )
]
_CAPITALISED_ROLE = re.compile(  # "for Senior Frontend Developer", "as a Product Designer"
    r"\b(?:for|as)\s+(?:the\s+|an?\s+)?((?:[A-Z][\w&/+-]*\s+){0,4}[A-Z][\w&/+-]*)"
)
_PRONOUN_TITLE = re.compile(  # "He's a senior PM at Zomato."
    r"^(?:he|she|they)(?:'s|’s|\s+is|\s+was|\s+are)\s+(?:an?|the|their)\s+"
    r"([^,;.()]{2,50}?)(?:\s+(?:at|@|from|with)\s+(.+))?$",
    _I,
)


# --- patterns: details ---------------------------------------------------------------------------

_NEGATIVE = re.compile(  # remarks no thank-you note should bring up
    r"\b(?:rude|late|dismissive|arrogant|condescending|awkward|boring|bored|annoy\w*|unprepared"
    r"|disorgani[sz]ed|distracted|hostile|terrible|awful|horrible|bad|worst|hated?|unprofessional"
    r"|sucked|grumpy|frustrat\w*|weird|creepy|toxic|lowball\w*|yawn\w*|interrupt\w*|red\s+flags?"
    r"|bombed|messed\s+up|blanked|screwed\s+up|struggled|stumbled|didn'?t\s+(?:like|know|care)"
    r"|couldn'?t\s+answer|not\s+(?:great|good|impressed|interested)|cold|ignored|ghost\w*"
    r"|kept\s+me\s+waiting|thank[- ]you\s+(?:note|email)|send\s+thanks)\b",
    _I,
)
_DATE_WORD = re.compile(rf"{MONTH}|{WEEKDAY}|yesterday|today|tomorrow|next|last|ago", _I)
_SELF_TALK = re.compile(r"^(?:i|i'm|i’m|im|i've|i'd|i’d|me)\b", _I)
_TODO = re.compile(  # to-dos and interview prompts are not topics
    r"(?:send|email|follow\s+up|remember|check|look\s+up|write|prepare|research|update|book"
    r"|schedule|reply|connect|need|needs|should|must|have\s+to|gotta|thanks|thank\s+you|cheers"
    r"|tell\s+me|describe\s+a|walk\s+me|give\s+me)\b",
    _I,
)
_LEAD_IN = re.compile(  # "we talked about", "she asked me about", "he mentioned that" …
    r"\b(?:(?:also|then|mostly|mainly|briefly|really|later|even|first|finally|a\s+lot"
    r"|at\s+length)\s+)*"
    r"(?:talked|talk|chatted|chat|spoke|discussed|discuss|went\s+(?:over|through|into)|covered"
    r"|dug\s+into|dove\s+into|deep[- ]dived?(?:\s+into)?|touched\s+on|got\s+into|asked(?:\s+me)?"
    r"|quizzed\s+me|grilled\s+me|mentioned|said|noted|told\s+me|explained|shared|described"
    r"|walked\s+me\s+through|showed\s+me|brought\s+up|emphasi[sz]ed|pointed\s+out|highlighted"
    r"|focus(?:s)?ed|was\s+(?:curious|excited|interested)|wanted\s+to\s+know"
    r"|seemed\s+(?:excited|interested)|(?:is|are|'s)\s+excited|gave\s+(?:me\s+)?an?\s+overview\s+of"
    r"|presented|reviewed|remember\s+to\s+mention|mention|ask|likes|loves|enjoys|runs|plays"
    r"|(?:is|are)\s+into|loved|liked|appreciated|was\s+impressed\s+by"
    r"|(?:is|are)\s+(?:a\s+|both\s+)?(?:big\s+|huge\s+)?fans?\s+of|both\s+(?:like|love|enjoy|play))"
    r"(?:\s+(?:a\s+lot|mostly|briefly|at\s+length))?"
    r"(?:\s+(?:about|through|over|on|into|of|in|for|that|re))?\b[\s:,-]*",
    _I,
)
_CONNECTIVE = re.compile(
    r"(?:which|who|that|where|when|because|so|but|since|although|especially|including|like|as"
    r"|and|or|then|plus|though|if)\b",
    _I,
)
_INTEREST = re.compile(r"\b(?:likes|loves|enjoys|runs|plays|into|fans?\s+of|both)\b", _I)
_HOBBY = re.compile(  # "He also surfs."
    r"^\S+(?:\s+\S+)?\s+(?:also\s+)?(?P<v>"
    + "|".join(_HOBBIES)
    + r")(?:e?s)(?:\s+(?:too|as\s+well|also))?[.!]*$",
    _I,
)
_COMMON_GROUND = re.compile(  # "Ana went to Michigan like me"
    r"\b(?:went\s+to|studied\s+at|grew\s+up\s+in|is\s+from|lived\s+in|worked\s+at)\s+"
    r"(?P<x>[^,;.!?]{2,40}?)\s+(?:like\s+me|too|as\s+well)\b",
    _I,
)
_FAN = re.compile(  # "Olumide is also a chess player"
    r"\b(?:is|'s|’s|are)\s+(?:also\s+)?(?:an?\s+)?(?:big\s+|huge\s+|avid\s+|keen\s+)?"
    r"(?P<x>[\w -]{2,30}?)\s+(?:player|fan|enthusiast|nerd|lover|buff)s?\b(?!\s+of\b)",
    _I,
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
    raw = [ln for ln in raw if ln and not _INSTRUCTION.search(ln)]
    found = _Found(today=today, foreign=_foreign(work[:5000]))
    for n, original in enumerate(raw):
        line = _EMPHASIS.sub("", _BULLET.sub("", original)).strip()
        if n >= len(raw) - 3 and (name := _signature(original)):
            found.candidate = name
            continue
        if n < 3 and _heading(line, found):
            continue
        if n < 2 and found.interview_date is None and len(line.split()) <= 8 and not re.search(
            r"\b(?:by|next|until|before|within)\b", line, _I
        ) and not _TIMELINE.search(line):
            found.interview_date = past_date(line, today)  # a heading: "Nov 20 notes"
        m = _LABEL.match(line)
        if m and _label_kind(m["label"], m["sep"]) == "interviewers":  # "Panel: A; B; C"
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
            r"(?:\b(?:dr|mr|mrs|ms|mx|prof|st|jr|sr|vs|etc|e\.g|i\.e|inc|co|ltd|no)"
            r"|(?:^|(?<=\s))[^\W\d_])\.$",
            out[-1],
            _I,
        ):
            out[-1] += " " + part
        elif part.strip():
            out.append(part.strip()[:600])
    return out


def _heading(line: str, found: _Found) -> bool:
    """'11/24 - Accenture - Management Consultant', 'Onsite @ Figma — Product Designer',
    'José Álvarez (hiring manager) — Telefónica — Network Engineer'."""
    parts = [p.strip() for p in re.split(r"\s+[-–—|]+\s+|\s*\|\s*|\s*[–—]\s*", line) if p.strip()]
    if len(parts) < 2 or len(line.split()) > 14 or re.search(r"[.!?](?:\s|$)|:", line):
        return False
    when, role, company, keyword, people = None, None, None, False, []
    for part in parts:
        bare = _HEAD_WORDS.sub("", part)
        keyword |= bare != part
        got = _take_name(bare)
        titled = got and _take_title(bare[got[1]:])
        if bare and len(bare.split()) <= 4 and (d := past_date(bare, found.today, True)):
            when = when or d
        elif got and titled and not bare[got[1] + titled[1]:].strip():
            people.append((got[0], titled[0]))
        elif bare and _is_title(bare):
            role = role or _clean_role(re.sub(r"\s*\(.*?\)", "", bare))
        elif bare and company is None:
            company = _take_company(bare)
    if not (keyword or when or (len(parts) >= 3 and (role or people))):
        return False
    found.interview_date = found.interview_date or when
    if role:
        found.role.setdefault(1, role)
    for name, title in people:
        found.add_person(name, title)
    found.add_company(3, company)
    return True


def _sentence(sent: str, found: _Found, heading: bool) -> None:
    """One sentence: a label ('Role: …'), a timeline, metadata in prose, details."""
    m = _LABEL.match(sent)
    kind = _label_kind(m["label"], m["sep"]) if m else None
    if m and kind and kind != "details":
        if kind != "ignore":
            _labelled(kind, m["label"].strip(), m["value"].strip(), found)
        return
    body = sent
    if m and (kind == "details" or (
        m["sep"] == ":" and len(m["label"].split()) <= 3
        and not re.match(r"(?:it|they|this|that|he|she)\b", m["value"], _I)
    )):
        body = m["value"]  # "Behavioral: leadership example …" -> the value
    items = [i for i in re.split(r"\s*[,;]\s*", body) if i]
    if kind == "details" and len(items) > 1 and all(len(i.split()) <= 5 for i in items):
        for item in items if not found.foreign else []:  # "Topics: Kafka, design systems, audits"
            _add_details(item, found, False, listed=True)
        return
    is_meta = _prose_meta(body, found)
    if _TIMELINE.search(body):
        found.timelines.append(body)
    if not heading and not found.foreign:
        _add_details(body, found, is_meta)


def _finish(text: str, work: str, found: _Found) -> Notes:
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
                _I,
            )
            if got := future_phrase(sent, base):
                timeline, decision = (sent.strip(" .!") if short else got[0]), got[1]
                break
            if short and timeline is None:
                timeline = sent.strip(" .!")  # "Decision before winter break": stated, no date
    people = [p for p in found.people if not found.candidate or p.name != found.candidate]
    for p in [p for p in people if p.weak and not found.company]:
        spoken = re.search(
            rf"\b{re.escape(p.name)}\s+(?:said|asked|mentioned|explained|told|talked|described"
            rf"|shared|seemed|was|is)\b|\b(?:he|she|him|her|his|hers)\b",
            work,
            _I,
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


# --- what was found so far -----------------------------------------------------------------------


@dataclass
class _Person:
    name: str
    title: str | None = None
    weak: bool = False  # a lone capitalised word after "interview with": maybe a company


@dataclass
class _Found:
    today: date
    people: list[_Person] = field(default_factory=list)
    company: dict[int, str] = field(default_factory=dict)  # rank (0 = labelled) -> name
    role: dict[int, str] = field(default_factory=dict)  # rank -> role
    candidate: str | None = None
    interview_date: date | None = None
    timeline: str | None = None  # a labelled "Next steps:" value
    timelines: list[str] = field(default_factory=list)  # prose sentences about the decision
    details: list[tuple[float, int, str]] = field(default_factory=list)  # (score, order, text)
    foreign: bool = False  # notes in another language: read labels, invent no details
    mentions: int = 0  # add_person calls, so a sentence that names someone is not a detail

    def add_person(self, name: str, title: str | None = None, weak: bool = False) -> _Person:
        """Add someone, or merge with a known person ('Sarah' is 'Sarah Chen', 'Dr. Chen' too)."""
        self.mentions += 1
        words = name.lower().split()
        honorific = words[0].rstrip(".") in HONORIFICS
        for p in self.people:
            known = p.name.lower().split()
            if known == words or known[:1] == words or words[:1] == known or (
                honorific and known[-1] == words[-1]
            ):
                if len(words) > len(known) and not honorific:
                    p.name, p.weak = name, False
                p.title = p.title or title
                return p
        self.people.append(_Person(name, title, weak and len(words) == 1 and not title))
        return self.people[-1]

    def add_company(self, rank: int, value: str | None) -> str | None:
        """Keep the first company seen at each rank; the lowest rank wins in the end."""
        if value and re.match(rf"(?:{MONTH}|{WEEKDAY})", value, _I):
            return None
        if value and rank not in self.company:
            self.company[rank] = value[:80]
        return value


# --- names, titles, companies --------------------------------------------------------------------


def _cap(word: str) -> str:
    return re.sub(r"(^|['’-])(\w)", lambda m: m[1] + m[2].upper(), word) if word.islower() else word


def _take_name(s: str, allow_lower: bool = False) -> tuple[str, int] | None:
    """A person's name at the start of s ('Dr. Amara Okafor', 'José Álvarez', 'priya'), its end.

    An honorific is kept only when no given name follows it ('Ms. Kim', but 'Amara Okafor').
    """
    honorific, parts, pos, end = "", [], 0, 0
    while len(parts) < 4:
        m = (_TOKEN_NEXT if parts or honorific else _TOKEN_FIRST).match(s, pos)
        if not m:
            break
        tok = m[1]
        bare = re.sub(r"['’]s$", "", tok.rstrip("."))
        low = bare.lower()
        if not parts and not honorific and low in HONORIFICS:
            honorific, pos = bare.capitalize() + ".", m.end()
            continue
        if parts and low in PARTICLES and bare.islower():
            parts.append(bare)
            pos = m.end()
            continue
        upper_ok = bare[:1].isupper() and not (len(bare) > 1 and bare.isupper())
        lower_ok = allow_lower and bare.islower() and len(bare) > 1
        if low in NOT_NAMES or not (upper_ok or lower_ok):
            break
        parts.append(_cap(bare))
        pos = end = m.end() - (len(tok) - len(bare) if tok.endswith(".") and len(bare) > 1 else 0)
        if bare != tok.rstrip(".") or (tok.endswith(".") and len(bare) > 1):
            break  # a possessive or a full stop ends the name
    while parts and parts[-1] in PARTICLES:
        parts.pop()
    if not parts:
        return None
    keep = honorific and (len(parts) == 1 or honorific in ("Dr.", "Prof.", "Professor"))
    return (f"{honorific} {' '.join(parts)}" if keep else " ".join(parts)), end


def _take_company(s: str, allow_lower: bool = False) -> str | None:
    """A company name at the start of s: 'Brightline Bank', "St. Vincent's Hospital", 'stripe'."""
    parts: list[str] = []
    pos = 0
    while len(parts) < 5 and (m := _COMPANY_TOKEN.match(s, pos)) and m[1]:
        raw = m[1].rstrip(",")
        tok = raw.rstrip(".")
        low = tok.lower()
        if not (
            (parts and low in ("&", "and", "of")) or tok[:1].isupper() or tok[:1].isdigit()
            or (allow_lower and tok[:1].isalpha() and low not in NOT_NAMES and not parts)
        ):
            break
        nxt = _COMPANY_TOKEN.match(s, m.end())
        nxt_word = nxt[1] if nxt and m[1] == raw else ""
        joined = nxt_word[:1].isupper() and nxt_word.lower().strip(".,") not in ROLE_NOUNS
        if re.search(r"['’]s$", tok) and not joined:  # "Acme's CTO" -> "Acme"
            parts.append(tok[:-2])
            break
        parts.append(raw if joined and len(tok) <= 3 else tok)  # keeps "St." in "St. Vincent's"
        pos = m.end()
        if m[1] != raw or (raw != tok and not (len(tok) <= 3 and joined)):
            break
    while parts and parts[-1].lower() in ("&", "and", "of"):
        parts.pop()
    name = " ".join(parts).strip("@&+-")
    if not name or not re.search(r"[^\W\d_]", name) or name.lower() in NOT_NAMES:
        return None
    return name.title() if name.islower() else name


def _is_title(t: str) -> bool:
    words = re.findall(r"[\w-]+", t.lower())
    return 0 < len(words) <= 7 and any(w in ROLE_NOUNS or w[:-1] in ROLE_NOUNS for w in words)


def _take_title(s: str) -> tuple[str, int] | None:
    """A job title right after a name: ' (VP Engineering)', ' – Staff Engineer', ', the CTO'."""
    for rx in (
        r"^\s*\(([^()]{1,60})\)",
        r"^\s*[-–—]+\s*([^,;()]{1,60})",
        r"^\s*,\s*(?:who(?:'s|’s|\s+is)\s+)?(?:the\s+|our\s+|their\s+|an?\s+)?([^,;()]{1,60})",
        r"^\s+(?:is|was)\s+(?:the|their|an?)\s+([^,;()]{1,60})",
    ):
        if m := re.match(rx, s):
            bracketed = rx.startswith(r"^\s*\(")
            title = m[1] if bracketed else _TITLE_CUT.split(" " + m[1], maxsplit=1)[0]
            title = re.sub(r"^(?:the|their|our|an?)\s+", "", title.strip(), flags=_I)
            capitalised = bracketed and len(title.split()) <= 4 and title[:1].isupper() and not (
                re.search(r"\d|/", title) or re.match(rf"(?:{MONTH}|{WEEKDAY})", title, _I))
            if _is_title(title) or capitalised:  # "(VP Engineering)", "(Controller)"
                end = m.start(1) + m[1].find(title) + len(title) if title in m[1] else m.end()
                return title, (m.end() if bracketed else end)
    return None


def _titled_name(s: str) -> tuple[str, str, int] | None:
    """'Charge Nurse Luis Ortega', 'Head of Product Dana Ortiz', 'CTO (Ben)': title, name, start.

    A title closed by a comma or a bracket wins ('founders of Tiny Seed, Ana'); else the shortest.
    """
    words = re.findall(r"\S+", s[:200])
    found: list[tuple[bool, str, str, int]] = []  # (closed, title, name, where the name starts)
    for k in range(1, min(6, len(words))):
        title = " ".join(words[:k]).strip(",(")
        last = words[k - 1].lower().strip(",(")
        role_last = last in ROLE_NOUNS or last[:-1] in ROLE_NOUNS or " of " in title
        if words[0].rstrip(".").lower() in HONORIFICS or "(" in title:
            continue  # 'Dr. Amara Okafor (Chief Medical Officer)' is a name, then a title
        if not _is_title(title) or not role_last or last in STOP or re.search(
            r"\b(?:at|from|with|for|and|who)\b|@|,.", title, _I
        ):
            continue
        start = s.find(words[k], len(" ".join(words[:k])))
        if got := _take_name(s[start:].lstrip("(")):
            title = re.sub(r"^(?:the|their|our|his|her|an?)\s+", "", title, flags=_I)
            closed = words[k - 1].endswith(",") or words[k].startswith("(")
            found.append((closed, title, got[0], start + words[k].startswith("(")))
    best = next((f for f in found if f[0]), found[0] if found else None)
    return best[1:] if best else None


def _split_title(title: str, found: _Found) -> str:
    """'CEO of Acme' -> 'CEO' (company Acme); 'VP of Engineering' stays whole."""
    m = re.match(
        r"((?:co-?)?(?:ceo|cto|cfo|coo|founder|president|owner|chair\w*?))s?\s+of\s+(.+)$",
        title,
        _I,
    )
    if m and m[2][:1].isupper():
        found.add_company(2, _take_company(m[2]))
        return m[1]
    return title


def _people_from(
    s: str,
    pos: int,
    found: _Found,
    lower: bool,
    need_title: bool,
    title: str | None = None,
    weak: bool = False,
    shared: bool = False,
) -> int:
    """Take 'Name (Title) at Company, Name2 – Title2 and Name3' from s[pos:]; return its end.

    title is the first person's unless their own follows the name; shared gives it to all.
    """
    for _ in range(5):
        got = _take_name(s[pos:], lower)
        if not got:
            break
        name, end = got
        own = _take_title(s[pos + end:])
        if need_title and not own:
            break
        end += own[1] if own else 0
        person = found.add_person(name, _split_title(own[0], found) if own else title, weak)
        pos += end
        pos += s[pos:].startswith(")")
        if m := re.match(r"\s*,?\s*(?:at|@|from)\s+", s[pos:]):
            company = found.add_company(2, _take_company(s[pos + m.end():], lower))
            pos += m.end() + (s[pos + m.end():].find(company) + len(company) if company else 0)
            person.weak = False
        m = re.match(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)", s[pos:])
        if not m or not m[0].strip():
            break
        pos, need_title, weak = pos + m.end(), False, False
        title = title if shared else None
    return pos


# --- labelled lines ------------------------------------------------------------------------------


def _label_kind(label: str, sep: str) -> str | None:
    key = re.sub(r"\s+", "_", label.strip().lower())
    for kind, names in LABELS.items():
        if key in names or key.rstrip("s") in names:
            return kind
    if sep == ":" and _is_title(label) and len(label.split()) <= 3:
        return "titled"  # "Hiring manager: Sarah Chen"
    return None


def _labelled(kind: str, label: str, value: str, found: _Found) -> None:
    value = value.title() if value.isupper() and len(value) > 3 else value
    if kind in ("interviewers", "titled"):
        _labelled_people(label, value, kind == "titled", found)
    elif kind == "company":
        found.add_company(0, _take_company(re.split(r"\s*(?:[(,;|]|\s[-–—]\s)", value)[0], True))
    elif kind == "role":
        role, *rest = re.split(r"\s+(?:at|@)\s+|\s*[(,;|]\s*|\s[-–—]\s", value, maxsplit=1)
        if role.strip(" ."):
            found.role[0] = role.strip(" .")[:80]
        if rest and re.match(r"\s+(?:at|@)\s+", value[len(role):]):
            found.add_company(1, _take_company(rest[0], True))
    elif kind == "date":
        found.interview_date = labelled_date(value, found.today) or found.interview_date
    elif kind == "candidate":
        if got := _take_name(value, True):
            found.candidate = got[0]
    elif kind == "timeline" and value.strip(" .;"):
        found.timeline = value.strip(" .;")[:200]


def _labelled_people(label: str, value: str, titled: bool, found: _Found) -> None:
    """'Dana Ortiz (Head of Product), Li Wei – Staff Engineer, and Tom'; 'Recruiter: Tom Park'."""
    prev: _Person | None = None
    for chunk in re.split(r"\s*[,;/+]\s*(?![^()]*\))|\s+(?:and|&)\s+(?![^()]*\))", value):
        chunk = re.sub(r"^(?:and|with)\s+", "", chunk.strip(), flags=_I)
        if titled_name := _titled_name(chunk):
            prev = found.add_person(titled_name[1], _split_title(titled_name[0], found))
        elif got := _take_name(chunk, True):
            title = _take_title(chunk[got[1]:])
            own = _split_title(title[0], found) if title else None
            prev = found.add_person(got[0], own or (label if titled else None))
            if m := re.search(r"\s(?:at|@|from)\s+(.+)$", chunk[got[1]:]):
                found.add_company(1, _take_company(m[1], True))
        elif prev is not None and prev.title is None and _is_title(chunk):
            title_text, *company = re.split(r"\s+(?:at|@|from)\s+", chunk, maxsplit=1)
            prev.title = title_text.strip()
            found.add_company(1, _take_company(company[0], True) if company else None)


def _signature(line: str) -> str | None:
    """'— Jordan Lee', '-- signed Jordan', 'Signed, Jordan' on one of the last lines."""
    m = re.match(r"(?:(?:--+|[–—~]+)\s*(?:signed,?\s+)?|signed,?\s+)(.{1,40})$", line, _I)
    got = _take_name(m[1], True) if m else None
    return got[0] if got and m and not m[1][got[1]:].strip(" .!") else None


# --- prose sentences -----------------------------------------------------------------------------


def _clean_role(r: str) -> str | None:
    r = re.sub(r"^(?:the|a|an|for|as)\s+", "", r.strip(" -–—:'\"“”"), flags=_I)
    words = r.split()
    if not 0 < len(words) <= 6 or any(w.lower() in STOP - {"of", "and"} for w in words):
        return None
    if words[0].lower() in ("of", "and") or words[-1].lower() in ("of", "and"):
        return None
    if len(words) == 1 and (
        words[0].lower() in _NOT_ROLE
        or not (words[0][0].isupper() or words[0].lower() in ROLE_NOUNS)
    ):
        return None
    return r


def _prose_role(sent: str) -> str | None:
    for rx in _ROLE_PATTERNS:
        if (m := rx.search(sent)) and (role := _clean_role(m["r"])):
            return role
    for m in _CAPITALISED_ROLE.finditer(sent):
        if m[1].split()[-1].lower() in ROLE_NOUNS and (role := _clean_role(m[1])):
            return role
    return None


def _prose_meta(sent: str, found: _Found) -> bool:
    """Interviewers, company, role, candidate and date a prose sentence states; True if any."""
    before = (found.mentions, len(found.company), len(found.role), found.candidate)
    lower = not re.search(r"[A-Z]", sent.replace("I ", ""))  # jottings: "w/ priya @ stripe"
    spans: list[tuple[int, int]] = []
    for m in _ANCHOR.finditer(sent):
        weak = bool(re.match(r"interview", m[0], _I))
        spans.append((m.start(), _people_from(sent, m.end(), found, lower, False, weak=weak)))
    for m in _TITLE_NAME.finditer(sent):
        if any(a <= m.end() < b for a, b in spans) or not (got := _titled_name(sent[m.start(1):])):
            continue
        plural = any(w[-1:] == "s" and w[:-1] in ROLE_NOUNS for w in got[0].lower().split())
        title = _split_title(got[0], found)  # "the founders of Tiny Seed, Ana and Luis"
        title = re.sub(r"s\b", "", title, count=1) if plural and title.endswith("s") else title
        end = _people_from(sent, m.start(1) + got[2], found, False, False, title, shared=plural)
        spans.append((m.start(), end))
    for m in re.finditer(r"(?<![\w'’.-])[^\W\d_]", sent):  # "Name (Title)", "Name – Title"
        if m[0].isupper() and not any(a <= m.start() < b for a, b in spans):
            end = _people_from(sent, m.start(), found, False, True)
            if end > m.start():
                spans.append((m.start(), end))
    m = _INTERVIEWED_ME.search(sent)
    got = _take_name(sent[:m.start()]) if m else None
    if m and got and not sent[got[1]:m.start()].strip():  # "Nguyễn Thị Hoa interviewed me"
        found.add_person(got[0])
    for m in _COMPANY_CTX.finditer(sent):
        rank = 2 if re.match(r"interview|onsite|screen|round", m[0], _I) else 3
        found.add_company(rank, _take_company(sent[m.end():], lower or m[0].strip() == "@"))
    m = re.match(r"^(?:my\s+)?(.{2,40}?)\s+(?:interview|onsite|phone\s+screen)\b", sent, _I)
    if m and m[1].lower() not in FILLER | NOT_NAMES | _NOT_ROLE and _take_company(m[1]) == m[1]:
        found.add_company(4, m[1])  # "Stripe interview notes"
    if m := re.match(r"^(?:interview|onsite|phone\s+screen)(?:\s+notes)?\s*(?:[-–—:|@]|at\b)\s*",
                     sent, _I):
        found.add_company(4, _take_company(sent[m.end():]))
    if role := _prose_role(sent):
        found.role.setdefault(1, role)
    if m := re.search(r"\b(?:my\s+name\s+is|i\s+am|i'm|i’m)\s+", sent, _I):
        got_name = _take_name(sent[m.end():], m[0].lower().startswith("my"))
        found.candidate = found.candidate or (got_name[0] if got_name else None)
    if found.interview_date is None and _CONTEXT.search(sent):
        if _TIMELINE.search(sent) and (phrase := future_phrase(sent, found.today)):
            sent = sent.replace(phrase[0], " ")
        found.interview_date = past_date(sent, found.today)
    if (m := _PRONOUN_TITLE.match(sent)) and found.people and _is_title(m[1]):
        found.people[-1].title = found.people[-1].title or _TITLE_CUT.split(" " + m[1])[0].strip()
        found.add_company(2, _take_company(m[2]) if m[2] else None)
        found.mentions += 1
    return before != (found.mentions, len(found.company), len(found.role), found.candidate)


# --- details -------------------------------------------------------------------------------------


def _add_details(text: str, found: _Found, is_meta: bool, listed: bool = False) -> None:
    """Add the details a sentence (or one item of a 'Topics:' list) holds, scored."""
    known = {w for p in found.people for w in p.name.lower().split()}
    for clause in _clauses(text):
        if (_TIMELINE.search(clause) or _NEGATIVE.search(clause) or _LOGISTICS.search(clause)
                or _foreign(clause)):
            continue
        rest, lead = _lead_in(clause)
        lead = lead or listed
        if not lead and (is_meta or clause.rstrip().endswith("?")
                         or re.search(r"\binterview", clause, _I)):
            continue
        items = re.split(r"\s*,\s*(?![^()]*\))(?:and\s+|or\s+)?", rest)
        listy = len(items) >= (2 if lead else 3) and all(0 < len(i.split()) <= 8 for i in items)
        if not listy or any(_CONNECTIVE.match(i) for i in items):
            items = [rest]  # "X, Y, and Z" is three topics; anything else stays whole
        interest = (lead and bool(_INTEREST.search(clause))) or bool(
            re.search(r"\b(?:too|both)\b", clause)
        )
        for item in items:
            detail = _tidy(item)
            words = [w.strip(".,;:!?()'\"").lower() for w in detail.split()]
            dated = any(_DATE_WORD.fullmatch(w) for w in words)  # "Nov 20" is no topic
            content = [w for w in words if w not in STOP | FILLER | known
                       and not _DATE_WORD.fullmatch(w)
                       and re.search(r"[^\W\d_]{2}" if dated else r"[^\W\d_]{2}|\d", w)]
            specific = lead or len(words) > 2 or re.search(r"[A-Z\d]", detail)  # not "go blue"
            if content and specific and not (
                _SELF_TALK.match(detail) or _TODO.match(detail) or any(len(w) > 40 for w in words)
            ):
                found.details.append((_score(detail, interest), len(found.details), detail))


def _clauses(sent: str) -> list[str]:
    """'We talked about X and he mentioned Y' -> two clauses."""
    return [c for c in re.split(
        r",?\s+(?:and|but|plus|while|whereas|so)\s+(?=(?:he|she|they|we|i|you|then|also"
        r"|[A-Z][\w'’-]+\s+(?:also\s+)?(?:said|mentioned|asked|told|explained|talked|described"
        r"|shared))\b)"
        r"|,?\s+and\s+(?=(?:also\s+)?(?:asked|mentioned|said|explained|described|shared|told)\b)"
        r"|,\s+(?:then|also)\s+",
        sent,
    ) if c and c.strip()]


def _lead_in(clause: str) -> tuple[str, bool]:
    """Drop 'we talked about', 'she asked me about', 'TODO:' …; True if a lead-in was found."""
    clause = re.sub(r"^(?:todo|to\s+do|note|fyi|q|re)\b\s*[:.-]?\s*", "", clause, flags=_I)
    if m := _COMMON_GROUND.search(clause[:120]):  # "Ana went to Michigan like me" -> "Michigan"
        return m["x"], True
    if m := _HOBBY.match(clause):  # "He also surfs." -> "surfing"
        return _HOBBIES[m["v"].lower()], True
    if (m := _FAN.search(clause[:80])) and len(clause[:m.start()].split()) <= 4:
        return m["x"], True  # "Olumide is also a chess player" -> "chess"
    for m in _LEAD_IN.finditer(clause[:120]):
        prefix = clause[:m.start()].split()  # the subject: "we", "Sarah (VP Eng)", "the CTO"
        if len(prefix) > 5 or (prefix and prefix[0].lower() in _w("my their our his its a an")):
            break
        if prefix and prefix[0].lower() == "the" and not any(
            w.lower() in ROLE_NOUNS for w in prefix
        ):
            break
        rest = clause[m.end():]
        return ("" if re.match(r"(?:with|to)\b|w/", rest, _I) else rest), True  # "spoke with X"
    return clause, False


def _tidy(detail: str) -> str:
    """Clean a detail into a short phrase that reads after 'our conversation about …'."""
    d = " ".join(_EMPHASIS.sub("", detail).split())
    d = re.sub(r"\s+[+&]\s+|,\s+and\s+", " and ", d)
    d = re.sub(r",?\s+(?:and\s+)?(?:i|me|we)\s+(?:do|did|too|also|as\s+well)\b.*$", "", d, flags=_I)
    d = re.sub(r"^(?:that|about|on|re)\s+", "", d.strip(" \t\"'“”‘’()[]-–—:,"), flags=_I)
    for _ in range(2):
        d = re.sub(r"(?:[\s.,;:!?…)]+|\s+(?:too|as\s+well|also|etc\.?|lol|haha))$", "", d, flags=_I)
    m = re.fullmatch(
        r"((?:the|their|our|his|her|its)\s+\w+(?:\s+\w+)?)\s+(?:is|are|was|were|has|have|had)"
        r"\s+(?:about\s+|around\s+|roughly\s+|~)?(\d[\d,.]*\+?|\w+)\s+(\w+)",
        d,
        _I,
    )
    if m and (m[2][0].isdigit() or m[2].lower() in _NUMBER_WORDS):
        d = f"{m[1]} of {m[2]} {m[3]}"  # "the team is 12 people" -> "the team of 12 people"
    elif re.match(r"(?:they|we|he|she|it|there)(?:\b|['’])", d, _I):
        d = "how " + d[0].lower() + d[1:]  # "they're moving to Go" -> "how they're moving to Go"
    head = re.split(r"\s[—–]\s|\s-\s|\s--\s", d, maxsplit=1)[0]
    d = head if re.search(r"[^\W\d_]{3}", head) else d  # drop an aside after a dash
    if len(d.split()) > MAX_DETAIL_WORDS:
        d = _shorten(d)
    d = d.strip(" ,;:-–—")
    return d + ")" if d.count("(") > d.count(")") else d


def _shorten(d: str) -> str:
    """A detail over MAX_DETAIL_WORDS cut to its first clause, else at a word boundary."""
    for rx in (
        r",|;|:|\s[-–—]\s|\s\(|\s(?:which|because|since|so|where|but|when|while)\s",
        r"\s(?:and|with|by|after|before|using)\s",
    ):
        head = re.split(rx, d, maxsplit=1)[0].split()
        if 3 <= len(head) <= MAX_DETAIL_WORDS:
            return " ".join(head)
    words = d.split()[:MAX_DETAIL_WORDS]
    while words and words[-1].lower().strip(",") in STOP:
        words.pop()
    return " ".join(words)


def _score(detail: str, interest: bool) -> float:
    """Specificity: proper nouns, tools, numbers and multi-word topics beat vague words."""
    score = 2.0 if interest else 0.0
    for i, tok in enumerate(detail.split()):
        bare = tok.strip(".,;:!?()'\"")
        low = bare.lower()
        if not bare or low in STOP:
            continue
        score += 1
        if sum(c.isupper() for c in bare) >= 2 or re.search(r"\w[.+#/]\w|\+\+|#$", bare):
            score += 3  # "CockroachDB", "A/B", "C++", "node.js"
        elif bare[0].isupper():
            score += 3 if i else 1.5
        if any(c.isdigit() for c in bare):
            score += 2
        if len(bare) >= 9:
            score += 0.5
        if low in FILLER or low in _VAGUE:
            score -= 1
    return score


def _foreign(clause: str) -> bool:
    """True for a clause in another language or script: it is no detail for an English email."""
    letters = [c for c in clause if c.isalpha()]
    other_script = sum(ord(c) >= 0x250 and not 0x1E00 <= ord(c) <= 0x1EFF for c in letters)
    if letters and other_script * 2 > len(letters):
        return True
    words = re.findall(r"[^\W\d_]+", clause.lower())
    foreign = sum(w in _FOREIGN for w in words)
    return foreign >= 2 and foreign > sum(w in _ENGLISH for w in words)
