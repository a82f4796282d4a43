"""Every check, by family, with its weight: the one table the score is computed from.

Score = 100 × Σ weight × (pass 1, warn ½, fail 0) / Σ weight, rounded half up; passed = no fail.
Targets (words, subject cues, moves, questions, min_details, phrases to avoid) come from the rules.

| id           | weight | family      | pass / warn / fail                                          |
|--------------|--------|-------------|-------------------------------------------------------------|
| length       | 8      | length      | whole-body words above the stage's max warn, above 1.6× it  |
|              |        |             | fail; ≥ 80 % of min warns, less fails                       |
| sentences    | 4      | length      | no prose fails; a sentence over 35 words warns              |
| subject      | 8      | structure   | empty, > 12 words or > 90 chars fail; > 8 words, > 60 chars, |
|              |        |             | no stage cue, or naming none of role/company/"interview"/    |
|              |        |             | "application" warns                                         |
| readability  | 6      | length      | Flesch–Kincaid grade ≤ 8 passes, ≤ 10 warns, above fails    |
| sentiment    | 10     | tone        | prose compound < +0.05 or a sentence ≤ −0.05 fails; 2+ "!"  |
|              |        |             | or stacked superlatives warn                                |
| details      | 12     | grounding   | fewer chosen details mentioned than min_details fails; no   |
|              |        |             | details chosen warns where min_details > 0                  |
| grounding    | 4      | grounding   | names, numbers, tools found nowhere in notes or rules warn  |
| greeting     | 5      | people      | a name that is none of the interviewers' fails; no greeting,|
|              |        |             | or no name while interviewers are known, warns              |
| signoff      | 5      | people      | no sign-off, or signed with a name that is not the          |
|              |        |             | candidate's, fails; no name under it warns                  |
| placeholders | 10     | written     | any [X], {x}, {{x}}, <Position>, XX, TBD, lorem ipsum, ___  |
|              |        |             | fails; only "[Your Name]" under the sign-off warns          |
| moves        | 14     | structure   | each of the stage's moves needs one of its cues, else fails |
| avoid        | 10     | tone        | any [avoid.*] phrase or ALL-CAPS shouting fails; 3+         |
|              |        |             | apologies warn                                              |
| questions    | 4      | structure   | asks outside the stage's questions range fail               |
| written      | 10     | written     | note shorthand, a dangling last word, colliding             |
|              |        |             | prepositions, "looking forward to hear" fail                |
| names        | 10     | people      | a greeted name that is a common word, the company, not an   |
|              |        |             | interviewer or not the name they go by fails; the lead      |
|              |        |             | interviewer not greeted warns                               |
| private      | 12     | privacy     | words of a private line, or pay / offers / opinions, fail    |
| attribution  | 8      | grounding   | the candidate's own work as something "heard about" fails   |
| role         | 6      | grounding   | the role (or both role and organisation) unnamed fails, the |
|              |        |             | organisation alone warns                                    |
| markup       | 10     | markup      | links, HTML, markdown, code, model text not in notes fail   |
| facts        | 8      | grounding   | a date the notes do not give fails                          |
| confirm      | 6      | grounding   | an employer, a job or interviewers the notes reader guessed |
|              |        |             | or did not find, not yet confirmed by the person, fail      |
| repetition   | 6      | (optional)  | only with `previous` (emails already sent): a point from    |
|              |        |             | the notes made again fails; 45 %+ of the message's word     |
|              |        |             | 4-grams already sent warns (repetition.py)                  |
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.checker import (
    confirm,
    grounding,
    length,
    markup,
    people,
    privacy,
    structure,
    tone,
    written,
)
from assistant.checker.context import CheckFn
from assistant.core.domain import Check

# In report order.
CHECKS: list[tuple[str, int, CheckFn]] = [
    ("length", 8, length.check_length),
    ("sentences", 4, length.check_sentences),
    ("subject", 8, structure.check_subject),
    ("readability", 6, length.check_readability),
    ("sentiment", 10, tone.check_sentiment),
    ("details", 12, grounding.check_details),
    ("grounding", 4, grounding.check_grounding),
    ("greeting", 5, people.check_greeting),
    ("signoff", 5, people.check_signoff),
    ("placeholders", 10, written.check_placeholders),
    ("moves", 14, structure.check_moves),
    ("avoid", 10, tone.check_avoid),
    ("questions", 4, structure.check_questions),
    ("written", 10, written.written),
    ("names", 10, people.names),
    ("private", 12, privacy.private),
    ("attribution", 8, grounding.attribution),
    ("role", 6, grounding.role),
    ("markup", 10, markup.markup),
    ("facts", 8, grounding.facts),
    ("confirm", 6, confirm.confirm),
]
OPTIONAL_WEIGHTS = {"repetition": 6}  # checks that run only when their input is given
FACTOR = {"pass": 1.0, "warn": 0.5, "fail": 0.0}


def score(checks: Sequence[Check], table: Sequence[tuple[str, int, CheckFn]] = CHECKS) -> int:
    """0–100: the weighted share of passes (a warning counts half)."""
    weights = {cid: w for cid, w, _ in table} | OPTIONAL_WEIGHTS
    total = sum(weights.get(c.id, 0) for c in checks)
    if not total:
        return 0
    got = sum(weights.get(c.id, 0) * FACTOR[c.status] for c in checks)
    return max(0, min(100, int(100 * got / total + 0.5)))
