"""Notes typed or dictated in lower case, and headings in one case: people named beside a job,
the employer heading the notes, people met on the day who did not interview (issue 11)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.notes.lower_people import lower_people
from assistant.notes.org import cased_headline_employer, headline_piece_role
from assistant.notes.parse import parse_notes

TODAY = date(2026, 12, 1)


def _cast(text: str) -> tuple[list[tuple[str, str | None]], list[str]]:
    notes = parse_notes(text, TODAY)
    return [(p.name, p.greet) for p in notes.interviewers], [p.name for p in notes.coordinators]


def test_lower_case_bullets_with_a_job_name_people_and_the_decider_leads() -> None:
    people, _ = _cast(
        "brightwater ferries — deckhand\n"
        "ppl\n"
        "- oisín mac giolla — harbour master. final say.\n"
        "- tomasz wierzbicki — bosun, would be my boss day to day\n"
        "- wiring diagrams, electrical, what's my process -> check the manual first\n"
        "they'll decide within two weeks\n"
    )
    assert people[0] == ("Oisín Mac Giolla", "Oisín")
    assert ("Tomasz Wierzbicki", "Tomasz") in people
    assert all("Wiring" not in name for name, _ in people)  # a topic bullet is nobody


def test_dictated_notes_name_a_titled_person_and_a_job_then_a_name() -> None:
    people, _ = _cast(
        "so the interview at the aquarium went fine the director is doctor farhad mirzaei he "
        "makes the final call and the senior aquarist lottie brannigan who would be my boss "
        "asked about water chemistry and quarantine tanks\n"
    )
    names = dict(people)
    assert names.get("Dr. Farhad Mirzaei") == "Dr. Mirzaei"
    assert names.get("Lottie Brannigan") == "Lottie"
    assert people[0][0] == "Dr. Farhad Mirzaei"


def test_a_lower_case_word_beside_a_job_needs_name_evidence() -> None:
    found = lower_people(
        "- peds dosing, weight-based, double check with a 2nd RN\n"
        "- the budget — manager wants it cut\n"
    )
    assert found == []


def test_someone_who_only_did_the_paperwork_is_met_not_greeted() -> None:
    people, coordinators = _cast(
        "Harlow Print Works — Press Operator\n"
        "- Ruth Abernathy, plant manager, decides\n"
        "- Gideon Marsh, shipping clerk, did the paperwork, wasn't part of the interview\n"
        "- talked about the new six-color press\n"
    )
    assert [n for n, _ in people] == ["Ruth Abernathy"]
    assert coordinators == ["Gideon Marsh"]


def test_a_front_desk_manager_who_interviews_is_still_an_interviewer() -> None:
    people, coordinators = _cast(
        "Hotel Verano — Night Auditor\n"
        "- Paloma Reyes, front desk manager, would be my boss\n"
        "- talked about the audit checklist and the PMS they use\n"
    )
    assert [n for n, _ in people] == ["Paloma Reyes"]
    assert coordinators == []


@pytest.mark.parametrize(
    ("first_line", "want"),
    [
        ("sunfield orchards — seasonal crew lead (picking)", "Sunfield Orchards"),
        ("HALCYON BAY MARINA — DOCK ATTENDANT", "Halcyon Bay Marina"),
        ("GRANITE STATE FREIGHT — Building 4 (north dock)", "Granite State Freight"),
        ("kvmr — assoc. producer", "KVMR"),
        ("CNA - night shift", None),  # a shouted job, not an employer
        ("thurs 10am — line cook trial", None),
        ("Interview notes — barista", None),
    ],
)
def test_an_employer_heading_the_notes_in_one_case(first_line: str, want: str | None) -> None:
    assert cased_headline_employer(first_line + "\n- notes follow") == want


def test_the_heading_employer_beats_a_place_after_at() -> None:
    notes = parse_notes(
        "sunfield orchards — seasonal crew lead\nmon 7am @ the packing shed on route 9\n"
        "- talked about the new sorting line\n",
        TODAY,
    )
    assert notes.company == "Sunfield Orchards"


def test_a_role_beside_an_aside_or_a_pin_is_still_the_role() -> None:
    assert (
        headline_piece_role(
            "Tue 3:00 PM – 4:00 PM  Interview – Volunteer & Outreach Coordinator (Imke / Raf)"
            "  📍 Larkspur Food Bank, Annex\n"
        )
        == "Volunteer & Outreach Coordinator"
    )
    assert headline_piece_role("Interviewer: Dr. Sela Moana, DPT, clinic director\n") is None


def test_the_parser_reads_every_corpus_note_without_falling_back() -> None:
    """parse_notes never raises, so a crash inside it would silently empty the parse: every
    note of the blind corpora must go through the parser itself."""
    from pathlib import Path

    from assistant.notes.parse import _parse

    files = sorted((Path(__file__).parents[1] / "evals" / "reader").rglob("*.txt"))
    assert len(files) >= 150
    for path in files:
        _parse(path.read_text(encoding="utf-8"), TODAY)  # raises on a crash


def test_a_person_named_in_prose_only_by_what_to_call_them_is_greeted_so() -> None:
    people, _ = _cast(
        "Went to the farm stand interview on Saturday. Marguerite met me at the barn and said to "
        "call her Margo. She owns the place and decides alone. We talked about the CSA boxes "
        "and the new walk-in cooler.\n"
    )
    assert people and people[0][1] == "Margo"
    assert len(people) == 1  # Margo is Marguerite, not a second person


def test_someone_the_candidate_knows_is_not_on_the_panel() -> None:
    people, _ = _cast(
        "Harbourview Clinic — Medical Receptionist\n"
        "- Dolores Finch, practice manager, decides\n"
        "- talked about the new booking system; my cousin Renata worked there in 2019\n"
    )
    assert [n for n, _ in people] == ["Dolores Finch"]


def test_a_failing_notes_reader_keeps_the_text_and_says_so_in_the_log(monkeypatch, caplog) -> None:
    from assistant.notes import parse as parse_module

    def broken(text, today):
        raise RuntimeError(f"a rule that broke on {text}")  # a message that quotes the notes

    monkeypatch.setattr(parse_module, "_parse", broken)
    with caplog.at_level("ERROR", logger="assistant.notes.parse"):
        notes = parse_module.parse_notes("Met Dana Reyes today", date(2026, 12, 1))
    assert notes.text == "Met Dana Reyes today" and notes.interviewers == ()
    assert notes.unread and set(notes.unsure) == {"company", "role", "interviewers"}
    monkeypatch.undo()
    assert not parse_module.parse_notes("Met Dana Reyes today").unread  # only when it failed
    assert "the notes reader failed (RuntimeError at" in caplog.text and "Dana" not in caplog.text
