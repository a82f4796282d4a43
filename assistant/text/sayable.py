"""Whether a talking point can be said as is in an email a stranger reads: the offline drafter's
last gate before it writes "I enjoyed hearing about {topic}" (a point that fails is left out,
never pasted; shared/READER.md: "a draft that cannot be phrased cleanly should say less")."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path

_HERE = Path(__file__).resolve().parent


@cache
def _words(key: str) -> frozenset[str]:
    with (_HERE / "sayable.toml").open("rb") as fh:
        return frozenset(str(w).lower() for w in tomllib.load(fh)[key])


_RUN_ON = re.compile(r"\b[a-z]+\s+(?:what|which|who|whom|where|when|whether)\s+\w", re.IGNORECASE)
_WH_START = re.compile(r"^(?:how|what|why|where|when|whether|which|who)\b", re.IGNORECASE)


def _everyday(word: str) -> bool:
    """An everyday English word, not a name or a product ('saw', 'availability'; not 'dagster')."""
    from wordfreq import zipf_frequency  # lazy: wordfreq takes ~0.4 s to import

    return zipf_frequency(word, "en") >= 3.5


def _only_a_verb(word: str) -> bool:
    """A word English uses only as a verb, not its -ing form ('cooked', 'sharpen'; not 'booking',
    'hand', 'structuring')."""
    from lemminflect import getAllLemmas  # lazy: lemminflect takes ~0.6 s to import

    lemmas = getAllLemmas(word)
    return not word.endswith("ing") and set(lemmas) == {"VERB"}


def _past_then_object(low: list[str]) -> bool:
    """'used the gym membership story', 'cooked the bavette': a past tense with its object is the
    candidate's sentence, though 'used' and 'cooked' are adjectives too."""
    from lemminflect import getAllLemmas  # lazy: lemminflect takes ~0.6 s to import

    return (
        len(low) > 2
        and low[0].endswith("ed")
        and low[1] in _words("determiners") - {"how", "what", "why", "when", "where", "which"}
        and "VERB" in getAllLemmas(low[0])
    )


_SAYS = r"\b(?:says|said|wants|wanted|needs|needed|told|tells|thinks|reckons)\b"


def note_fragment(topic: str) -> str | None:
    """What a careful reader would take for notes in any email's topic slot: slang, two thoughts
    run together. (Numbers, capitals and terms of the job are fine when a person writes them.)"""
    low = {w.lower().strip(".,'’") for w in re.findall(r"[^\W_][\w'’.%/-]*", topic)}
    if low & _words("informal"):
        return "note slang"
    if not _WH_START.match(topic) and _RUN_ON.search(topic):
        return "two thoughts run together"
    if re.search(r"\b\d[\d:.,]*$|\b\d+x\d+|\b\d+(?:st|nd|rd|th)\s+gen\b", topic.rstrip(".")):
        return "a number cut from the notes ('the 1938', '4x10s')"
    return None


def unsayable(topic: str, names: frozenset[str] = frozenset(), drafter: bool = True) -> str | None:
    """Why the offline drafter should not say the topic as is, or None when it can.

    names: words the notes use as names of people, the employer or the role, which may be
    capitalised inside a topic ("Priya's rollout plan"). drafter=False reads a topic anyone wrote
    (the checker): a capital or a term of the job may be a person's choice; a cut sentence not.
    """
    words = re.findall(r"[^\W_][\w'’.%/-]*", topic)
    if len(words) < 2:
        return "one word says too little"
    if drafter and re.search(r"(?:^|\s)[~$£€]?\d[\d,.:/%-]*(?=\s|$)", topic):  # not "H3", "p99"
        return "a number from the notes ('the 4', '9 branches') reads as a fragment"
    first = words[0]
    if (
        drafter
        and first[:1].isupper()
        and not (first.isupper() and len(first) > 1)
        and re.sub(r"['’]s$", "", first.lower()) not in names  # "Priya's rollout plan"
        and _everyday(first.lower())
    ):  # "Availability for the …", "A volunteer", "Saw the new lounge"; not "Dagster migration"
        return "starts with a capital: a note line or a label, pasted"
    low = [w.lower().strip(".,'’") for w in words]
    if drafter and not _WH_START.match(topic) and re.search(_SAYS, topic, re.IGNORECASE):
        return "a sentence from the notes, not a topic ('caller says husband not breathing')"
    if re.match(r"(?:an?\s+)?(?:fair\s+|good\s+|little\s+)?bit\s+of\b", topic, re.IGNORECASE):
        return "a quantity cut from a sentence ('a fair bit of Claas combines')"
    if drafter and set(low) & _words("logistics"):
        return "logistics or terms of the job, not something discussed"
    if len(low) == 2 and low[1] in _words("generic"):
        return "too vague to be personal"
    if _WH_START.match(topic) and len(low) <= 3:
        return "a question cut short ('how I'd handle')"
    objects = _words("determiners") | {"me", "us", "you", "him", "her", "them", "it", "up", "out"}
    participle = re.search(r"(?:ed|en)$", low[0]) and low[1] not in objects
    if (
        _only_a_verb(low[0]) and not participle or _past_then_object(low)
    ):  # "decentralised trials" is an adjective
        return "starts with a verb: a clause or a to-do ('cooked the bavette', 'sharpen the knife')"
    if low[0] in _words("bad_start") or low[:2] == ["used", "to"]:  # "used to the pace"
        return "a to-do, a quantity or a judgement cut from a sentence"
    if low[-1] in _words("people_heads"):
        return "a person, not a topic"
    head = re.split(r"\s(?:for|of|in|on|at|with|about|to|from)\s", " ".join(low))[0].split()[-1]
    if (
        len(low) == 2  # "exam experience", "nerd moment"; "newsletter growth strategy" is fine
        and low[0] not in _words("determiners")
        and not re.search(r"['’]s?$", words[0])  # "Priya's rollout plan": a possessive
        and not low[0].endswith("ing")
        and not re.search(r"(?:s|ing|tion|sion|ment|ance|ence|ity|ism|ship|ogy|ics)$", head)
    ):
        return "a bare phrase from the notes ('high end', 'exam experience')"
    return note_fragment(topic)


def names_a_decision(text: str) -> bool:
    """The words say a decision is made ('decide', 'offer', 'approval'), not only a call."""
    return any(w.lower() in _words("decision_words") for w in re.findall(r"[^\W\d_]+", text))


def a_deadline(timeline: str, start: int, end: int) -> bool:
    """The time phrase at timeline[start:end] belongs to something the candidate must do by then,
    or a step before the decision ('background packet due by the 18th', 'drug screen Thursday'):
    read in its clause, or in the 40 characters around it when dictated notes have no commas."""
    left = max(timeline.rfind(c, 0, start) for c in ",;.()—–")
    right = min(
        [i for i in (timeline.find(c, end) for c in ",;.()—–") if i >= 0] or [len(timeline)]
    )
    lo = max(left + 1, start - 40)
    clause = timeline[lo : min(right, end + 40)]
    near: dict[str, int] = {}
    for m in re.finditer(r"[^\W\d_]+", clause):
        word, at = m[0].lower(), lo + m.start()
        gap = min(abs(at - end), abs(start - at))
        kind = "deadline" if word in _words("deadline_words") else ""
        kind = "decision" if re.match(r"decid|decision|offer|hear$", word) else kind
        if kind:
            near[kind] = min(near.get(kind, gap), gap)
    # "medical is next then they'll decide within three weeks": the nearer word tells
    return "deadline" in near and near["deadline"] < near.get("decision", len(timeline))


def specific_words(prose: str, notes: str, names: frozenset[str] = frozenset()) -> list[str]:
    """The words of an email's prose that name something from the notes, beyond what every
    follow-up says and the names of the people, the employer and the job ('memory', 'boxes' in
    "I enjoyed talking about the memory boxes"; none in "… the team and the work ahead")."""
    known = {w.lower() for w in re.findall(r"[^\W\d_]{4,}", notes)}
    scaffold = _words("scaffold") | names
    said = [w.lower() for w in re.findall(r"[^\W\d_]{4,}", prose)]
    return list(dict.fromkeys(w for w in said if w in known and w not in scaffold))
