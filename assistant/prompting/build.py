"""Notes + stage + variant -> chat messages, from the Jinja2 templates in prompts/."""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.core.domain import Check, Draft, Notes, Stage
from assistant.core.errors import RulesError
from assistant.core.stages import PROMPTS_DIR, Rules, load_rules
from assistant.notes.redact import without_private
from assistant.prompting.phrasing import join_names

if TYPE_CHECKING:
    import jinja2

DATA_OPEN, DATA_CLOSE = "<interview_data>", "</interview_data>"
PROMPT_NOTES_CHARS = 20_000  # what a model sees of the raw notes; parsed fields carry the rest


def variants(prompts_dir: Path = PROMPTS_DIR) -> list[str]:
    """Names of the prompt variants: 'default' plus every folder under prompts/variants/."""
    folder = prompts_dir / "variants"
    extra = sorted(p.name for p in folder.iterdir() if p.is_dir()) if folder.is_dir() else []
    return ["default", *[v for v in extra if v != "default"]]


@lru_cache(maxsize=16)
def _environment(variant: str, prompts_dir: Path) -> jinja2.Environment:
    import jinja2  # lazy: ~0.1 s, needed only when a prompt is built, not to show the page

    if variant not in variants(prompts_dir):
        raise RulesError(
            f"Unknown prompt variant {variant!r}: choose one of {', '.join(variants(prompts_dir))}."
        )
    search = [str(prompts_dir)]
    if variant != "default":
        search.insert(0, str(prompts_dir / "variants" / variant))
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(search),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=False,
    )


def render(
    name: str, variant: str = "default", prompts_dir: Path = PROMPTS_DIR, **values: Any
) -> str:
    """Render prompts/<name>.md (or the variant's override); a missing variable is a RulesError."""
    import jinja2

    try:
        return (
            _environment(variant, prompts_dir).get_template(f"{name}.md").render(**values).strip()
        )
    except jinja2.UndefinedError as exc:
        raise RulesError(f"Prompt template {name}.md ({variant}): {exc.message}.") from None
    except jinja2.TemplateNotFound as exc:
        raise RulesError(f"Prompt template not found: {exc.name} (variant {variant}).") from None
    except jinja2.TemplateSyntaxError as exc:
        raise RulesError(
            f"Prompt template {exc.name or name}.md line {exc.lineno}: {exc.message}."
        ) from None


def data_block(payload: dict[str, Any]) -> str:
    """JSON for the data block, with < and > escaped so notes can never close the tag."""
    text = json.dumps(payload, ensure_ascii=False, indent=1, sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e")


def read_data_block(text: str) -> dict[str, Any] | None:
    """The payload of the last data block in a message, or None."""
    start = text.rfind(DATA_OPEN)
    end = text.rfind(DATA_CLOSE)
    if start < 0 or end < start:
        return None
    try:
        value = json.loads(text[start + len(DATA_OPEN) : end])
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def addressees(notes: Notes, stage: Stage) -> str | None:
    """Who the email greets: every interviewer where the stage says so, else the main contact."""

    people = notes.interviewers if stage.to_everyone else notes.interviewers[:1]
    return join_names([p.greet or p.name for p in people]) or None


def example_subject(stage: Stage, notes: Notes) -> str:
    """The first of the stage's subject patterns whose placeholders the notes can fill."""
    values = {"role": notes.role, "company": notes.company}
    for pattern in stage.subjects:
        try:
            return pattern.format(**{k: v for k, v in values.items() if v})
        except (KeyError, IndexError):
            continue
    return stage.label


def notes_payload(
    notes: Notes, stage: Stage, details: Sequence[str], rules: Rules, task: str, seed: int = 0
) -> dict[str, Any]:
    """What the model (and the offline drafter) is told, as data: the parsed fields, the chosen
    details and the notes themselves (capped)."""

    shared = without_private(notes.text, notes.private_lines)
    return {
        **notes.to_dict(),
        "task": task,
        "stage": stage.id,
        "seed": seed,
        "details": list(details),
        "notes": shared[:PROMPT_NOTES_CHARS],
    }


def _avoid_phrases(rules: Rules, stage: Stage) -> list[str]:
    return [g.describe for g in rules.avoid_for(stage.id)]


def build_messages(
    notes: Notes,
    stage: Stage | str,
    *,
    details: Sequence[str] | None = None,
    variant: str = "default",
    seed: int = 0,
    rules: Rules | None = None,
    extra_instructions: str = "",
    prompts_dir: Path = PROMPTS_DIR,
    used_topics: Sequence[str] = (),
) -> list[dict[str, str]]:
    """System + user messages asking for a draft of `stage` from `notes`."""
    rules = rules or load_rules()
    stage = rules.stage(stage) if isinstance(stage, str) else stage
    if not stage.sendable:
        raise RulesError(f"No email is written at the '{stage.id}' stage: {stage.when}")
    chosen = list(notes.details if details is None else details)
    payload = notes_payload(notes, stage, chosen, rules, "draft", seed)
    payload["details_chosen"] = details is not None
    if used_topics:
        payload["used_topics"] = list(used_topics)
    # Everything the person typed stays in the data block; the instructions only point at it.
    payload["greet"] = addressees(notes, stage)
    payload["example_subject"] = example_subject(stage, notes)
    user = render(
        stage.id,
        variant,
        prompts_dir,
        stage=stage,
        details=chosen,
        interviewer=addressees(notes, stage),
        candidate=notes.candidate,
        example_subject=example_subject(stage, notes),
        avoid_phrases=_avoid_phrases(rules, stage),
        extra_instructions=extra_instructions,
        data_json=data_block(payload),
    )
    return [
        {"role": "system", "content": render("system", variant, prompts_dir)},
        {"role": "user", "content": user},
    ]


def build_revision_messages(
    task: str,
    draft: Draft,
    notes: Notes,
    stage: Stage | str,
    *,
    details: Sequence[str] | None = None,
    problems: Sequence[Check] = (),
    kept_details: Sequence[str] = (),
    target_words: int | None = None,
    variant: str = "default",
    seed: int = 0,
    rules: Rules | None = None,
) -> list[dict[str, str]]:
    """Messages asking to 'tighten' or 'fix' an existing draft."""
    if task not in ("tighten", "fix"):
        raise RulesError(f"Unknown revision {task!r}: use tighten or fix.")
    rules = rules or load_rules()
    stage = rules.stage(stage) if isinstance(stage, str) else stage
    chosen = list(notes.details if details is None else details)
    payload = notes_payload(notes, stage, chosen, rules, task, seed)
    payload["draft"] = {"subject": draft.subject, "body": draft.body}
    payload["target_words"] = target_words
    payload["kept_details"] = list(kept_details)
    payload["problems"] = [{"id": c.id, "message": c.message, "fix": c.fix} for c in problems]
    user = render(
        task,
        variant,
        stage=stage,
        problems=list(problems),
        kept_details=list(kept_details),
        target_words=target_words or stage.words_max,
        data_json=data_block(payload),
    )
    return [
        {"role": "system", "content": render("system", variant)},
        {"role": "user", "content": user},
    ]
