"""Summaries per model × variant, the baseline, regressions against it, and the quality gates."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from statistics import fmean
from typing import Any

from .paths import EvalConfigError

EXIT_OK, EXIT_GATE, EXIT_CONFIG, EXIT_RECORDING = 0, 1, 2, 3
Cells = dict[str, dict[str, dict[str, dict[str, Any]]]]  # model -> variant -> case -> verdict


@dataclass(frozen=True)
class Gates:
    """What a run must reach to exit 0 (see evals/README.md for why these numbers)."""

    min_pass_rate: float = 0.90  # checker and case checks pass (offline today: 100%)
    min_checker_pass_rate: float = 0.90  # the product's checker alone finds no failing check
    min_mean_score: float = 90.0  # the checker's mean 0–100 score
    tolerance: int = 5  # a cell's score may drop this many points before it is a regression


@dataclass(frozen=True)
class Regression:
    """One thing that got worse in one cell since the baseline."""

    model: str
    variant: str
    case: str
    check: str  # a check id, or 'passed' / 'score'
    before: str
    after: str


@dataclass
class Outcome:
    """The verdict on a run: summary per group, regressions, gates and the exit code."""

    groups: list[dict[str, Any]]
    regressions: list[Regression] = field(default_factory=list)
    improvements: list[Regression] = field(default_factory=list)
    gates: list[dict[str, Any]] = field(default_factory=list)
    problems: dict[str, int] = field(default_factory=dict)
    baseline: Cells | None = None

    @property
    def exit_code(self) -> int:
        if any(self.problems.values()):
            return EXIT_RECORDING
        return EXIT_GATE if any(not g["ok"] for g in self.gates) else EXIT_OK

    def to_dict(self) -> dict[str, Any]:
        return {
            "groups": self.groups,
            "regressions": [asdict(r) for r in self.regressions],
            "improvements": [asdict(r) for r in self.improvements],
            "gates": self.gates,
            "problems": self.problems,
            "has_baseline": self.baseline is not None,
            "exit_code": self.exit_code,
        }


def _mean(values: list[float]) -> float | None:
    return round(fmean(values), 2) if values else None


def group_stats(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Pass rate, mean score, mean words and detail coverage of some rows."""
    scored = [r for r in rows if r["status"] in ("pass", "fail")]
    mentions = [
        c["status"] == "pass"
        for r in scored
        for c in r["case_checks"]
        if c["id"] == "case.must_mention"
    ]
    return {
        "cells": len(rows),
        "scored": len(scored),
        "passed": sum(r["passed"] for r in scored),
        "pass_rate": round(sum(r["passed"] for r in scored) / len(scored), 4) if scored else None,
        "checker_pass_rate": round(
            sum(not any(c["status"] == "fail" for c in r["checks"]) for r in scored) / len(scored),
            4,
        )
        if scored
        else None,
        "mean_score": _mean([r["score"] for r in scored]),
        "mean_words": _mean([r["metrics"].get("words", 0) for r in scored]),
        "detail_coverage": _mean([r["coverage"] for r in scored if r["coverage"] is not None]),
        "must_mention_rate": _mean([float(m) for m in mentions]),
        "errors": sum(r["status"] == "error" for r in rows),
        "missing": sum(r["status"] == "missing" for r in rows),
        "stale": sum(r["status"] == "stale" for r in rows),
        "failing_checks": dict(sorted(Counter(f for r in scored for f in r["failing"]).items())),
    }


def groups_of(rows: list[dict[str, Any]]) -> dict[tuple[str, str], list[dict[str, Any]]]:
    """Rows by (model, variant), in the order they first appear."""
    out: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for row in rows:
        out.setdefault((row["model"], row["variant"]), []).append(row)
    return out


def verdict(row: dict[str, Any]) -> dict[str, Any]:
    """What the baseline keeps of a scored row."""
    return {
        "passed": row["passed"],
        "score": row["score"],
        "words": row["metrics"].get("words"),
        "coverage": row["coverage"],
        "checks": {c["id"]: c["status"] for c in [*row["checks"], *row["case_checks"]]},
    }


def cells_from_rows(rows: list[dict[str, Any]]) -> Cells:
    """The scored rows of a run as baseline cells."""
    cells: Cells = {}
    for r in rows:
        if r["status"] in ("pass", "fail"):
            cells.setdefault(r["model"], {}).setdefault(r["variant"], {})[r["case"]] = verdict(r)
    return cells


def baseline_cell(baseline: Cells | None, row: dict[str, Any]) -> dict[str, Any] | None:
    """The baseline's verdict on the same model, variant and case, if it has one."""
    return (baseline or {}).get(row["model"], {}).get(row["variant"], {}).get(row["case"])


def _baseline_stats(rows: list[dict[str, Any]], baseline: Cells | None) -> dict[str, Any] | None:
    before = [b for r in rows if (b := baseline_cell(baseline, r)) is not None]
    if not before:
        return None
    return {
        "pass_rate": round(sum(b["passed"] for b in before) / len(before), 4),
        "mean_score": _mean([b["score"] for b in before]),
        "mean_words": _mean([b["words"] or 0 for b in before]),
        "detail_coverage": _mean([b["coverage"] for b in before if b["coverage"] is not None]),
    }


def compare(
    rows: list[dict[str, Any]], baseline: Cells | None, tolerance: int
) -> tuple[list[Regression], list[Regression]]:
    """(regressions, improvements) of scored rows against the baseline's cells."""
    worse, better = [], []
    for r in rows:
        b = baseline_cell(baseline, r)
        if b is None or r["status"] not in ("pass", "fail"):
            continue
        key = (r["model"], r["variant"], r["case"])
        if b["passed"] != r["passed"]:
            item = Regression(*key, "passed", str(b["passed"]).lower(), str(r["passed"]).lower())
            (better if r["passed"] else worse).append(item)
        if abs(r["score"] - b["score"]) > tolerance:
            (better if r["score"] > b["score"] else worse).append(
                Regression(*key, "score", str(b["score"]), str(r["score"]))
            )
        now = {c["id"]: c["status"] for c in [*r["checks"], *r["case_checks"]]}
        for check_id, status in now.items():
            was = b["checks"].get(check_id)
            if status == "fail" and was not in (None, "fail"):
                worse.append(Regression(*key, check_id, was, status))
            elif was == "fail" and status != "fail":
                better.append(Regression(*key, check_id, was, status))
    return worse, better


def evaluate(rows: list[dict[str, Any]], baseline: Cells | None, gates: Gates) -> Outcome:
    """Summarise a run, compare it with the baseline and apply the gates."""
    groups, verdicts = [], []
    for (model, variant), group in groups_of(rows).items():
        stats = {"model": model, "variant": variant, **group_stats(group)}
        stats["baseline"] = _baseline_stats(group, baseline)
        groups.append(stats)
        name = f"{model} · {variant}"
        if stats["scored"]:
            for label, value, floor in (
                ("pass rate", stats["pass_rate"], gates.min_pass_rate),
                ("checker pass rate", stats["checker_pass_rate"], gates.min_checker_pass_rate),
            ):
                verdicts.append(
                    {
                        "gate": f"{label} {name}",
                        "ok": value >= floor,
                        "message": f"{value:.0%} (needs ≥ {floor:.0%})",
                    }
                )
            score = stats["mean_score"]
            verdicts.append(
                {
                    "gate": f"mean score {name}",
                    "ok": score >= gates.min_mean_score,
                    "message": f"{score:g} (needs ≥ {gates.min_mean_score:g})",
                }
            )
    worse, better = compare(rows, baseline, gates.tolerance)
    verdicts.append(
        {
            "gate": "no regressions vs baseline",
            "ok": not worse,
            "message": "no baseline yet: bless a run to start comparing"
            if baseline is None
            else f"{len(worse)} regression(s), tolerance {gates.tolerance} points",
        }
    )
    problems = {k: sum(r["status"] == k for r in rows) for k in ("error", "missing", "stale")}
    return Outcome(groups, worse, better, verdicts, problems, baseline)


def load_baseline(path: Path) -> Cells | None:
    """The baseline's cells, or None when there is no baseline file yet."""
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        cells = data["cells"]
        if not isinstance(cells, dict):
            raise TypeError("cells is not a mapping")
        return cells
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise EvalConfigError(
            f"{path} is not a baseline ({exc}): bless a run to rewrite it."
        ) from None


def bless(rows: list[dict[str, Any]], path: Path, replace: bool = False) -> Cells:
    """Make a run's scored cells the baseline; other cells are kept unless `replace`."""
    cells = {} if replace else (load_baseline(path) or {})
    for model, by_variant in cells_from_rows(rows).items():
        for variant, by_case in by_variant.items():
            cells.setdefault(model, {}).setdefault(variant, {}).update(by_case)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        json.dumps({"format": 1, "cells": cells}, sort_keys=True, indent=1, ensure_ascii=False)
        + "\n",
        encoding="utf-8",
    )
    return cells
