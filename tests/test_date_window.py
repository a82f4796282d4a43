"""Dates are bounded where they enter, the schedule cannot overflow, ambiguous numeric dates are
read by a locale setting, and two-digit years take the nearest plausible year."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from assistant.cli.main import main
from assistant.core.dates import (
    add_days,
    ambiguous_dates,
    full_year,
    read_as,
    reading_dates,
    window,
)
from assistant.core.schedule import add_business_days, due_stage
from assistant.notes.dates import far_dates
from assistant.notes.parse import parse_notes
from assistant.tracker.records import Interview
from assistant.tracker.store import Store

TODAY = date(2026, 11, 27)
FAR = (
    "Interview with Priya Nair at Stripe on Nov 26\nRole: Backend Engineer\n"
    "- talked about idempotency keys\nThey will decide by Dec 31 9999.\n"
)


def test_the_window_is_thirty_years_back_and_five_ahead():
    assert window(TODAY) == (date(1996, 11, 27), date(2031, 11, 27))
    assert window(date(2028, 2, 29)) == (date(1998, 2, 28), date(2033, 2, 28))


@pytest.mark.parametrize(
    "text",
    [
        "Interview on 9999-12-30\n- talked about APIs",
        "Interview on 0001-01-01\n- talked about APIs",
        FAR,
        "Date: 1900-01-01\nCompany: Acme",
    ],
)
def test_notes_dates_outside_the_window_are_left_unknown_and_named(text):
    notes = parse_notes(text, TODAY)
    for day in (notes.interview_date, notes.decision_date):
        assert day is None or window(TODAY)[0] <= day <= window(TODAY)[1]
    assert far_dates(text, TODAY)


def test_schedule_arithmetic_cannot_overflow():
    assert add_business_days(date(9999, 12, 30), 2) == date.max
    assert add_days(date.max, 7) == date.max and add_days(date.min, -1) == date.min
    due = due_stage(date(9999, 12, 31), date(9999, 12, 30), decision_date=date(9999, 12, 31))
    assert due.action in ("send", "wait")


def test_a_far_future_date_already_stored_never_takes_the_tracker_down(
    tmp_path, monkeypatch, capsys
):
    path = tmp_path / "t.db"
    monkeypatch.setenv("FOLLOWUP_DB", str(path))
    store = Store(path)
    store.add_interview(
        Interview(company="Stripe", role="Backend Engineer", interview_date=date(2026, 11, 26))
    )
    store.add_interview(Interview(company="Acme", role="Analyst"))
    with sqlite3.connect(path) as conn:  # as an older version could have saved it
        conn.execute("UPDATE interviews SET decision_date = '9999-12-31' WHERE id = 1")
    for argv in (
        ["track", "list"],
        ["track", "due"],
        ["track", "ics"],
        ["track", "draft", "2"],
        ["track", "sent", "2", "thank_you"],
        ["track", "outcome", "2", "replied"],
    ):
        code = main([*argv, "--today", TODAY.isoformat()])
        _, err = capsys.readouterr()
        assert code in (0, 1), (argv, err)
        assert "Traceback" not in err


def test_notes_with_a_far_date_through_track_add_then_everything_works(
    tmp_path, monkeypatch, capsys
):
    monkeypatch.setenv("FOLLOWUP_DB", str(tmp_path / "t.db"))
    notes = tmp_path / "notes.txt"
    notes.write_text(FAR, encoding="utf-8")
    assert main(["track", "add", "--notes", str(notes), "--today", TODAY.isoformat()]) == 0
    for argv in (["track", "list"], ["track", "due"], ["track", "ics"], ["track", "draft", "1"]):
        assert main([*argv, "--today", TODAY.isoformat()]) in (0, 1)
    assert "Traceback" not in capsys.readouterr().err


@pytest.mark.parametrize(
    "order, first, second",
    [
        ("DMY", date(2026, 4, 3), date(2026, 3, 4)),
        ("MDY", date(2026, 3, 4), date(2026, 4, 3)),
    ],
)
def test_ambiguous_numeric_dates_follow_the_date_order_setting(order, first, second):
    with reading_dates(order):
        assert parse_notes("Date: 03/04/2026\nCompany: Acme", TODAY).interview_date == first
        assert parse_notes("Date: 04/03/2026\nCompany: Acme", TODAY).interview_date == second


@pytest.mark.parametrize(
    "env, expected",
    [
        ({"FOLLOWUP_DATE_ORDER": "DMY"}, date(2026, 4, 3)),
        ({"LANG": "en_GB.UTF-8"}, date(2026, 4, 3)),
        ({"LANG": "de_DE.UTF-8"}, date(2026, 4, 3)),
        ({"LANG": "en_US.UTF-8"}, date(2026, 3, 4)),
        ({"LC_ALL": "en_US.UTF-8", "LANG": "en_GB.UTF-8"}, date(2026, 3, 4)),
    ],
)
def test_the_date_order_comes_from_the_setting_or_the_locale(monkeypatch, env, expected):
    for name in ("FOLLOWUP_DATE_ORDER", "LC_ALL", "LC_TIME", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert parse_notes("Date: 03/04/2026\nCompany: Acme", TODAY).interview_date == expected


def test_the_page_can_say_how_an_ambiguous_date_was_read():
    [written] = ambiguous_dates("Interview 03/04/2026 with Acme; 13/04/2026 is not ambiguous")
    assert written[0] == "03/04/2026"
    assert read_as(written, TODAY, "DMY") == "3 April"
    assert read_as(written, TODAY, "MDY") == "4 March"


@pytest.mark.parametrize("yy, year", [(99, 1999), (26, 2026), (30, 2030), (76, 2076), (77, 1977)])
def test_two_digit_years_take_the_nearest_plausible_year(yy, year):
    assert full_year(yy, TODAY) == year


def test_one_slash_one_slash_ninety_nine_is_1999():
    assert parse_notes("Date: 1/1/99\nCompany: Acme", date(2000, 3, 1)).interview_date == date(
        1999, 1, 1
    )
