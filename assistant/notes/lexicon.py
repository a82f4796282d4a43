"""Words and patterns the notes parser reads notes with: roles, filler, lead-ins, dates."""

from __future__ import annotations

import re

from assistant.text import sentences as text_sentences

IGNORE_CASE = re.IGNORECASE
MAX_SCAN = 20_000  # characters of the notes the parser reads; the rest is kept in Notes.text only
MAX_LINE = 2_000
MAX_DETAILS = 8
MAX_DETAIL_WORDS = 12

# --- vocabulary ----------------------------------------------------------------------------------


def wordset(s: str) -> frozenset[str]:
    return frozenset(s.split())


STOP = wordset(
    "a an the and or but of to in on at for with about from by as is are was were be been it its "
    "this that these those my our your his her their we i you he she they me us them him it's i'm "
    "so very really just also too then there here what how which who when where why not no do did "
    "does have has had will would could should can may might into over than"
)
ROLE_NOUNS = wordset(
    "engineer engineering eng swe sre developer dev manager mgr em pm tpm lead head director vp "
    "svp evp cto ceo cfo coo cpo cmo ciso founder co-founder cofounder recruiter sourcer hr "
    "designer scientist analyst architect president officer partner principal chief owner nurse "
    "teacher professor coordinator specialist consultant editor producer counsel attorney "
    "associate supervisor administrator researcher intern technician accountant marketer "
    "strategist advisor executive chair dean controller comptroller treasurer auditor bookkeeper "
    "paralegal pharmacist physician doctor surgeon therapist librarian principal superintendent "
    "captain chef member gm dir rn np lpn cna sdr bdr hrbp csm assistant writer copywriter barista "
    "cashier clerk receptionist representative rep mechanic electrician plumber welder machinist "
    "operator tutor instructor trainer planner banker underwriter actuary hygienist dentist "
    "paramedic technologist programmer postdoc fellow lecturer economist merchandiser"
)
NOT_NAMES = (
    STOP
    | ROLE_NOUNS
    | wordset(
        "startup tiny small big large local firm agency home noon midnight remote online office hq "
        "nobody somebody anybody anyone everybody panelists panellists monday tuesday wednesday "
        "thursday friday saturday sunday january february march april june july august september "
        "october november december today yesterday tomorrow team everyone someone interview "
        "interviewer interviewers panel hiring zoom company recruiting morning lunch coffee round call "
        "phone video onsite notes note todo re q fyi both two three all others folks whoever tech "
        "technical culture final first second next last product people data design sales marketing "
        "talent staff senior junior hi hey thanks dear met our fp&a legal ops operations finance it "
        "security infra platform feb mar apr aug sep sept oct nov dec mon tue tues wed thu thur thurs "
        "fri w several few many some various multiple couple another each every"
    )
)
NAME_WORDS = wordset("will may june april august dev")  # names too: "Will Harper", "May Chen"
UNIT = wordset("role position job opening vacancy team department org squad unit division")
FOR_ORGS = wordset("department ministry institute centre center office council")  # "… for X"
MODAL_NEXT = wordset(  # what follows "will" or "may" the verb: "Will they…", "may be"
    "i you we they he she it be have not also still probably definitely need get send let do take "
    "call email reach follow hear know decide make"
)
COMPANY_WORDS = wordset(  # words that make a name a company's: "Ñandú Labs", "Department for …"
    "labs lab inc ltd llc plc gmbh corp corporation group bank university college school hospital "
    "clinic institute studio studios technologies systems solutions ventures capital healthcare "
    "foundation agency consulting media games software analytics traders holdings industries "
    "department ministry council authority services logistics pharma therapeutics insurance "
    "airlines academy museum trust"
)
HONORIFICS = wordset("dr mr mrs ms mx miss prof professor sir dame")
PARTICLES = wordset(
    "de del della der den da di do dos das du van von la le bin ibn al el ter ten y"
)
FILLER = wordset(  # words that make no detail on their own: "it went well", "nice office"
    "went go going well great good fine ok okay nice office vibe vibes nervous anxious felt feel "
    "feeling think thought overall pretty lovely friendly pleasant chill fun cool awesome amazing "
    "positive excited hopeful hopefully fingers crossed smoothly smooth long day tired happy glad "
    "interview interviewer people everyone seemed seems liked enjoyed conversation chat call time "
    "lot quite super kind stuff things thing bit little definitely probably maybe did done hope "
    "hoping wish luck lucky thanks thank grateful questions answers place hello hi hey notes note "
    "today yesterday get got beautiful gorgeous stunning modern clean impressive welcoming warm "
    "professional relaxed casual comfortable busy quiet new big small nothing specific much lunch "
    "coffee team tour same informal formal sorry names"
)
VAGUE = wordset("culture team company role work general background experience")
NOT_ROLE = wordset(
    "new same open current other dream exciting interesting whole full final great this that "
    "senior junior first second third technical phone video panel onsite behavioral behavioural "
    "virtual quick short long tough hard easy rough solid decent"
)
NUMBER_WORDS = wordset("two three four five six seven eight nine ten twelve twenty fifty hundred")
FOREIGN = wordset(
    "und der das wir haben ist nicht mit über ein eine sehr war el los las con del para que es muy "
    "por una tuve hablamos le les et est avec pour nous une des du je il elle très sur dans hoy "
    "sobre pero también gustó não uma com sono abbiamo che een het van ik wij niet"
)
ENGLISH = wordset(
    "the and to of in on with about for we he she they my our their is was were that this it at "
    "from i me you his her what how also too asked talked said mentioned discussed"
)
HOBBIES = {
    "surf": "surfing", "climb": "climbing", "run": "running", "swim": "swimming",
    "cycle": "cycling", "bike": "biking", "hike": "hiking", "ski": "skiing", "sail": "sailing",
    "bake": "baking", "cook": "cooking", "paint": "painting", "knit": "knitting",
    "dance": "dancing", "box": "boxing", "row": "rowing", "skate": "skating", "dive": "diving",
    "fish": "fishing", "golf": "golf", "garden": "gardening", "kayak": "kayaking",
    "sing": "singing", "draw": "drawing", "snowboard": "snowboarding",
}  # fmt: skip
LABELS: dict[str, frozenset[str]] = {  # "next steps" is looked up as "next_steps"
    "interviewers": wordset(
        "interviewer interviewers interviewed_by panel panelists panellists with met met_with "
        "spoke_with who interviewer(s)"
    ),
    "company": wordset("company employer organisation organization org firm company_name"),
    "role": wordset(
        "role position job title job_title role_title opening post vacancy applied_for stelle "
        "puesto poste"
    ),
    "date": wordset("date when interview_date date_of_interview day interviewed interviewed_on on"),
    "candidate": wordset("me candidate name my_name your_name candidate_name applicant i_am"),
    "timeline": wordset(
        "next_steps next_step timeline decision decision_date decision_by next hear_back "
        "expected_decision when_will_they_decide"
    ),
    "details": wordset(
        "topics topic discussed talked_about notes highlights questions they_asked "
        "things_discussed shared_interests common_ground projects things_to_mention mention points "
        "key_points takeaways todo to_do q re"
    ),
    "heading": wordset(  # "Interview: 18 November 2026, Department for Transport, Policy Analyst"
        "interview onsite on-site phone_screen screen superday round final_round first_round "
        "second_round video_call"
    ),
    "private": wordset("logistics practicalities admin"),  # read for names and dates, no details
    "ignore": wordset(
        "location where format type stage duration length time salary comp compensation pay link "
        "url email phone address mood vibe vibes overall rating score impression impressions "
        "feeling feelings gut gut_feeling self-assessment outfit dress_code parking interview_type "
        "subject to cc bcc from sent reply-to my_rating status outcome reminder reminders budget "
        "bonus benefits perks package offer_amount rate day_rate hourly_rate note_to_self "
        "action_items contact references"
    ),
}


# --- patterns: lines, safety, timelines ----------------------------------------------------------

LABEL = re.compile(
    r"^(?P<label>[^\W\d_][\w /&'’()-]{0,30}?)\s*(?P<sep>:|\s=\s|\s[-–—]\s)\s*(?P<value>.*)$"
)
BULLET = text_sentences.BULLET  # the one bullet rule (assistant/text/sentences.py)
MID_LABEL = re.compile(  # "… at Allegro, role: Test Automation Engineer."
    r"[,;]\s*(?=(?:role|position|job\s+title|title|company|stelle|puesto|poste)\s*[:=]\s)",
    IGNORE_CASE,
)
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
    r"|let\s+(?:me|us|you)\s+know|next\s+steps?|next\s+round|timeline|time\s?frame"
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


# --- patterns: people, companies, roles ----------------------------------------------------------

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
    r"|^(?:i\s+)?(?:called|phoned|rang)\s+(?=[A-Z])",
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
            r"(?:role|position|job|opening|post|vacancy)\b"
        ),
        (  # "about the front desk supervisor opening", not "the Hilton … the … opening"
            r"\b(?:the|a|an|this|that)\s+(?P<r>(?:(?!\b(?:the|a|an|this|that|about|at|for)\b)"
            r"[^,;.()]){2,60}?)\s+(?:role|position|opening)\b"
        ),
        (  # "for AE role", "re staff eng role"
            r"\b(?:for|re:?)\s+(?P<r>(?:[\w&/+-]+\s+){0,3}?[\w&/+-]+)\s+"
            r"(?:role|position|job|opening|post|vacancy)\b"
        ),
        r"(?:^|[,;:@]\s*)(?P<r>[^,;.()@]{2,40}?)\s+(?:role|position)\b",
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


# --- patterns: details ---------------------------------------------------------------------------

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
