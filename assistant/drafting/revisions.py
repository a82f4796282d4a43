"""Revisions of a draft — regenerate, tighten, fix until passing — with every version kept."""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from assistant.checker.scoring import check
from assistant.core.domain import Draft, Notes, Report
from assistant.core.stages import Rules, load_rules
from assistant.drafting.pipeline import DraftRequest, draft_email, to_draft
from assistant.models import llm
from assistant.prompting.build import build_revision_messages

DiffOp = tuple[str, str]  # ("equal" | "insert" | "delete", text)


def word_diff(before: str, after: str) -> tuple[DiffOp, ...]:
    """What changed between two texts, word by word (whitespace kept with its word, but a word
    followed by a line break instead of a space is the same word, not a change)."""
    a, b = re.findall(r"\S+\s*", before), re.findall(r"\S+\s*", after)
    words_a, words_b = [t.rstrip() for t in a], [t.rstrip() for t in b]
    ops: list[DiffOp] = []
    matcher = difflib.SequenceMatcher(None, words_a, words_b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag in ("delete", "replace"):
            ops.append(("delete", "".join(a[i1:i2])))
        if tag in ("insert", "replace"):
            ops.append(("insert", "".join(b[j1:j2])))
        if tag == "equal":
            ops.append(("equal", "".join(b[j1:j2])))
    return tuple(ops)


@dataclass(frozen=True)
class Version:
    """One draft in the history, with its report and what changed from the one before."""

    draft: Draft
    report: Report
    action: str
    diff: tuple[DiffOp, ...] = ()

    @property
    def words(self) -> int:
        return int(self.report.metrics.get("words", 0))


def _better(a: tuple[Draft, Report], b: tuple[Draft, Report]) -> bool:
    """True when a beats b: passing first, then score."""
    return (a[1].passed, a[1].score) > (b[1].passed, b[1].score)


def tighten_target(draft_words: int, words_min: int, words_max: int) -> int:
    """Into the lower half of the stage's range, and never longer than the draft already is."""
    midpoint = (words_min + words_max) // 2
    return max(words_min, min(midpoint, draft_words - 1))


def tighten_draft(
    draft: Draft,
    notes: Notes,
    stage: str,
    *,
    details: Sequence[str] | None = None,
    target_words: int | None = None,
    settings: llm.ModelSettings | None = None,
    variant: str = "default",
    rules: Rules | None = None,
) -> Draft:
    """A shorter draft that keeps the mentioned details, greeting, sign-off and required moves."""
    rules = rules or load_rules()
    rule = rules.stage(stage)
    report = check(draft, notes, rule, rules, details=details)
    target = target_words or tighten_target(
        int(report.metrics["words"]), rule.words_min, rule.words_max
    )
    messages = build_revision_messages(
        "tighten",
        draft,
        notes,
        rule,
        details=details,
        kept_details=report.metrics.get("details_mentioned", []),
        target_words=target,
        variant=variant,
        seed=draft.seed,
        rules=rules,
    )
    reply = llm.complete(messages, settings, seed=draft.seed)
    return to_draft(reply.text, rule.id, reply.model, draft.seed)


def fix_draft(
    draft: Draft,
    notes: Notes,
    stage: str,
    *,
    details: Sequence[str] | None = None,
    rounds: int = 3,
    settings: llm.ModelSettings | None = None,
    variant: str = "default",
    rules: Rules | None = None,
    previous: Sequence[str] = (),
) -> tuple[Draft, Report, int]:
    """Feed failing checks back and redraft until it passes (at most `rounds`); the best seen wins.
    `previous`: emails already sent for the interview, so repetition counts too."""
    rules = rules or load_rules()
    rule = rules.stage(stage)
    best = (draft, check(draft, notes, rule, rules, details=details, previous=previous))
    current = best
    used = 0
    for round_no in range(1, rounds + 1):
        if current[1].passed:
            break
        problems = [c for c in current[1].checks if c.status != "pass"]
        seed = draft.seed + round_no - 1
        messages = build_revision_messages(
            "fix",
            current[0],
            notes,
            rule,
            details=details,
            problems=problems,
            kept_details=current[1].metrics.get("details_mentioned", []),
            variant=variant,
            seed=seed,
            rules=rules,
        )
        reply = llm.complete(messages, settings, seed=seed)
        candidate = to_draft(reply.text, rule.id, reply.model, draft.seed)
        current = (
            candidate,
            check(candidate, notes, rule, rules, details=details, previous=previous),
        )
        used = round_no
        if _better(current, best):
            best = current
    return best[0], best[1], used


def with_signature(draft: Draft, signature: str) -> Draft:
    """The draft with the signature lines under its last line (once; blank lines dropped)."""
    lines = [" ".join(line.split()) for line in signature.splitlines() if line.strip()]
    body = draft.body.rstrip()
    if not lines or body.endswith("\n".join(lines)):
        return draft
    return replace(draft, body=body + "\n" + "\n".join(lines))


@dataclass
class History:
    """Every version of one email, the current one, and how to make the next."""

    notes: Notes
    stage: str
    details: tuple[str, ...] | None = None
    settings: llm.ModelSettings = field(default_factory=llm.ModelSettings)
    variant: str = "default"
    versions: list[Version] = field(default_factory=list)
    index: int = -1
    previous: tuple[str, ...] = ()  # emails already sent for this interview: not to be repeated
    signature: str = ""  # lines under the name in every written sign-off (the person's profile)
    note: str = ""  # what the last fix could not do, said plainly

    @classmethod
    def start(
        cls,
        draft: Draft,
        notes: Notes,
        *,
        details: Sequence[str] | None = None,
        settings: llm.ModelSettings | None = None,
        variant: str = "default",
        previous: Sequence[str] = (),
    ) -> History:
        history = cls(
            notes,
            draft.stage,
            tuple(details) if details is not None else None,
            settings or llm.ModelSettings(),
            variant,
            previous=tuple(previous),
        )
        history.add(draft, "draft")
        return history

    @property
    def current(self) -> Version:
        return self.versions[self.index]

    def report(self, draft: Draft) -> Report:
        return check(draft, self.notes, self.stage, details=self.details, previous=self.previous)

    def before(self, stage: str) -> Version | None:
        """What a new draft of this stage is compared with: the one showing when it is of the same
        stage, else the newest of that stage (a thank-you is never compared with a status check)."""
        if self.versions and self.current.draft.stage == stage:
            return self.current
        return next((v for v in reversed(self.versions) if v.draft.stage == stage), None)

    def previous_score(self) -> int | None:
        """The score of the version before the current one of the same stage, for the delta."""
        stage = self.current.draft.stage
        earlier = [v for v in self.versions[: self.index] if v.draft.stage == stage]
        return earlier[-1].report.score if earlier else None

    def add(self, draft: Draft, action: str, report: Report | None = None) -> Version:
        """Keep a new version; a text already in the history is shown again, not added twice."""
        if self.signature and action not in ("edit",) and not action.startswith("restore"):
            signed = with_signature(draft, self.signature)
            report = report if signed == draft else None
            draft = signed
        for i, kept in enumerate(self.versions):
            if (kept.draft.stage, kept.draft.subject, kept.draft.body) == (
                draft.stage,
                draft.subject,
                draft.body,
            ):
                self.index = i
                return kept
        before = self.before(draft.stage)
        version = Version(
            draft,
            report or self.report(draft),
            action,
            word_diff(before.draft.text, draft.text) if before else (),
        )
        self.versions.append(version)
        self.index = len(self.versions) - 1
        return version

    def regenerate(self) -> Version:
        seed = max(v.draft.seed for v in self.versions) + 1
        request = DraftRequest(
            self.notes, self.stage, self.details, self.variant, seed, used_topics=self.previous
        )
        return self.add(draft_email(request, self.settings), "regenerate")

    def tighten(self, target_words: int | None = None) -> Version:
        draft = tighten_draft(
            self.current.draft,
            self.notes,
            self.stage,
            details=self.details,
            target_words=target_words,
            settings=self.settings,
            variant=self.variant,
        )
        return self.add(draft, "tighten")

    def fix(self, rounds: int = 3) -> Version:
        """Revise toward passing, for the email's own stage (a thank-you is never turned into a
        status check); when nothing changes, or something is left, `note` says what and why."""
        before = self.current
        stage = before.draft.stage
        draft, report, _ = fix_draft(
            before.draft,
            self.notes,
            stage,
            details=self.details,
            rounds=rounds,
            settings=self.settings,
            variant=self.variant,
            previous=self.previous,
        )
        left = [c for c in report.checks if c.status == "fail"]
        todo = "; ".join(f"{c.message} {c.fix}".strip() for c in left[:3])
        if (draft.subject, draft.body) == (before.draft.subject, before.draft.body):
            self.note = (
                f"Fix could not improve this email by itself: {todo}"
                if left
                else "Nothing to fix: every check passes."
            )
            return before
        self.note = f"Fixed what it could. Still to do by hand: {todo}" if left else ""
        return self.add(draft, "fix", report)

    def edit(self, subject: str, body: str) -> Version:
        """The person's own edit becomes a version (only when something changed)."""
        old = self.current.draft
        if (subject, body) == (old.subject, old.body):
            return self.current
        return self.add(replace(old, subject=subject, body=body, model="you"), "edit")

    def restore(self, index: int) -> Version:
        chosen = self.versions[index]
        return self.add(chosen.draft, f"restore v{index + 1}", chosen.report)
