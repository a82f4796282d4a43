"""The checker reads the notes itself for what the parser may get wrong: a day or a place
greeted as a person, the person the notes say decides left out, a status check that ignores
the timeline they gave (and never a private line's date)."""

from __future__ import annotations

from datetime import date

from assistant.checker.scoring import check
from assistant.core.domain import Draft
from assistant.notes.parse import parse_notes

TODAY = date(2026, 12, 1)


def _status(notes_text: str, greeting: str, middle: str) -> tuple[str, str]:
    notes = parse_notes(notes_text, TODAY)
    body = (
        f"{greeting}\n\nI hope you are well. I wanted to follow up on my interview for the "
        f"Dispatcher role. {middle} I remain very interested in the role. Could you share any "
        "update on next steps?\n\nThank you again for your time.\n\nBest regards,\nAlex"
    )
    report = check(
        Draft("Following up – Dispatcher interview", body, "status_check"), notes, "status_check"
    )
    return report.passed, " ".join(c.message for c in report.checks if c.status == "fail")


NOTES = (
    "Dispatcher interview w/ Gus Romero at Harbor Freight Lines, Thurs 11/19\n"
    "Gus is the hiring manager and decides. Renata from HR set it up.\n"
    "- they run 40 trucks out of the east yard\n"
    "- he said they'd decide by Friday 11/27\n"
)


def test_a_weekday_is_not_a_person() -> None:
    passed, why = _status(NOTES, "Hello Thurs,", "You mentioned a decision by Friday.")
    assert not passed and "day or a month" in why


def test_a_name_the_notes_only_use_for_a_place_is_not_a_person() -> None:
    notes = NOTES.replace("Harbor Freight Lines", "Pierce Valley EMS")
    passed, why = _status(notes, "Dear Pierce,", "You mentioned a decision by Friday.")
    assert not passed and "as a place" in why


def test_the_person_who_decides_is_greeted() -> None:
    notes = NOTES.replace(
        "Gus is the hiring manager and decides.",
        "Panel: Gus Romero, Dana Wu (senior dispatcher). Gus decides.",
    )
    passed, why = _status(notes, "Dear Dana,", "You mentioned a decision by Friday.")
    assert not passed and "Gus decides" in why
    passed, _ = _status(notes, "Dear Gus and Dana,", "You mentioned a decision by Friday.")
    assert passed


def test_a_status_check_says_the_timeline_the_notes_give() -> None:
    passed, why = _status(NOTES, "Dear Gus,", "")
    assert not passed and "timeline" in why
    quiet = NOTES.replace("- he said they'd decide by Friday 11/27\n", "")
    passed, _ = _status(quiet, "Dear Gus,", "")
    assert passed


def test_a_date_in_a_private_line_is_not_their_timeline() -> None:
    notes = NOTES.replace(
        "- he said they'd decide by Friday 11/27\n",
        "NOTE to self: my other offer expires Dec 4, need to hear back before then\n",
    )
    passed, why = _status(notes, "Dear Gus,", "")
    assert passed, why


def test_one_person_greeted_twice_or_a_common_word_greeted_fails() -> None:
    passed, why = _status(NOTES, "Hello Gus, Gustavo,", "You mentioned a decision by Friday.")
    assert not passed and "greeted twice" in why
    passed, why = _status(NOTES, "Hello Gus and Sports,", "You mentioned a decision by Friday.")
    assert not passed and "common word" in why


def test_a_greeting_line_of_several_names_is_one_greeting() -> None:
    from assistant.text.email_parts import split_email

    parts = split_email("Hello Gloria, Samuel and Kristin,\n\nThank you all.\n\nBest,\nAlex")
    assert parts.greeting == "Hello Gloria, Samuel and Kristin,"
    assert split_email("Hi Sam, thanks for today.\n\nBest,\nAlex").greeting == "Hi Sam,"


def test_a_note_fragment_in_a_topic_slot_fails() -> None:
    for middle in (
        "I enjoyed talking about the 4.",
        "Hearing about Goes by Deb was a highlight.",
        "I enjoyed our conversation about A volunteer at the shelter.",
    ):
        passed, why = _status(NOTES, "Dear Gus,", f"You mentioned a decision by Friday. {middle}")
        assert not passed and "note fragment" in why, middle
    passed, _ = _status(
        NOTES,
        "Dear Gus,",
        "You mentioned a decision by Friday. I enjoyed hearing about the 40 trucks.",
    )
    assert passed


def test_a_topic_that_says_too_little_is_left_out() -> None:
    from assistant.notes.topic_phrases import clean_topic

    for raw in ("the 4", "the Rev.", "a volunteer", "Goes by Deb", "the 10:30"):
        assert clean_topic(raw, "discussed", ()) is None, raw
    assert clean_topic("their new triage protocol", "discussed", ()) == "their new triage protocol"
