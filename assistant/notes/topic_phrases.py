"""A clean noun phrase from raw note text, or none: shorthand spelled out, a question they asked
turned to the candidate's side ("how do you handle X" -> "how I handle X"), and a phrase refused
when it is a statement, a person, shorthand no table knows, or private."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from assistant.notes import wordlists as lexicon
from assistant.notes.line_kinds import is_header, is_private, notes_pattern
from assistant.notes.name_evidence import is_given_name

# "the protocol I optimized": a noun phrase that is the candidate's own work, whoever asked
OWN_CLAUSE = re.compile(
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
    if kind == "their_question":  # "Q: Your role in NABH?", "asked if I've done any SEN training"
        text = re.sub(r"^(?:your|ur|any)\s+", "my ", text, flags=re.IGNORECASE)
    text = re.sub(
        r"^(?:about|abt|re:?|on|of|regarding|how\s+about)\s+", "", text, flags=re.IGNORECASE
    )
    text = re.sub(r"^(?:the\s+fact\s+that|that)\s+", "", text, flags=re.IGNORECASE)
    cuts = notes_pattern("topics", "cut")
    cut = cuts.search(text)
    while (
        cut
        and re.match(r"(?:how|what)\s+I", text, re.IGNORECASE)
        and re.match(r"\s+(?:if|when)\s", text[cut.start() :], re.IGNORECASE)
    ):  # "what I'd do if I saw a shoplifter" is one question
        cut = cuts.search(text, cut.end())
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
        head = _head_phrase(text)
        if not head or not _acceptable(head, kind, names, shared or loose):
            return None
        text = head  # "an OOS investigation I was part of" -> "an OOS investigation"
    return _case(text)


_CLAUSE_START = re.compile(
    r"\s+(?:I|I['’]d|I['’]ve|I['’]m|we|that|which|who|where|because|since|so|but|when|while"
    r"|(?:at|from|in|with)\s+my|[-–—(])(?=\s|$)"
)


def _head_phrase(text: str) -> str | None:
    """The noun phrase before a clause or an aside: 'the stock count issue at my current firm'
    -> 'the stock count issue'. Only a phrase that starts like one ('the', 'a', 'your' …)."""
    m = _CLAUSE_START.search(text)
    if not m or not re.match(r"(?:the|a|an|your|their|his|her)\s", text, re.IGNORECASE):
        return None
    head = text[: m.start()].strip(" ,;:")
    return head if len(head.split()) >= 2 else None


_ARTICLES = frozenset({"the", "a", "an", "this", "that", "some", "our", "your", "their"})


def _says_too_little(words: list[str]) -> bool:
    """A topic must carry content: not a bare number or time, a title, or one vague word after
    an article; and a note label ("goes by", "call me") is never one."""
    content = [w for w in words if w.lower().strip(".,") not in _ARTICLES]
    if not content:
        return True
    if all(re.fullmatch(r"[\d:.,/%-]+(?:am|pm|s)?|[A-Z][a-z]{0,3}\.", w) for w in content):
        return True  # "the 4", "the 8", "the Rev."
    if len(content) == 1 and words[0].lower() in _ARTICLES and content[0][:1].isupper():
        return True  # "the Rev" — a word cut from a longer line
    if len(content) == 1 and words[0].lower() in ("a", "an", "some"):
        return True  # "a volunteer", "a case": which one? the reader cannot tell
    joined = " ".join(words).lower()
    return bool(re.search(r"\b(?:goes\s+by|go\s+by|call\s+(?:me|her|him)|aka)\b", joined))


def _acceptable(text: str, kind: str, names: tuple[str, ...], shared: bool) -> bool:
    words = text.split()
    low = text.lower()
    cfg = lexicon.load("notes")["topics"]
    lo, hi = (1, 8) if shared else (int(cfg["min_words"]), int(cfg["max_words"]))
    single = len(words) == 1 and (words[0][:1].isupper() or words[0].lower().endswith("ing"))
    if not (lo <= len(words) <= hi or (single and kind in ("discussed", "their_work"))):
        return False
    if notes_pattern("topics", "raw").search(text) or is_header(text) or is_private(text):
        return False
    if _says_too_little(words):
        return False  # "the 4", "the Rev.", "A volunteer", "nerd moment": no topic a reader knows
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
    finite = notes_pattern("topics", "finite").search(text)
    if finite and not (kind in ("their_question", "my_work") and asked):
        return False
    mine_asked = kind == "their_question" and low.startswith("my ")  # "they asked about my X"
    if (
        kind != "my_work"
        and not asked
        and not mine_asked
        and not OWN_CLAUSE.search(text)
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
    if not asked and (words[-1].lower() in roles or (heads and heads[0] in roles)):
        return False  # "the brand manager" is a person; "how I calm down a driver" is a topic
    return bool(re.search(r"[A-Za-zÀ-ÿ]{3}", text))


def _verb_inside(words: list[str]) -> bool:
    """A finite verb (past tense or -s form, nothing else it could be) inside the phrase, unless
    it follows "I" ("the protocol I wrote") or the phrase is a question ("how I handle …")."""
    from lemminflect import getAllLemmas  # lazy: lemminflect takes ~0.6 s to import

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
    core = [w.strip(".,") for w in words if w.lower() not in ("the", "a", "an")]
    return 1 <= len(core) <= 3 and all(w[:1].isupper() for w in core) and is_given_name(core[0])


def _abbreviation(word: str) -> bool:
    """A lower-case token with at most one vowel that no dictionary knows: 'acctg', 'mktg'."""
    core = word.strip(".,;:!?'’\"()")
    if len(core) < 4 or not core.isalpha() or not core.islower():
        return False
    if sum(c in "aeiouy" for c in core) > 1:
        return False
    from wordfreq import zipf_frequency  # lazy: wordfreq takes ~0.4 s to import

    return zipf_frequency(core, "en", wordlist="small") < 2.5


def _case(text: str) -> str:
    """Lower-case a first word that is capitalised only because it started a line."""
    first, _, rest = text.partition(" ")
    if (
        first[:1].isupper()
        and first[1:].islower()
        and (
            first.lower() in lexicon.words("notes", "topics", "common_starts")
            or (first.endswith("ing") and len(first) > 5 and rest)  # "Moving from CaseWare …"
        )
    ):
        if rest and _heading_case(rest.split()):  # "Making Effective Decisions": a heading
            rest = rest.lower()
        return (first.lower() + (" " + rest if rest else "")).strip()
    return text


def _heading_case(words: list[str]) -> bool:
    """Every word capitalised as in a heading, and every one an everyday word (so no name)."""
    from wordfreq import zipf_frequency  # lazy: wordfreq takes ~0.4 s to import

    small = {"and", "or", "of", "the", "a", "an", "to", "with", "for", "in", "on"}
    big = [w for w in words if w.lower() not in small]
    return bool(big) and all(
        w[:1].isupper() and w[1:].islower() and zipf_frequency(w.lower(), "en") >= 3.3 for w in big
    )
