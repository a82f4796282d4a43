"""Patterns for people, companies and roles in notes: name tokens, what comes before a name, titles,
"a nurse named Carlos", "Raj asked …", "… at Acme", "for the Analyst role"."""

from __future__ import annotations

import re

from assistant.notes.lexicon import IGNORE_CASE, NUMBER_WORDS, ROLE_NOUNS

TOKEN_FIRST = re.compile(r"\s*([^\W\d_][\w'’-]*\.?)")
TOKEN_NEXT = re.compile(r"[ \t]+([^\W\d_][\w'’-]*\.?)")
COMPANY_TOKEN = re.compile(r"[ \t]*([\w&@'’+.-]+)")
ANCHOR = re.compile(  # what comes right before an interviewer's name in prose
    r"\b(?:interview(?:ed|s)?|call|chat(?:ted)?|meeting|spoke|speaking|talked|screen|onsite|lunch"
    r"|coffee|sat\s+down|session|round|conversation|met)\b"
    r"(?:\s+(?:today|yesterday|this\s+\w+|earlier|again|briefly|first|also|then|later"
    r"|last\s+\w+|(?:on|over)\s+(?:the\s+)?\S+|virtually|remotely|online"
    r"|(?:at|from)\s+home|in[\s-]person)){0,2}\s+(?:(?:with|to)\b|w/)\s*"
    r"|\b(?:interviewed|called|phoned|screened|contacted)\s+by\s+|\bmet\s+(?:with\s+)?|\bw/\s*"
    r"|^(?:i\s+)?(?:called|phoned|rang|saw)\s+(?=[A-Z])",  # "Saw Mr Julian Harding (director)"
    IGNORE_CASE,
)
_ROLE_ALT = "|".join(sorted(ROLE_NOUNS))
TITLE_NAME = re.compile(  # "the hiring manager, Sarah", "their CTO Raj Patel"
    r"(?:^|[:,]\s*|\b(?:the|their|our|with|and|met|an?)\s+|(?<!\w)w/\s*)"
    r"((?:(?!(?:the|their|our|with|and|met|a|an)\b)[\w-]+\s+){0,3}?(?:" + _ROLE_ALT + r")s?)\b",
    IGNORE_CASE,
)
NAMED = re.compile(  # "a charge nurse named Carlos", "someone from HR called Dee"
    r"\b(?:(?:a|an|the|their|our|one|another|some)\s+(?P<t>(?:[\w-]+\s+){0,3}?(?:"
    + _ROLE_ALT
    + r"))|someone(?:\s+(?:from|in|on)\s+\S+)?|an?\s+(?:guy|man|woman|lady|gentleman|person))"
    r"\s+(?:named|called)\s+",
    IGNORE_CASE,
)
SPEAKER = re.compile(  # "Raj asked about …", "Linda said …": a name as the subject of speech
    r"^\s*(?P<n>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*\.?)?)\s+(?:also\s+|then\s+)?"
    r"(?:asked|said|mentioned|explained|told\s+me|described|shared|walked\s+me|showed\s+me"
    r"|grilled\s+me|quizzed\s+me|was\s+curious|wanted\s+to\s+know|gave\s+me)\b"
)
TITLE_LEAD = re.compile(  # "the", "their two", "a couple of" before a title
    r"^(?:(?:he|she|they)(?:['’]s|\s+is|\s+was|\s+are)\s+)?"  # "Zoe — she's the recruiter"
    r"(?:(?:the|their|our|his|her|an?|both|several|some|a\s+couple\s+of|a\s+few|\d+|"
    + "|".join(sorted(NUMBER_WORDS))
    + r")\s+)+",
    IGNORE_CASE,
)
TITLE_CUT = re.compile(
    r"\s(?:at|@|from|for|with|who|and|but|in|on|about|said|asked|mentioned|talked|was|is|where"
    r"|which|that|since)\b|\s@|[,;.!?()]",
    IGNORE_CASE,
)
INTERVIEWED_ME = re.compile(
    r"\s+(?:interviewed|called|phoned|screened)\s+me\b|\s+(?:was|is)\s+my\s+interviewer\b",
    IGNORE_CASE,
)
COMPANY_CTX = re.compile(
    r"\b(?:interview\w*|onsite|screen|round|role|position|job|opening|offer|call|chat|team|panel"
    r"|meeting|lunch|coffee|visit|shift|trial|superday|work(?:s|ing)?)\s+(?:\w+\s+){0,3}?(?:at|@)\s+"
    r"(?:the\s+(?=[A-Z]))?|(?<!\w)@\s*|\b(?:recruiter|sourcer|talent\s+partner)\s+from\s+"
    r"|\b(?:startup|company|firm|agency|studio|nonprofit|business|practice|clinic)\s+"
    r"(?:called|named)\s+",
    IGNORE_CASE,
)
ROLE_PATTERNS = [
    re.compile(p, IGNORE_CASE)
    for p in (
        (
            r"\b(?:for|as)\s+(?:the|a|an)\s+(?P<r>[^;.()]{2,60}?)\s+"
            r"(?:role(?![\s-]?play)|position|job|opening|post|vacancy)\b"
        ),
        (  # "about the front desk supervisor opening", not "the Hilton … the … opening"
            r"\b(?:the|a|an|this|that)\s+(?P<r>(?:(?!\b(?:the|a|an|this|that|about|at|for)\b)"
            r"[^,;.()]){2,60}?)\s+(?:role(?![\s-]?play)|position|opening)\b"
        ),
        (  # "for AE role", "re staff eng role"
            r"\b(?:for|re:?)\s+(?P<r>(?:[\w&/+-]+\s+){0,3}?[\w&/+-]+)\s+"
            r"(?:role(?![\s-]?play)|position|job|opening|post|vacancy)\b"
        ),
        r"(?:^|[,;:@]\s*)(?P<r>[^,;.()@]{2,40}?)\s+(?:role(?![\s-]?play)|position)\b",
        r"\b(?:role|position)\s+(?:of|as)\s+(?:an?\s+|the\s+)?(?P<r>[^,;.()]{2,60})",
        r"^(?:the\s+)?(?:role|position|job)\s+(?:is|was)\s+(?:an?\s+|the\s+)?(?P<r>[^,;.()]{2,60})",
        (  # "Interview today at Riverside Elementary for 4th grade teacher"
            r"\b(?:interview\w*|applied|applying|onsite|screen)\b[^.;:]{0,50}?\bfor\s+"
            r"(?:the\s+|an?\s+)?(?P<r>(?:[\w&/+-]+\s+){0,3}(?:" + _ROLE_ALT + r"))(?![\w-])"
        ),
    )
]
CAPITALISED_ROLE = re.compile(  # "for Senior Frontend Developer", "as a Product Designer"
    r"(?:\b(?:for|as)|\bre:?)\s+(?:the\s+|an?\s+)?((?:[A-Z][\w&/+-]*\s+){0,4}[A-Z][\w&/+-]*)"
)
TITLE_PIECE = re.compile(  # a comma-separated piece that is only a job title (at a company)
    r"(?:for\s+|as\s+)?(?:the\s+|an?\s+)?(?P<r>(?:[A-Z][\w&/+-]*\s+){0,4}[A-Z][\w&/+-]*)"
    r"(?:\s+(?:role|position))?(?:\s+(?:at|@)\s+(?P<c>\S.*))?"
)
PRONOUN_TITLE = re.compile(  # "He's a senior PM at Zomato."
    r"^(?:he|she|they)(?:'s|’s|\s+is|\s+was|\s+are)\s+(?:an?|the|their)\s+"
    r"([^,;.()]{2,50}?)(?:\s+(?:at|@|from|with)\s+(.+))?$",
    IGNORE_CASE,
)
