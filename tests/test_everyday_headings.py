"""Kinds of mistakes blind readers found in everyday notes (evals/reader/blind6), pinned on
made-up notes of the same kind: the employer in a "Role interview – Org, branch. Day" heading, a
job title with a pay word in it, an organisation typed beside the role read as a person, a form
or everyday words taken for the employer; a talking point that is the employer, the job or the
person written to; a cut clause or an aside after a clean noun phrase; one point per thank-you."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.core.domain import Notes
from assistant.drafter.composer import choose_points
from assistant.drafting.pipeline import DraftRequest, draft_email
from assistant.notes.employer_check import implausible_employer
from assistant.notes.parse import parse_notes
from assistant.notes.talking_points import read
from assistant.text.sayable import unsayable

TODAY = date(2026, 12, 1)


def _notes(text: str) -> Notes:
    return parse_notes(text, TODAY)


@pytest.mark.parametrize(
    ("text", "company", "role"),
    [
        ("Claims Handler interview – Pemberton & Vale Insurance, Leeds office. Tuesday 2pm.\n\n"
         "Met Owen Pryce, team leader, and Alys from HR.\n", "Pemberton & Vale Insurance",
         "Claims Handler"),
        ("Contract Negotiator interview – Halden Freight Partners, York branch. Thurs 10am.\n\n"
         "Saw Mr Tomas Reyes, director.\n", "Halden Freight Partners", "Contract Negotiator"),
        ("Help desk interview - Ridgeway Water customer support\nPhone call 25 mins w/ Dana\n",
         "Ridgeway Water", None),
        ("LPN — MEDICAL ONCOLOGY (5 East), St. Brendan's Regional Hospital\nDate: Tue 3/4\n",
         "St. Brendan's Regional Hospital", None),  # the named place, not the ward beside the job
    ],
)  # fmt: skip
def test_the_employer_in_an_everyday_heading(text: str, company: str, role: str | None) -> None:
    notes = _notes(text)
    assert notes.company == company
    if role:
        assert notes.role == role


def test_an_organisation_beside_the_role_is_the_employer_not_a_person() -> None:
    notes = _notes(
        "Dental Receptionist – Brightsmile Family (orthodontics + general), 2nd round\n"
        "Tues 3pm\n\nWho:\n- Priya Shah, Practice Manager, decides\n- Tom, dentist\n"
    )
    assert notes.company == "Brightsmile Family"
    assert "Brightsmile Family" not in [i.name for i in notes.interviewers]


def test_a_cafe_on_a_street_is_named_without_the_street() -> None:
    notes = _notes(
        "Copper Kettle café on Bridge St – kitchen porter, weekends. Met Ana (owner) for 20 mins.\n"
    )
    assert notes.company and notes.company.startswith("Copper Kettle")
    assert "Bridge" not in notes.company


def test_a_job_title_with_a_pay_word_is_not_private_but_a_pay_remark_is() -> None:
    _, private = read("Contract Negotiator – Halden Freight\n- want to negotiate the day rate\n")
    assert private == ("want to negotiate the day rate",)


@pytest.mark.parametrize("company", ["D4 medical", "Call centre", "Front desk"])
def test_a_form_or_everyday_words_are_no_employer(company: str) -> None:
    assert implausible_employer(company, None, f"Need a {company} from the GP first.")


@pytest.mark.parametrize("company", ["Northstar Energy", "FreshWay grocery", "Bean There"])
def test_names_typed_fast_are_still_employers(company: str) -> None:
    assert implausible_employer(company, None, f"Interview at {company}.") is None


@pytest.mark.parametrize(
    "topic",
    [
        "used the gym membership story",  # what I did, in the past tense with its object
        "fixed the leaking valve on the boiler",
        "round the dispensary and the robot",  # a preposition cut from its sentence
        "through the stock room",
        "hotel job notes",  # a heading
    ],
)
def test_a_cut_sentence_is_not_sayable(topic: str) -> None:
    assert unsayable(topic)


@pytest.mark.parametrize("topic", ["used cars and vans", "the reclaimed timber range"])
def test_a_participle_as_an_adjective_is_sayable(topic: str) -> None:
    assert unsayable(topic) is None


def test_a_clean_noun_phrase_is_kept_before_a_clause_or_an_aside() -> None:
    points, _ = read(
        "- Mr Osei asked about a safeguarding case I was part of - used the one from March\n"
        "- Ines asked about the audit finding at my current firm (kept it short)\n"
        "- Switching from Sage to Xero next spring, Ines wants help with it\n",
        ["Mr Osei", "Ines"],
    )
    topics = [p.topic for p in points]
    assert "a safeguarding case" in topics
    assert "the audit finding" in topics
    assert any(t.startswith("switching from Sage to Xero") for t in topics)


PAYLOAD = {
    "stage": "thank_you",
    "company": "Reece Bros Plumbing",
    "role": "Apprentice Plumber",
    "interviewers": [{"name": "Marisol Vega", "greet": "Marisol", "role": "lead"}],
    "talking_points": [
        {"topic": "Reece Bros Plumbing", "kind": "discussed"},
        {"topic": "the apprentice plumber role", "kind": "discussed"},
        {"topic": "Marisol's management style", "kind": "discussed"},
        {"topic": "the new van fleet they are rolling out", "kind": "their_work"},
    ],
}


def test_a_point_that_is_the_employer_the_job_or_the_reader_is_not_said() -> None:
    topics = [p["topic"] for p in choose_points(PAYLOAD, "thank_you", 0)]
    assert topics == ["the new van fleet they are rolling out"]


def test_a_possessive_of_the_employer_is_still_a_topic() -> None:
    payload = dict(PAYLOAD, talking_points=[{"topic": "Reece Bros Plumbing's van fleet",
                                             "kind": "their_work"}])  # fmt: skip
    assert [p["topic"] for p in choose_points(payload, "thank_you", 0)] == [
        "Reece Bros Plumbing's van fleet"
    ]


def test_a_thank_you_the_drafter_writes_names_one_point() -> None:
    notes = _notes(
        "Greenway Landscapes – Crew Lead\nMet Hollis Grant (owner, decides)\n\n"
        "- we talked about the drainage job on Elm Court\n"
        "- talked about the new mini excavator\n"
        "- talked about winter snow contracts\n"
    )
    body = draft_email(DraftRequest(notes, "thank_you")).body
    assert "as well as" not in body
    assert sum(t in body for t in ("drainage", "excavator", "snow contracts")) == 1


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("- she'll ring me by Friday either way", "by Friday"),
        ("Dana is seeing two more people and will text me by Sunday.", "by Sunday"),
        ("He'll phone by Wednesday and training starts on the 14th.", "by Wednesday"),
        ("Mr Reyes will email all candidates by Thursday.", "by Thursday"),
    ],
)
def test_a_promise_to_ring_text_or_email_by_a_day_is_the_timeline(line: str, said: str) -> None:
    notes = _notes(f"Halden Freight – Driver\nMet Dana Reyes (depot manager)\n\n{line}\n")
    body = draft_email(DraftRequest(notes, "status_check")).body
    assert f"you expected to be in touch {said}" in body  # a call is promised, not a decision


@pytest.mark.parametrize(
    ("text", "name", "greet"),
    [
        ("Saw Mr Alan Price (director, decides) and Becky Collins, the branch manager.",
         "Mr. Alan Price", "Mr. Price"),  # the verb is no part of the name
        ("Met Mr Tomas Reyes (owner, decides) and Jo Park, the office manager.",
         "Tomas Reyes", None),
        ("- Chef Lucien Moreau, exec chef/owner. everyone just calls him Chef. he decides\n"
         "- sous chef Priya Nair ran me through mise\n", "Lucien Moreau", "Chef Moreau"),
    ],
)  # fmt: skip
def test_the_lead_is_named_as_the_notes_address_them(
    text: str, name: str, greet: str | None
) -> None:
    lead = _notes(text).interviewers[0]
    assert name in lead.name and lead.name.split()[0] not in ("Saw", "Met")
    if greet:
        assert lead.greet == greet


@pytest.mark.parametrize(
    "line",
    [
        "Met Grant Holloway (area manager, decides) and Bernadette from HR who did the ID checks.",
        "Met Grant Holloway (area manager, decides). Studio manager Bernadette set it up & did the "
        "coffees.",
    ],
)
def test_someone_who_only_did_the_checks_or_the_coffees_is_met_not_greeted(line: str) -> None:
    notes = _notes(line)
    assert [i.name for i in notes.interviewers] == ["Grant Holloway"]
    assert "Bernadette" in [c.name for c in notes.coordinators]


@pytest.mark.parametrize("company", ["Marrow", "Junction Coffee", "Augusta Dental"])
def test_an_employer_that_starts_like_a_month_is_kept(company: str) -> None:
    notes = _notes(f"trial shift @ {company} - line cook\n- Chef Ana Ruiz ran the pass\n")
    assert notes.company == company


@pytest.mark.parametrize(
    ("first_line", "role", "company"),
    [
        ("Vintage cellar hand – Redgum Ridge Wines (Clare Valley)", "Vintage cellar hand",
         "Redgum Ridge Wines"),
        ("Welder/fabricator - Ostrowski Steel", "Welder/fabricator", "Ostrowski Steel"),
        ("tree climber/arborist – Greenbough Tree Care", "Tree Climber/Arborist",
         "Greenbough Tree Care"),
        ("asm interview - the foundry playhouse", "Assistant Stage Manager",
         "The Foundry Playhouse"),
        ("apprenticeship interview - Harcourt Electrical - tues 3rd", "Apprenticeship",
         "Harcourt Electrical"),
    ],
)  # fmt: skip
def test_a_first_line_of_job_and_employer_in_any_case(
    first_line: str, role: str, company: str
) -> None:
    notes = _notes(f"{first_line}\nMet Dana Reyes (owner, decides).\n- 10-12 hr shifts\n")
    assert (notes.role, notes.company) == (role, company)


def test_an_apprenticeship_is_named_as_one() -> None:
    notes = _notes("apprenticeship interview - Harcourt Electrical\nMet Dave Harcourt (owner)\n")
    body = draft_email(DraftRequest(notes, "status_check")).body
    assert "the apprenticeship at Harcourt Electrical" in body


def test_the_job_named_before_interview_in_dictated_notes() -> None:
    notes = _notes(
        "ok notes from the conductor interview this is thursday afternoon um so it was at the depot "
        "with a guy called Phil Dunmore who is the conductor manager and he did the safety "
        "questions and they said medical is next then theyll decide within three weeks\n"
    )
    assert notes.role == "Conductor"
    body = draft_email(DraftRequest(notes, "status_check")).body
    assert "within three weeks of our interview" in body and "Thursday" not in body


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("- Siobhán said they'd decide by Friday week", "by Friday week"),
        ("- writing sample due by Monday, then they decide within two weeks",
         "within two weeks of our interview"),
    ],
)  # fmt: skip
def test_the_timeline_is_said_back_as_given_and_never_a_deadline(line: str, said: str) -> None:
    notes = _notes(f"Halden Freight – Night Dispatcher\nMet Dana Reyes (manager)\n{line}\n")
    assert f"decision was expected {said}." in draft_email(DraftRequest(notes, "status_check")).body


def test_courtesies_after_names_and_document_checks() -> None:
    notes = _notes(
        "Interview – Site Engineer (Civil), Shreeram Infraprojects Pvt Ltd\n\nPanel:\n"
        "1. Mr. Venkatesh Iyer sir – Project Manager\n"
        "2. Mrs. Deshpande ma'am – admin side, she did only document verification\n"
    )
    assert [(i.name, i.greet) for i in notes.interviewers] == [("Mr. Venkatesh Iyer", "Mr. Iyer")]
    assert [c.name for c in notes.coordinators] == ["Mrs. Deshpande"]


def test_a_job_word_is_no_person_and_my_advisor_is_not_greeted() -> None:
    notes = _notes(
        "Field Technician – Cedar Creek Environmental\n\nInterviewers:\n"
        " - Dr. Hannah Lindqvist, Senior Ecologist (project lead on the wetland work)\n"
        " - Alberto Ruiz, Field Crew Supervisor — goes by Beto\n\n"
        "- Hannah did her MS in the same program as Dr. Okonjo, my advisor. small world\n"
    )
    names = [i.name for i in notes.interviewers]
    assert names == ["Dr. Hannah Lindqvist", "Alberto Ruiz"]  # the first named leads a tie


def test_one_person_read_twice_is_greeted_once() -> None:
    payload = {
        "stage": "thank_you",
        "interviewers": [
            {"name": "Kim Soo-jin", "greet": "Sue", "role": "lead"},
            {"name": "Sue", "greet": "Sue", "role": "other"},
            {"name": "Tobias Brandt", "greet": "Tobias", "role": "other"},
        ],
    }
    from assistant.drafter.writer import compose

    assert compose(payload)[1].startswith(("Dear Sue and Tobias,", "Hello Sue and Tobias,"))


@pytest.mark.parametrize(
    ("title", "greet"),
    [("ed in chief", "Maggie"), ("Chief Dispatcher", "Maggie"), ("Battalion Chief", "Chief Thorn")],
)
def test_a_rank_inside_a_job_title_is_no_rank(title: str, greet: str) -> None:
    notes = _notes(f"Valley Courier - reporter\n\nInterviewers:\n- Maggie Thorn, {title}\n")
    assert notes.interviewers[0].greet == greet


def test_a_job_split_from_a_name_is_no_person() -> None:
    notes = _notes(
        "Cascade Air - Aircraft Dispatcher\n\nInterviewers:\n- Capt. Hollis Grady, Director of "
        "Operations\n- Yuki Tanabe, Chief Dispatcher\n"
    )
    assert [i.name for i in notes.interviewers] == ["Capt. Hollis Grady", "Yuki Tanabe"]


def test_someone_the_notes_keep_formal_is_greeted_formally() -> None:
    formal = _notes(
        "SLP position\n\nInterviewed with Dr. Renata Horvath (director) and Mr. Bill Cheney, "
        "principal at Lakeview Elementary. He asked about caseloads.\n"
    )
    assert [i.greet for i in formal.interviewers] == ["Dr. Horvath", "Mr. Cheney"]
    friendly = _notes(
        "SLP position\n\nInterviewed with Dr. Renata Horvath (director) and Mr. Bill Cheney, "
        "principal at Lakeview Elementary. Bill asked about caseloads.\n"
    )
    assert friendly.interviewers[1].greet == "Bill"


@pytest.mark.parametrize(
    ("first_line", "role", "company"),
    [
        ("ea interview - fenwick & ross capital", "Executive Assistant", "Fenwick & Ross Capital"),
    ],
)
def test_a_lower_case_heading_with_a_job_abbreviation(
    first_line: str, role: str, company: str
) -> None:
    notes = _notes(f"{first_line}\nmet w/ marcus hale coo\n")
    assert (notes.role, notes.company) == (role, company)


def test_a_road_is_no_employer() -> None:
    assert implausible_employer("Te Awa Rd", None, "Te Awa Rd farm - 2IC job")


def test_names_do_not_make_an_email_harder_to_read() -> None:
    from assistant.checker.scoring import check
    from assistant.core.domain import Draft, Interviewer, Notes

    notes = Notes(
        text="Riverbend Community Land Trust - Grants & Development Coordinator",
        interviewers=(Interviewer("Tamsin Achterberg", None, "Tamsin", "lead"),),
        company="Riverbend Community Land Trust",
        role="Grants & Development Coordinator",
    )
    body = (
        "Hello Tamsin,\n\nThank you for your time and for the chance to interview for the Grants & "
        "Development Coordinator role at Riverbend Community Land Trust. I particularly "
        "appreciated talking about budget narratives.\n\nThe interview left me even more "
        "enthusiastic about joining Riverbend Community Land Trust.\n\nBest wishes,\nJo Park"
    )
    report = check(Draft("Thank you", body, "thank_you"), notes, "thank_you")
    assert next(c for c in report.checks if c.id == "readability").status != "fail"


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("- Tomasz emailing by Friday", "by Friday"),
        ("They will revert by next week Wednesday.", "the week after our interview"),
        ("- sanjay said within 2 wks", "within 2 weeks of our interview"),
        ("They said I should expect their call within two weeks.",
         "within two weeks of our interview"),
        ('- Owain: "we\'ll let people know by end of next week"',
         "by the end of the week after our interview"),
    ],
)  # fmt: skip
def test_the_everyday_ways_a_timeline_is_given(line: str, said: str) -> None:
    notes = _notes(
        f"Fenmoor Ecology – Assistant Ecologist\nMet Dana Reyes (manager)\n"
        f"- salary £24–26k dep on exp\n{line}\n"  # a pay line above is private, not a heading
    )
    body = draft_email(DraftRequest(notes, "status_check")).body
    assert f"you expected to be in touch {said}." in body  # none of them says "decide"


def test_an_ampersand_in_a_title_joins_no_one() -> None:
    notes = _notes(
        "Company: Tollgate Playhouse\nRole: Box Office Supervisor\n\nWho:\n"
        "- Siobhán Ní Bhriain, Front of House & Box Office Manager - my line manager\n"
        "- Raj, Finance & Operations Manager, came in for the second half\n"
    )
    assert [i.name for i in notes.interviewers] == ["Siobhán Ní Bhriain", "Raj"]


def test_who_joined_for_the_end_does_not_lead_unless_they_decide() -> None:
    briefly = _notes(
        "Calloway Mutual – Underwriter\n\nWHO:\n- Fiona Barclay, Head of Commercial Lines "
        "(joined for last 20 min)\n- David Zhang, Underwriting Manager, ran the interview\n"
    )
    assert briefly.interviewers[0].name == "David Zhang"
    decides = _notes(
        "Mercy ER – Tech\n• w/ Dr. Paulo Gonçalves (ER medical director) and Thu Ha (tech lead)\n"
        "• Thu ran the interview, Dr. Gonçalves came in at the end - he signs off\n"
    )
    assert decides.interviewers[0].greet == "Dr. Gonçalves"


@pytest.mark.parametrize(
    ("line", "topic", "kind"),
    [
        ("- how I'd respond to a contrast reaction", "how I'd respond to a contrast reaction",
         "their_question"),
        ("- Reba: how do I calm down a driver who's yelling on the radio",
         "how I calm down a driver", "their_question"),
        ("- ji-ho asked if ive used jira and testrail", "jira and testrail", "their_question"),
    ],
)  # fmt: skip
def test_a_question_put_to_the_candidate_is_a_talking_point(
    line: str, topic: str, kind: str
) -> None:
    points, _ = read(line, ["Reba", "Ji-ho"])
    assert [(p.topic, p.kind) for p in points] == [(topic, kind)]


def test_a_family_name_first_colleague_is_greeted_as_the_notes_call_them() -> None:
    notes = _notes(
        "Fenmoor Ecology – Assistant Ecologist\n\nPanel:\n- Dr. Owain Griffiths, Principal "
        "Ecologist\n- Nguyen Minh Chau, Senior Ecologist\n\n- Chau asked abt my dissertation\n"
    )
    assert [i.greet for i in notes.interviewers] == ["Dr. Griffiths", "Chau"]


def test_an_engineers_title_is_kept_in_the_greeting() -> None:
    notes = _notes(
        "Golden Savannah Beverages Ltd - QC Officer interview\n\nPanel was two people:\n"
        "- Engr. Chukwuemeka Obi, Plant QA Manager. He decides.\n"
        "- Mrs. Folake Adeyemi, QC Supervisor\n"
    )
    assert [i.greet for i in notes.interviewers] == ["Engr. Obi", "Mrs. Adeyemi"]


def test_a_shrug_after_the_job_and_a_firm_or_a_room_read_as_people() -> None:
    notes = _notes("keyline lock & safe - apprentice thing\ntalked w/ dale (owner)\n")
    assert notes.role == "Apprentice"  # the job, capitalised like any other; not "… Thing"
    firm = _notes("ok so just got out of the interview with hartley and sons roofing it was fine\n")
    assert "Sons Roofing" not in [i.name for i in firm.interviewers]
    room = _notes(
        "Company: Calder County Public Works\nRole: GIS Technician II\n"
        "Date/time: 3/27, 1:30 pm, Annex Bldg Rm 214\nWho:\n  - Dr. Ahmed Farouk, GIS Manager\n"
    )
    assert [i.name for i in room.interviewers] == ["Dr. Ahmed Farouk"]


def test_a_job_written_with_a_slash_beside_the_employer() -> None:
    notes = _notes(
        "Hopstead Brewing Co - Cellar/Brewer II\ninterview w/ Jess Moreau (head brewer)\n"
    )
    assert (notes.company, notes.role) == ("Hopstead Brewing Co", "Cellar/Brewer II")


def test_a_plus_between_two_people_in_prose_and_a_nickname_stays_with_its_person() -> None:
    notes = _notes(
        "Riverbend Wildlife Park - Keeper\n- Interviewed by Renée Dufresne (Curator, Life "
        'Sciences) + Marcus "Mac" Tulloch (Senior Keeper). Mac did most of the walk around.\n'
    )
    assert [(i.name, i.greet) for i in notes.interviewers] == [
        ("Renée Dufresne", "Renée"),
        ("Marcus Tulloch", "Mac"),
    ]
