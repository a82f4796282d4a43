"""Options more than one command takes, as click decorators: which model drafts (`draft`, `track
draft`), the notes overrides (`draft`, `prompt`, `due`), --today and --json, the tracker's --create.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

from assistant.cli.inputs import NAME_ENV
from assistant.models.llm import ModelSettings
from assistant.tracker.store import DB_ENV

F = TypeVar("F", bound=Callable[..., Any])
STAGES = "thank_you | status_check | final | rejection_reply"


def _apply(options: list[Callable[[F], F]], command: F) -> F:
    for option in reversed(options):  # so that --help lists them in this order
        command = option(command)
    return command


def model_options(command: F) -> F:
    """Which model drafts and how: the same options for `draft` and `track draft`."""
    return _apply(
        [
            click.option(
                "--model", default="offline", help="offline (default) or any litellm model name"
            ),
            click.option("--api-base", help="base URL of an OpenAI-compatible server"),
            click.option("--temperature", type=float, default=0.7, show_default=True),
            click.option("--timeout", type=float, default=60.0, help="seconds per model call"),
            click.option("--seed", type=int, default=0, help="vary the wording (regenerate)"),
            click.option(
                "--variant", default="default", help="prompt variant under prompts/variants/"
            ),
        ],
        command,
    )


def model_settings(params: dict[str, Any]) -> ModelSettings:
    """ModelSettings from the options model_options added."""
    return ModelSettings(
        model=params["model"],
        api_base=params["api_base"],
        temperature=params["temperature"],
        timeout=params["timeout"],
    )


def notes_options(command: F) -> F:
    """What overrides the notes: the same options for `draft`, `prompt` and `due`."""
    return _apply(
        [
            click.option(
                "--interviewer", help="override the parsed interviewer(s), comma-separated"
            ),
            click.option("--company", help="override the parsed company"),
            click.option("--role", help="override the parsed role"),
            click.option("--candidate", help="your name, for the sign-off"),
            click.option(
                "--name",
                help=f"your name, for the sign-off (else ${NAME_ENV}, else the saved "
                "profile: `followup profile --name`)",
            ),
            click.option("--details", help="the details to mention, separated by ';'"),
            click.option(
                "--confirmed",
                is_flag=True,
                help="the company, role and interviewers read from the notes are right: the "
                "checker stops asking you to confirm them",
            ),
            click.option(
                "--sent",
                multiple=True,
                metavar="STAGE:DATE",
                help="a follow-up already sent, e.g. thank_you:2026-11-20 (repeatable)",
            ),
        ],
        command,
    )


def today_option(command: F) -> F:
    return click.option("--today", metavar="DATE", help="treat this date (YYYY-MM-DD) as today")(
        command
    )


def json_option(command: F) -> F:
    return click.option("--json", "as_json", is_flag=True, help="print JSON")(command)


def create_option(command: F) -> F:
    """The tracker's folder is made only when asked (or at the default place)."""
    return click.option(
        "--create",
        is_flag=True,
        help=f"create the database's folder if it does not exist ({DB_ENV})",
    )(command)
