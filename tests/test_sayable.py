"""A talking point is said only when it reads as written English (issue 11), the checker fails a
note fragment in a topic slot and a stand-in where the employer's name belongs (issue 12), and a
status check says back the timeline in the words it was given."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.checker.scoring import check
from assistant.core.domain import Draft, Interviewer, Notes
from assistant.drafter.composer import choose_points
from assistant.drafter.timeline import decision
from assistant.notes.parse import parse_notes
from assistant.text.sayable import unsayable


@pytest.mark.parametrize(
    "topic",
    [
        "Availability for the weekend brunch rota",  # a note line, its capital kept
        "Saw the new loading dock",
        "the 6 week probation",  # a number and a term of the job
        "the 3",
        "the forklift thing",  # note slang
        "my apprenticeship at the boatyard what boats",  # two thoughts run together
        "the parking situation",
        "onboarding",
        "only simple ones",  # a quantity cut from a sentence
        "pack work boots",  # a to-do
        "my future supervisor",  # a person, not a topic
        "tall Marco",
        "trivia night",  # a bare phrase from the notes
        "a lot of reptiles",
        "my osha cert",  # shorthand
        "seared the scallops and the beurre blanc",  # a clause: what I did
        "sharpen the boning knife",  # a to-do, never a topic
        "showed me the loading bays",
        "patient says chest pain radiating",  # a sentence from the notes (blind12)
        "a fair bit of Fendt tractors",  # a quantity cut from a sentence
        "someone to run the front of house",  # a wish cut from its sentence
        "own tools",  # an adjective cut from its owner (blind13)
    ],
)
def test_a_fragment_of_notes_is_not_sayable(topic: str) -> None:
    assert unsayable(topic)


@pytest.mark.parametrize(
    "topic",
    [
        "their move to Dagster and the on-call rotation",  # a product name is fine
        "how I documented the chargeback appeals",
        "voluntary weigh-ins with the sea lions",
        "EIPA requirements for school placements",  # an acronym, not a pasted capital
        "Priya's rollout plan",
        "cash handling",
        "decentralised trials",  # a participle as an adjective
        "snow control and the lift inspections on the upper mountain",
        "what the client wants from the rebrand",  # a question with "wants" is a topic
        "RTI errors",  # an acronym and a plural: sent as is by a blind reader (blind11)
    ],
)
def test_a_clean_topic_is_sayable(topic: str) -> None:
    assert unsayable(topic, frozenset({"priya's", "priya"})) is None


def test_the_drafter_leaves_out_a_point_it_cannot_say_and_keeps_one_it_can() -> None:
    payload = {
        "stage": "thank_you",
        "talking_points": [
            {"topic": "the 90 day probation", "kind": "discussed"},
            {"topic": "Availability for the Saturday rota", "kind": "discussed"},
            {"topic": "the cold-chain audit they are planning", "kind": "their_work"},
        ],
    }
    chosen = choose_points(payload, "thank_you", 0)
    assert [p["topic"] for p in chosen] == ["the cold-chain audit they are planning"]
    # what the person picks themselves is said in their words
    payload["details_chosen"] = True
    payload["details"] = ["the 90 day probation"]
    assert [p["topic"] for p in choose_points(payload, "thank_you", 0)] == ["the 90 day probation"]


@pytest.mark.parametrize(
    ("timeline", "said"),
    [
        ("about 10 days", "within about 10 days of our interview"),
        ("a couple of weeks", "within a couple of weeks of our interview"),
        ("by next fri", "by the following Friday"),
        ("test results ~1 wk, decision 2-3 wks total", "within 2-3 weeks of our interview"),
        ("end of next week", "by the end of the week after our interview"),
        ("Thurs", "by Thursday"),
        ("drug screen Thursday, Kofi said they would call Wednesday", "by Wednesday"),
    ],
)
def test_the_status_check_says_back_the_timeline_they_gave(timeline: str, said: str) -> None:
    what = "a decision was expected" if "decision" in timeline else "you expected to be in touch"
    assert decision({"decision_timeline": timeline}) == f" I understand {what} {said}."


NOTES = Notes(
    text="Kestrel Marine — Deckhand\n- Anders Holm, bosun, decides\n- talked about winter haul-out",
    interviewers=(Interviewer("Anders Holm", "bosun", "Anders", "lead"),),
    company="Kestrel Marine",
    role="Deckhand",
)


def _body(middle: str) -> str:
    return (
        "Dear Anders,\n\nThank you for your time and for the chance to interview for the Deckhand "
        f"role at Kestrel Marine. {middle}\n\nThe interview left me even more enthusiastic about "
        "joining Kestrel Marine. I look forward to hearing about the next steps.\n\n"
        "Best regards,\nJo Park"
    )


@pytest.mark.parametrize(
    "middle",
    [
        "I particularly enjoyed talking about the 4.",
        "I really enjoyed our conversation about the tide table thing.",
        "I enjoyed hearing about my internship at the marina what boats I crewed.",
    ],
)
def test_the_checker_fails_a_note_fragment_in_a_topic_slot(middle: str) -> None:
    report = check(Draft("Thank you", _body(middle), "thank_you"), NOTES, "thank_you")
    written = next(c for c in report.checks if c.id == "written")
    assert written.status == "fail" and not report.passed


def test_the_checker_passes_a_clean_topic_in_the_same_slot() -> None:
    body = _body(
        "I particularly enjoyed talking about your winter haul-out schedule for the fleet."
    )
    report = check(Draft("Thank you", body, "thank_you"), NOTES, "thank_you")
    assert next(c for c in report.checks if c.id == "written").status == "pass"


def test_a_stand_in_where_the_employer_belongs_fails_and_roles_at_your_team_is_not_english() -> (
    None
):
    body = (
        "Dear Anders,\n\nThank you for letting me know, and for the chance to interview for the "
        "Deckhand role. I understand, and I wish you all the best. I would welcome the chance to "
        "be considered for future roles at your team.\n\nBest regards,\nJo Park"
    )
    report = check(Draft("Thank you", body, "rejection_reply"), NOTES, "rejection_reply")
    status = {c.id: c.status for c in report.checks}
    assert status["role"] == "fail"  # Kestrel Marine is known and never named
    assert status["written"] == "fail"


def test_a_greeting_that_is_part_of_the_firm_name_fails_unless_a_person_carries_it() -> None:
    notes = parse_notes(
        "Lindqvist Falk Arkitekter — Project Architect\n"
        "- Ingrid Sæther, studio lead, decides\n- talked about the library competition\n",
        date(2026, 12, 1),
    )
    body = (
        "Dear Falk,\n\nThank you for your time and for the chance to interview for the Project "
        "Architect role at Lindqvist Falk Arkitekter. I particularly enjoyed talking about the "
        "library competition.\n\nBest regards,\nJo Park"
    )
    names = next(
        c
        for c in check(Draft("Thanks", body, "thank_you"), notes, "thank_you").checks
        if c.id == "names"
    )
    assert names.status == "fail"
    carried = notes.with_overrides(interviewers=[Interviewer("Mats Falk", None, "Mats", "lead")])
    ok = next(
        c
        for c in check(
            Draft("Thanks", body.replace("Dear Falk", "Dear Mr. Falk"), "thank_you"),
            carried,
            "thank_you",
        ).checks
        if c.id == "names"
    )
    assert ok.status != "fail"


def test_a_given_name_that_is_also_a_family_name_is_still_greeted() -> None:
    """'Noor' of 'Noor Al-Khatib' is her given name, though the census lists Noor as a surname;
    a bare family name ('Halvorsen') is the one a greeting to several leaves out."""
    from assistant.core.stages import load_rules
    from assistant.drafter.composer import Composer

    payload = {
        "stage": "thank_you",
        "interviewers": [
            {"name": "Noor Al-Khatib", "greet": "Noor", "role": "lead"},
            {"name": "Lars Eriksen", "greet": "Lars", "role": "other"},
            {"name": "Halvorsen", "greet": "Halvorsen", "role": "other"},
        ],
    }
    greeting = Composer(payload, 0, load_rules()).greeting()
    assert "Noor" in greeting and "Lars" in greeting
    assert "Halvorsen" not in greeting


def test_a_deadline_for_the_candidate_is_never_said_back_as_the_decision() -> None:
    """'background packet due by the 18th' is the candidate's deadline, not their decision; and
    'decision 2-3 wks' holds no 'Dec 2'."""
    packet = {"decision_timeline": "background packet due by the 18th, then polygraph",
              "decision_date": "2026-12-18", "interview_date": "2026-12-01"}  # fmt: skip
    assert decision(packet) == ""
    assert decision({"decision_timeline": "test results ~1 wk, decision 2-3 wks total"}) == (
        " I understand a decision was expected within 2-3 weeks of our interview."
    )


def test_a_timeline_line_with_a_test_first_keeps_its_decision() -> None:
    notes = parse_notes(
        "Larkin & Moss LLP - Legal Secretary\n- Peggy Albright, office administrator, decides\n"
        "Next: typing test next Tues, decision by Thanksgiving\n",
        date(2026, 11, 2),
    )
    assert notes.decision_timeline == "decision by Thanksgiving"
    assert decision({"decision_timeline": notes.decision_timeline}) == (
        " I understand a decision was expected by Thanksgiving."
    )


def test_a_thank_you_that_names_nothing_discussed_is_not_ready() -> None:
    generic = _body("I enjoyed learning more about the team and the work ahead.")
    report = check(Draft("Thank you", generic, "thank_you"), NOTES, "thank_you")
    details = next(c for c in report.checks if c.id == "details")
    assert details.status == "fail" and not report.passed
    specific = _body("I particularly enjoyed talking about the winter haul-out.")
    details = next(
        c
        for c in check(Draft("Thank you", specific, "thank_you"), NOTES, "thank_you").checks
        if c.id == "details"
    )
    assert details.status != "fail"


@pytest.mark.parametrize(
    "middle",
    [
        "I really enjoyed our conversation about used the gym membership story.",
        "I enjoyed hearing about round the dispensary and the robot.",
    ],
)
def test_the_checker_fails_a_cut_sentence_in_a_topic_slot_whoever_wrote_it(middle: str) -> None:
    report = check(Draft("Thank you", _body(middle), "thank_you"), NOTES, "thank_you")
    assert next(c for c in report.checks if c.id == "written").status == "fail"


def test_the_checker_accepts_a_capital_or_a_term_of_the_job_a_person_chose() -> None:
    body = _body("I particularly enjoyed talking about Overtime planning for the winter refits.")
    report = check(Draft("Thank you", body, "thank_you"), NOTES, "thank_you")
    assert next(c for c in report.checks if c.id == "written").status == "pass"
