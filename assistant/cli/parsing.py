"""Click commands that read a command line as the argparse CLI before them did, so scripts keep
working: a unique prefix of a long option stands for it (`--stag` for `--stage`), an ambiguous
one is a usage error, and an option's value may not look like another option (`--today --json`
is an error, not the date "--json"). Usage errors exit 2, as they always have.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

import click

# argparse takes these for values, not options: "-", negative numbers, anything with a space
_NEGATIVE = re.compile(r"^-\d+$|^-\d*\.\d+$")

CONTEXT = {"help_option_names": ["-h", "--help"]}


def _looks_like_option(token: str) -> bool:
    return (
        token.startswith("-") and token != "-" and not _NEGATIVE.match(token) and " " not in token
    )


def _long_options(command: click.Command, ctx: click.Context) -> dict[str, bool]:
    """Each long option of the command (with --help), and whether it takes a value."""
    names: dict[str, bool] = {}
    for param in command.get_params(ctx):
        if isinstance(param, click.Option):
            for name in (*param.opts, *param.secondary_opts):
                if name.startswith("--"):
                    names[name] = not (param.is_flag or param.count)
    return names


def _full_name(name: str, options: dict[str, bool], ctx: click.Context) -> str:
    if name in options:
        return name
    matches = sorted(o for o in options if o.startswith(name))
    if len(matches) > 1:
        raise click.UsageError(
            f"ambiguous option: {name} could match {', '.join(matches)}", ctx=ctx
        )
    return matches[0] if matches else name  # an unknown one is left for click to report


def argparse_tokens(
    command: click.Command, ctx: click.Context, args: list[str], group: bool
) -> list[str]:
    """The arguments with prefixes spelled out; a group stops at its subcommand's name."""
    options = _long_options(command, ctx)
    result: list[str] = []
    rest = list(args)
    while rest:
        token = rest.pop(0)
        if token == "--":
            return [*result, token, *rest]
        if not token.startswith("--"):
            if group and not _looks_like_option(token):
                return [*result, token, *rest]  # the subcommand and its own arguments
            result.append(token)
            continue
        name, eq, value = token.partition("=")
        name = _full_name(name, options, ctx)
        result.append(name + eq + value)
        if options.get(name) and not eq:
            if not rest or _looks_like_option(rest[0]):
                raise click.UsageError(f"Option '{name}' requires an argument.", ctx=ctx)
            result.append(rest.pop(0))
    return result


@contextmanager
def _usage_shown(ctx: click.Context) -> Iterator[None]:
    """Click's parser raises some usage errors (`--json=1`) without the context that shows the
    usage with them; argparse always showed it."""
    try:
        yield
    except click.UsageError as error:
        if error.ctx is None:
            error.ctx = ctx
        raise


class Command(click.Command):
    """A command whose options are read as argparse read them; its one-line help is never cut."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        with _usage_shown(ctx):
            return super().parse_args(ctx, argparse_tokens(self, ctx, args, group=False))

    def get_short_help_str(self, limit: int = 45) -> str:
        return self.short_help or (self.help or "").split("\n\n")[0].strip()


class Group(click.Group):
    """A group of such commands, listed in the order they were added (as argparse did)."""

    command_class = Command
    group_class = type  # subgroups are of this class too

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        with _usage_shown(ctx):
            return super().parse_args(ctx, argparse_tokens(self, ctx, args, group=True))

    def get_short_help_str(self, limit: int = 45) -> str:
        return self.short_help or (self.help or "").split("\n\n")[0].strip()

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(self.commands)
