"""`followup draft | due | check | eval`: the library from a shell, with exit codes scripts can trust.

Exit codes: 0 done (check: passed); 1 a check failed / nothing to send; 2 bad input or a usage
error; 3 model error; 130 interrupted; 141 the reader of stdout went away.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

import click

from assistant.cli.commands import COMMANDS
from assistant.cli.inputs import EXIT_BAD_INPUT, EXIT_MODEL
from assistant.cli.parsing import CONTEXT, Group
from assistant.cli.terminal import safe_line
from assistant.cli.track import track
from assistant.core.errors import FollowUpError, ModelError
from assistant.models.llm import scrub


class Finished(click.exceptions.Exit):
    """A command ran to its end, with this exit code (click's own Exit, so `cli` run by click,
    e.g. CliRunner, exits with it too)."""


class Followup(Group):
    """The root command: a command's errors become one line on stderr and an exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        run = super().invoke
        raise Finished(_exit_code(lambda: run(ctx)))


def _exit_code(run: Callable[[], Any]) -> int:
    try:
        code = int(run())
        sys.stdout.flush()  # a reader that went away (`| head -1`) is found here, not at exit
        return code
    except BrokenPipeError:
        return _reader_gone()
    except ModelError as exc:
        print(f"followup: {safe_line(scrub(str(exc)))}", file=sys.stderr)
        return EXIT_MODEL
    except FollowUpError as exc:
        print(f"followup: {safe_line(str(exc))}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130


def _reader_gone() -> int:
    """stdout's reader closed the pipe: stop quietly, as `cat` does (exit 141 = 128 + SIGPIPE)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so the flush at exit has nowhere to fail
    except (OSError, ValueError):
        pass
    return 141


@click.group(
    "followup",
    cls=Followup,
    context_settings=CONTEXT,
    help=__doc__.split("\n\n")[0] if __doc__ else None,
    epilog=__doc__.split("\n\n")[1] if __doc__ else None,
)
def cli() -> None:
    pass


for command in (*COMMANDS, track):
    cli.add_command(command)
# `followup eval` comes from the evals package when it is installed beside this one; found by
# name so that nothing in assistant/ depends on evals/ (the layer contract in make lint)
try:
    eval_plugin = importlib.import_module("evals.cli")
except ImportError:
    pass
else:
    eval_plugin.add_eval_parser(cli)


def main(argv: Sequence[str] | None = None) -> int:
    """Run `followup ARGS…` and return its exit code. As with argparse before, --help and usage
    errors end in SystemExit (0 and 2), with the help on stdout or the usage on stderr."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        with cli.make_context("followup", args) as ctx:
            cli.invoke(ctx)
    except Finished as done:
        return done.exit_code
    except click.exceptions.Exit as stop:  # --help
        raise SystemExit(stop.exit_code) from None
    except click.ClickException as error:  # a usage error
        error.show()
        raise SystemExit(error.exit_code) from None
    raise AssertionError("followup ended without an exit code")  # Followup.invoke always raises


if __name__ == "__main__":
    raise SystemExit(main())
