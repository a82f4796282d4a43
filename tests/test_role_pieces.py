"""A job title written as one piece of the first lines is the role: after a comma, a dash, an
'@' or a 'Subject:'; a label, a person's title in brackets or a date never is."""

from __future__ import annotations

import pytest

from assistant.notes.org import headline_piece_role


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Maple Street Bakery, lead baker\n- talked ovens", "Lead Baker"),
        ("Subject: Panel – Harbor Pilot Trainee\nnotes below", "Harbor Pilot Trainee"),
        ("night desk editor @ the Ledger, tues\n- layout", "Night Desk Editor"),
        ("Quarry Hill Clinic - Dental Hygienist - 3/4", "Dental Hygienist"),
        ("Interviewers: Ana Ruiz (Base Manager), Tom Li\n- scheduling", None),
        ("Thursday 10/22, video call, 45 min\n- they asked about audits", None),
        ("Lakeshore Transit — Bus Operator final interview\n- routes", "Bus Operator"),
        ("pastry cook stage @ Juniper Table - sat\n- laminated dough", "Pastry Cook"),
        (
            "Notes\nInterview for the Water Quality Analyst II (lab side) position",
            "Water Quality Analyst II",
        ),
    ],
)
def test_a_headline_piece_names_the_job(text: str, want: str | None) -> None:
    assert headline_piece_role(text) == want


def test_the_interviewers_title_or_a_label_word_is_never_the_role() -> None:
    from datetime import date

    from assistant.notes.parse import parse_notes

    notes = parse_notes(
        "Ridgeline Distribution, second shift warehouse supervisor\n"
        "Met Carla Diaz (Operations Manager) on the floor\n- she asked about forklift audits\n"
        "Next: second round Tuesday",
        date(2026, 12, 1),
    )
    assert notes.role not in ("Operations Manager", "Next")


def test_the_piece_beside_the_job_on_the_first_line_is_the_employer_not_a_person() -> None:
    from datetime import date

    from assistant.notes.parse import parse_notes

    notes = parse_notes(
        "Trattoria Bella Vita - prep cook. Sat, talked to Chef Anna + sous Ray.\n"
        "she asked if I can run the pasta station on a busy night",
        date(2026, 12, 1),
    )
    assert notes.company == "Trattoria Bella Vita"
    assert notes.role == "Prep Cook"
    assert all("Trattoria" not in p.name for p in notes.interviewers)
