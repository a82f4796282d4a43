"""The eval runner: models × variants × cases, each reply scored, four outputs written."""

from __future__ import annotations

import json
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from assistant.core.errors import ModelError, RulesError
from assistant.core.stages import Rules, load_rules
from assistant.models import llm
from assistant.prompting.build import variants as available_variants

from . import report_html, report_md
from .cases import load_cases
from .paths import EvalConfigError, EvalPaths
from .recordings import Recording, fingerprint, read_recording, write_recording
from .scoring import Prepared, base_row, case_messages, prepare, problem_row, score_reply
from .summary import Gates, Outcome, evaluate, load_baseline

Mode = Literal["replay", "record", "live"]
Progress = Callable[[int, int], None]
TEMPERATURE = 0.0  # recordings are made at temperature 0 so a re-record changes little


@dataclass(frozen=True)
class EvalConfig:
    """One `followup eval` invocation; every path comes from `paths` so tests use temp dirs."""

    paths: EvalPaths = field(default_factory=EvalPaths)
    models: tuple[str, ...] = (llm.DEFAULT_MODEL,)
    variants: tuple[str, ...] | None = None  # None: every variant in the prompts dir
    cases: str = "*"
    mode: Mode = "replay"
    jobs: int = 4
    out: Path | None = None
    gates: Gates = field(default_factory=Gates)
    timeout: float = 60.0
    max_retries: int = 2
    completion_extra: dict[str, Any] = field(default_factory=dict)  # e.g. mock_response


@dataclass(frozen=True)
class Cell:
    """One model × variant × case, with the exact request it makes."""

    model: str
    variant: str
    prep: Prepared
    messages: list[dict[str, str]]
    fingerprint: str


def _rules(paths: EvalPaths) -> Rules:
    try:
        return load_rules(paths.prompts / "stages.toml")
    except RulesError as exc:
        raise EvalConfigError(str(exc)) from None


def plan(config: EvalConfig, rules: Rules) -> list[Cell]:
    """Every cell of the matrix, in report order; bad variants or case files raise (exit 2)."""
    known = available_variants(config.paths.prompts)
    chosen = list(config.variants or known)
    unknown = [v for v in chosen if v not in known]
    if unknown:
        raise EvalConfigError(
            f"Unknown prompt variant(s) {', '.join(unknown)}: choose from "
            f"{', '.join(known)} (folders under {config.paths.prompts}/variants)."
        )
    if not config.models or any(not m.strip() for m in config.models):
        raise EvalConfigError("--models needs at least one model name, e.g. offline,gpt-4o-mini.")
    preps = [
        prepare(c, rules, config.paths.cases) for c in load_cases(config.paths.cases, config.cases)
    ]
    params = {"seed": 0, "temperature": TEMPERATURE}
    cells = []
    for variant in chosen:
        for prep in preps:
            try:
                messages = case_messages(prep, variant, rules, config.paths.prompts)
            except RulesError as exc:
                raise EvalConfigError(f"Variant {variant}, case {prep.case.id}: {exc}") from None
            for model in config.models:
                fp = fingerprint(messages, model, {**params, "seed": prep.case.seed})
                cells.append(Cell(model, variant, prep, messages, fp))
    order = {m: i for i, m in enumerate(config.models)}
    return sorted(cells, key=lambda c: order[c.model])


def _call(cell: Cell, config: EvalConfig) -> llm.Completion:
    settings = llm.ModelSettings(
        model=cell.model,
        temperature=TEMPERATURE,
        timeout=config.timeout,
        max_retries=config.max_retries,
    )
    return llm.complete(
        cell.messages, settings, seed=cell.prep.case.seed, **config.completion_extra
    )


def _from_completion(
    cell: Cell, reply: llm.Completion, rules: Rules, config: EvalConfig
) -> dict[str, Any]:
    row = {
        **base_row(cell.prep, cell.model, cell.variant),
        "fingerprint": cell.fingerprint,
        "provider_model": llm.scrub(reply.model),
        "usage": dict(reply.usage),
        "latency_s": round(reply.latency_s, 3),
    }
    if config.mode == "record" and not llm.model(cell.model).deterministic:
        write_recording(
            config.paths.recordings,
            Recording(
                case=cell.prep.case.id,
                variant=cell.variant,
                model=cell.model,
                fingerprint=cell.fingerprint,
                reply=reply.text,
                params={"seed": cell.prep.case.seed, "temperature": TEMPERATURE},
                provider_model=reply.model,
                finish_reason=reply.finish_reason,
                usage=dict(reply.usage),
                latency_s=reply.latency_s,
            ),
        )
    return score_reply(cell.prep, row, llm.scrub(reply.text), rules)


def _replay(cell: Cell, rules: Rules, config: EvalConfig) -> dict[str, Any]:
    row = {**base_row(cell.prep, cell.model, cell.variant), "fingerprint": cell.fingerprint}
    rec = read_recording(config.paths.recordings, cell.model, cell.variant, cell.prep.case.id)
    if rec is None:
        return problem_row(
            row,
            "missing",
            "missing",
            "No recording: run with --mode record "
            f"--models {cell.model} --variants {cell.variant} "
            f"--cases {cell.prep.case.id}.",
        )
    if rec.fingerprint != cell.fingerprint:
        return problem_row(
            row,
            "stale",
            "stale",
            "The request changed since this was recorded "
            "(a template, the notes parser or the case's notes): re-record it "
            "with --mode record, or undo the change.",
        )
    row.update(provider_model=rec.provider_model, usage=dict(rec.usage), latency_s=rec.latency_s)
    return score_reply(cell.prep, row, rec.reply, rules)


def _error_row(cell: Cell, exc: Exception) -> dict[str, Any]:
    row = {**base_row(cell.prep, cell.model, cell.variant), "fingerprint": cell.fingerprint}
    kind = exc.kind if isinstance(exc, ModelError) else "error"
    return problem_row(row, "error", kind, llm.scrub(str(exc) or type(exc).__name__))


def execute(
    cells: list[Cell], config: EvalConfig, rules: Rules, progress: Progress | None = None
) -> list[dict[str, Any]]:
    """Run every cell: deterministic models (offline) and replays inline, the rest in a pool."""
    rows: list[dict[str, Any] | None] = [None] * len(cells)
    done = 0

    def finish(i: int, row: dict[str, Any]) -> None:
        nonlocal done
        rows[i], done = row, done + 1
        if progress:
            progress(done, len(cells))

    if progress:
        progress(0, len(cells))
    calls: list[int] = []
    for i, cell in enumerate(cells):
        if llm.model(cell.model).deterministic:
            try:
                finish(i, _from_completion(cell, _call(cell, config), rules, config))
            except Exception as exc:  # noqa: BLE001 - a failing cell never ends the run
                finish(i, _error_row(cell, exc))
        elif config.mode == "replay":
            finish(i, _replay(cell, rules, config))
        else:
            calls.append(i)
    if calls:
        with ThreadPoolExecutor(max_workers=max(1, config.jobs)) as pool:
            futures: dict[Future[llm.Completion], int] = {
                pool.submit(_call, cells[i], config): i for i in calls
            }
            for future in as_completed(futures):  # scoring stays on this thread
                i = futures[future]
                try:
                    finish(i, _from_completion(cells[i], future.result(), rules, config))
                except Exception as exc:  # noqa: BLE001 - a failing cell never ends the run
                    finish(i, _error_row(cells[i], exc))
    return [r for r in rows if r is not None]


def write_outputs(out: Path, rows: list[dict[str, Any]], outcome: Outcome) -> None:
    """results.jsonl, summary.json, report.md and report.html in `out`."""
    out.mkdir(parents=True, exist_ok=True)
    with (out / "results.jsonl").open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, sort_keys=True, ensure_ascii=False) + "\n")
    (out / "summary.json").write_text(
        json.dumps(outcome.to_dict(), sort_keys=True, indent=2, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    (out / "report.md").write_text(report_md.render(rows, outcome), encoding="utf-8")
    (out / "report.html").write_text(report_html.render(rows, outcome), encoding="utf-8")


def read_rows(run: Path) -> list[dict[str, Any]]:
    """The rows of a run's results.jsonl."""
    try:
        lines = (run / "results.jsonl").read_text(encoding="utf-8").splitlines()
        return [json.loads(line) for line in lines if line.strip()]
    except (OSError, ValueError) as exc:
        raise EvalConfigError(f"Cannot read {run / 'results.jsonl'}: {exc}.") from None


@dataclass(frozen=True)
class RunResult:
    """What a run wrote and how it went."""

    out: Path
    rows: list[dict[str, Any]]
    outcome: Outcome

    @property
    def exit_code(self) -> int:
        return self.outcome.exit_code


def run_eval(config: EvalConfig, progress: Progress | None = None) -> RunResult:
    """Plan, run, score, compare with the baseline and write the outputs."""
    if config.jobs < 1:
        raise EvalConfigError("--jobs must be at least 1.")
    rules = _rules(config.paths)
    cells = plan(config, rules)
    rows = execute(cells, config, rules, progress)
    outcome = evaluate(rows, load_baseline(config.paths.baseline), config.gates)
    out = config.out or config.paths.new_run_dir()
    write_outputs(out, rows, outcome)
    return RunResult(out, rows, outcome)


def rescore(run: Path, paths: EvalPaths, gates: Gates | None = None) -> RunResult:
    """Re-run the checker and case checks over a run's stored replies; no model is called."""
    rules = _rules(paths)
    rows = read_rows(run)
    ids = sorted({r["case"] for r in rows})
    preps = (
        {c.id: prepare(c, rules, paths.cases) for c in load_cases(paths.cases, ",".join(ids))}
        if ids
        else {}
    )
    fresh = []
    for row in rows:
        prep = preps.get(row["case"])
        if (
            prep is None
            or row["status"] not in ("pass", "fail")
            and row.get("error_kind") != "empty"
        ):
            fresh.append(row)
            continue
        fresh.append(
            score_reply(
                prep,
                {
                    **base_row(prep, row["model"], row["variant"]),
                    **{k: row[k] for k in ("fingerprint", "provider_model", "usage", "latency_s")},
                },
                row["reply"],
                rules,
            )
        )
    outcome = evaluate(fresh, load_baseline(paths.baseline), gates or Gates())
    write_outputs(run, fresh, outcome)
    return RunResult(run, fresh, outcome)
