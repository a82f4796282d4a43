"""Who the candidate met: people the notes introduce in tables, labels, emails and voice notes;
recruiters apart; the lead is whoever decides; the name each goes by."""

from __future__ import annotations

from datetime import date

from assistant.notes.greetings import goes_by, greet_name
from assistant.notes.name_evidence import is_person
from assistant.notes.org import fallback_role, junk_company
from assistant.notes.parse import parse_notes

TODAY = date(2026, 12, 1)


def _cast(text: str) -> tuple[list[tuple[str, str | None, str | None]], list[str]]:
    notes = parse_notes(text, TODAY)
    return [(p.name, p.greet, p.role) for p in notes.interviewers], [
        p.name for p in notes.coordinators
    ]


def test_a_markdown_table_of_the_panel_is_read_row_by_row() -> None:
    people, _ = _cast(
        "Interview at Larchmont Clinic\n\n"
        "| Who | Role | Notes |\n|---|---|---|\n"
        "| Rev. Dr. Osei Lamptey | Board Chair | quiet |\n"
        "| Ingeborg Halvard | Clinic Director | she makes the final call |\n"
    )
    assert [name for name, _, _ in people] == ["Ingeborg Halvard", "Rev. Dr. Osei Lamptey"]
    assert people[0][2] == "lead"


def test_a_scheduled_by_line_names_a_recruiter_not_an_interviewer() -> None:
    people, recruiters = _cast(
        "Role: Line Mechanic\nScheduled by: Priyanka (HR)\n"
        "Interviewers: Teodor Vasquez (shop foreman)\n- Teodor asked about brake jobs"
    )
    assert recruiters == ["Priyanka"]
    assert [name for name, _, _ in people] == ["Teodor Vasquez"]


def test_a_pasted_recruiter_email_names_its_sender_as_the_recruiter() -> None:
    _, recruiters = _cast(
        "From: Odile Marchetti <odile@brightpathstaffing.com>\nSubject: Interview - Barista\n\n"
        "Hi, confirming your interview with Hugo Lindgren (Cafe Manager) on Friday.\n\n"
        "my notes:\n- Hugo asked about latte art"
    )
    assert recruiters == ["Odile Marchetti"]


def test_voice_notes_in_lower_case_find_named_people_and_nicknames() -> None:
    people, recruiters = _cast(
        "so the interview was with the hiring manager her name is theodora grant but she said "
        "call me teddy and a guy named wendell who did the tour the recruiter janice set it up "
        "teddy asked about my inventory system"
    )
    greets = {greet for _, greet, _ in people}
    assert greets == {"Teddy"}  # wendell only did the tour: met, not greeted (READER.md, F)
    assert people[0][1] == "Teddy"
    assert sorted(recruiters) == ["Janice", "Wendell"]


def test_the_decider_leads_over_the_first_listed_and_the_talker() -> None:
    people, _ = _cast(
        "Interviewers: Bram Okoye (senior designer); Lucinda Farrow (design director)\n"
        "- Bram did most of the talking\n- Lucinda is the hiring manager, she decides by Friday"
    )
    assert people[0][0] == "Lucinda Farrow" and people[0][2] == "lead"


def test_a_nickname_belongs_to_the_person_it_follows_not_the_next_one() -> None:
    people, _ = _cast(
        "met with the owner gregor blaine and his foreman a guy named anatoly petrov but he said "
        "call me tolya. tolya asked about conduit bending"
    )
    greets = {name: greet for name, greet, _ in people}
    assert greets.get("Gregor Blaine") == "Gregor"
    assert greets.get("Anatoly Petrov") == "Tolya"


def test_goes_by_reads_a_title_with_a_name_and_an_is_fine() -> None:
    text = (
        "Panel: Ms. Rosalind Achebe (head of science) - kids call her Ms. Rosa, said I should too"
    )
    assert goes_by("Ms. Rosalind Achebe", None, text) == "Ms. Rosa"
    text = 'Interviewer: Dr. Mireille Sato (owner) - "Dr. Mimi is fine"'
    assert goes_by("Dr. Mireille Sato", None, text) == "Dr. Mimi"


def test_greet_name_prefers_the_name_they_go_by_over_a_title() -> None:
    assert greet_name("Dr. Hollis Vance", "Holly") == "Holly"
    assert greet_name("Dr. Hollis Vance", None) == "Dr. Vance"
    assert greet_name("Capt. Idris Mbeki", None) == "Capt. Mbeki"


def test_common_words_and_lower_case_phrases_are_no_people() -> None:
    text = "We tasted a crudo with miso glaze. Portfolio Review went well. Greta asked about food cost."
    assert not is_person("Portfolio Review", None, text)
    assert not is_person("Miso Glaze", None, text)
    assert not is_person("Emailed", None, text)
    assert is_person("Greta", None, text)


def test_role_from_a_heading_or_the_interview_phrase() -> None:
    assert fallback_role("Subject: RE: Pastry Chef - Juniper House\n\nHi Sam") == "Pastry Chef"
    assert (
        fallback_role("notes from the night dispatcher interview at the depot")
        == "Night Dispatcher"
    )


def test_past_employers_and_vague_places_are_no_company() -> None:
    assert junk_company("Prev job")
    assert junk_company("their shop")
    assert not junk_company("Juniper House")
