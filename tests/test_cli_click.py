"""The click command tree as click's own harness runs it (CliRunner, `cli.main`): the same exit
codes and output as `main(argv)`, row for row of the compatibility table, and the real script."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from test_cli_compat import HELP, RAN, ROWS, USAGE, Row, files, fill, flat, quick_evals

from assistant.cli.main import cli

__all__ = ["files", "quick_evals"]  # fixtures shared with the compatibility table


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.mark.parametrize("row", ROWS, ids=lambda r: f"{r.kind}:{r.argv[:70]}")
@pytest.mark.usefixtures("quick_evals")
def test_cli_row_through_click_runner(
    row: Row, files: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    values = {"dir": str(files), "db": os.environ["FOLLOWUP_DB"]}
    env = {key: fill(value, values) for key, value in row.env.items()}
    env["COLUMNS"] = "80"
    for step in row.setup:
        done = runner.invoke(cli, shlex.split(fill(step, values)), env=env)
        assert done.exit_code == 0, (step, done.output)

    result = runner.invoke(cli, shlex.split(fill(row.argv, values)), input=row.stdin, env=env)
    out, err = result.stdout, result.stderr
    shown = f"\n--- stdout ---\n{out}\n--- stderr ---\n{err}"

    assert not isinstance(result.exception, Exception) or isinstance(
        result.exception, SystemExit
    ), (result.exception, shown)
    assert result.exit_code == row.code, shown
    if row.kind == HELP:
        assert "usage" in out.lower() and not err, shown
        for text in row.out:
            assert flat(fill(text, values)).lower() in flat(out).lower(), (text, shown)
    elif row.kind == USAGE:
        assert not out and "usage" in err.lower(), shown
        for text in row.err:
            assert fill(text, values) in err, (text, shown)
    else:
        assert row.kind == RAN
        for text in row.out:
            assert fill(text, values) in out, (text, shown)
        for text in row.err:
            assert fill(text, values) in err, (text, shown)
        if not row.err:
            assert not err, shown


def test_click_main_without_standalone_mode_returns_the_exit_code(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("Company: Acme\nRole: Analyst\nDate: 2026-11-26\n", encoding="utf-8")
    due = ["due", "--notes", str(notes), "--today", "2026-11-27"]
    assert cli.main(due, prog_name="followup", standalone_mode=False) == 0
    early = ["due", "--interview-date", "2026-11-25", "--sent", "thank_you:2026-11-25"]
    assert cli.main([*early, "--today", "2026-11-27"], standalone_mode=False) == 1
    with pytest.raises(click.UsageError):
        cli.main(["due", "--bogus"], standalone_mode=False)


def test_every_command_is_a_click_command_and_listed_in_order() -> None:
    ctx = click.Context(cli)
    assert cli.list_commands(ctx) == [
        "draft",
        "prompt",
        "profile",
        "due",
        "check",
        "track",
        "eval",
    ]
    track = cli.commands["track"]
    assert isinstance(track, click.Group)
    assert list(track.commands) == [
        "add",
        "list",
        "due",
        "sent",
        "outcome",
        "export",
        "import",
        "ics",
        "delete",
        "draft",
    ]


@pytest.mark.parametrize(
    "argv, code, stream, text",
    [
        (["--help"], 0, "stdout", "Usage: followup"),
        (["track", "bogus"], 2, "stderr", "No such command 'bogus'"),
        (["due", "--today", "2026-11-27", "--interview-date", "2026-11-26"], 0, "stdout", "due"),
        (["due", "--today", "someday"], 2, "stderr", "followup: --today must be a date"),
    ],
)
def test_the_installed_script_exits_with_the_same_codes(
    argv: list[str], code: int, stream: str, text: str
) -> None:
    """`python -m assistant.cli.main` is what the `followup` script runs (SystemExit(main()))."""
    done = subprocess.run(
        [sys.executable, "-m", "assistant.cli.main", *argv],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == code, done.stderr
    assert text in getattr(done, stream)
    assert "Traceback" not in done.stderr
