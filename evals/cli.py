"""`followup eval [compare | rescore | bless]`: the eval harness from a shell.

Exit codes: 0 every gate passes; 1 a quality gate failed or a cell regressed; 2 bad option, variant
or case file; 3 a recording is missing or stale, or a provider failed.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from assistant.cli.parsing import Group

from . import reader_eval
from .paths import EvalConfigError, EvalPaths
from .report_md import summary_table
from .summary import (
    EXIT_GATE,
    EXIT_OK,
    EXIT_RECORDING,
    Gates,
    Outcome,
    bless,
    cells_from_rows,
    compare,
    load_baseline,
)

F = TypeVar("F", bound=Callable[..., Any])


COMMON = (
    "prompts_dir",
    "cases_dir",
    "recordings_dir",
    "runs_dir",
    "baseline_file",
    "min_pass_rate",
    "min_checker_pass_rate",
    "min_mean_score",
    "tolerance",
)
GATES = ("min_pass_rate", "min_checker_pass_rate", "min_mean_score", "tolerance")


def _csv(value: str | None) -> tuple[str, ...] | None:
    items = tuple(v.strip() for v in (value or "").split(",") if v.strip())
    return items or None


def _given(own: dict[str, Any], eval_ctx: click.Context | None = None) -> dict[str, Any]:
    """The paths and gates given: a subcommand's own (`compare RUN --cases-dir X`) win over
    those given to `eval` before it (`eval --cases-dir X compare RUN`); one given nowhere keeps
    its default."""
    before = eval_ctx.params if eval_ctx is not None else {}
    given = {k: before[k] for k in COMMON if before.get(k) is not None}
    given.update({k: own[k] for k in COMMON if own.get(k) is not None})
    return given


def _paths(given: dict[str, Any]) -> EvalPaths:
    return EvalPaths.from_env(
        prompts=given.get("prompts_dir"),
        cases=given.get("cases_dir"),
        recordings=given.get("recordings_dir"),
        runs=given.get("runs_dir"),
        baseline=given.get("baseline_file"),
    )


def _gates(given: dict[str, Any]) -> Gates:
    return Gates(**{k: given[k] for k in GATES if k in given})


class _Progress:
    """A progress bar on stderr: tqdm when it is installed (litellm brings it), else one line."""

    def __init__(self, quiet: bool):
        self.quiet, self.bar = quiet, None

    def __call__(self, done: int, total: int) -> None:
        if self.quiet:
            return
        if self.bar is None:
            try:  # optional (litellm brings it): without it, one line of progress
                from tqdm import tqdm

                self.bar = tqdm(total=total, unit="cell", file=sys.stderr, leave=False)
            except ImportError:
                self.bar = False
        if self.bar:
            self.bar.update(done - self.bar.n)
            if done == total and total:
                self.bar.close()
        else:
            print(f"\r{done}/{total} cells", end="\n" if done == total else "", file=sys.stderr)


def _print_outcome(outcome: Outcome, out: Path | None = None) -> None:
    print("\n".join(summary_table(outcome)))
    for g in outcome.gates:
        print(f"{'✓' if g['ok'] else '✗'} {g['gate']}: {g['message']}")
    for r in outcome.regressions:
        print(f"  regressed: {r.case} ({r.model} · {r.variant}) {r.check}: {r.before} → {r.after}")
    if any(outcome.problems.values()):
        p = outcome.problems
        print(
            f"Not scored: {p['error']} error(s), {p['missing']} missing and {p['stale']} stale "
            "recording(s); see report.md."
        )
    if out is not None:
        print(f"Report: {out / 'report.html'} (and report.md, summary.json, results.jsonl)")


RUN_HELP = "a run directory, its name under evals/runs/, or 'latest'"


def common_options(command: F) -> F:
    """Paths and gates, accepted before or after the subcommand (after it wins)."""
    options = [
        click.option("--prompts-dir", help="prompt templates (default: prompts/)"),
        click.option("--cases-dir", help="case files (default: evals/cases/)"),
        click.option("--recordings-dir", help="default: evals/recordings/"),
        click.option("--runs-dir", help="where runs go (default: evals/runs/)"),
        click.option("--baseline-file", help="default: evals/baseline.json"),
        click.option(
            "--min-pass-rate",
            type=float,
            help="gate: share of cells passing checker and case checks, 0–1 (0.9)",
        ),
        click.option(
            "--min-checker-pass-rate",
            type=float,
            help="gate: share of cells the checker alone passes, 0–1 (0.9)",
        ),
        click.option("--min-mean-score", type=float, help="gate, 0–100 (90)"),
        click.option(
            "--tolerance",
            type=int,
            help="score drop per cell allowed before it counts as a regression (5)",
        ),
    ]
    for option in reversed(options):
        command = option(command)
    return command


@click.group(
    "eval",
    cls=Group,
    invoke_without_command=True,
    short_help="evaluate prompt variants × models × cases",
    help=(__doc__ or "").split("\n\n", 1)[0],
    epilog=(__doc__ or "\n\n").split("\n\n", 1)[1],
)
@click.option("--variants", help="comma-separated (default: every variant)")
@click.option("--models", default="offline", help="comma-separated litellm names (offline)")
@click.option("--cases", default="*", help="glob(s) over case ids, comma-separated")
@click.option(
    "--mode",
    type=click.Choice(("replay", "record", "live")),
    default="replay",
    help="real models: replay recordings (default), record them, or call live",
)
@click.option("--jobs", type=int, default=4, help="parallel calls to real models (4)")
@click.option("--timeout", type=float, default=60.0, help="seconds per model call")
@click.option("--out", help="output directory (default: evals/runs/<timestamp>/)")
@click.option("--quiet", is_flag=True, help="no progress bar")
@common_options
@click.pass_context
def eval_command(ctx: click.Context, **params: Any) -> int | None:
    """Without a subcommand: run every variant × model × case and print the summary."""
    if ctx.invoked_subcommand is not None:
        return None  # its paths and gates are read by the subcommand (_given)
    # lazy, as in every command below: the runner takes ~500 ms to import, which every other
    # `followup` command would pay (this module is loaded whenever the CLI starts)
    from .runner import EvalConfig, run_eval

    given = _given(params)
    config = EvalConfig(
        paths=_paths(given),
        models=_csv(params["models"]) or ("offline",),
        variants=_csv(params["variants"]),
        cases=params["cases"],
        mode=params["mode"],
        jobs=params["jobs"],
        out=Path(params["out"]) if params["out"] else None,
        gates=_gates(given),
        timeout=params["timeout"],
    )
    result = run_eval(config, progress=_Progress(params["quiet"]))
    _print_outcome(result.outcome, result.out)
    return result.exit_code


@eval_command.command(
    "compare", help="list regressions of RUN against the baseline (or another run)"
)
@click.argument("run_dir", metavar="RUN", help=RUN_HELP)
@click.argument(
    "baseline", required=False, help="baseline.json or a run (default: evals/baseline.json)"
)
@common_options
@click.pass_context
def cmd_compare(ctx: click.Context, run_dir: str, baseline: str | None, **own: Any) -> int:
    from .runner import read_rows  # lazy: see eval_command

    given = _given(own, ctx.parent)
    paths = _paths(given)
    rows = read_rows(paths.resolve_run(run_dir))
    source = Path(baseline) if baseline else paths.baseline
    if source.suffix != ".json":  # another run
        cells = cells_from_rows(read_rows(paths.resolve_run(str(source))))
    else:
        loaded = load_baseline(source)
        if loaded is None:
            raise EvalConfigError(
                f"No baseline at {source}: bless a run first (followup eval bless RUN)."
            )
        cells = loaded
    worse, better = compare(rows, cells, _gates(given).tolerance)
    for case in dict.fromkeys(r.case for r in worse):
        print(f"✗ {case}")
        for r in (x for x in worse if x.case == case):
            print(f"    {r.model} · {r.variant}: {r.check}: {r.before} → {r.after}")
    print(
        f"{len(worse)} regression(s) in {len({r.case for r in worse})} case(s); "
        f"{len(better)} improvement(s) against {source}."
    )
    return EXIT_GATE if worse else EXIT_OK


@eval_command.command(
    "rescore", help="re-run the checker over RUN's stored replies, no model calls"
)
@click.argument("run_dir", metavar="RUN", help=RUN_HELP)
@common_options
@click.pass_context
def cmd_rescore(ctx: click.Context, run_dir: str, **own: Any) -> int:
    from .runner import read_rows, rescore  # lazy: see eval_command

    given = _given(own, ctx.parent)
    paths = _paths(given)
    run = paths.resolve_run(run_dir)
    before = {(r["model"], r["variant"], r["case"]): r["score"] for r in read_rows(run)}
    result = rescore(run, paths, _gates(given))
    changed = sum(
        before.get((r["model"], r["variant"], r["case"])) != r["score"] for r in result.rows
    )
    print(f"Rescored {len(result.rows)} cells without calling a model; {changed} scores changed.")
    _print_outcome(result.outcome, run)
    return result.exit_code


@eval_command.command("bless", help="make RUN the baseline (evals/baseline.json)")
@click.argument("run_dir", metavar="RUN", help=RUN_HELP)
@click.option(
    "--replace", is_flag=True, help="drop the baseline's other cells instead of keeping them"
)
@common_options
@click.pass_context
def cmd_bless(ctx: click.Context, run_dir: str, replace: bool, **own: Any) -> int:
    from .runner import read_rows  # lazy: see eval_command

    paths = _paths(_given(own, ctx.parent))
    run = paths.resolve_run(run_dir)
    rows = read_rows(run)
    unscored = [r for r in rows if r["status"] not in ("pass", "fail")]
    if unscored:
        print(
            f"followup: {run} has {len(unscored)} unscored cell(s) (error, missing or stale): "
            "fix them and run again before blessing.",
            file=sys.stderr,
        )
        return EXIT_RECORDING
    bless(rows, paths.baseline, replace=replace)
    print(f"Baseline {paths.baseline} now holds {len(rows)} cells from {run}.")
    return EXIT_OK


@eval_command.command(
    "reader",
    help="the notes reader and the offline drafts, against blind labelled notes (per-field "
    "precision/recall, sendable drafts per stage)",
)
@click.option(
    "--set",
    "which",
    type=click.Choice(("dev", "holdout", "blind2", "blind5", "blind6")),
    default="dev",
    help="dev (tuned on), holdout or blind2 (never tuned on), blind5 or blind6 (read blind, "
    "then looked at; labelled later by a helper that never read the parser)",
)
@click.option("--json", "as_json", is_flag=True, help="print JSON")
def cmd_reader(which: str, as_json: bool) -> int:
    folder = {
        "holdout": reader_eval.HOLDOUT_DIR,
        "blind2": reader_eval.BLIND2_DIR,
        "blind5": reader_eval.READER_DIR / "blind5",
        "blind6": reader_eval.READER_DIR / "blind6",
    }.get(which, reader_eval.READER_DIR)
    data = reader_eval.report(folder)
    print(
        json.dumps(data, indent=1, ensure_ascii=False)
        if as_json
        else reader_eval.format_report(data)
    )
    return 0


@eval_command.command(
    "calibrate",
    help="the checker against careful readers: real published emails and drafts read blind "
    "(agreement, per-check precision/recall)",
)
@click.option("--json", "as_json", is_flag=True, help="print JSON")
def cmd_calibrate(as_json: bool) -> int:
    from . import calibration_eval  # lazy: ~70 ms, for this command alone

    data = calibration_eval.report()
    print(
        json.dumps(data, indent=1, ensure_ascii=False)
        if as_json
        else calibration_eval.format_report(data)
    )
    return 0


def add_eval_parser(group: click.Group) -> click.Group:
    """Add `eval` and its subcommands to the `followup` command (the hook it finds by name)."""
    group.add_command(eval_command)
    return eval_command
