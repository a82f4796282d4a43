"""`followup track …` as a script sees it: output, JSON, files and exit codes."""

from __future__ import annotations

import json

import pytest

from assistant.cli.main import main

PANEL = """Interview at Lumen Analytics for Senior Data Engineer, Nov 20
Panel: Priya Raman (Head of Data), Tom Okafor (Staff Engineer)
- Priya talked about migrating the warehouse to Snowflake next quarter
- Tom asked about my experience with Airflow and dbt testing
-- Jordan Lee
"""
TODAY = "2026-11-21"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def as_json(capsys, *argv: str):
    code, out, _ = run(capsys, *argv, "--json")
    assert code in (0, 1)
    return json.loads(out)


@pytest.fixture
def notes_file(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text(PANEL, encoding="utf-8")
    return str(path)


@pytest.fixture
def tracked(capsys, notes_file):
    row = as_json(capsys, "track", "add", "--notes", notes_file, "--today", TODAY)
    return row["id"]


def test_add_from_notes_then_list_shows_the_next_follow_up(capsys, tracked):
    [row] = as_json(capsys, "track", "list", "--today", TODAY)
    assert row["id"] == tracked and row["company"] == "Lumen Analytics"
    assert row["interviewers"] == ["Priya Raman", "Tom Okafor"]
    assert (row["next_stage"], row["due_on"], row["overdue"]) == (
        "thank_you",
        "2026-11-20",
        True,
    )  # due yesterday: overdue today
    code, out, _ = run(capsys, "track", "list", "--today", TODAY)
    assert code == 0 and out.startswith(f"#{tracked}  Senior Data Engineer at Lumen Analytics")


def test_add_from_fields_alone(capsys):
    row = as_json(
        capsys,
        "track",
        "add",
        "--company",
        "Acme",
        "--role",
        "Analyst",
        "--interviewer",
        "Ana Ruiz, Bo Li",
        "--interview-date",
        "2026-11-20",
        "--today",
        TODAY,
    )
    assert row["interviewers"] == ["Ana Ruiz", "Bo Li"] and row["interview_date"] == "2026-11-20"


def test_due_exits_0_when_something_is_due_and_1_when_nothing_is(capsys, tracked):
    assert run(capsys, "track", "due", "--today", TODAY)[0] == 0
    assert run(capsys, "track", "sent", str(tracked), "thank_you", "--today", TODAY)[0] == 0
    code, out, _ = run(capsys, "track", "due", "--today", TODAY)
    assert code == 1 and "Nothing to send today" in out
    assert as_json(capsys, "track", "due", "--today", "2026-11-27") != []


def test_sent_keeps_the_email_as_sent_and_moves_the_schedule(capsys, tracked, tmp_path):
    email = tmp_path / "sent.txt"
    email.write_text("Subject: Thank you\n\nDear Priya,\n\nThanks!\n\nBest,\nJordan", "utf-8")
    row = as_json(
        capsys,
        "track",
        "sent",
        str(tracked),
        "thank-you",
        "--on",
        "2026-11-20",
        "--email",
        str(email),
        "--recipient",
        "Priya Raman",
        "--today",
        TODAY,
    )
    assert row["sent"] == [{"stage": "thank_you", "sent_on": "2026-11-20"}]
    assert (row["due"]["action"], row["next_stage"]) == ("wait", "status_check")
    from assistant.tracker.store import Store

    [sent] = Store().sent(tracked)
    assert (sent.subject, sent.recipient) == ("Thank you", "Priya Raman")
    assert sent.body.startswith("Dear Priya,")


def test_outcomes_stop_or_redirect_the_schedule(capsys, tracked):
    row = as_json(
        capsys, "track", "outcome", str(tracked), "rejected", "--on", TODAY, "--today", TODAY
    )
    assert row["next_stage"] == "rejection_reply" and row["outcome"] == "rejected"
    row = as_json(capsys, "track", "outcome", str(tracked), "offer", "--today", TODAY)
    assert row["archived"] and row["next_stage"] is None
    assert as_json(capsys, "track", "list", "--today", TODAY) == []
    assert len(as_json(capsys, "track", "list", "--all", "--today", TODAY)) == 1
    row = as_json(capsys, "track", "outcome", str(tracked), "none", "--today", TODAY)
    assert row["outcome"] is None and row["next_stage"] == "thank_you"


def test_export_and_import_round_trip_through_files(capsys, tracked, tmp_path, monkeypatch):
    run(capsys, "track", "sent", str(tracked), "thank_you", "--today", TODAY)
    first = tmp_path / "export.json"
    assert run(capsys, "track", "export", "--out", str(first))[0] == 0
    monkeypatch.setenv("FOLLOWUP_DB", str(tmp_path / "fresh.db"))
    code, out, _ = run(capsys, "track", "import", str(first))
    assert code == 0 and "Imported 1 interview(s)" in out
    assert as_json(capsys, "track", "import", str(first)) == {
        "added": 0,
        "replaced": 0,
        "skipped": 1,
    }
    code, again, _ = run(capsys, "track", "export")
    assert code == 0 and again == first.read_text(encoding="utf-8")


def test_delete_needs_yes_and_removes_everything(capsys, tracked):
    run(capsys, "track", "draft", str(tracked), "--stage", "thank_you", "--today", TODAY)
    code, _, err = run(capsys, "track", "delete", str(tracked))
    assert code == 2 and "1 draft(s)" in err and "--yes" in err
    assert as_json(capsys, "track", "delete", str(tracked), "--yes") == {
        "deleted": tracked,
        "drafts": 1,
        "sent": 0,
    }
    assert as_json(capsys, "track", "list", "--all") == []


def test_draft_keeps_a_version_checked_against_what_was_already_sent(capsys, tracked):
    run(capsys, "track", "sent", str(tracked), "thank_you", "--on", "2026-11-20", "--today", TODAY)
    run(capsys, "track", "draft", str(tracked), "--stage", "status_check", "--today", TODAY)
    run(
        capsys,
        "track",
        "sent",
        str(tracked),
        "status_check",
        "--on",
        "2026-11-27",
        "--today",
        "2026-11-27",
    )
    out = as_json(capsys, "track", "draft", str(tracked), "--today", "2026-12-04")
    assert out["stage"] == "final" and out["report"]["passed"]
    rep = next(c for c in out["report"]["checks"] if c["id"] == "repetition")
    assert rep["status"] == "pass"


def test_draft_when_nothing_is_due_says_so(capsys, tracked):
    run(capsys, "track", "sent", str(tracked), "thank_you", "--today", TODAY)
    code, _, err = run(capsys, "track", "draft", str(tracked), "--today", TODAY)
    assert code == 2 and "wait until" in err and "--stage" in err


def test_panel_draft_writes_one_thank_you_per_interviewer(capsys, tracked):
    out = as_json(capsys, "track", "draft", str(tracked), "--panel", "--today", TODAY)
    assert [d["recipient"] for d in out["drafts"]] == ["Priya Raman", "Tom Okafor"]
    assert "Snowflake" in out["drafts"][0]["body"] and "Airflow" in out["drafts"][1]["body"]
    assert out["near_copies"] == []
    code, text, _ = run(capsys, "track", "draft", str(tracked), "--panel", "--today", TODAY)
    assert code == 0 and "— To Priya Raman" in text and "— To Tom Okafor" in text


@pytest.mark.parametrize(
    "argv, message",
    [
        (["track", "sent", "99", "thank_you"], "No interview #99"),
        (["track", "sent", "{id}", "fourth"], "Unknown stage 'fourth'"),
        (["track", "sent", "{id}", "final", "--on", "27/11/2026"], "--on must be a date"),
        (["track", "outcome", "{id}", "ghosted"], "Unknown outcome 'ghosted'"),
        (["track", "add"], "Give --notes"),
        (["track", "add", "--notes", "/nonexistent/notes.txt"], "Cannot read"),
        (["track", "import", "{file}"], "is not JSON"),
        (["track", "export", "42"], "No interview #42"),
    ],
)
def test_bad_input_is_one_line_on_stderr_and_exit_2(capsys, tracked, tmp_path, argv, message):
    junk = tmp_path / "junk.json"
    junk.write_text("not json", "utf-8")
    argv = [a.format(id=tracked, file=junk) for a in argv]
    code, _, err = run(capsys, *argv)
    assert code == 2 and err.startswith("followup: ") and message in err
    assert err.strip().count("\n") == 0


def test_panel_draft_needs_two_interviewers(capsys):
    row = as_json(capsys, "track", "add", "--company", "Acme", "--interviewer", "Ana Ruiz")
    code, _, err = run(capsys, "track", "draft", str(row["id"]), "--panel", "--stage", "thank_you")
    assert code == 2 and "two or more interviewers" in err


def test_the_existing_commands_are_unchanged(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--help"])
    assert stop.value.code == 0
    assert "track" in capsys.readouterr().out
    assert run(capsys, "due", "--interview-date", "2026-11-27", "--today", "2026-11-27")[0] == 0


def test_track_draft_takes_every_model_option_draft_takes(capsys, tracked, monkeypatch):
    """--api-base reaches the server it names (a local fake), not the provider's default."""
    from fake_openai import FakeOpenAI

    from assistant.cli.main import cli

    def options(argv: list[str]) -> set[str]:
        target = cli
        for name in argv:
            target = target.commands[name]  # type: ignore[attr-defined]
        return {o for p in target.params for o in p.opts}

    model_flags = {"--model", "--api-base", "--temperature", "--timeout", "--seed", "--variant"}
    assert model_flags <= options(["draft"]) and model_flags <= options(["track", "draft"])
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-local-0000000000")
    with FakeOpenAI() as fake:
        code, out, err = run(
            capsys,
            "track",
            "draft",
            str(tracked),
            "--stage",
            "thank_you",
            "--model",
            "openai/local-model",
            "--api-base",
            fake.api_base,
            "--timeout",
            "10",
            "--today",
            TODAY,
        )
        assert code == 0, err
        assert len(fake.completions) == 1
        assert fake.completions[0].body["model"] == "local-model"
    assert out.startswith("Subject: Thank you")
