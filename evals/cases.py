"""Eval cases: one YAML file per case, validated strictly so a typo is an error naming the file."""

from __future__ import annotations

from datetime import date
from fnmatch import fnmatch
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from assistant.core.schedule import OUTCOMES
from assistant.core.stages import load_rules

from .paths import EvalConfigError

Timing = Literal["early", "due", "late"]
Outcome = Literal[OUTCOMES]  # type: ignore[valid-type]


class CaseError(EvalConfigError):
    """One or more case files cannot be used; the message names each file and what is wrong."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class MustMention(_Strict):
    """At least `at_least` of these points from the interview must appear in the email."""

    of: list[str] = Field(min_length=1)
    at_least: int = Field(default=1, ge=1)

    @model_validator(mode="after")
    def _reachable(self) -> MustMention:
        if self.at_least > len(self.of):
            raise ValueError(
                f"at_least is {self.at_least} but only {len(self.of)} points are listed"
            )
        return self


def sendable_stages() -> tuple[str, ...]:
    """Every stage prompts/stages.toml marks as sendable (all but move_on today)."""
    return tuple(sid for sid, stage in load_rules().stages.items() if stage.sendable)


def _stage_id(value: str) -> str:
    """A stage id the app can draft, exactly as stages.toml spells it."""
    allowed = sendable_stages()
    if value not in allowed:
        raise ValueError(f"should be one of {', '.join(allowed)}, not {value!r}")
    return value


class SentBefore(_Strict):
    """A follow-up the candidate already sent (so the schedule knows which stage is due)."""

    stage: str
    sent_on: date = Field(alias="date")  # YAML key 'date' ('on' would read as a boolean)

    @field_validator("stage")
    @classmethod
    def _sendable(cls, value: str) -> str:
        return _stage_id(value)


class Case(_Strict):
    """Notes, a stage and a day, and what a good email for them must (not) do."""

    id: str
    notes: str = Field(min_length=1)
    stage: str
    today: date
    description: str = ""
    tags: list[str] = []
    timing: Timing | None = None
    sent: list[SentBefore] = []
    outcome: Outcome | None = None  # what they said, e.g. rejected (for a rejection_reply)
    outcome_on: date | None = None  # the day they said it (default: today)
    seed: int = 0
    candidate: str | None = None
    company: str | None = None
    role: str | None = None
    interviewers: list[str] | None = None
    details: list[str] | None = None
    # facts the person confirmed on the page ("They're right"): the notes reader's guesses, or a
    # field it rightly left empty ("company", "role", "interviewers")
    confirmed: list[Literal["company", "role", "interviewers"]] = []
    must_mention: MustMention | None = None
    must_contain: list[str] = []
    must_not_contain: list[str] = []
    greets: list[str] = []
    signs_as: str | None = None

    @field_validator("stage")
    @classmethod
    def _sendable(cls, value: str) -> str:
        return _stage_id(value)

    @field_validator("must_contain", "must_not_contain", "greets", "tags")
    @classmethod
    def _no_blanks(cls, values: list[str]) -> list[str]:
        if any(not str(v).strip() for v in values):
            raise ValueError("entries must not be empty")
        return values

    def overrides(self) -> dict[str, Any]:
        """The explicit fields (as the app's form would give them) for read_notes."""
        return {
            "candidate": self.candidate,
            "company": self.company,
            "role": self.role,
            "interviewers": self.interviewers,
            "details": self.details,
            "confirmed": tuple(self.confirmed),
        }


CASE_KEYS = sorted(k for k in Case.model_fields if k != "id")


def _explain(error: dict[str, Any]) -> str:
    where = ".".join(str(p) for p in error["loc"])
    if error["type"] == "extra_forbidden":
        return f"unknown key '{where}'"
    if error["type"] == "missing":
        return f"missing required key '{where}'"
    return f"'{where}': {error['msg']}"


def parse_case(path: Path) -> Case:
    """One case file, or a CaseError naming the file, each bad key and the keys allowed."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise CaseError(f"{path}: cannot read it ({exc.strerror}).") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" line {mark.line + 1}" if mark is not None else ""
        raise CaseError(
            f"{path}:{line} is not valid YAML ({getattr(exc, 'problem', exc)})."
        ) from None
    if not isinstance(data, dict):
        raise CaseError(f"{path}: a case file is a mapping of keys ({', '.join(CASE_KEYS)}).")
    if "id" in data:
        raise CaseError(f"{path}: remove 'id': a case's id is its file name ({path.stem}).")
    try:
        return Case.model_validate({**data, "id": path.stem})
    except ValidationError as exc:
        errors = exc.errors()
        problems = "; ".join(_explain(e) for e in errors)  # type: ignore[arg-type]
        keys = any(
            e["type"] in ("extra_forbidden", "missing") and len(e["loc"]) == 1 for e in errors
        )
        hint = (
            f" Allowed keys: {', '.join(CASE_KEYS)}; required: notes, stage, today." if keys else ""
        )
        raise CaseError(f"{path}: {problems}.{hint}") from None


def case_files(cases_dir: Path, pattern: str = "*") -> list[Path]:
    """Case files whose name (or id) matches any comma-separated glob, sorted by id."""
    if not cases_dir.is_dir():
        raise CaseError(f"No cases directory at {cases_dir}.")
    globs = [g.strip() for g in pattern.split(",") if g.strip()] or ["*"]
    files = sorted(p for ext in ("*.yaml", "*.yml") for p in cases_dir.glob(ext))
    return [p for p in files if any(fnmatch(p.stem, g) or fnmatch(p.name, g) for g in globs)]


def load_cases(cases_dir: Path, pattern: str = "*") -> list[Case]:
    """Every matching case, validated; all problems across files are reported together."""
    files = case_files(cases_dir, pattern)
    if not files:
        raise CaseError(f"No case in {cases_dir} matches {pattern!r}.")
    cases, problems, seen = [], [], set()
    for path in files:
        if path.stem in seen:
            problems.append(f"{path}: another file already has the id {path.stem!r}.")
            continue
        seen.add(path.stem)
        try:
            cases.append(parse_case(path))
        except CaseError as exc:
            problems.append(str(exc))
    if problems:
        raise CaseError("\n".join(problems))
    return cases
