"""More kinds of mistakes blind readers found in everyday notes (evals/reader/blind11), pinned on
made-up notes of the same kind: who the interview was "with" kept in the job, an employer and a
job joined by " - " read as one job, a department or a nationality taken for the employer, "bg
check + drug test" read as a firm, a coordinator or a receptionist greeted, a nickname before the
full name in brackets, a family-name-first name with an honorific, a chef the kitchen calls
"Chef Rizal", a hub's place name taken for the employer, and a board meeting as the timeline."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.core.domain import Notes
from assistant.drafting.pipeline import DraftRequest, draft_email
from assistant.notes.parse import parse_notes

TODAY = date(2026, 12, 1)


def _notes(text: str) -> Notes:
    return parse_notes(text, TODAY)


def _status_check(notes: Notes | str) -> str:
    """The offline status check's body for these notes."""
    notes = _notes(notes) if isinstance(notes, str) else notes
    return draft_email(DraftRequest(notes, "status_check")).body


def _greeted(notes: Notes) -> list[str]:
    return [p.greet or p.name for p in notes.interviewers]


@pytest.mark.parametrize(
    ("text", "company", "role"),
    [
        (
            "harbour sound — editor interview w/ maya + jo\n\n- maya lund = head of post\n",
            "Harbour Sound",
            "Editor",
        ),
        (
            "Corvid Bakeries - supervisor interview with Hana and Raj\n\n- Hana Sato, ops director\n",
            "Corvid Bakeries",
            "Supervisor",
        ),
    ],
)
def test_who_it_was_with_is_not_part_of_the_job(text: str, company: str, role: str) -> None:
    notes = _notes(text)
    assert (notes.company, notes.role) == (company, role)


def test_a_department_is_never_the_employer_nor_an_interviewers_title_the_job() -> None:
    notes = _notes(
        "welding int - wed\n\nMarta Kowal - prod mgr\nLeon @ HR booked it, wasnt in the room\n"
        "- talked about the new robot cell\n"
    )
    assert notes.company is None
    assert notes.role != "Production Manager"  # Marta's job, written "prod mgr"
    assert _greeted(notes) == ["Marta"]


@pytest.mark.parametrize(
    "line",
    [
        "Reena (TA team) coordinated, was not on the call",
        "reena from people ops did the scheduling, didnt join",
        "Reena (HR) just admitted us and left",
    ],
)
def test_whoever_only_arranged_it_is_not_greeted(line: str) -> None:
    notes = _notes(
        "Interview at Quillon Bank – Platform Engineer\n\nPanel:\n"
        "Tobias Grün – Engineering Manager\nAsha Menon – Senior Engineer\n"
        f"{line}\n\n- talked about their Kafka migration\n"
    )
    assert "Reena" not in " ".join(_greeted(notes))
    assert _greeted(notes)[0] == "Tobias"


def test_a_receptionist_named_in_a_bracket_is_not_an_interviewer() -> None:
    notes = _notes(
        "Interview at Wexcombe Infirmary – Porter\n\n"
        "The receptionist at Facilities (a lad called Kieran) showed me where to wait.\n"
        "Panel was Mr Owen Tate, Portering Manager, and Mrs Ada Eze, Team Leader.\n"
    )
    assert "Kieran" not in " ".join(_greeted(notes))
    assert len(notes.interviewers) == 2


def test_a_nickname_before_the_full_name_in_brackets() -> None:
    notes = _notes(
        "Interview at Gatton Cranes\n\nMacca (Liam McAllister) - yard mgr, ex rigger\n"
        "- talked about the night lifts\n"
    )
    assert [p.name for p in notes.interviewers] == ["Liam McAllister"]
    assert _greeted(notes) == ["Macca"]  # what the notes call him (blind readers accept either)


def test_an_honorific_with_a_family_name_first_greets_as_the_notes_do() -> None:
    notes = _notes(
        "Lotus Bay Hotel – Pastry Chef interview\n\nMet:\n* Chef Danial Yusof – Exec Chef\n"
        "* Ms Lim Siew Ping – HR Manager\n\n- Chef Danial tasted my kaya tart\n"
        "- Ms Lim said they will call by next Friday\n"
    )
    assert _greeted(notes)[0] == "Chef Danial"  # the kitchen's head leads, as the notes call him
    assert "Ms. Lim" in _greeted(notes)
    assert "Ms. Ping" not in _greeted(notes)


def test_a_place_at_a_hub_is_not_the_employer_the_heading_names() -> None:
    notes = _notes(
        "Riverside Pantry Trust – finance officer interview, Monday at the Llanfair hub\n\n"
        "Met Carys Bowen (CEO) and Idris Rees, a trustee.\n"
    )
    assert notes.company == "Riverside Pantry Trust"


def test_two_checks_joined_by_a_plus_are_not_a_firm() -> None:
    notes = _notes(
        "warehouse lead int sat 9am\nmet dana reyes (ops mgr)\n- pick rates and RF guns\n"
        "bg check + drug test if offer, dana said 1-2 wks\n"
    )
    assert notes.company is None or "Drug" not in notes.company


def test_a_nationality_is_not_the_employer_and_co_is_names_it() -> None:
    notes = _notes(
        "notes after the call\n- Piotr = Technical Superintendent, Polish, ex chief engineer\n"
        "- co is Meridian Tanker Management (from the email footer)\n"
        "- Piotr asked about dual fuel engines\n"
    )
    assert notes.company == "Meridian Tanker Management"


@pytest.mark.parametrize(
    ("line", "cue"),
    [
        ("If it's me, it goes to the board meeting 4/22 for approval.", "board meeting"),
        ("They said they will communicate by email latest next week Friday.", "communicate"),
    ],
)
def test_a_board_meeting_or_a_promise_to_communicate_is_the_timeline(line: str, cue: str) -> None:
    notes = _notes(
        "Interview at Elmstead Schools – School Nurse\n\nWho: Dr. Ruth Avery (principal)\n"
        f"- talked about care plans\n\nNext steps:\n- {line}\n"
    )
    assert cue in (notes.decision_timeline or "")


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Met Ewan McAllister (site manager).", "Ewan McAllister"),
        ("Met Kirsty MacDonald (site manager).", "Kirsty MacDonald"),
        ("Met DeShawn Parker (site manager).", "DeShawn Parker"),
    ],
)
def test_a_capital_inside_a_family_name_prefix_is_still_a_name(line: str, name: str) -> None:
    notes = _notes(
        f"Interview at Brackla Joinery – Joiner\n\n{line}\n- talked about sash windows\n"
    )
    assert [p.name for p in notes.interviewers] == [name]
    assert (
        _notes("Interview at Brackla Joinery\nThey run PioneerRx on the tills.\n").interviewers
        == ()
    )


# blind12's kinds (evals/reader/blind12): a nickname the notes use, whoever showed the candidate
# round, a family-name-first name after an honorific, a city in brackets after the employer, a
# title word after a job ("Clerk Depute"), a firm whose name ends in an industry word, a site.


def test_the_name_before_a_full_name_in_brackets_is_what_the_notes_call_them() -> None:
    notes = _notes(
        "Larchfield Theatre – Stage Electrician\n\nMet Jojo (Joanna Pike), Head of Lighting.\n"
        "Jojo showed me the rig and asked about DMX.\n"
    )
    assert [(p.name, p.greet) for p in notes.interviewers] == [("Joanna Pike", "Jojo")]


@pytest.mark.parametrize(
    "line",
    [
        "- Shown round by Imogen (senior nurse), she's been there years",
        "- a porter called Imogen who showed me round the wards",
    ],
)
def test_whoever_showed_the_candidate_round_is_not_greeted(line: str) -> None:
    notes = _notes(
        "Interview at Fernhill Surgery\n\n- Practice manager Carol Dyer did most of the talking\n"
        f"{line}\n- talked about the new triage system\n"
    )
    assert _greeted(notes) == ["Carol"]


def test_a_three_part_name_after_an_honorific_keeps_its_family_name() -> None:
    notes = _notes(
        "Company: Harbourline Freight\nRole: Documentation Executive\n\nWho:\n"
        " - Mr Goh Wei Jie – Operations Manager\n\n- talked about the bill of lading backlog\n"
    )
    assert _greeted(notes) == ["Mr. Goh"]


def test_a_city_and_its_district_in_brackets_are_no_person() -> None:
    notes = _notes(
        "Interview – QA Analyst – Corvanta Systems, Kochi (Kakkanad)\n\n"
        "- Mr. Suresh Menon, QA Manager\n- talked about their regression suite\n"
    )
    assert _greeted(notes) == ["Mr. Menon"]


def test_a_title_ending_in_depute_is_one_title() -> None:
    notes = _notes(
        "Interview at Dunmore Sheriff Court\n\nPanel: Elspeth Munro, Sheriff Clerk Depute, and "
        "Ian Baird (facilities manager).\n- talked about jury days\n"
    )
    assert "Depute" not in _greeted(notes)


def test_a_firm_named_for_its_trade_is_the_employer_not_a_person_and_a_plant_is_a_site() -> None:
    notes = _notes(
        "notes on the interview today with Brennan Agri the dealership met with Paddy Brennan "
        "the owner who asked about hydraulics\n"
    )
    assert notes.company == "Brennan Agri"
    assert "Brennan Agri" not in [p.name for p in notes.interviewers]
    site = _notes("Interview: Maintenance Fitter – Apapa Plant\n\nMet Mr. Bello (plant manager)\n")
    assert site.company is None


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("- said hed ring by monday or tuesday", "ring by monday"),
        ("Aileen said they'd write out within a fortnight.", "within a fortnight"),
        ('- Mr Obi said feedback "latest by next week Friday".', "next week"),
        ('Next: Priya will revert "in 2-3 working days".', "2-3 working days"),
        ("8. Kwame said conditional offers go out in ~3 weeks", "~3 weeks"),
        ("They're seeing two more people on Thursday, will hear early next week.", "next week"),
    ],
)
def test_how_people_say_when_they_will_decide(line: str, said: str) -> None:
    notes = _notes(f"Interview at Tallis Group – Analyst\n\nMet Dana Reyes (manager).\n\n{line}\n")
    assert said in (notes.decision_timeline or "")


def test_spoken_punctuation_ends_a_private_remark_in_dictated_notes() -> None:
    notes = _notes(
        "ok notes from the interview at Lantern Wine Bar full stop it was with the owner Rua "
        "Hemi and we talked about the list and the by the glass pours full stop new paragraph "
        "they've got two more people to see and will let me know next week sometime new "
        "paragraph note to self don't mention the Hillside thing and I'm not doing this for "
        "under 60k full stop"
    )
    assert "next week" in (notes.decision_timeline or "")
    private = " ".join(notes.private_lines)
    assert "60k" in private and "next week" not in private


def test_shorthand_in_the_employers_name_is_written_out() -> None:
    notes = _notes("Welsh Govt – Policy Officer interview\n\nPanel: Rhys Morgan (chair)\n")
    assert notes.company == "Welsh Government"


def test_a_heading_in_title_case_reads_as_prose_in_a_topic() -> None:
    notes = _notes(
        "Interview at Brecon Council – Policy Officer\n\nMet Rhys Morgan (chair).\n\n"
        "Questions:\n- Making Effective Decisions\n- Communicating and Influencing\n"
    )
    topics = [p.topic for p in notes.talking_points]
    assert "making effective decisions" in topics
    assert not any("Effective" in t or "Influencing" in t for t in topics)


def test_an_office_of_something_is_an_employer_not_a_room() -> None:
    notes = _notes(
        "Interview - Grants Analyst (Arts & Culture), Office of Cultural Affairs\n"
        "Tuesday 10am, Teams\n\npanel:\nDr. Ines Vidal - Deputy Director\n"
    )
    assert notes.company == "Office of Cultural Affairs"
    assert _notes("Interview at Acme Foods\nWe met in the office of the week lol\n").company == (
        "Acme Foods"
    )


# blind13's private kinds: a "notes 4 me" heading, "My own notes:", and a name a "don't mention"
# line keeps quiet, named again in an ordinary line.


@pytest.mark.parametrize("heading", ["notes 4 me:", "My own notes:", "just for me:"])
def test_a_private_heading_keeps_the_lines_under_it(heading: str) -> None:
    notes = _notes(
        "Interview at Harbourview Suites – Night Auditor\n\n- Ms. Lina Cruz, front office manager\n"
        f"- talked about the city ledger discrepancies\n\n{heading}\n- ask for 22k at least\n"
        "- Auntie Marisol works there, don't let it look like I'm using her\n"
    )
    assert "Marisol" not in " ".join(p.greet or p.name for p in notes.interviewers)
    private = " ".join(notes.private_lines)
    assert "22k" in private and "Auntie Marisol" in private


def test_what_a_dont_mention_line_keeps_quiet_is_private_wherever_it_is_named() -> None:
    notes = _notes(
        "scaffolder interview w dean @ apex access ltd\n\n- dean = contracts manager\n"
        "- showed me the yard, kit looks decent not like brickstone\n"
        "- asked about boarding out and ladder beams\n\nDONT mention the fall at brickstone\n"
    )
    assert any("not like brickstone" in p for p in notes.private_lines)
    assert not any("brickstone" in t.topic for t in notes.talking_points)
    dictated = _notes(
        "ok notes from the interview at Larch Joinery with Tom Reid the foreman we talked about "
        "sash windows and the listed building work and he asked why I left Gilmour Builders and I "
        "said the work dried up note to self do not bring up the Gilmour thing again"
    )
    assert any("Gilmour Builders" in p for p in dictated.private_lines)
    assert not any("sash windows" in p for p in dictated.private_lines)  # only what names it
    assert [p.name for p in dictated.interviewers] == ["Tom Reid"]


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("- Siobhán said they'd decide by Friday week", "a decision was expected by Friday week"),
        ("- they'll be in touch early next week about a second round",
         "you expected to be in touch the week after our interview"),
        ("- Kim said feedback by Friday", "you expected to be in touch by Friday"),
        # a day said with "week" or "of the month" is said back whole
        ("Declan said he'd ring me Friday week, after he sees the other candidate.",
         "by Friday week"),
        ("The elders meet on the last Sunday of the month and they will decide then.",
         "a decision was expected on the last Sunday of the month"),
    ],
)  # fmt: skip
def test_a_status_check_says_a_decision_only_when_the_notes_do(line: str, said: str) -> None:
    assert said in _status_check(
        f"Halden Freight – Night Dispatcher\nMet Dana Reyes (manager)\n{line}\n"
    )


def test_a_team_leader_listed_by_name_is_an_interviewer() -> None:
    notes = _notes(
        "Interview at Te Awa Library\n\n- Rangi Walker, Team Leader Customer Services\n"
        "- Sarah Chen, Youth Librarian\n- Rangi opened with a mihi\n"
    )
    assert [p.name for p in notes.interviewers] == ["Rangi Walker", "Sarah Chen"]


def test_someone_who_was_off_sick_is_not_greeted() -> None:
    notes = _notes(
        "Interview at Clyde Energy – Team Leader\nYou'll meet with Graham Reid, Operations "
        "Manager, and Aisha Bhatti, Quality Lead.\n\nNotes:\nGraham was off sick so it was Aisha "
        "and a guy called Colin Murdoch instead.\n- role-play with an angry customer\n"
    )
    assert "Graham" not in " ".join(p.greet or p.name for p in notes.interviewers)
    assert notes.interviewers and notes.interviewers[0].name == "Aisha Bhatti"


def test_an_engineers_title_before_a_family_name_first_name() -> None:
    notes = _notes(
        "Interview – Structural Engineer – Teguh Struktur Sdn Bhd\n\n"
        "- Ir. Lim Chee Keong – Director\n- Ir. Lim asked about punching shear in flat slabs\n"
    )
    assert notes.interviewers[0].greet == "Ir. Lim"


def test_a_question_put_to_the_candidate_is_about_their_own_work() -> None:
    notes = _notes(
        "Interview at Oak Primary – Teaching Assistant\n\nMet Mrs Jane Hill (head).\n\n"
        "- They asked if I have done any SEN training.\nQ: Your role in the Ofsted prep?\n"
    )
    topics = [p.topic for p in notes.talking_points if p.kind == "their_question"]
    assert topics == ["my SEN training", "my role in the Ofsted prep"]


def test_how_an_interviewer_treated_someone_else_stays_private() -> None:
    notes = _notes(
        "Interview at Brightwire Electrical – Commercial Electrician\n\n- Dale Hughes (ops manager)\n"
        "- talked about the hospital fit-out\n- Dale kinda talked down to the receptionist, not a "
        "great look\n"
    )
    assert any("receptionist" in p for p in notes.private_lines)
    assert not any("receptionist" in t.topic for t in notes.talking_points)


# blind14's kinds: an app as the employer, a camel-case brand as a person, a department in a
# heading read as a person, a family-name-first name without a title, two days said together.


def test_an_app_is_no_employer_and_a_brand_is_no_person() -> None:
    notes = _notes(
        "interview notes, added to the WhatsApp group after\n- Faisal Qureshi (ops manager)\n"
    )
    assert notes.company is None
    brand = _notes(
        "DataNest (Series B, HR SaaS) – CSM, Enterprise APAC\n\n- Tan Mei Hua, Head of CS\n"
    )
    assert brand.company == "DataNest"
    assert "DataNest" not in [p.name for p in (*brand.interviewers, *brand.coordinators)]
    assert brand.interviewers[0].greet == "Mei Hua"  # family name first, no title: the given name


def test_a_department_in_the_heading_is_not_a_person() -> None:
    notes = _notes(
        "City of Alder Springs Water Dept – WTP Operator (Operator I)\n\n"
        "Panel: Gary Lindqvist (Plant Superintendent), Denise Horton (Chief Operator)\n"
    )
    assert [p.name for p in notes.interviewers] == ["Gary Lindqvist", "Denise Horton"]


def test_two_days_said_together_are_said_back_together() -> None:
    notes = _notes(
        "Northside Physio – Physio assistant\n\nMet Bec Sullivan (owner).\n\n"
        "8. Bec said she'd let me know Monday or Tuesday.\n"
    )
    assert "Monday or Tuesday" in (notes.decision_timeline or "")
    assert "by Monday or Tuesday" in _status_check(notes)


# blind15's private kinds: a "Me only" heading, a to-do to practise, "don't mention" in Tagalog or
# patois, and a name given in the same bullet as a "don't mention".


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Me only\n- 12hr shifts vs nursery pickup, don't raise childcare yet", "nursery pickup"),
        ("- practise speed on fades. time miself", "fades"),
        ("- wag muna banggitin yung BPO application hehe", "BPO application"),
        ("Doh tell Mummy about the snake house yet.", "snake house"),
    ],
)
def test_more_ways_people_keep_a_line_to_themselves(line: str, kept: str) -> None:
    notes = _notes(
        "Interview at Kestrel Zoo – Animal Keeper\n\n- Dr. Asha Ramdass (curator)\n"
        f"- talked about enrichment for the capuchins\n\n{line}\n"
    )
    assert any(kept in p for p in notes.private_lines)
    assert not any(kept in t.topic for t in notes.talking_points)


def test_a_name_in_a_dont_mention_bullet_is_not_greeted() -> None:
    notes = _notes(
        "Interview at Rivers Foods – Procurement Officer\n\nPanel:\n- Mrs. Grace Adeyemi (Head of "
        "Procurement)\n- Emeka Obi (Category Manager)\n\n11. Do NOT mention the issue at my last "
        "job. For reference give Mr Bassey, not the GM.\n"
    )
    assert [p.greet for p in notes.interviewers] == ["Mrs. Adeyemi", "Emeka"]
