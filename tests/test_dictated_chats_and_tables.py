"""Kinds of mistakes blind readers found in evals/reader/blind16 (wind, interpreting, pharmacy,
roofing, cabin crew, radiography, portering, glazing …), pinned on made-up notes of the same kind:
US dictation ("period", "comma", "new line"), a pasted WhatsApp chat, a table with "|" or tabs, a
heading in capitals, "goes by Dec." and "goes by T.J.", Malay and Ghanaian honorifics, a greeting
that mixed "Dr. Halvorsen and Callum", the candidate's old employer or a venue read as the
employer, "Entrevista" and "Pvt. Ltd." kept in a name, private remarks in new words, and what
happens next (a DBS check) used as a detail."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.core.domain import Notes
from assistant.drafting.pipeline import DraftRequest, draft_email
from assistant.notes.line_kinds import is_private
from assistant.notes.parse import parse_notes
from assistant.notes.redact import without_private
from assistant.notes.text_prep import chat_messages, shouted_lines, spoken_punctuation
from assistant.prompting.build import build_messages

TODAY = date(2026, 12, 2)


def _notes(text: str) -> Notes:
    return parse_notes(text, TODAY)


def _thank_you(notes: Notes) -> str:
    return draft_email(DraftRequest(notes, "thank_you")).body


def _greeting(notes: Notes) -> str:
    return _thank_you(notes).split("\n")[0]


def _prompt(notes: Notes) -> str:
    return "\n".join(m["content"] for m in build_messages(notes, "thank_you"))


# --- dictation, chats, tables, capitals ----------------------------------------------------------

DICTATED = (
    "so the interview with Brightwater Tiles and Stone period it was Monday at the showroom "
    "period the manager Mrs Aisha Pemberton interviewed me herself comma and we talked about the "
    "new large format porcelain range period new line she asked about my grouting on wet rooms "
    "period new line the probation period is three months period"
)


def test_spoken_punctuation_becomes_punctuation_but_a_notice_period_stays_a_word() -> None:
    said = spoken_punctuation(DICTATED)
    assert "Stone. It was Monday" in said and "herself, and" in said
    assert "\nShe asked about" in said
    assert "probation period is three months." in said
    typed = "Notice period is a month. The trial period of two weeks is paid. Period."
    assert spoken_punctuation(typed) == typed  # no dictation here: left as typed


def test_dictated_notes_name_the_employer_and_the_interviewer() -> None:
    notes = _notes(DICTATED)
    assert notes.company and notes.company.startswith("Brightwater Tiles")
    assert [p.name for p in notes.interviewers] == ["Mrs. Aisha Pemberton"]
    assert "Brightwater" not in _greeting(notes)


CHAT = """[03/09/25, 7:02:11 PM] Lerato Dube: so?? how was it 👀
[03/09/25, 7:04:30 PM] Thabo Nkosi: Not bad! Kestrel Signs, for the sign fitter job
[03/09/25, 7:05:02 PM] Thabo Nkosi: Interviewed by Mr Johan Botha (workshop manager). Johan showed me their new vinyl plotter
[03/09/25, 7:05:40 PM] Lerato Dube: and money??
[03/09/25, 7:06:15 PM] Thabo Nkosi: ZAR 14,500 a month, I need at least 16
[03/09/25, 7:07:00 PM] Thabo Nkosi: He will call by Friday
"""


def test_a_pasted_chat_is_read_as_the_writers_own_messages() -> None:
    mine = chat_messages(CHAT)
    assert "Lerato" not in mine and "money??" not in mine and "7:04:30" not in mine
    notes = _notes(CHAT)
    assert notes.company == "Kestrel Signs"
    assert [p.greet for p in notes.interviewers] == ["Johan"]  # "Johan showed me …"
    assert any("14,500" in line for line in notes.private_lines)
    assert "14,500" not in _prompt(notes) and "14,500" not in _thank_you(notes)


def test_a_table_with_bars_or_tabs_gives_its_labels() -> None:
    bars = (
        "SONOGRAPHER INTERVIEW – RIVERBEND WOMEN'S HOSPITAL, HILLCREST\n"
        "Panel    | Dr. (Mrs.) Grace Mensah – Head of Imaging\n"
        "Role     | Obstetric Sonographer (part time)\n"
    )
    notes = _notes(bars)
    assert (notes.role, notes.company) == ("Obstetric Sonographer", "Riverbend Women's Hospital")
    assert [p.greet for p in notes.interviewers] == ["Dr. Mensah"]
    tabs = "OT interview - Harbourside Rehab\nRole\tOccupational Therapist, 0.8 FTE\n"
    assert _notes(tabs).role == "Occupational Therapist"


def test_a_heading_in_capitals_reads_as_names_with_its_acronyms_kept() -> None:
    assert shouted_lines("PORTER INTERVIEW – NORTHGATE NHS TRUST") == (
        "Porter Interview – Northgate NHS Trust"
    )
    assert shouted_lines("I was NERVOUS but fine") == "I was NERVOUS but fine"  # not a heading


# --- names and greetings ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "greet"),
    [
        ("- Declan Moran, Director – goes by Dec. Ran most of it", "Dec"),
        ("- Tobias Reyes (goes by T.J.), site lead", "T.J."),
        (
            '- Mr. Winston Clarke – Deputy Head. Pupils call him "Mr. C", he told me just '
            "call him Win",
            "Win",
        ),
        ("- Puan Salmah binti Yusof – Training Manager", "Puan Salmah"),
        ("- Madam Akosua Boakye – HR Manager", "Madam Boakye"),
        ("- Ma'am Rowena Agbayani – HR & Payroll Manager", "Ma'am Rowena"),  # Filipino usage
    ],
)
def test_the_name_a_person_is_greeted_by(line: str, greet: str) -> None:
    notes = _notes(f"Interview notes - Larchfield Services\n\nPanel:\n{line}\n")
    assert [p.greet for p in notes.interviewers] == [greet]


def test_a_greeting_to_several_keeps_one_register_but_never_drops_an_earned_title() -> None:
    plain = _notes(
        "Quantity surveyor interview – Hartwell Bramley LLP\n\n"
        "- Mr Adeyemi Okoro, Associate Director\n"
        "- Claire Fenwick – Partner. Claire asked about NEC4 contracts\n"
    )
    first = _greeting(plain)
    assert "Adeyemi" in first and "Claire" in first and "Mr. Okoro" not in first
    titled = _notes(
        "Field Technician interview – Corrie Wind Services\n\n"
        "- Dr. Freya Lindqvist – Head of Reliability\n"
        "- Ewan Baird – Site Manager, ran the interview\n"
        "- Ewan asked about torque tooling\n"
    )
    assert "Dr. Lindqvist" in _greeting(titled)  # "titles kept" (issue 11)
    malay = _notes(
        "Cabin crew interview – Orchid Air\n\n- Puan Salmah binti Yusof – Training Manager\n"
        '- Mr Lim Wei Jie – Senior Purser, "just call me Jay"\n'
    )
    assert "Puan Salmah" in _greeting(malay)  # an honorific said with the given name stays


def test_a_rare_lower_case_word_after_a_job_is_no_person() -> None:
    notes = _notes(
        "Interview - Pilbara Health\n\nPanel: Dr Kieran Walsh (Medical Director)\n"
        "I told them about 7 yrs at the smelter, spirometry + audiometry certified\n"
    )
    assert [p.name for p in notes.interviewers] == ["Dr. Kieran Walsh"]


# --- the employer and the job -------------------------------------------------------------------


def test_the_candidates_old_employer_is_never_the_employer() -> None:
    notes = _notes(
        "tree surgery interview notes\n"
        "So went to Oakline Tree Care in Durban this morning, met the owner Sipho Dlamini.\n"
        "Told them about my 3 yrs at Mopane Services and the big job in Umhlanga Park.\n"
    )
    assert notes.company == "Oakline Tree Care"


@pytest.mark.parametrize(
    ("first", "company"),
    [
        ("Entrevista Parallax Games – Localization Specialist – jueves", "Parallax Games"),
        (
            "Interview – Textile Designer – Sutradhar Home Textiles Pvt. Ltd.",
            "Sutradhar Home Textiles",
        ),
        ("Prairie Fields Co-op — Agronomist interview — Kearney NE", "Prairie Fields Co-op"),
    ],
)
def test_an_employers_name_without_the_interview_word_or_its_legal_form(
    first: str, company: str
) -> None:
    assert _notes(first + "\n\n- talked about the spring trials\n").company == company


def test_a_headline_employer_beats_a_venue_named_on_the_next_line() -> None:
    notes = _notes(
        "Cabin Crew Final Round – Orchid Air\n"
        "Sat 22 Feb, registration 8.00am, Hotel Seri Mutiara, Jalan Ampang – level 2\n\n"
        "7. Group task – role play galley fire with 4 other candidates\n"
    )
    assert (notes.role, notes.company) == ("Cabin Crew", "Orchid Air")


def test_a_labelled_company_beats_the_school_in_the_headline() -> None:
    notes = _notes(
        "Company: Maple Grove Local Schools (district) — position is at Hawthorne Elementary\n"
        "Role: School Nurse\n"
    )
    assert notes.company == "Maple Grove Local Schools"


# --- private remarks and what is no detail -----------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "prvt: tell old boss nothing till after the trial",
        "between ourselves Dec is a bit of a chancer",
        "HB range mid-fifties. Won't move for less than 60 incl. allowance",
        "GHS 4,800 + transport allowance, the bank offered 5,000",
        "Comfort was giving attitude small, checking her phone when I was talking",
        "Amma's surgery in March - ask after offer",
        "Jess really doesn't want to move to Kearney",
        "NIGHTS = problem w mum's care",
        "OJO: no mencionar por qué me voy de Lingua Sur",
        "Tam's a bit of a dinosaur, made a joke about young ones and their phones lol",
        "Between me and you diary: the last assistant posted client photos as his own work",
        "eish he asked why I left Fortune. I just said contract finished",
        "Ammi ji bohat strict lag rahi thin, har cheez check karengi",
    ],
)
def test_private_remarks_in_more_words(line: str) -> None:
    assert is_private(line)


@pytest.mark.parametrize(
    "line",
    [
        "Admin block, Halsey Hall rm 318",
        "new client coming in August so they need 4 TLs",
        "the trial period went fine, they liked my cuts",
    ],
)
def test_everyday_lines_are_not_private(line: str) -> None:
    assert not is_private(line)


def test_a_private_heading_after_a_to_do_heading_keeps_its_block_private() -> None:
    notes = _notes(
        "Agronomist interview - Prairie Fields Co-op\n\n- talked about N rate trials\n\n"
        "TO DO / PRIVATE\n- partner really not keen on the move\n- ask for 80\n"
    )
    assert "partner really not keen on the move" in notes.private_lines
    assert "not keen" not in _prompt(notes)


def test_a_private_line_the_reader_tidied_still_never_reaches_a_model() -> None:
    text = (
        "Pharmacy interview - Aarogya Plus\n\n"
        "1. Mr. Rajesh Kulkarni sir – area manager, asked about diabetic counselling\n"
        "2. Mrs. Deshpande ma'am – admin side, she did only document verification and salary part\n"
    )
    notes = _notes(text)
    assert any("salary part" in line for line in notes.private_lines)
    assert "ma'am –" in text and "salary part" not in without_private(text, notes.private_lines)
    assert "salary part" not in _prompt(notes)


def test_what_happens_next_and_a_clause_are_never_the_detail_of_a_thank_you() -> None:
    notes = _notes(
        "Porter interview - Irwell Valley NHS Trust\n\n"
        "10:00 panel = Mrs Janet Ashworth (Facilities Manager)\n"
        "10:11 scenario: confused patient in the lift. said stay calm, never restrain\n"
        "10:36 Janet - let me know end of next week, then DBS + occy health check\n"
        "10:40 both city fans lol\n"
    )
    body = _thank_you(notes)
    assert "DBS" not in body and "occy" not in body and "both city" not in body
    assert "never restrain" not in body


# --- blind17's kinds -----------------------------------------------------------------------------


def test_someone_named_only_for_a_later_round_is_not_greeted() -> None:
    notes = _notes(
        "Interview notes – Event Coordinator @ Lumière Events Pte Ltd\n\n"
        "Who             | Role                 | Notes\n"
        "Ms Tan Hui Min  | Head of Events       | asked most of the questions\n"
        "Jerome Lim      | Senior Event Manager | would be my boss\n\n"
        "- we talked about the pharma conference at Suntec\n"
        "Next steps: Jerome will update by 25 Apr; 2nd round with director Mr Rajan Pillai\n"
    )
    assert {p.name for p in notes.interviewers} == {"Tan Hui Min", "Jerome Lim"}
    assert "Pillai" not in _greeting(notes)
    assert notes.company == "Lumière Events"
    this_round = _notes(
        "cabin crew assessment day\n"
        "final interview w/ Chloe Banerjee (Cabin Services Mgr), asked about turbulence\n"
    )
    assert [p.name for p in this_round.interviewers] == ["Chloe Banerjee"]  # today's final round


@pytest.mark.parametrize(
    "text",
    [
        "Forklift Operator – Day Shift | Coolstore DC\n\n- talked about the new reach trucks\n",
        "Mine geologist interview\nRecruiter: reach out anytime with questions.\n"
        "- talked about the core logging backlog\n",
        "Bookkeeper interview - Pike Bakery\n- she went to Camelback HS lol\n",
    ],
)
def test_a_shift_an_everyday_word_or_a_school_someone_went_to_is_no_employer(text: str) -> None:
    assert _notes(text).company in (None, "Pike Bakery")


@pytest.mark.parametrize(
    ("timeline", "said"),
    [
        ('Decision "before Easter"', "before Easter"),
        ("Board meets the last week of January", "in the last week of January"),
        ("they'll ring to arrange, probably week of the 27th", "in the week of the 27th"),
    ],
)
def test_a_status_check_says_back_a_timeline_with_no_date(timeline: str, said: str) -> None:
    notes = _notes(
        f"School counsellor interview – Linstead High School\n\n- Panel: Mrs. Ann Reid (Principal)"
        f"\n- talked about the peer mentoring scheme\n\n{timeline}\n"
    )
    assert said in draft_email(DraftRequest(notes, "status_check", used_topics=())).body


def test_a_next_steps_label_without_a_time_gives_way_to_the_sentence_that_has_one() -> None:
    notes = _notes(
        "QS interview – Hartwell Bramley LLP\n\n"
        "Next steps:     Second stage with the MD + a short presentation. Tom to feed back by Friday\n"
    )
    assert notes.decision_timeline == "feed back by Friday"


def test_a_job_that_starts_with_chief_is_no_rank_and_miss_takes_no_full_stop() -> None:
    notes = _notes(
        "Mine geologist interview – Northshield Resources\n\n"
        "- Luc Bergeron, Chief Geologist, asked about core logging\n"
        "- Miss Marcia Gayle (board rep)\n"
    )
    greets = [p.greet for p in notes.interviewers]
    assert "Luc" in greets and not any(g and g.startswith("Chief") for g in greets)
    assert "Miss Gayle" in greets and "Miss. Gayle" not in _greeting(notes)
    chief = _notes("Fire service interview\n\n- Raymond Okafor, Battalion Chief\n")
    assert [p.greet for p in chief.interviewers] == ["Chief Okafor"]  # a rank stays a rank


def test_an_institution_named_with_of_takes_the() -> None:
    notes = _notes(
        "Court Reporter I interview – Judiciary of Trinidad and Tobago\n\n"
        "- Mrs. Anjali Ramdial-Baptiste (Manager, Court Reporting Unit)\n"
        "- talked about the backlog of appeal transcripts\n"
    )
    body = _thank_you(notes)
    assert "the Judiciary of Trinidad and Tobago" in body
    assert " at Judiciary" not in body and "joining Judiciary" not in body


# --- blind18's kinds -----------------------------------------------------------------------------


def test_a_table_row_with_an_honorific_and_a_nickname_is_a_person() -> None:
    notes = _notes(
        "INTERVIEW - BUS OPERATOR\nCoastal Link Transit\n\n"
        "Mr. Ramesh Ramdial        | Depot Superintendent      | ran the interview\n"
        'Mr. Curtis "Scotty" Baptiste | Senior Driving Instructor | did the road test after\n'
    )
    greets = [p.greet for p in notes.interviewers]
    assert greets[:1] == ["Mr. Ramdial"] and "Scotty" in greets


def test_lines_that_open_with_emoji_and_a_headmistress_and_an_academic_coordinator() -> None:
    notes = _notes(
        "KG 2 teacher interview 📝 – Little Stars Montessori\n\n"
        "👩🏾‍💼 Mrs. Abena Owusu-Ansah – Headmistress (said call her Madam Abena)\n"
        "👨🏾 Mr. Kofi Mensah – Academic Coordinator\n"
        "📞 Mr. Selorm Agbeko (admin) called on Monday to fix the date, he wasn't there\n"
    )
    assert [p.greet for p in notes.interviewers] == ["Madam Abena", "Mr. Mensah"]


def test_a_senior_associate_is_no_junior() -> None:
    notes = _notes(
        "Paralegal interview – Kessler Morrow LLP\n\n"
        "2:00 – Marcus Bell (Senior Associate, commercial lit) + Donna Fitzgerald (Senior "
        "Paralegal)\n2:03 – Marcus: overview of the litigation group\n"
    )
    assert [p.name for p in notes.interviewers][:1] == ["Marcus Bell"]


@pytest.mark.parametrize(
    ("first", "company"),
    [
        ("Interview – Optometrist, Clearview Eyecare (Didsbury branch)", "Clearview Eyecare"),
        (
            "== Dietitian interview, Seri Damai Specialist Hospital, Cheras — Mon 17/2, 10am ==",
            "Seri Damai Specialist Hospital",
        ),
        ("Customs Officer (Entry Level) – panel interview – SELF REVIEW", None),
    ],
)
def test_the_employer_in_a_headings_list_after_the_job_and_never_its_tag(
    first: str, company: str | None
) -> None:
    notes = _notes(first + "\n\n- Met by Shannon on reception\n- 3 test rooms, new OCT scanner\n")
    assert notes.company == company


def test_a_friends_messages_in_a_pasted_chat_never_reach_a_model() -> None:
    chat = (
        CHAT
        + "[03/09/25, 7:08:00 PM] Lerato Dube: don't tell anyone but my cousin says they pay late\n"
    )
    notes = _notes(chat)
    assert "pay late" not in _prompt(notes) and "Lerato" not in _prompt(notes)
    assert "vinyl plotter" in _prompt(notes)  # the writer's own notes are what a model reads


def test_whom_not_to_tell_is_not_the_secret() -> None:
    notes = _notes(
        "Optometrist interview – Clearview Eyecare\n\n"
        "- Mr Gareth Pilkington (Practice Manager) asked about recalls\n"
        "- Next: Gareth will ring by end of next week\n"
        "- Private: Boots offered me £50k. Don't mention to Gareth yet\n"
    )
    assert "by end of next week" in (notes.decision_timeline or "")
    assert not any("ring by end" in line for line in notes.private_lines)
