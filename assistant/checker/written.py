"""Written-ness: no unfilled template slots, no raw note shorthand, no sentence stopping on a
small word, no colliding prepositions, no "looking forward to hear"."""

from __future__ import annotations

import re

from assistant.checker.context import Context, Finding, worst
from assistant.core.domain import Check
from assistant.text.placeholders import SIGNOFF_NAME, placeholders
from assistant.text.sayable import note_fragment, unsayable

_RAW = re.compile(
    r"->|=>|→|<-|\bw/|\b(?:abt|mgr|mgrs|yrs?|mtgs?|ppl|tbh|lol|imo|fyi|btw|b/c|bc|thru|convo|q's|qs)\b"
    r"|\b\d{1,2}/\d{1,2}\b(?!/)|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri)\.?\s+\d{1,2}\b"
    r"|\?\?|!!|(?<=\w)\s\+\s(?=\w)|\s&\s(?=(?-i:[a-z]))",
    re.IGNORECASE,
)
_DANGLING = re.compile(
    r"\b(?:a|an|the|of|and|or|my|your|their|our|than)\s*[.!?](?:\s|$)",
    re.IGNORECASE,
)
_COLLIDED = re.compile(
    r"\b(?:about|of|on|with|to|at|from|into|in)\s+(?:of|about)\s+(?!which|whom)",
    re.IGNORECASE,
)
_GRAMMAR = re.compile(
    r"\blook(?:ing)?\s+forward\s+to\s+(?:hear|meet|speak|see|work|talk|learn|join|discuss|"
    r"connect|receive|continue)\b(?!ing)|\b(?:a|an)\s+discussing\b"
    r"|\broles?\s+at\s+your\s+(?:team|company|organi[sz]ation)\b",  # "future roles at your team"
    re.IGNORECASE,
)
# The slot a follow-up names a topic in: "our conversation about X", "hearing about X",
# "discussing X", "talking through X", "your questions about X"; X runs to the clause's end.
_TOPIC_SLOT = re.compile(
    r"\b(?:conversation|discussion|talk|chat|questions?)\s+(?:about|of|on)\s+"
    r"|\b(?:hearing|learning|talking|speaking|chatting)\s+(?:more\s+)?(?:about|through)\s+"
    r"|\bdiscuss(?:ing)?\s+(?!(?:my|the)\s+(?:application|role|position|next\s+steps)\b)",
    re.IGNORECASE,
)
_SLOT_END = re.compile(r"[.!?;]|,\s|\s(?:was|were|is|as\s+well|and\s+(?:I|how|the\s+way))\b")


# A note fragment in a topic slot: "talking about the 4.", "hearing about Goes by Deb",
# "about A volunteer" (a capital article or label word mid-sentence), "discussing the Rev."
_PASTED = re.compile(
    r"\b(?:about|discussing|discussion\s+of|conversation\s+about|hearing\s+about|learning\s+about)"
    r"\s+(?:(?:the|a|an)\s+\d[\d:.]*(?:\s*(?:am|pm))?(?=\s*[,.!?;]|\s+(?:and|as|was|with)\b)"
    r"|(?-i:(?:The|A|An)\s(?=[a-z])|(?:Goes|Call|Asked|Talked|Said)\s)|the\s+(?:Rev|Dr|Mr|Mrs|Ms|St)\.(?=\s*$|\s+[a-z]))",
    re.IGNORECASE,
)


def check_placeholders(ctx: Context) -> Check:
    found = placeholders(f"{ctx.subject}\n{ctx.body}")
    # Only the sign-off name may be left for the sender to fill (shared/READER.md, W).
    name_only = [f for f in found if SIGNOFF_NAME.fullmatch(f)]
    signed_last = any(SIGNOFF_NAME.fullmatch(line.strip()) for line in ctx.parts.name_lines)
    others = [f for f in found if f not in name_only or not signed_last]
    if others:
        return Check(
            "placeholders",
            "fail",
            f"Unfilled placeholder(s): {', '.join(found[:10])}.",
            "Replace each with the real name, role or company, or delete it.",
        )
    if name_only:
        return Check(
            "placeholders",
            "warn",
            "Your name is not filled in under the sign-off.",
            "Add your name in the sidebar's Profile (or --name), or type it in.",
        )
    return Check("placeholders", "pass", "No unfilled placeholders.")


def _without(prose: str, names: list[str]) -> str:
    for name in names:
        prose = prose.replace(name, " ")
    return prose


def written(ctx: Context) -> Check:
    found: list[Finding] = []
    prose = " ".join(ctx.sentences)
    notes = ctx.notes.text or ""
    named = [n for n in (ctx.notes.company, ctx.notes.role) if n]  # "Okafor + Lindgren" is a name
    if raw := _RAW.search(_without(prose, named)):
        found.append(
            (
                "fail",
                f"Raw note shorthand “{raw.group(0).strip()}” is still in the email.",
                "Write it out in full words, as you would say it.",
            )
        )
    for sent in ctx.sentences:
        if _DANGLING.search(sent[-14:]) or re.search(r"\s[-–—]+\s*[.!?]$", sent):
            found.append(
                (
                    "fail",
                    f"A sentence stops on a small word: {sent[-30:].strip()!r}.",
                    "Finish the sentence or cut the last words.",
                )
            )
            break
    if pasted := _PASTED.search(prose):
        found.append(
            (
                "fail",
                f"A note fragment stands where a topic belongs: “{pasted.group(0).strip()}…”.",
                "Name the topic in full words, or leave the detail out.",
            )
        )
    for sent in ctx.sentences:
        for slot in _TOPIC_SLOT.finditer(sent):
            rest = sent[slot.end() :]
            topic = rest[: m.start()] if (m := _SLOT_END.search(rest)) else rest
            if why := note_fragment(topic.strip()) or _cut_short(topic.strip(), ctx):
                found.append(
                    (
                        "fail",
                        f"“{topic.strip()}” reads as a note, not a topic: {why}.",
                        "Name the topic in full words, or leave the detail out.",
                    )
                )
                break
    if bad := _GRAMMAR.search(prose):
        found.append(
            (
                "fail",
                f"“{bad.group(0)}” does not read as written English.",
                "Say “future roles with your team”."
                if re.search(r"your", bad.group(0), re.IGNORECASE)
                else "Use the -ing form: “looking forward to hearing”.",
            )
        )
    if collided := _COLLIDED.search(prose):
        found.append(
            (
                "fail",
                f"Two prepositions collide: “{collided.group(0).strip()}”.",
                "Rephrase so one small word leads into the topic.",
            )
        )
    del notes
    return worst("written", found, "Reads as written English.")


def _cut_short(topic: str, ctx: Context) -> str | None:
    """A topic the offline drafter would not say either: a cut sentence, a to-do, a person, a bare
    phrase ('used the gym membership story', 'round the dispensary', 'real name morris')."""
    if len(topic.split()) < 2:
        return None
    return unsayable(topic, ctx.name_words, drafter=False)
