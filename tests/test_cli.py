"""`followup draft | due | check` as a script sees them: output, JSON and exit codes."""

import json

import pytest

from assistant.cli.main import main

PROSE = (
    "Had my interview yesterday with Marcus Webb, the engineering manager at Brightline Bank, "
    "for the Senior Data Engineer role. We talked about their move to Dagster and the on-call "
    "rotation. He said they'd decide within two weeks.\n\nJordan Lee"
)
LABELLED = (
    "Interviewer: Priya Nair (Head of Payments)\nCompany: Stripe\nRole: Backend Engineer\n"
    "Date: 2026-11-26\nMe: Sam Okoye\n- talked about rate limiting and idempotency keys\n"
    "- she asked about my Kafka work at Shopify\n"
)
BULLETS = (
    "- interview w/ Dana Ortiz at Acme Health, Product Designer\n- 2026-11-26\n"
    "- discussed redesigning the patient intake flow\n- Dana loves Figma plugins\n"
)


@pytest.fixture
def notes_file(tmp_path):
    def make(text, name="notes.txt"):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return str(path)

    return make


@pytest.mark.parametrize("text", [PROSE, LABELLED, BULLETS], ids=["prose", "labelled", "bullets"])
@pytest.mark.parametrize("stage", ["thank_you", "status_check", "final"])
def test_draft_json_has_email_notes_and_report(capsys, notes_file, text, stage):
    code = main(
        [
            "draft",
            "--notes",
            notes_file(text),
            "--stage",
            stage,
            "--today",
            "2026-11-27",
            "--candidate",
            "Jordan Lee",
            "--json",
        ]
    )
    out = json.loads(capsys.readouterr().out)
    assert code == 0
    assert set(out) == {"subject", "body", "stage", "model", "notes", "report"}
    assert out["stage"] == stage and out["model"] == "offline"
    assert out["report"]["passed"], [c for c in out["report"]["checks"] if c["status"] == "fail"]
    assert out["notes"]["interviewers"] and out["notes"]["company"]


def test_draft_prints_subject_line_then_body(capsys, notes_file):
    assert (
        main(
            ["draft", "--notes", notes_file(PROSE), "--stage", "thank_you", "--today", "2026-11-27"]
        )
        == 0
    )
    out = capsys.readouterr().out
    first, blank, greeting = out.splitlines()[:3]
    assert (
        first.startswith("Subject: Thank you")
        and blank == ""
        and greeting.startswith(("Dear", "Hello"))
    )
    assert "Marcus" in greeting and "Dagster" in out


def test_draft_reads_stdin(capsys, monkeypatch):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(LABELLED.encode())))
    assert main(["draft", "--notes", "-", "--stage", "thank_you", "--today", "2026-11-27"]) == 0
    assert "Priya," in capsys.readouterr().out.splitlines()[2]


def test_auto_stage_picks_what_is_due(capsys, notes_file):
    assert main(["draft", "--notes", notes_file(LABELLED), "--today", "2026-12-05", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["stage"] == "status_check"


def test_auto_stage_refuses_when_too_early(capsys, notes_file):
    code = main(
        [
            "draft",
            "--notes",
            notes_file(LABELLED),
            "--today",
            "2026-11-30",
            "--sent",
            "thank_you:2026-11-26",
        ]
    )
    assert code == 1 or code == 2
    assert "Too early" in capsys.readouterr().err


@pytest.mark.parametrize(
    "args, message",
    [
        (["draft", "--notes", "/nonexistent/notes.txt", "--stage", "thank_you"], "Cannot read"),
        (["draft", "--notes", "EMPTY", "--stage", "thank_you"], "notes are empty"),
        (["draft", "--notes", "GOOD", "--stage", "fourth"], "Unknown stage"),
        (["draft", "--notes", "GOOD", "--stage", "move_on"], "No email"),
        (["draft", "--notes", "GOOD", "--today", "yesterday"], "--today must be a date"),
        (["due", "--sent", "thank_you"], "--sent"),
    ],
)
def test_bad_input_is_one_line_on_stderr_and_exit_2(capsys, notes_file, args, message):
    args = [
        notes_file("   \n") if a == "EMPTY" else notes_file(PROSE) if a == "GOOD" else a
        for a in args
    ]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_invalid_utf8_and_nul_bytes_still_draft(capsys, tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(
        b"Interviewer: Ana\xff Silva\x00\nCompany: Globex\nRole: Analyst\n- talked about dashboards"
    )
    assert (
        main(["draft", "--notes", str(path), "--stage", "thank_you", "--today", "2026-11-27"]) == 0
    )
    out = capsys.readouterr().out
    assert "Globex" in out and "\x00" not in out


def test_model_error_exits_3_without_traceback(capsys, notes_file):
    code = main(
        [
            "draft",
            "--notes",
            notes_file(PROSE),
            "--stage",
            "thank_you",
            "--model",
            "openai/nothing",
            "--api-base",
            "http://127.0.0.1:9/v1",
            "--timeout",
            "2",
        ]
    )
    err = capsys.readouterr().err
    assert code == 3 and "offline" in err and "Traceback" not in err


def test_due_prints_the_suggestion_and_exit_code(capsys):
    assert (
        main(
            [
                "due",
                "--interview-date",
                "2026-11-18",
                "--today",
                "2026-11-27",
                "--sent",
                "thank_you:2026-11-18",
                "--json",
            ]
        )
        == 0
    )
    out = json.loads(capsys.readouterr().out)
    assert out["action"] == "send" and out["stage"] == "status_check"
    assert (
        main(
            [
                "due",
                "--interview-date",
                "2026-11-25",
                "--today",
                "2026-11-27",
                "--sent",
                "thank_you:2026-11-25",
            ]
        )
        == 1
    )
    assert "Too early: wait until Dec 2" in capsys.readouterr().out


def test_due_reads_dates_from_notes(capsys, notes_file):
    assert main(["due", "--notes", notes_file(LABELLED), "--today", "2026-11-27", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["stage"] == "thank_you"


GUIDE_STATUS = """Subject: Follow-Up on Backend Engineer Application

Dear Priya,

I hope this message finds you well. I wanted to follow up on my application for the Backend Engineer role. I remain very interested in the opportunity to contribute to Stripe and am keen to learn about the next steps in the hiring process. Thank you for considering my application.

Sincerely,
Sam Okoye
"""


def test_check_passes_a_good_email_with_exit_0(capsys, notes_file):
    code = main(
        [
            "check",
            notes_file(GUIDE_STATUS, "email.txt"),
            "--stage",
            "status_check",
            "--notes",
            notes_file(LABELLED),
            "--json",
        ]
    )
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and out["passed"]
    assert set(out["metrics"]) >= {
        "words",
        "sentences",
        "subject_words",
        "fk_grade",
        "reading_ease",
        "sentiment",
        "details_mentioned",
        "details_missing",
        "questions",
    }
    assert all(set(c) == {"id", "status", "message", "fix"} for c in out["checks"])


def test_check_fails_a_bad_email_with_exit_1_and_names_the_problem(capsys, notes_file):
    bad = "Subject: hi\n\nJust checking in ASAP, I'm frustrated nobody replied.\n"
    code = main(
        [
            "check",
            notes_file(bad, "email.txt"),
            "--stage",
            "status_check",
            "--notes",
            notes_file(LABELLED),
        ]
    )
    out = capsys.readouterr().out
    assert code == 1 and "just checking in" in out.lower() and "✗" in out


def test_check_uses_details_given_on_the_command_line(capsys, notes_file):
    code = main(
        [
            "check",
            notes_file(GUIDE_STATUS, "email.txt"),
            "--stage",
            "thank_you",
            "--notes",
            notes_file(LABELLED),
            "--details",
            "rate limiting; Kafka",
            "--json",
        ]
    )
    out = json.loads(capsys.readouterr().out)
    assert code == 1 and out["metrics"]["details_missing"] == ["rate limiting", "Kafka"]


def test_draft_fix_and_tighten_flags(capsys, notes_file):
    assert (
        main(
            [
                "draft",
                "--notes",
                notes_file(PROSE),
                "--stage",
                "thank_you",
                "--today",
                "2026-11-27",
                "--tighten",
                "--fix",
                "--json",
            ]
        )
        == 0
    )
    out = json.loads(capsys.readouterr().out)
    assert out["report"]["metrics"]["words"] <= 125
