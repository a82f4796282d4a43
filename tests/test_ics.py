"""Reminders as .ics: one event per follow-up ahead, subject in the description, parses back."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import icalendar

from assistant.cli.main import main
from assistant.core.domain import Draft, Interviewer
from assistant.tracker.records import Interview
from assistant.tracker.reminders import ics_bytes
from assistant.tracker.store import Store

T = date(2026, 11, 27)
NOW = datetime(2026, 11, 27, 8, 0, tzinfo=UTC)


def events(data: bytes) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


def tracked() -> tuple[Store, Interview, Interview]:
    store = Store()
    lumen = store.add_interview(
        Interview(
            company="Lumen Analytics",
            role="Senior Data Engineer",
            interview_date=T,
            interviewers=(Interviewer("Priya Raman"), Interviewer("Tom Okafor")),
        )
    )
    acme = store.add_interview(
        Interview(company="Acme", role="Analyst", interview_date=T - timedelta(3))
    )
    return store, lumen, acme


def test_one_interview_gives_one_all_day_event_per_follow_up_and_parses_back():
    store, lumen, _ = tracked()
    store.add_draft(
        lumen.id, Draft("Following up – Senior Data Engineer interview", "…", "status_check")
    )
    found = events(ics_bytes(store, T, [lumen.id], now=NOW))
    assert [(str(e["summary"]), e.decoded("dtstart")) for e in found] == [
        ("Thank-you note: Senior Data Engineer at Lumen Analytics", T),
        ("Status check: Senior Data Engineer at Lumen Analytics", T + timedelta(7)),
        ("Final follow-up: Senior Data Engineer at Lumen Analytics", T + timedelta(14)),
    ]
    status = str(found[1]["description"])
    assert "Subject: Following up – Senior Data Engineer interview\n" in status  # drafted
    assert "(suggested; not drafted yet)" in str(found[0]["description"])
    assert "To: Priya Raman, Tom Okafor" in status
    assert found[0].decoded("dtend") == T + timedelta(1)
    assert str(found[0]["uid"]) == f"{lumen.uid}-thank_you@followup"
    assert found[0].walk("VALARM")[0].decoded("trigger") == timedelta(hours=9)


def test_all_interviews_in_one_calendar_and_an_overdue_one_lands_on_today():
    store, _, acme = tracked()
    found = events(ics_bytes(store, T, now=NOW))
    assert len(found) == 6
    acme_first = next(e for e in found if str(e["uid"]) == f"{acme.uid}-thank_you@followup")
    assert acme_first.decoded("dtstart") == T and "(due Nov 24)" in str(acme_first["summary"])


def test_the_autosaved_draft_subject_wins_over_older_versions():
    store, lumen, _ = tracked()
    store.add_draft(lumen.id, Draft("Old subject", "…", "thank_you"))
    store.save_interview(
        Interview(**{**lumen.__dict__, "draft": Draft("Thank you, Priya", "…", "thank_you")})
    )
    [first, *_] = events(ics_bytes(store, T, [lumen.id], now=NOW))
    assert str(first["description"]).startswith("Subject: Thank you, Priya\n")


def test_events_follow_what_was_sent_and_outcomes():
    store, lumen, acme = tracked()
    store.mark_sent(lumen.id, "thank_you", T)
    store.set_outcome(acme.id, "offer", T)
    assert [str(e["uid"]).split("-")[-1] for e in events(ics_bytes(store, T, now=NOW))] == [
        "status_check@followup",
        "final@followup",
    ]
    store.set_outcome(lumen.id, "rejected", T)
    [only] = events(ics_bytes(store, T, now=NOW))
    assert str(only["summary"]).startswith("Reply to a rejection:")
    assert only.decoded("dtstart") == T + timedelta(2)


def test_track_ics_writes_a_file_that_parses(tmp_path, capsys):
    _, lumen, _ = tracked()
    out = tmp_path / "reminders.ics"
    assert main(["track", "ics", str(lumen.id), "--out", str(out), "--today", T.isoformat()]) == 0
    assert len(events(out.read_bytes())) == 3
    assert main(["track", "ics", "--today", T.isoformat()]) == 0
    assert len(events(capsys.readouterr().out.encode())) == 6
    assert main(["track", "ics", "99"]) == 2
    assert capsys.readouterr().err.strip().count("\n") == 0
