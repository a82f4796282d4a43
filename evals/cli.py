"""`followup eval [compare | rescore | bless]`: the eval harness from a shell.

Exit codes: 0 every gate passes; 1 a quality gate failed or a cell regressed; 2 bad option, variant
or case file; 3 a recording is missing or stale, or a provider failed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .paths import EvalConfigError, EvalPaths
from .summary import EXIT_GATE, EXIT_OK, EXIT_RECORDING, Gates, Outcome

SUPPRESS = argparse.SUPPRESS


def _csv(value: str | None) -> tuple[str, ...] | None:
    items = tuple(v.strip() for v in (value or "").split(",") if v.strip())
    return items or None


def _paths(args: argparse.Namespace) -> EvalPaths:
    return EvalPaths.from_env(
        prompts=getattr(args, "prompts_dir", None),
        cases=getattr(args, "cases_dir", None),
        recordings=getattr(args, "recordings_dir", None),
        runs=getattr(args, "runs_dir", None),
        baseline=getattr(args, "baseline_file", None),
    )


def _gates(args: argparse.Namespace) -> Gates:
    names = ("min_pass_rate", "min_checker_pass_rate", "min_mean_score", "tolerance")
    given = {k: getattr(args, k) for k in names if hasattr(args, k)}
    return Gates(**given)


class _Progress:
    """A progress bar on stderr: tqdm when it is installed (litellm brings it), else one line."""

    def __init__(self, quiet: bool):
        self.quiet, self.bar = quiet, None

    def __call__(self, done: int, total: int) -> None:
        if self.quiet:
            return
        if self.bar is None:
            try:
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
    from .report_md import summary_table

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


def cmd_run(args: argparse.Namespace) -> int:
    from .runner import EvalConfig, run_eval

    config = EvalConfig(
        paths=_paths(args),
        models=_csv(args.models) or ("offline",),
        variants=_csv(args.variants),
        cases=args.cases,
        mode=args.mode,
        jobs=args.jobs,
        out=Path(args.out) if args.out else None,
        gates=_gates(args),
        timeout=args.timeout,
    )
    result = run_eval(config, progress=_Progress(args.quiet))
    _print_outcome(result.outcome, result.out)
    return result.exit_code


def cmd_compare(args: argparse.Namespace) -> int:
    from .runner import read_rows
    from .summary import cells_from_rows, compare, load_baseline

    paths = _paths(args)
    rows = read_rows(paths.resolve_run(args.run_dir))
    source = Path(args.baseline) if args.baseline else paths.baseline
    if source.suffix != ".json":  # another run
        baseline = cells_from_rows(read_rows(paths.resolve_run(str(source))))
    else:
        baseline = load_baseline(source)
        if baseline is None:
            raise EvalConfigError(
                f"No baseline at {source}: bless a run first (followup eval bless RUN)."
            )
    worse, better = compare(rows, baseline, _gates(args).tolerance)
    for case in dict.fromkeys(r.case for r in worse):
        print(f"✗ {case}")
        for r in (x for x in worse if x.case == case):
            print(f"    {r.model} · {r.variant}: {r.check}: {r.before} → {r.after}")
    print(
        f"{len(worse)} regression(s) in {len({r.case for r in worse})} case(s); "
        f"{len(better)} improvement(s) against {source}."
    )
    return EXIT_GATE if worse else EXIT_OK


def cmd_rescore(args: argparse.Namespace) -> int:
    from .runner import read_rows, rescore

    paths = _paths(args)
    run = paths.resolve_run(args.run_dir)
    before = {(r["model"], r["variant"], r["case"]): r["score"] for r in read_rows(run)}
    result = rescore(run, paths, _gates(args))
    changed = sum(
        before.get((r["model"], r["variant"], r["case"])) != r["score"] for r in result.rows
    )
    print(f"Rescored {len(result.rows)} cells without calling a model; {changed} scores changed.")
    _print_outcome(result.outcome, run)
    return result.exit_code


def cmd_bless(args: argparse.Namespace) -> int:
    from .runner import read_rows
    from .summary import bless

    paths = _paths(args)
    run = paths.resolve_run(args.run_dir)
    rows = read_rows(run)
    unscored = [r for r in rows if r["status"] not in ("pass", "fail")]
    if unscored:
        print(
            f"followup: {run} has {len(unscored)} unscored cell(s) (error, missing or stale): "
            "fix them and run again before blessing.",
            file=sys.stderr,
        )
        return EXIT_RECORDING
    bless(rows, paths.baseline, replace=args.replace)
    print(f"Baseline {paths.baseline} now holds {len(rows)} cells from {run}.")
    return EXIT_OK


def _common(p: argparse.ArgumentParser) -> None:
    """Paths and gates, accepted before or after the subcommand (never overwriting each other)."""
    p.add_argument("--prompts-dir", default=SUPPRESS, help="prompt templates (default: prompts/)")
    p.add_argument("--cases-dir", default=SUPPRESS, help="case files (default: evals/cases/)")
    p.add_argument("--recordings-dir", default=SUPPRESS, help="default: evals/recordings/")
    p.add_argument("--runs-dir", default=SUPPRESS, help="where runs go (default: evals/runs/)")
    p.add_argument("--baseline-file", default=SUPPRESS, help="default: evals/baseline.json")
    p.add_argument(
        "--min-pass-rate",
        type=float,
        default=SUPPRESS,
        help="gate: share of cells passing checker and case checks, 0–1 (0.9)",
    )
    p.add_argument(
        "--min-checker-pass-rate",
        type=float,
        default=SUPPRESS,
        help="gate: share of cells the checker alone passes, 0–1 (0.9)",
    )
    p.add_argument("--min-mean-score", type=float, default=SUPPRESS, help="gate, 0–100 (90)")
    p.add_argument(
        "--tolerance",
        type=int,
        default=SUPPRESS,
        help="score drop per cell allowed before it counts as a regression (5)",
    )


def add_eval_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Add `eval` and its subcommands to the `followup` parser."""
    e = subparsers.add_parser(
        "eval",
        help="evaluate prompt variants × models × cases",
        description=__doc__.splitlines()[0],
        epilog=__doc__.split("\n\n", 1)[1],
    )
    e.add_argument("--variants", help="comma-separated (default: every variant)")
    e.add_argument("--models", default="offline", help="comma-separated litellm names (offline)")
    e.add_argument("--cases", default="*", help="glob(s) over case ids, comma-separated")
    e.add_argument(
        "--mode",
        choices=("replay", "record", "live"),
        default="replay",
        help="real models: replay recordings (default), record them, or call live",
    )
    e.add_argument("--jobs", type=int, default=4, help="parallel calls to real models (4)")
    e.add_argument("--timeout", type=float, default=60.0, help="seconds per model call")
    e.add_argument("--out", help="output directory (default: evals/runs/<timestamp>/)")
    e.add_argument("--quiet", action="store_true", help="no progress bar")
    _common(e)
    e.set_defaults(run=cmd_run)
    sub = e.add_subparsers(dest="eval_command", metavar="{compare,rescore,bless,reader,calibrate}")
    commands: list[tuple[str, str, Callable[[argparse.Namespace], int]]] = [
        ("compare", "list regressions of RUN against the baseline (or another run)", cmd_compare),
        ("rescore", "re-run the checker over RUN's stored replies, no model calls", cmd_rescore),
        ("bless", "make RUN the baseline (evals/baseline.json)", cmd_bless),
    ]
    for name, help_text, fn in commands:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument(
            "run_dir",
            metavar="RUN",
            help="a run directory, its name under evals/runs/, or 'latest'",
        )
        if name == "compare":
            p.add_argument(
                "baseline", nargs="?", help="baseline.json or a run (default: evals/baseline.json)"
            )
        if name == "bless":
            p.add_argument(
                "--replace",
                action="store_true",
                help="drop the baseline's other cells instead of keeping them",
            )
        _common(p)
        p.set_defaults(run=fn)
    reader = sub.add_parser(
        "reader",
        help="the notes reader and the offline drafts, against blind "
        "labelled notes (per-field precision/recall, sendable drafts per stage)",
    )
    reader.add_argument(
        "--set",
        choices=("dev", "holdout"),
        default="dev",
        help="dev (tuned on) or holdout (never tuned on)",
    )
    reader.add_argument("--json", action="store_true", help="print JSON")
    reader.set_defaults(run=cmd_reader)
    cal = sub.add_parser(
        "calibrate",
        help="the checker against careful readers: real published "
        "emails and drafts read blind (agreement, per-check precision/recall)",
    )
    cal.add_argument("--json", action="store_true", help="print JSON")
    cal.set_defaults(run=cmd_calibrate)
    return e


def cmd_reader(args: argparse.Namespace) -> int:
    from evals import reader_eval

    folder = reader_eval.HOLDOUT_DIR if args.set == "holdout" else reader_eval.READER_DIR
    data = reader_eval.report(folder)
    print(
        json.dumps(data, indent=1, ensure_ascii=False)
        if args.json
        else reader_eval.format_report(data)
    )
    return 0


def cmd_calibrate(args: argparse.Namespace) -> int:
    from evals import calibration_eval

    data = calibration_eval.report()
    print(
        json.dumps(data, indent=1, ensure_ascii=False)
        if args.json
        else calibration_eval.format_report(data)
    )
    return 0
