"""A label that is someone's job introduces that person ("Principal: …", "Unit manager: …"),
one label per segment of a line split by pipes; a label like "Role:" never does."""

from __future__ import annotations

from datetime import date

from assistant.notes.parse import parse_notes

TODAY = date(2026, 12, 1)


def test_job_labels_introduce_people_with_that_title() -> None:
    notes = parse_notes(
        "Role: Staff Nurse\nUnit manager: Dana Brooks\n- she asked about the float pool", TODAY
    )
    assert [(p.name, p.title) for p in notes.interviewers] == [("Dana Brooks", "Unit manager")]
    assert notes.role == "Staff Nurse"


def test_pipes_separate_labelled_people_on_one_line() -> None:
    notes = parse_notes(
        "Interview – Line Cook, Copper Kettle Diner\n"
        "Owner: Marisol Vega | Sous chef: Tobias Lund | Front desk: Kim set it up\n"
        "- talked about the new brunch menu",
        TODAY,
    )
    names = [p.name for p in notes.interviewers]
    assert names[:2] == ["Marisol Vega", "Tobias Lund"]
    assert notes.interviewers[0].role == "lead"


def test_a_name_labelled_with_its_job_is_a_person_and_deciding_leads() -> None:
    notes = parse_notes(
        "Cafe interview\n- Priya = owner, decides. super direct\n"
        "- Sam = current shift lead, sat in, asked most questions\n"
        "- Sam asked how I handle rude regulars",
        TODAY,
    )
    assert [(p.name, p.role) for p in notes.interviewers] == [("Priya", "lead"), ("Sam", "other")]


def test_in_a_table_row_each_person_keeps_their_own_words() -> None:
    notes = parse_notes(
        "| Who | Monique (managing broker, runs the team, decides), Ty (team lead, did most of "
        "the talking) |\n| Next | Monique decides by Fri 11/20 |",
        TODAY,
    )
    assert notes.interviewers[0].name == "Monique"


def test_someone_met_in_passing_never_leads() -> None:
    notes = parse_notes(
        "Interviewer: Bogdan Petrescu, Branch Manager\nAlso met: Tamika (head teller), just said "
        "hi\n- Bogdan: branch does 220 transactions a day",
        TODAY,
    )
    assert notes.interviewers[0].name == "Bogdan Petrescu"


def test_a_short_form_of_a_first_name_is_the_same_person() -> None:
    notes = parse_notes(
        "Panel: Gloria Reyes (planning director), Samuel Okafor (senior planner)\n"
        "- Sam asked about zoning variances\n- Gloria wants the housing element done",
        TODAY,
    )
    assert [p.name for p in notes.interviewers] == ["Gloria Reyes", "Samuel Okafor"]


def test_a_job_label_takes_the_name_and_leaves_the_prose_after_it() -> None:
    notes = parse_notes(
        "Bookkeeper interview, 2nd floor above the bakery\n"
        "mgr = Gloria Pike (co-owner w/ her bro). she decides.\n"
        "Ravi (ofc asst) sat in first 10 min\n- they are 3 months behind on bank recs",
        TODAY,
    )
    assert notes.interviewers[0].name == "Gloria Pike"


def test_a_private_remark_on_an_interviewers_line_does_not_lose_the_interviewer() -> None:
    notes = parse_notes(
        "riverside water district - data analyst - 10/28\n"
        "- Rosa Delgado-Pérez, Director of Analytics (would be my boss). warm, talks fast\n"
        "- their problem: meter data arrives a week late",
        TODAY,
    )
    assert [p.name for p in notes.interviewers] == ["Rosa Delgado-Pérez"]
    assert not any("talks fast" in (p.title or "") for p in notes.interviewers)


def test_plus_separates_people_on_a_labelled_line() -> None:
    notes = parse_notes(
        "County court - interpreter - oral board\n"
        "Panel: OKAFOR Chidinma (Language Access Manager — goes by Chi; she decides), plus "
        "Hon. Ruth Alvarez sitting in as observer\n- asked why court and not medical",
        TODAY,
    )
    assert notes.interviewers[0].greet == "Chi"
