"""What the Evaluations page shows, computed from stored runs (the page only renders it)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .runner import read_rows
from .summary import Cells, baseline_cell


@dataclass(frozen=True)
class RunView:
    """One stored run: its rows and summary."""

    name: str
    rows: list[dict[str, Any]]
    summary: dict[str, Any]


@dataclass(frozen=True)
class Column:
    """One model × variant (of one run) in the side-by-side view of a case."""

    title: str
    status: str
    score: int | None
    delta: int | None
    email: str
    failing: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    missing_details: list[str] = field(default_factory=list)
    error: str | None = None


def load_run(path: Path) -> RunView:
    """A run directory's results and summary."""
    summary_file = path / "summary.json"
    summary = json.loads(summary_file.read_text(encoding="utf-8")) if summary_file.is_file() else {}
    return RunView(path.name, read_rows(path), summary)


def summary_rows(runs: list[RunView]) -> list[dict[str, Any]]:
    """One table row per run × model × variant."""
    out = []
    for run in runs:
        for g in run.summary.get("groups", []):
            base = g.get("baseline") or {}
            score, before = g.get("mean_score"), base.get("mean_score")
            out.append(
                {
                    "run": run.name,
                    "model": g["model"],
                    "variant": g["variant"],
                    "pass rate %": _pct(g.get("pass_rate")),
                    "checker pass %": _pct(g.get("checker_pass_rate")),
                    "mean score": score,
                    "Δ score": round(score - before, 2)
                    if score is not None and before is not None
                    else None,
                    "mean words": g.get("mean_words"),
                    "detail coverage %": _pct(g.get("detail_coverage")),
                    "not scored": g.get("errors", 0) + g.get("missing", 0) + g.get("stale", 0),
                }
            )
    return out


def _pct(value: float | None) -> float | None:
    return None if value is None else round(100 * value, 1)


def chart_data(runs: list[RunView]) -> dict[str, list[Any]]:
    """Columns for a bar chart: one bar pair (pass rate, mean score) per run × model × variant."""
    rows = summary_rows(runs)
    many = len(runs) > 1
    return {
        "group": [
            (f"{r['run']} · " if many else "") + f"{r['model']} · {r['variant']}" for r in rows
        ],
        "pass rate %": [r["pass rate %"] or 0 for r in rows],
        "mean score": [r["mean score"] or 0 for r in rows],
    }


def case_ids(runs: list[RunView], only_failing: bool = False) -> list[str]:
    """Case ids across the runs, in order; only those failing somewhere when asked."""
    ids: dict[str, bool] = {}
    for run in runs:
        for r in run.rows:
            ids[r["case"]] = ids.get(r["case"], False) or not r["passed"]
    return [c for c, failing in ids.items() if failing or not only_failing]


def side_by_side(runs: list[RunView], case: str, baseline: Cells | None = None) -> list[Column]:
    """The case's output in every run × model × variant, with what failed and what is missing."""
    cols = []
    for run in runs:
        for r in (x for x in run.rows if x["case"] == case):
            prefix = f"{run.name} · " if len(runs) > 1 else ""
            checks = [*r["checks"], *r["case_checks"]]
            before = baseline_cell(baseline, r)
            delta = r["score"] - before["score"] if before and r["score"] is not None else None
            cols.append(
                Column(
                    title=f"{prefix}{r['model']} · {r['variant']}",
                    status=r["status"],
                    score=r["score"],
                    delta=delta,
                    email=f"Subject: {r['subject']}\n\n{r['body']}"
                    if r["status"] in ("pass", "fail")
                    else "",
                    failing=[f"{c['id']}: {c['message']}" for c in checks if c["status"] == "fail"],
                    warnings=[
                        f"{c['id']}: {c['message']}" for c in checks if c["status"] == "warn"
                    ],
                    missing_details=list(r["metrics"].get("details_missing", [])),
                    error=r.get("error"),
                )
            )
    return cols
