"""Where evals read cases, prompts, recordings and the baseline, and where runs are written."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from assistant.core.errors import FollowUpError
from assistant.core.stages import PROMPTS_DIR

EVALS_DIR = Path(__file__).resolve().parent
ENV_PREFIX = "FOLLOWUP_EVAL_"  # e.g. FOLLOWUP_EVAL_RUNS=/tmp/runs points the page at a tmp dir


class EvalConfigError(FollowUpError):
    """A bad eval option, variant, path or case file (exit code 2)."""


@dataclass(frozen=True)
class EvalPaths:
    """Every path the eval harness touches, injectable so tests use temp dirs."""

    prompts: Path = PROMPTS_DIR
    cases: Path = EVALS_DIR / "cases"
    recordings: Path = EVALS_DIR / "recordings"
    runs: Path = EVALS_DIR / "runs"
    baseline: Path = EVALS_DIR / "baseline.json"

    @classmethod
    def from_env(cls, **given: Path | str | None) -> EvalPaths:
        """Defaults, overridden by FOLLOWUP_EVAL_<NAME> variables, overridden by explicit values."""
        values: dict[str, Path] = {}
        for name in ("prompts", "cases", "recordings", "runs", "baseline"):
            value = given.get(name) or os.environ.get(ENV_PREFIX + name.upper())
            if value:
                values[name] = Path(value)
        return replace(cls(), **values)

    def new_run_dir(self, now: datetime | None = None) -> Path:
        """A fresh evals/runs/<timestamp>/ directory name (not yet created)."""
        stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
        candidate, n = self.runs / stamp, 1
        while candidate.exists():
            n += 1
            candidate = self.runs / f"{stamp}-{n}"
        return candidate

    def resolve_run(self, name: str) -> Path:
        """A run directory from a path, a name under runs/, or 'latest'."""
        if name == "latest":
            runs = list_runs(self.runs)
            if not runs:
                raise EvalConfigError(f"No runs in {self.runs} yet: run `followup eval` first.")
            return runs[0]
        for path in (Path(name), self.runs / name):
            if (path / "results.jsonl").is_file():
                return path
        raise EvalConfigError(
            f"No run at {name!r} (expected a directory with results.jsonl, a "
            f"name under {self.runs}, or 'latest')."
        )


def list_runs(runs_dir: Path) -> list[Path]:
    """Run directories that hold results, newest first."""
    if not runs_dir.is_dir():
        return []
    found = [p for p in runs_dir.iterdir() if (p / "results.jsonl").is_file()]
    return sorted(found, key=lambda p: (p.stat().st_mtime, p.name), reverse=True)
