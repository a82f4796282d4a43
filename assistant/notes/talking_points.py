"""Pasted notes -> typed talking points and the private lines that never leave the machine.

A talking point is something discussed, with a kind (their work, a question they asked me, my
work they discussed, a shared interest, something discussed with no clear owner, logistics) and
a clean noun-phrase topic that can follow "I enjoyed hearing about …". A phrase that cannot be
made clean (shorthand left, a clause where a noun belongs, a dangling function word) is dropped,
never pasted: a draft that cannot say something cleanly says less.

Private lines (pay, opinions of the employer, rumours, "don't mention", notes to self, anything
the current employer must not know) are decided here once; everything downstream reads that one
decision. Word lists and cue phrases live in assistant/notes/wordlists/notes.toml.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from assistant.core.domain import TalkingPoint
from assistant.notes import wordlists as lexicon
from assistant.text.sentences import is_list_item, point_phrases, strip_bullets

DRAFTABLE = ("their_work", "discussed", "their_question", "my_work", "shared_interest")
_VOICE_SPLIT = re.compile(
    r"\s+(?=(?:so|and\s+then|then|also|oh\s+and|um|uh|anyway|okay\s+so|ok\s+so|another\s+thing|"
    r"they|she|he|we|i|but|which|k\s+said|[a-z]+\s+said|they\s+asked|[a-z]+\s+asked)\s)",
    re.IGNORECASE,
)


def _lex(*keys: str) -> re.Pattern[str]:
    return lexicon.pattern("notes", *keys)


@lru_cache(maxsize=4096)
def is_private(text: str) -> bool:
    """True for a line the person keeps to themselves."""
    return _private_start(text) or bool(_lex("private", "cues").search(text))


@lru_cache(maxsize=1)
def _starts() -> re.Pattern[str]:
    words = sorted(lexicon.words("notes", "private", "line_starts"), key=len, reverse=True)
    alternatives = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?:{alternatives})\s*(?:$|[:\-–—])", re.IGNORECASE)


def _private_start(text: str) -> bool:
    low = text.strip().lower().lstrip("-*•·>#[( ")
    return bool(_starts().match(low))


def is_header(text: str) -> bool:
    """True for a line about the interview itself: date, format, place, labelled fields."""
    return bool(_lex("header", "cues").search(text))


def is_logistics(text: str) -> bool:
    return bool(_lex("logistics", "cues").search(text))


def _lines(text: str) -> Iterable[tuple[str, bool, bool]]:
    """(line, was_bullet, private_block) for each non-empty line, markup trimmed."""
    private_block = False
    for raw in text.replace("\r", "\n").split("\n"):
        line = raw.strip()
        if not line:
            private_block = False
            continue
        bullet = is_list_item(line)
        line = strip_bullets(line).strip().strip("*_").strip()
        if not line:
            continue
        if _lex("private", "block_headings").search(line):
            private_block = True
            yield line, bullet, True
            continue
        if not bullet and line.endswith(":") and len(line.split()) <= 5:
            private_block = False  # another heading ends a private block
        yield line, bullet, private_block


def _sentences(line: str) -> list[str]:
    parts = point_phrases(line)
    out: list[str] = []
    for part in parts:
        if len(part.split()) > 30:  # dictated, barely punctuated
            out.extend(p.strip() for p in _VOICE_SPLIT.split(part) if p.strip())
        else:
            out.append(part)
    return out


def _clauses(sent: str) -> list[str]:
    """A long sentence in clauses, so one private remark does not hide the rest."""
    parts = re.split(r"(?<=[,;])\s+|\s+[-–—]\s+|\s+(?=(?:but|and\s+(?:i|she|he|they|it))\s)", sent)
    return [p.strip(" ,;") for p in parts if p.strip(" ,;")]


def read(
    text: str, people: Iterable[str] = (), topics: bool = True
) -> tuple[tuple[TalkingPoint, ...], tuple[str, ...]]:
    """(talking points, private lines) of the notes; private lines are the notes' own words.
    topics=False decides only the private lines (the notes reader's first pass)."""
    names = tuple(n for n in people if n)
    points: list[TalkingPoint] = []
    private: list[str] = []
    for line, bullet, in_private in _lines(text or ""):
        if in_private or _private_start(line):
            if not _lex("private", "block_headings").fullmatch(line):
                private.append(line)  # the lines under "Private:", not the heading itself
            continue
        for sent in _sentences(line):
            if is_private(sent):
                pieces = _clauses(sent) if len(sent.split()) > 25 else [sent]
                private.extend(p for p in pieces if is_private(p))
                if len(pieces) == 1:
                    continue
                sent = " ".join(p for p in pieces if not is_private(p))
                if not sent:
                    continue
            if not topics:
                continue
            if re.match(r"\W*(?:me|i)\s*[:=-]\s*(?:i\s+)?asked\b", sent, re.IGNORECASE):
                continue  # "Me: asked about the platform": the candidate's own question
            found = _points(sent, names) or _labelled_point(sent, names)
            if not found and bullet and not is_header(sent) and not is_logistics(sent):
                mine = bool(re.match(r"my\s", sent, re.IGNORECASE))
                kind = "my_work" if mine else "discussed"
                topic = clean_topic(sent, kind, names)
                if topic and 2 <= len(topic.split()) <= 8 and (mine or _NOUNISH.match(topic)):
                    found = [TalkingPoint(topic, kind, _OWNER[kind], sent)]
            if not found and is_logistics(sent) and not is_header(sent):
                found = [TalkingPoint(sent, "logistics", "them", sent)]
            points.extend(found)
    return _dedupe(points), tuple(dict.fromkeys(private))


def _points(sent: str, names: tuple[str, ...]) -> list[TalkingPoint]:
    if is_header(sent) and not re.match(
        r"\W*(?:topics?|discussed|highlights?)\b", sent, re.IGNORECASE
    ):
        return []
    taken: list[tuple[int, int]] = []
    out: list[tuple[int, TalkingPoint]] = []
    for kind in ("shared_interest", "my_work", "their_question", "their_work", "discussed"):
        for pat in lexicon.patterns("notes", "leads", kind):
            for m in pat.finditer(sent):
                start, end = m.span("t")
                cut = _lex("topics", "cut").search(m.group("t"))
                end = start + cut.start() if cut and cut.start() > 0 else end
                if any(a < end and start < b for a, b in taken):
                    continue
                if kind == "their_work" and re.match(
                    r"\s*(?:i|me|my)\b", m.group(0), re.IGNORECASE
                ):
                    continue
                own = kind in ("discussed", "their_question") and re.match(
                    r"\s*(?:about\s+|on\s+)?my\s", m.group("t"), re.IGNORECASE
                )
                got = "my_work" if own else kind  # "went deep on my checkout redesign"
                topics = _topics_of(m, got, names)
                verb = " ".join((m.groupdict().get("v") or "").lower().split())
                for topic in topics:
                    mine = (
                        "my_work" if _OWN_CLAUSE.search(topic) and got != "shared_interest" else got
                    )
                    out.append((start, TalkingPoint(topic, mine, _OWNER[mine], sent, verb)))
                if topics:
                    taken.append((start, end))
    return [p for _, p in sorted(out, key=lambda x: x[0])]


_NOUNISH = re.compile(
    r"(?:the|a|an|your|new|upcoming|planned|current|their)\s|\w+ing\s(?!(?:to|on|at|in|for|with)\b)",
    re.IGNORECASE,
)
# "the protocol I optimized": a noun phrase that is the candidate's own work, whoever asked
_OWN_CLAUSE = re.compile(
    r"\bI\s+(?:\w+ed|built|ran|wrote|led|set\s+up|did|made|taught|rebuilt|won|"
    r"grew|drew|began|brought|kept|held|sold|took|gave|got)\b"
)
# How a question they asked reads from the candidate's side: "how do you handle X" -> "how I handle X"
_ASKED_FORMS: list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]] = [
    (
        re.compile(r"^(design|build|implement|sketch|model)\s+(?=(?:a|an|the)\s)", re.IGNORECASE),
        lambda m: {
            "design": "designing ",
            "build": "building ",
            "implement": "implementing ",
            "sketch": "sketching ",
            "model": "modelling ",
        }[m[1].lower()],
    ),
    (re.compile(r"^(how|what|why|when)\s+(?:do|did)\s+(?:i|you)\s+", re.IGNORECASE), r"\1 I "),
    (
        re.compile(
            r"^(how|what|why|when)\s+(?:would|will|could|should|can)\s+(?:i|you)\s+", re.IGNORECASE
        ),
        r"\1 I would ",
    ),
    (
        re.compile(
            r"^(?:tell\s+(?:me|us)\s+about\s+)?a\s+time\s+(?:when\s+)?(?:you|i)\s+", re.IGNORECASE
        ),
        "a time I ",
    ),
    (
        re.compile(
            r"^(?:tell\s+(?:me|us)\s+about\s+)?a\s+time\s+(?:when\s+)?your\s+", re.IGNORECASE
        ),
        "a time my ",
    ),
    (
        re.compile(r"^(?:your|ur)\s+experience\s+(?:with|w/)\s+", re.IGNORECASE),
        "my experience with ",
    ),
    (re.compile(r"^(?:experience|exp)\s+(?:with|w/)\s+", re.IGNORECASE), "my experience with "),
    (re.compile(r"\?+$"), ""),
]
_I_FORMS = {
    "i": "I",
    "i'd": "I'd",
    "i’d": "I’d",
    "i'm": "I'm",
    "i’m": "I’m",
    "i've": "I've",
    "i’ve": "I’ve",
    "i'll": "I'll",
    "i’ll": "I’ll",
}
_OWNER = {
    "their_work": "them",
    "their_question": "them",
    "my_work": "me",
    "shared_interest": "both",
    "discussed": "both",
}


def _topics_of(m: re.Match[str], kind: str, names: tuple[str, ...]) -> list[str]:
    raw = m.group("t")
    if kind == "shared_interest":
        topic = clean_topic(raw, "discussed", names, shared=True)
        return [re.sub(r"^both\s+", "", topic)] if topic else []
    if (
        kind == "discussed"
        and re.match(
            r"\W*(?:topics?|discussed|talked|talking|highlights?|key|themes?|covered|focus|main)",
            m.group(0),
            re.IGNORECASE,
        )
        and "," in raw
    ):
        pieces = re.split(r"\s*[,;]\s*|\s+and\s+", raw)
        return [t for t in (clean_topic(p, kind, names) for p in pieces) if t]
    topic = clean_topic(raw, kind, names)
    return [topic] if topic else []


_TOPIC_LABEL = re.compile(
    r"^\W*(?P<label>(?:their|the|his|her|big|main|biggest|key)?\s*(?:problem|problems|issue|issues|"
    r"challenge|challenges|focus|priority|priorities|goal|goals|plan|plans|project|projects|"
    r"pain\s+point|news|initiative|q|question|questions|scenario|case|case\s+study|role[- ]play|"
    r"exercise|test|task|(?:my\s+)?(?:background|experience)(?:\s+they\s+asked\s+about)?|"
    r"they\s+asked\s+about|asked\s+about))\s*(?:\d+)?\s*[:=-]\s*(?P<value>.{3,160})$",
    re.IGNORECASE,
)


def _labelled_point(sent: str, names: tuple[str, ...]) -> list[TalkingPoint]:
    """'their problem: chronic absenteeism at 24%' -> a point about the value, not the label."""
    m = _TOPIC_LABEL.match(sent)
    if not m:
        return []
    label = m["label"].lower()
    kind = (
        "their_question"
        if re.search(r"\bq\b|question|scenario|case|role|exercise|test|task", label)
        else "their_work"
    )
    value = m["value"].strip()
    own = re.match(r"my\s", value, re.IGNORECASE)
    kind = "my_work" if own else kind
    topic = clean_topic(value, kind, names)
    return [TalkingPoint(topic, kind, _OWNER[kind], sent)] if topic else []


def shared_phrase(verb: str, topic: str) -> str:
    """'we both run half marathons', 'we are both from Ohio'."""
    verb = " ".join(verb.split())
    if verb in ("are", "are from", "come from"):
        return f"we are both from {topic}" if "from" in verb else f"we are both {topic}"
    topic = re.sub(r"^both\s+", "", topic)
    if verb in ("bonded over", "geeked out about", "geeked out over", "share"):
        return f"we share an interest in {topic}"
    return f"we both {verb} {topic}"


@lru_cache(maxsize=1)
def _shorthand() -> dict[str, str]:
    return {k.lower(): v for k, v in lexicon.load("notes")["shorthand"].items()}


def expand_shorthand(text: str) -> str:
    """'w/ the pts abt staffing' -> 'with the patients about staffing' (from the data table)."""
    text = re.sub(r"\bw/(?=\w)", "with ", text, flags=re.IGNORECASE)
    table = _shorthand()
    out = []
    for word in text.split():
        core = word.rstrip(",.;:!?")
        rep = table.get(core.lower())
        out.append(rep + word[len(core) :] if rep is not None else word)
    return " ".join(out)


def clean_topic(
    raw: str, kind: str, names: tuple[str, ...] = (), shared: bool = False, loose: bool = False
) -> str | None:
    """A clean noun phrase from raw note text, or None when it cannot be made one."""
    text = expand_shorthand(" ".join(raw.split()))
    for pattern, repl in _ASKED_FORMS:
        text = pattern.sub(repl, text)
    text = re.sub(
        r"^(?:about|abt|re:?|on|of|regarding|how\s+about)\s+", "", text, flags=re.IGNORECASE
    )
    text = re.sub(r"^(?:the\s+fact\s+that|that)\s+", "", text, flags=re.IGNORECASE)
    cut = _lex("topics", "cut").search(text)
    if cut and cut.start() > 0:
        text = text[: cut.start()]
    text = text.strip(" .,!?:;\"'“”‘’")
    words = text.split()
    dangling = lexicon.words("notes", "topics", "dangling")
    while words and words[-1].lower().strip(".,") in dangling:
        words.pop()
    if not words:
        return None
    words = [_I_FORMS.get(w, w) for w in words]
    if words[0][:1].isdigit():
        words = ["the", *words]  # "6 self checkouts" -> "the 6 self checkouts"
    text = " ".join(words)
    if not _acceptable(text, kind, names, shared or loose):
        return None
    return _case(text)


def _acceptable(text: str, kind: str, names: tuple[str, ...], shared: bool) -> bool:
    words = text.split()
    low = text.lower()
    cfg = lexicon.load("notes")["topics"]
    lo, hi = (1, 8) if shared else (int(cfg["min_words"]), int(cfg["max_words"]))
    single = len(words) == 1 and (words[0][:1].isupper() or words[0].lower().endswith("ing"))
    if not (lo <= len(words) <= hi or (single and kind in ("discussed", "their_work"))):
        return False
    if _lex("topics", "raw").search(text) or is_header(text) or is_private(text):
        return False
    if any(_abbreviation(w) for w in words):
        return False  # "client acctg": shorthand no table spells out
    if _verb_inside(words):
        return False  # "Søren spent a good": a statement, not a topic
    if _just_a_name(words):
        return False  # "Jordan Love", "Angela Ruiz": a person, not what was discussed
    asked = kind in ("their_question", "my_work") and bool(re.match(r"(?:how|what|why)\b", low))
    if words[0].lower() in lexicon.words("notes", "topics", "bad_start") and not asked:
        return False
    if low in lexicon.words("notes", "topics", "not_topics") or (
        len(words) <= 2 and words[-1].lower() in lexicon.words("notes", "topics", "not_topics")
    ):
        return False
    finite = _lex("topics", "finite").search(text)
    if finite and not (kind in ("their_question", "my_work") and asked):
        return False
    mine_asked = kind == "their_question" and low.startswith("my ")  # "they asked about my X"
    if (
        kind != "my_work"
        and not asked
        and not mine_asked
        and not _OWN_CLAUSE.search(text)
        and re.search(r"\b(?:i|me|my|mine|myself)\b", low)
    ):
        return False
    if re.search(r"\b(?:we|us|our|they|them|he|him|she)\b", low) and not shared:
        return False
    if any(
        n and re.search(rf"\b{re.escape(n)}\b", text)
        for name in names
        for n in name.split()[-1:] + name.split()[:1]
    ):
        return False
    roles = lexicon.words("notes", "people", "role_nouns")
    heads = [w.lower().rstrip("s") for w in words[:3] if w.lower() not in ("the", "a", "an")][:1]
    if words[-1].lower() in roles or (heads and heads[0] in roles):
        return False  # "the brand manager" is a person, not a topic
    return bool(re.search(r"[A-Za-zÀ-ÿ]{3}", text))


_TOPIC_HEADS = frozenset(
    {
        "program",
        "project",
        "initiative",
        "platform",
        "lab",
        "unit",
        "wing",
        "office",
        "team",
        "shift",
        "floor",
        "desk",
        "kitchen",
        "market",
        "clinic",
    }
)


def _verb_inside(words: list[str]) -> bool:
    """A finite verb (past tense or -s form, nothing else it could be) inside the phrase, unless
    it follows "I" ("the protocol I wrote") or the phrase is a question ("how I handle …")."""
    from lemminflect import getAllLemmas

    if re.match(r"(?:how|what|why|when|whether)\b", words[0], re.IGNORECASE):
        return False
    for i, word in enumerate(words[1:], start=1):
        core = word.strip(".,;:!?'’\"()").lower()
        if not core.isalpha() or core.endswith("ing") or words[i - 1].lower() == "i":
            continue
        if core.endswith("s"):
            continue  # "templates": plural nouns are often filed as verb forms
        lemmas = getAllLemmas(core)
        if set(lemmas) == {"VERB"} and core not in {v for vs in lemmas.values() for v in vs}:
            return True  # "spent", "said", "went": a past tense, so a statement
    return False


def _just_a_name(words: list[str]) -> bool:
    from assistant.notes.people import is_given_name

    core = [w.strip(".,") for w in words if w.lower() not in ("the", "a", "an")]
    return 1 <= len(core) <= 3 and all(w[:1].isupper() for w in core) and is_given_name(core[0])


def _abbreviation(word: str) -> bool:
    """A lower-case token with at most one vowel that no dictionary knows: 'acctg', 'mktg'."""
    core = word.strip(".,;:!?'’\"()")
    if len(core) < 4 or not core.isalpha() or not core.islower():
        return False
    if sum(c in "aeiouy" for c in core) > 1:
        return False
    from wordfreq import zipf_frequency

    return zipf_frequency(core, "en", wordlist="small") < 2.5


def _case(text: str) -> str:
    """Lower-case a first word that is capitalised only because it started a line."""
    first, _, rest = text.partition(" ")
    if (
        first[:1].isupper()
        and first[1:].islower()
        and first.lower() in lexicon.words("notes", "topics", "common_starts")
    ):
        return (first.lower() + (" " + rest if rest else "")).strip()
    return text


def _dedupe(points: Iterable[TalkingPoint]) -> tuple[TalkingPoint, ...]:
    seen: set[str] = set()
    out = []
    for p in points:
        key = re.sub(r"\W+", " ", p.topic.lower()).strip()
        if key in seen or any(
            key in s or s in key for s in seen if p.kind != "logistics" and len(s) > 8
        ):
            continue
        seen.add(key)
        out.append(p)
    return tuple(out)


def draftable(points: Iterable[TalkingPoint]) -> tuple[TalkingPoint, ...]:
    """The points a draft may mention, best first (their work, then things discussed …)."""
    rank = {k: i for i, k in enumerate(DRAFTABLE)}
    usable = [p for p in points if p.kind in rank]
    return tuple(sorted(usable, key=lambda p: (rank[p.kind], abs(len(p.topic.split()) - 4))))


def without_private(
    text: str, private_lines: Iterable[str], marker: str = "[private line kept on this machine]"
) -> str:
    """The notes with every private line (and sentence) taken out: what may leave the machine."""
    out = text or ""
    for line in sorted(set(private_lines), key=len, reverse=True):
        if line:
            out = out.replace(line, marker)
    return out
