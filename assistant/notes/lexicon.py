"""Words the notes parser reads notes with: stop words, role nouns, filler, label names; and how
much of the notes it reads. Its patterns live beside it: line_patterns, people_patterns and
detail_patterns."""

from __future__ import annotations

import re

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
    "paramedic technologist programmer postdoc fellow lecturer economist merchandiser "
    "headmistress headmaster headteacher matron bursar proprietor proprietress chairperson"
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
        "fri w several few many some various multiple couple another each every "
        "sons bros brothers daughters bldg rm annex"  # "hartley and sons roofing", "Annex Bldg Rm"
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
    "airlines academy museum trust dept agri"
)
HONORIFICS = wordset("dr mr mrs ms mx miss prof professor sir dame engr")
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
