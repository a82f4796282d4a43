"""Load the stage rules from prompts/stages.toml: the single source of the guide's rules."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from assistant.core.domain import Move, Stage
from assistant.core.errors import RulesError

PROMPTS_DIR = Path(__file__).resolve().parent.parent.parent / "prompts"
STAGES_FILE = PROMPTS_DIR / "stages.toml"
STAGE_IDS = ("thank_you", "status_check", "final", "move_on", "rejection_reply")
SENDABLE = ("thank_you", "status_check", "final", "rejection_reply")


@dataclass(frozen=True)
class AvoidGroup:
    """A kind of thing no follow-up should say, with the phrases that show it and a fix."""

    id: str
    phrases: tuple[str, ...]
    fix: str
    describe: str = ""
    stages: tuple[str, ...] = ()  # empty: every stage

    def applies_to(self, stage_id: str) -> bool:
        return not self.stages or stage_id in self.stages


@dataclass(frozen=True)
class Schedule:
    thank_you_within_hours: int
    status_check_after_days: int
    decision_grace_business_days: int
    final_after_status_days: int
    rejection_reply_within_days: int


@dataclass(frozen=True)
class Rules:
    """Everything stages.toml says."""

    stages: dict[str, Stage]
    schedule: Schedule
    avoid: tuple[AvoidGroup, ...]

    def stage(self, stage_id: str) -> Stage:
        try:
            return self.stages[normalise_stage(stage_id)]
        except KeyError:
            raise RulesError(
                f"Unknown stage {stage_id!r}: choose one of {', '.join(SENDABLE)}."
            ) from None

    def avoid_for(self, stage_id: str) -> tuple[AvoidGroup, ...]:
        """The [avoid.*] groups that apply to one stage."""
        return tuple(g for g in self.avoid if g.applies_to(stage_id))


_ALIASES = {
    "thank-you": "thank_you",
    "thankyou": "thank_you",
    "thanks": "thank_you",
    "status": "status_check",
    "status-check": "status_check",
    "second": "status_check",
    "final-follow-up": "final",
    "final_follow_up": "final",
    "last": "final",
    "move-on": "move_on",
    "rejection": "rejection_reply",
    "rejection-reply": "rejection_reply",
    "reply-to-rejection": "rejection_reply",
}


def normalise_stage(stage_id: str) -> str:
    key = str(stage_id).strip().lower().replace(" ", "_")
    return _ALIASES.get(key, _ALIASES.get(key.replace("_", "-"), key))


def _need(table: dict[str, Any], key: str, kind: type, where: str) -> Any:
    if key not in table:
        raise RulesError(f"{where}: missing '{key}'.")
    value = table[key]
    if kind is int and isinstance(value, bool) or not isinstance(value, kind):
        kinds = {int: "whole number", str: "text", list: "list", dict: "table"}
        raise RulesError(
            f"{where}: '{key}' should be a {kinds.get(kind, kind.__name__)}, not {value!r}."
        )
    return value


def _pair(table: dict[str, Any], key: str, where: str) -> tuple[int, int]:
    value = _need(table, key, list, where)
    if len(value) != 2 or not all(isinstance(v, int) for v in value) or value[0] > value[1]:
        raise RulesError(f"{where}: '{key}' should be [low, high] whole numbers, not {value!r}.")
    return value[0], value[1]


_STAGE_KEYS = {
    "label",
    "when",
    "words",
    "subjects",
    "subject_cues",
    "questions",
    "min_details",
    "moves",
    "sendable",
    "to_everyone",
    "says_their_timeline",
}


def _stage(stage_id: str, table: dict[str, Any], path: Path) -> Stage:
    where = f"{path.name} [stages.{stage_id}]"
    unknown = set(table) - _STAGE_KEYS
    if unknown:
        raise RulesError(
            f"{where}: unknown key(s) {', '.join(sorted(unknown))}; "
            f"expected some of {', '.join(sorted(_STAGE_KEYS))}."
        )
    moves = []
    for i, move in enumerate(_need(table, "moves", list, where)):
        mwhere = f"{where} move {i + 1}"
        moves.append(
            Move(
                id=_need(move, "id", str, mwhere),
                label=_need(move, "label", str, mwhere),
                instruction=_need(move, "instruction", str, mwhere),
                cues=tuple(c.lower() for c in _need(move, "cues", list, mwhere)),
                example=str(move.get("example", "")),
            )
        )
    words = _pair(table, "words", where)
    questions = _pair(table, "questions", where)
    return Stage(
        id=stage_id,
        label=_need(table, "label", str, where),
        when=_need(table, "when", str, where),
        words_min=words[0],
        words_max=words[1],
        subjects=tuple(_need(table, "subjects", list, where)),
        subject_cues=tuple(c.lower() for c in _need(table, "subject_cues", list, where)),
        moves=tuple(moves),
        questions_min=questions[0],
        questions_max=questions[1],
        min_details=_need(table, "min_details", int, where),
        sendable=bool(table.get("sendable", True)),
        to_everyone=bool(table.get("to_everyone", False)),
        says_their_timeline=bool(table.get("says_their_timeline", False)),
    )


def _avoid(gid: str, table: dict[str, Any], path: Path) -> AvoidGroup:
    where = f"{path.name} [avoid.{gid}]"
    scope = tuple(table.get("stages", ()))
    unknown = [s for s in scope if s not in STAGE_IDS]
    if unknown or not isinstance(table.get("stages", []), list):
        raise RulesError(
            f"{where}: 'stages' should list stage ids ({', '.join(STAGE_IDS)}), "
            f"not {table.get('stages')!r}."
        )
    return AvoidGroup(
        gid,
        tuple(p.lower() for p in _need(table, "phrases", list, where)),
        _need(table, "fix", str, where),
        str(table.get("describe", gid)),
        scope,
    )


def parse_rules(text: str, path: Path = STAGES_FILE) -> Rules:
    """Parse and validate stages.toml text; any mistake is a RulesError naming file and key."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RulesError(f"{path.name} is not valid TOML: {exc}.") from None
    stages_table = _need(data, "stages", dict, path.name)
    missing = [s for s in STAGE_IDS if s not in stages_table]
    if missing:
        raise RulesError(f"{path.name}: missing stage(s) {', '.join(missing)}.")
    unknown = [s for s in stages_table if s not in STAGE_IDS]
    if unknown:
        raise RulesError(
            f"{path.name}: unknown stage(s) {', '.join(unknown)}; expected {', '.join(STAGE_IDS)}."
        )
    stages = {sid: _stage(sid, stages_table[sid], path) for sid in STAGE_IDS}
    sched = _need(data, "schedule", dict, path.name)
    where = f"{path.name} [schedule]"
    schedule = Schedule(**{k: _need(sched, k, int, where) for k in Schedule.__dataclass_fields__})
    avoid = tuple(_avoid(gid, g, path) for gid, g in _need(data, "avoid", dict, path.name).items())
    return Rules(stages=stages, schedule=schedule, avoid=avoid)


def load_rules(path: Path | None = None) -> Rules:
    """The rules from a file (default prompts/stages.toml), read once per path."""
    return _load_cached(str((path or STAGES_FILE).resolve()))


@lru_cache(maxsize=8)
def _load_cached(path: str) -> Rules:
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise RulesError(f"Cannot read the stage rules at {p}: {exc.strerror}.") from None
    return parse_rules(text, p)


def stage_label(stage: str) -> str:
    """A stage's name as the page and the CLI show it ("Thank-you note")."""
    return load_rules().stage(stage).label
