"""Patterns for the lines of notes: labels, bullets, markup, lines addressed to an AI, pasted data,
sign-offs, timelines, headings, meetings, and the candidate's own past."""

from __future__ import annotations

import re

from assistant.notes.lexicon import IGNORE_CASE
from assistant.text import sentences as text_sentences

LABEL = re.compile(
    r"^(?P<label>[^\W\d_][\w /&'’()-]{0,30}?)\s*(?P<sep>:|\s=\s|\s[-–—]\s|\s*\|\s|\t+)\s*"
    r"(?P<value>.*)$"
)
MID_LABEL = re.compile(  # "… at Allegro, role: Test Automation Engineer."
    r"[,;]\s*(?=(?:role|position|job\s+title|title|company|stelle|puesto|poste)\s*[:=]\s)",
    IGNORE_CASE,
)
BULLET = text_sentences.BULLET  # the one bullet rule (assistant/text/sentences.py)
EMPHASIS = re.compile(r"\*\*|__|`|(?<!\w)[*_]+|[*_]+(?!\w)")
INSTRUCTION = re.compile(  # lines that talk to an AI, not about the interview: dropped whole
    r"\b(?:ignore|disregard|forget|override)\b.{0,40}"
    r"\b(?:instructions?|prompts?|rules|guidelines)\b"
    r"|\b(?:ignore|disregard|forget)\s+(?:all\s+|everything\s+)?(?:the\s+)?"
    r"(?:above|previous|prior)\b"
    r"|\byou\s+are\s+(?:now|an?\s+(?:ai|assistant|language\s+model|chatbot))\b"
    r"|\bsystem\s+prompt\b|\bnew\s+instructions?\b|\bjailbreak|\bprompt\s+injection\b"
    r"|\b(?:pretend\s+(?:to\s+be|you(?:'re|\s+are))"
    r"|act\s+as\s+(?:an?\s+)?(?:ai|assistant|chatbot))\b"
    r"|^\s*(?:system|assistant|user)\s*:|\bas\s+an\s+ai\b",
    IGNORE_CASE,
)
SIGN_OFF = re.compile(  # the word a note is signed off with: "Thanks, Jordan"
    r"thanks|thank\s+you|thx|cheers|best|all\s+the\s+best|(?:best|kind|warm)\s+regards|regards"
    r"|warmly|sincerely|yours|respectfully",
    IGNORE_CASE,
)
DATA_LINE = re.compile(  # a pasted JSON or code line, not notes: '{"task": "tighten", …}'
    r"^\s*[\[{].*[\]}][\s,;]*$|[\"“”']\w[\w -]{0,40}[\"“”']\s*:\s*[\"“”'\[{\d]"
)
CONTACT_WORDS = re.compile(
    r"\b(?:phone|tel|mobile|cell|e-?mail|linkedin|web(?:site)?|[mtep])\b", IGNORE_CASE
)
FORWARDED = re.compile(
    r"^[\s>-]*(?:-{2,}|_{2,})?\s*(?:forwarded|original)\s+message\b", IGNORE_CASE
)
DASH = r"(?:--+|[–—~]+)\s*(?:signed,?\s+)?|signed,?\s+"  # "— signed Jordan", "Signed, Jordan"
SIGNED = rf"(?:{SIGN_OFF.pattern})[,!.]?\s+|{DASH}"  # "Thanks, Jordan", "— Jordan"
TIMELINE = re.compile(  # a sentence about when they decide
    r"\b(?:decid\w*|decision\w*|hear(?:ing)?\s+back|hear\s+from|get(?:ting)?\s+back"
    r"|let\s+(?:me|us|you|people|everyone|candidates|all)\s+know|next\s+steps?|next\s+round"
    r"|timeline|time\s?frame"
    r"|be\s+in\s+touch|circle\s+back"
    r"|(?:feedback|answer|response|outcome|offers?)\s+(?:expected\s+)?(?:in|within|by|next|after"
    r"|before|early|end|soon)|expect(?:ing|ed)?\s+(?:an?\s+)?(?:offer|answer|decision)"
    r"|(?:will|'ll|’ll|'d|’d|would|should|to)\s+"
    r"(?:email|call|contact|ping|reach\s+out|update|know|follow\s+up)"
    r")\b",
    IGNORE_CASE,
)
HEAD_WORDS = re.compile(
    r"^(?:my\s+)?(?:interview|onsite|on-site|phone\s+screen|screen|call|notes|superday"
    r"|entrevista|entretien|gespr[äa]ch|(?:\w+\s+)?round(?:\s+\d)?)(?:\s+notes)?\b\s*"
    r"(?:@|at\b|with\b|w/|con\b|mit\b|for\b)?\s*",
    IGNORE_CASE,
)
SENTENCE_END = re.compile(  # a full stop that ends a sentence, not "J.P." or "Dr."; or a colon
    r"(?<!\b[^\W\d_])(?<!\b(?:Dr|Mr|Ms|St|Co|Jr|Sr))[.!?](?:\s|$)|:"
)
MEETING = re.compile(  # a word for the interview itself: "Final round at X, Nov 26 with Priya"
    r"\b(?:interview\w*|round|screen\w*|onsite|on-site|superday|call|chat|meeting|met|session"
    r"|panel|trial|shift|conversation|coffee|lunch|zoom|entrevista|entretien|gespr[äa]ch)\b",
    IGNORE_CASE,
)
WITH = re.compile(r"(?:\b(?:with|(?P<f>con|mit|avec))\b|(?<!\w)w/|\bw(?=\s))\s*", IGNORE_CASE)
BUSY = re.compile(  # between a meeting word and "with": a verb, so "with" is no longer about it
    r"\b(?:talked|discussed|asked|said|mentioned|explained|worked|compared|built|using|used"
    r"|integrat\w*|replac\w*|migrat\w*|had|has|did|involved|included|including|featured"
    r"|about)\b|\b(?:was|were|is|are)\b(?!\s*$)",
    IGNORE_CASE,
)
PANEL = re.compile(  # "The panel was Kim Lee and Omar Haddad", "Interviewers were …"
    r"^(?:the\s+|my\s+|our\s+)?(?:interview\s+)?(?:panel(?:ists)?|panellists|interviewers?)"
    r"\s+(?:was|were|is|are|included|consisted\s+of|comprised(?:\s+of)?)\s*:?\s*",
    IGNORE_CASE,
)
PAST_SELF = re.compile(  # the candidate's own past: "my Kafka work at Shopify", "when I was at X"
    r"\b(?:my|previous(?:ly)?|former|prior|when\s+i\s+was|i\s+(?:used\s+to|worked|was|had|did"
    r"|held|built|led))\b",
    IGNORE_CASE,
)
LOGISTICS = re.compile(  # "sending the take-home tomorrow", "wants a case study by Monday"; where
    r"\b(?:tomorrow|by\s+(?:next|the\s+end|end|eod|eow|mon|tue|wed|thu|fri|sat|sun)\w*)\b"
    r"|\b(?:is|are|['’]s)\s+(?:based\s+)?in\s+(?-i:[A-Z])|\blives?\s+in\b|\bcommut\w*",
    IGNORE_CASE,
)
