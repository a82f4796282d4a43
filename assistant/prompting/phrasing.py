"""Turn a detail from the candidate's notes into words that read well in an email to the interviewer."""

from __future__ import annotations

import re
from functools import partial

from assistant.text.sentences import strip_bullets

# Notes speak of the interviewer and company in the third person; the email speaks to them.
_PERSPECTIVE = [
    (r"\bthey're\b", "you're"),
    (r"\bthey've\b", "you've"),
    (r"\bthey'd\b", "you'd"),
    (r"\bthey are\b", "you are"),
    (r"\bthey were\b", "you were"),
    (r"\bthey have\b", "you have"),
    (r"\bthemselves\b", "yourselves"),
    (r"\btheirs\b", "yours"),
    (r"\btheir\b", "your"),
    (r"\bthey\b", "you"),
    (r"\bthem\b", "you"),
    (r"\b(?:he|she) is\b", "you are"),
    (r"\b(?:he|she) was\b", "you were"),
    (r"\b(?:he|she) has\b", "you have"),
    (r"\b(?:he|she)'s\b", "you're"),
    (r"\bhis\b", "your"),
    # "he played through my level" -> "you played …": past tense reads the same after "you"
    (
        (
            r"\b(?:he|she)(?=\s+(?:\w+ed|said|built|ran|took|gave|showed|told|made|led|spent|wrote|"
            r"drew|went|came|saw|thought|brought|set|put|shared|explained|described)\b)"
        ),
        "you",
    ),
    (
        (
            r"\bher(?=\s+(?:team|company|group|work|role|department|org|plans?|projects?|research|"
            r"lab|roadmap|background|experience)\b)"
        ),
        "your",
    ),
]
# Task titles from the interview ("Design a rate limiter") read as gerunds after "about".
_GERUNDS = {
    "design": "designing",
    "build": "building",
    "implement": "implementing",
    "write": "writing",
    "create": "creating",
    "explain": "explaining",
    "describe": "describing",
    "improve": "improving",
    "scale": "scaling",
    "migrate": "migrating",
    "debug": "debugging",
    "plan": "planning",
    "estimate": "estimating",
    "optimise": "optimising",
    "optimize": "optimizing",
    "reduce": "reducing",
    "test": "testing",
    "prioritise": "prioritising",
    "prioritize": "prioritizing",
    "sketch": "sketching",
    "walk": "walking",
    "present": "presenting",
    "review": "reviewing",
    "analyse": "analysing",
    "analyze": "analyzing",
    "model": "modelling",
    "refactor": "refactoring",
}
# Shorthand from quick notes, spelled out so the email reads as written prose.
_SHORTHAND = {
    "w/": "with",
    "w": "with",
    "abt": "about",
    "b/c": "because",
    "bc": "because",
    "thru": "through",
    "im": "I'm",
    "ive": "I've",
    "mgmt": "management",
    "govt": "government",
    "dept": "department",
    "i": "I",
    "u": "you",
    "ur": "your",
}
_DETERMINERS = {
    "the",
    "a",
    "an",
    "your",
    "my",
    "our",
    "their",
    "his",
    "her",
    "this",
    "that",
    "these",
    "those",
    "some",
}
_PRONOUNS = {
    "you",
    "your",
    "we",
    "our",
    "they",
    "their",
    "he",
    "his",
    "she",
    "her",
    "i",
    "my",
    "it",
    "its",
}
_FINITE = re.compile(
    r"\b(is|are|was|were|has|have|had|will|would|can|could|should|does|did)\b|"
    r"\b(?:you|they|we|he|she|it|i)['’](?:re|s|ve|ll|d|m)\b|"
    r"\b(he|she|it|they|you|we|us|team|company|who)\s+(plans|wants|uses|needs|likes|loves|runs|"
    r"built|said|hopes|expects|plan|want|use|need|like|love|run|hope|expect)\b|"
    r"\b(?!(?:his|her|their|your|my|our|its|the|an|and|of|for|with)\b)[a-z]\w+\s+(likes|loves|enjoys|uses|runs|plays|wants|needs|plans|hopes|ships|builds|"
    r"owns|leads|manages|prefers)\b",
    re.IGNORECASE,
)
# "both of us like climbing", "we both love jazz" -> "our shared interest in climbing"
_SHARED = re.compile(
    r"^(?:we\s+both|both\s+of\s+us|we\s+all|we|us\s+both)\s+(?:really\s+)?"
    r"(?:like|love|enjoy|are\s+into|are\s+fans\s+of|share)\s+(.+)$",
    re.IGNORECASE,
)
_LEAD_INS = re.compile(
    r"^(?:we\s+|i\s+|they\s+|he\s+|she\s+)?(?:also\s+)?(?:talked|spoke|chatted)\s+(?:about|re|on)\s+|"
    r"^(?:we\s+|i\s+)?discussed\s+|^(?:discussion|conversation|chat)\s+(?:about|on|of)\s+|"
    r"^(?:re|topic|topics)\s*:\s*",
    re.IGNORECASE,
)
_OPENERS = {
    "a",
    "an",
    "the",
    "our",
    "your",
    "my",
    "how",
    "why",
    "what",
    "their",
    "his",
    "her",
    "some",
    "this",
    "that",
    "these",
    "those",
    "and",
    "both",
    "plans",
    "work",
    "team",
    "building",
    "using",
    "moving",
}


def _case(match: re.Match[str], replacement: str) -> str:
    word = match.group(0)
    return replacement[0].upper() + replacement[1:] if word[:1].isupper() else replacement


def to_second_person(text: str) -> str:
    """'their move to Dagster' -> 'your move to Dagster'."""
    for pattern, replacement in _PERSPECTIVE:
        text = re.sub(pattern, partial(_case, replacement=replacement), text, flags=re.IGNORECASE)
    return text


def clean_detail(detail: str, max_words: int = 14) -> str:
    """One tidy phrase: no bullets, lead-ins, trailing punctuation or run-on length."""
    text = re.sub(r"</?[A-Za-z][\w:-]*(?:\s[^<>]{0,200})?/?>", " ", detail)  # HTML tags only
    text = strip_bullets(text)
    text = " ".join(text.split()).strip(" .;:,!?-–—")
    text = _LEAD_INS.sub("", text).strip()
    text = re.sub(r"\b(how|what|why|when|where)\s+id\b", r"\1 I'd", text)
    words = [_SHORTHAND.get(w, w) for w in text.split()]
    if words and words[0].lower() in _GERUNDS and len(words) > 1 and words[0][:1].isupper():
        words[0] = _GERUNDS[words[0].lower()]
    text = " ".join(words)
    if len(words) > max_words:
        text = " ".join(words[:max_words]).rstrip(",;:")
    first = text.split(" ", 1)[0] if text else ""
    if (
        first
        and first[0].isupper()
        and first[1:].islower()
        and (first.lower() in _OPENERS or first.lower().endswith("ing"))
    ):
        text = first.lower() + text[len(first) :]
    return text


# "how I would model churn" reads after "our conversation about", never after "learning that".
_WH = re.compile(r"^(?:how|why|what|whether|where|when|which|who)\b", re.IGNORECASE)


def is_clause(detail: str) -> bool:
    """True when the detail is a statement ('the team is 12 people'), not a topic."""
    words = detail.split()
    if len(words) < 3:
        return False
    found = _FINITE.search(" ".join(words[1:]))
    if found and words[0].lower() in _DETERMINERS:
        # "the deals your group is working on" is a topic: its verb sits in a relative clause
        before = " ".join(words[1:])[: found.start()].lower().split()
        if any(w in _PRONOUNS for w in before):
            return False
    return bool(found or _FINITE.match(detail))


def about(detail: str, style: int = 0) -> str:
    """A phrase that can follow 'I enjoyed …': 'our conversation about X' or 'learning that X'."""
    phrase = to_second_person(clean_detail(detail))
    shared = _SHARED.match(phrase)
    if shared:
        return (
            "discovering our shared interest in ",
            "discovering our shared love of ",
            "finding out we share an interest in ",
        )[style % 3] + shared.group(1)
    if is_clause(phrase) and not _WH.match(phrase):
        return ("learning that ", "hearing that ", "learning that ")[style % 3] + phrase
    lead = ("our conversation about ", "discussing ", "hearing about ")[style % 3]
    if lead == "discussing " and phrase.split(" ", 1)[0].endswith("ing"):
        lead = "talking about "
    return lead + phrase


def role_phrase(role: str | None) -> str:
    """'the Senior Data Engineer role', or 'the role' when unknown."""
    if not role:
        return "the role"
    role = role.strip()
    if re.search(r"\b(role|position|job|opening)$", role, re.IGNORECASE):
        return f"the {role}"
    if re.fullmatch(
        r"(?:\w+\s+)?(?:apprenticeship|internship|traineeship|placement)", role, re.IGNORECASE
    ):
        return f"the {role.lower()}"  # "the apprenticeship", not "the Apprenticeship role"
    return f"the {role} role"


def join_names(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def salutation_name(name: str, title: str | None = None) -> str:
    """'Dr. Okafor' for a doctor or professor, else the first name."""
    parts = name.split()
    if not parts:
        return name
    if parts[0].rstrip(".").lower() in ("dr", "prof", "professor") and len(parts) > 1:
        if parts[0].lower() == "professor":
            return f"Professor {_cap(parts[-1])}"
        return f"{parts[0].rstrip('.').capitalize()}. {_cap(parts[-1])}"
    if parts[0].rstrip(".").lower() in ("mr", "mrs", "ms", "mx", "miss") and len(parts) > 1:
        dot = "" if parts[0].lower() == "miss" else "."
        return f"{parts[0].rstrip('.').capitalize()}{dot} {_cap(parts[-1])}"
    return _cap(parts[0])


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:] if word.islower() else word
