"""Patterns for the details of notes: remarks no email brings up, to-dos, lead-ins ("we talked
about"), requests and deliverables, what a case or a meeting was about."""

from __future__ import annotations

import re

from assistant.notes.lexicon import IGNORE_CASE, wordset

NEGATIVE = re.compile(  # remarks no thank-you note should bring up; self-assessments too
    r"\b(?:(?:was|went|felt|seemed|is)\s+(?:just\s+|only\s+)?(?:ok|okay|fine|alright|so-so|meh)"
    r"|(?:interview|panel|questions?|round|it|they|everyone)\s+(?:was|were|felt|seemed)\s+"
    r"(?:\w+\s+)?(?:tough|hard|easy|tricky|challenging|intense|fair|friendly|nice|great|good)"
    r"|rude|late|dismissive|arrogant|condescending|awkward|boring|bored|annoy\w*|unprepared"
    r"|disorgani[sz]ed|distracted|hostile|terrible|awful|horrible|bad|worst|hated?|unprofessional"
    r"|sucked|grumpy|frustrat\w*|weird|creepy|toxic|lowball\w*|yawn\w*|interrupt\w*|red\s+flags?"
    r"|bombed|messed\s+up|blanked|screwed\s+up|struggled|stumbled|didn'?t\s+(?:like|know|care)"
    r"|couldn'?t\s+answer|not\s+(?:great|good|impressed|interested)"
    r"|cold(?![\s-]+(?:call\w*|email\w*|outreach|storage|chain|start|brew|prospect\w*))"
    r"|ignored|ghost\w*"
    r"|kept\s+me\s+waiting|thank[- ]you\s+(?:note|email)|send\s+thanks)\b",
    IGNORE_CASE,
)
SELF_TALK = re.compile(
    r"^(?:(?:overall|honestly|tbh|personally|anyway),?\s+)?(?:i|i'm|i’m|im|i've|i'd|i’d|me)\b",
    IGNORE_CASE,
)
TODO_LINE = re.compile(  # to-dos and interview prompts are not topics
    r"(?:send|email|follow\s+up|remember|check|look\s+up|write|prepare|research|update|book"
    r"|schedule|reply|connect|need|needs|should|must|have\s+to|gotta|thanks|thank\s+you|cheers"
    r"|ask|call|find\s+out|figure\s+out|don'?t\s+forget|confirm|chase|mention|bring\s+up"
    r"|tell\s+me|describe\s+a|walk\s+me|give\s+me)\b",
    IGNORE_CASE,
)
MENTION = re.compile(  # a to-do that names what to bring up: "TODO: mention my Kafka talk"
    r"(?:(?:remember|don'?t\s+forget)\s+to\s+)?(?:mention|bring\s+up|highlight)\b", IGNORE_CASE
)
MET = re.compile(  # a meeting, not a topic: "Lunch with two engineers, Chloé and Ben"
    r"\binterview|\b(?:lunch|coffee|call|chat|meeting|session|round|met|onsite|screen)\s+(?:with|w/)"
    r"|^(?:i\s+)?(?:met|spoke\s+(?:with|to))\b|^(?:the\s+)?panel\s+(?:was|were|is|included)\b",
    IGNORE_CASE,
)
LEAD_IN = re.compile(  # "we talked about", "she asked me about", "he mentioned that" …
    r"\b(?:(?:also|then|mostly|mainly|briefly|really|later|even|first|finally|a\s+lot"
    r"|at\s+length)\s+)*"
    r"(?:(?:convo|conversation|discussion|chat|talk|q'?s|questions)(?=\s+(?:abt|about|re|on)\b)"
    r"|disc\.|talked|talk|chatted|chat|spoke|discussed|discuss|went\s+(?:over|through|into)|covered"
    r"|(?:nerd|geek)(?:ed)?\s+out|bonded|connected"
    r"|dug\s+into|dove\s+into|went\s+deep(?:\s+(?:on|into))?|deep[- ]dived?(?:\s+into)?"
    r"|touched\s+on|got\s+into|asked(?:\s+me)?"
    r"|quizzed\s+me|grilled\s+me|mentioned|said|noted|told\s+me|explained|shared|described"
    r"|walked\s+me\s+through|showed\s+me|brought\s+up|emphasi[sz]ed|pointed\s+out|highlighted"
    r"|focus(?:s)?ed|was\s+(?:curious|excited|interested)|wanted\s+to\s+know"
    r"|seemed\s+(?:excited|interested)|(?:is|are|'s)\s+excited|gave\s+(?:me\s+)?an?\s+overview\s+of"
    r"|presented|reviewed|remember\s+to\s+mention|mention|ask|likes|loves|enjoys|runs|plays"
    r"|wants?(?:\s+(?:me\s+)?to\s+(?:see|send|do|prepare|write|draft|build|share))?"
    r"|wanted(?:\s+(?:me\s+)?to\s+(?:see|send|do|prepare|write|draft|build|share))?"
    r"|requested|would\s+like(?:\s+to\s+see)?"
    r"|(?:is|are)\s+into|loved|liked|appreciated|was\s+impressed\s+by"
    r"|(?:is|are|['’]s)\s+(?:a\s+|both\s+)?(?:big\s+|huge\s+)?fans?\s+of"
    r"|both\s+(?:like|love|enjoy|play))"
    r"(?:\s+(?:a\s+lot|mostly|briefly|at\s+length))?"
    r"(?:\s+(?:about|abt|through|over|on|into|of|in|for|that|re|regarding))?(?:\b|(?<=\.))"
    r"[\s:,-]*",
    IGNORE_CASE,
)
REQUEST = re.compile(
    r"(?:wants?|wanted|requested|would\s+like|asked(?:\s+me)?\s+for)\b", IGNORE_CASE
)
DELIVERABLE = wordset(  # what an interviewer asks the candidate for: "wants 30-60-90 plan"
    "plan presentation deck case study portfolio sample proposal exercise take-home project demo "
    "outline report memo mockup prototype roadmap strategy pitch assignment analysis doc document "
    "brief teardown write-up writeup critique"
)
TOPIC_OF = re.compile(  # "The case was about …", "Presentation was on …": what it was about
    r"^(?:the\s+|a\s+|my\s+|our\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:case(?:\s+study)?|questions?"
    r"|exercise|presentation|problem|take-?home|assignment|scenario|prompt|challenge|task|test"
    r"|interview|conversation|discussion|chat|call|session|round|screen|whiteboard|demo|review"
    r"|focus|panel)\s+(?:was|were|is|focused|centred|centered|revolved)\s+"
    r"(?:mostly\s+|mainly\s+|all\s+|largely\s+|entirely\s+)?(?:about|on|around)\s+",
    IGNORE_CASE,
)
ABOUT = re.compile(  # "Spoke with Sam about their Kafka migration": the topic of a meeting
    r"\s(?:about|abt|regarding|re:?)\s+(?!(?:an?|one|two|three|half|\d+)\b[^,;]{0,12}"
    r"\b(?:hours?|hrs?|min(?:ute)?s?)\b)(?P<x>\S.*)$",
    IGNORE_CASE,
)
CONNECTIVE = re.compile(
    r"(?:which|who|that|where|when|because|so|but|since|although|especially|including|like|as"
    r"|and|or|then|plus|though|if)\b",
    IGNORE_CASE,
)
