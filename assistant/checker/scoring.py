"""The checker: scores a draft against the guide, as prompts/stages.toml states it.

Every check is a small pure function `(Context) -> Check`, registered with its weight below.
Score = 100 × Σ weight × (pass 1, warn ½, fail 0) / Σ weight, rounded half up; passed = no fail.
Targets (words, subject cues, moves, questions, min_details, phrases to avoid) come from the rules.

| id           | weight | pass / warn / fail                                                      |
|--------------|--------|-------------------------------------------------------------------------|
| length       | 8      | whole-body words above the stage's max fail; ≥ 80 % of min warns, less  |
|              |        | fails                                                                   |
| sentences    | 4      | no prose fails; a sentence over 35 words warns                          |
| subject      | 8      | empty, no stage cue, > 12 words or > 90 chars fail; > 8 words, > 60     |
|              |        | chars, or naming none of role/company/"interview"/"application" warns   |
| readability  | 6      | Flesch–Kincaid grade ≤ 8 passes, ≤ 10 warns, above fails                |
| sentiment    | 10     | prose compound < +0.05 or a sentence ≤ −0.05 fails; 2+ "!" or stacked   |
|              |        | superlatives warn                                                       |
| details      | 12     | fewer chosen details mentioned than min_details fails; no details       |
|              |        | chosen warns where min_details > 0                                      |
| grounding    | 4      | names, numbers, tools found nowhere in notes or rules warn              |
| greeting     | 5      | a name that is none of the interviewers' fails; no greeting, or no name |
|              |        | while interviewers are known, warns; any greeting passes otherwise      |
| signoff      | 5      | no sign-off, or signed with a name that is not the candidate's, fails;  |
|              |        | no name under it warns (any name passes when the candidate is unknown)  |
| placeholders | 10     | any [X], {x}, {{x}}, <Position>, XX, TBD, lorem ipsum, ___ fails        |
| moves        | 14     | each of the stage's moves needs one of its cues, else fails             |
| avoid        | 10     | any [avoid.*] phrase or ALL-CAPS shouting fails; 3+ apologies warn      |
| questions    | 4      | asks outside the stage's questions range fail                           |
| repetition   | 6      | only with `previous` (emails already sent): 45 %+ of the message's word |
|              |        | 4-grams already sent warns, naming the repeated sentences (repetition.py)|

Asks = sentences with "?" plus polite requests about the status ("would appreciate any update",
"keen to learn about the next steps"): a request phrase together with a cue of any stage's
`status_question` move. Moves are looked for in the greeting and prose, not in the sign-off.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property

from assistant.core.domain import Check, Draft, Notes, Report, Stage, Status
from assistant.core.stages import Rules, load_rules
from assistant.text import metrics as tm
from assistant.text.matching import (
    greeted_names,
    grounded_stems,
    has_phrase,
    is_name_of,
    mentions,
    name_candidates,
    name_parts,
    normalise,
    placeholders,
    ungrounded,
    word_set,
)

SHORT_WARN_FRACTION = 0.8
SIGNOFF_NAME = re.compile(r"\[\s*(?:your|my)\s+(?:full\s+)?name\s*\]", re.IGNORECASE)
# Set on evals/calibration: published good emails run to 1.5x the stage's maximum (185 words for a
# thank-you); the ones careful readers call too long are over 1.6x (203, 258).
LONG_FAIL_FACTOR = 1.6
LONG_SENTENCE_WORDS = 35
SUBJECT_WARN_WORDS, SUBJECT_WARN_CHARS = 8, 60
SUBJECT_FAIL_WORDS, SUBJECT_FAIL_CHARS = 12, 90
GRADE_WARN, GRADE_FAIL = 8.0, 10.0
POSITIVE_MIN, NEGATIVE_MAX = tm.POSITIVE_MIN, tm.NEGATIVE_MAX
MAX_EXCLAMATIONS = 1
APOLOGIES_WARN = 3
FACTOR = {"pass": 1.0, "warn": 0.5, "fail": 0.0}
OPTIONAL_WEIGHTS = {"repetition": 6}  # checks that run only when their input is given
_APOLOGY = re.compile(r"\b(?:sorry|apolog)")
ACRONYMS = word_set("""
ASAP NASA HTML JSON HTTP HTTPS REST AWS GCP SQL NOSQL API APIS ETL ELT KPI KPIS OKR OKRS MBA PHD
CEO CTO CFO COO CPO VP SVP EVP SAAS FAANG LLM LLMS NLP GPU CUDA SRE QA GDPR HIPAA PMP SWE HR USA
NYC EMEA APAC LATAM CRM ERP IPO B2B UX UI
""")
COMMON_WORDS = """I Dear Hi Hello Hey Good Morning Afternoon Evening Greetings Best Regards Kind
Kindest Warm Warmest Sincerely Yours Truly Thanks Thank Cheers Respectfully Many All Mr Mrs Ms Mx
Dr Prof Sir Madam Team Hiring Manager Recruiter Recruiting Talent Acquisition HR Re Fwd CV PS
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
July August September October November December"""


def _quote(sentence: str, n: int = 8) -> str:
    ws = sentence.split()
    return "“" + " ".join(ws[:n]) + ("…”" if len(ws) > n else "”")


def _rules_vocabulary(rules: Rules) -> str:
    """Every word the stage rules use (labels, subjects, cues, fixes) and common email words."""
    parts = [COMMON_WORDS, *(g.fix for g in rules.avoid)]
    for s in rules.stages.values():
        parts += [s.label, s.when, *s.subjects, *s.subject_cues]
        parts += [f"{m.label} {m.instruction} {' '.join(m.cues)}" for m in s.moves]
    return " ".join(parts).replace("{role}", " ").replace("{company}", " ")


@dataclass(frozen=True)
class Context:
    """One draft with everything the checks share, each part computed at most once."""

    subject: str
    body: str
    notes: Notes
    stage: Stage
    rules: Rules
    details: tuple[str, ...]

    @cached_property
    def parts(self) -> tm.EmailParts:
        return tm.split_email(self.body)

    @cached_property
    def sentences(self) -> list[str]:
        return tm.sentences(self.parts.prose)

    @cached_property
    def sentence_words(self) -> list[int]:
        return [len(tm.words(s)) for s in self.sentences]

    @cached_property
    def word_count(self) -> int:
        return len(tm.words(self.body))

    @cached_property
    def said(self) -> str:
        """Greeting and prose, normalised: where moves and asks are looked for."""
        return normalise(" ".join([self.parts.greeting or "", *self.sentences]))

    @cached_property
    def grade(self) -> tuple[float, float]:
        units = list(self.sentences)
        if self.parts.greeting:
            units.insert(0, self.parts.greeting)
        if self.parts.signoff:
            units.append(" ".join([self.parts.signoff, *self.parts.name_lines]))
        return tm.readability(units) if self.sentences else (0.0, 0.0)

    @cached_property
    def neutral(self) -> frozenset[str]:
        return tm.negative_words(self.details)

    @cached_property
    def tones(self) -> tuple[float, list[float]]:
        """VADER compound of the prose, and of each sentence."""
        return tm.sentiments(self.sentences, self.neutral)

    @cached_property
    def found_details(self) -> tuple[list[str], list[str]]:
        # "the team", "the role": words every email has say nothing specific (shared/READER.md, D)
        hits = [d for d in self.details if mentions(d, self.body) and not _generic_detail(d)]
        return hits, [d for d in self.details if d not in hits]

    @cached_property
    def asks(self) -> list[str]:
        topics = [
            c
            for s in self.rules.stages.values()
            for m in s.moves
            if m.id == "status_question"
            for c in m.cues
        ]
        return tm.asks(self.sentences, topics)

    @cached_property
    def shouting(self) -> list[str]:
        allowed = ACRONYMS | {w for w in tm.words(self.notes_text) if w.isupper()}
        return tm.shouting(self.body, allowed)

    @cached_property
    def notes_text(self) -> str:
        n = self.notes
        people = " ".join(f"{i.name} {i.title or ''}" for i in n.interviewers)
        return " ".join(
            [
                n.text,
                n.company or "",
                n.role or "",
                n.candidate or "",
                people,
                n.decision_timeline or "",
                *n.details,
                *self.details,
            ]
        )


_GENERIC_WORDS = word_set("""team teams role roles job position company work interview people
place office opportunity culture organisation organization time chat conversation""")


def _generic_detail(detail: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z]+", detail.lower()) if len(w) > 2]
    content = [w for w in words if w not in {"the", "and", "your", "our", "their", "about", "more"}]
    return bool(content) and all(w in _GENERIC_WORDS for w in content)


CheckFn = Callable[[Context], Check]
Finding = tuple[Status, str, str]  # status, message, fix
CHECKS: list[tuple[str, int, CheckFn]] = []


def _check(check_id: str, weight: int) -> Callable[[CheckFn], CheckFn]:
    def register(fn: CheckFn) -> CheckFn:
        CHECKS.append((check_id, weight, fn))
        return fn

    return register


def _worst(check_id: str, found: Sequence[Finding], ok: str) -> Check:
    """One Check from (status, message, fix) findings: the worst status, all messages and fixes."""
    if not found:
        return Check(check_id, "pass", ok)
    status: Status = "fail" if any(f[0] == "fail" for f in found) else "warn"
    fixes = list(dict.fromkeys(f[2] for f in found if f[2]))
    return Check(check_id, status, " ".join(f[1] for f in found), " ".join(fixes))


def _example_subject(ctx: Context) -> str:
    known = {"role": ctx.notes.role, "company": ctx.notes.company}
    for template in ctx.stage.subjects:
        fields = re.findall(r"{(\w+)}", template)
        if all(known.get(f) for f in fields):
            return template.format(**{f: known[f] for f in fields})
    return ctx.stage.label


@_check("length", 8)
def check_length(ctx: Context) -> Check:
    n, lo, hi, label = ctx.word_count, ctx.stage.words_min, ctx.stage.words_max, ctx.stage.label
    if n > hi:
        status_over: Status = "fail" if n > LONG_FAIL_FACTOR * hi else "warn"
        return Check(
            "length",
            status_over,
            f"{n} words: over the {lo}–{hi} for a {label}.",
            f"Cut {n - hi}+ words: keep the purpose, one detail and the sign-off.",
        )
    if n < lo:
        status: Status = "warn" if n >= SHORT_WARN_FRACTION * lo else "fail"
        return Check(
            "length",
            status,
            f"{n} words: under the {lo}–{hi} for a {label}.",
            f"Add {lo - n}+ words: a specific point from the interview or why you fit.",
        )
    return Check("length", "pass", f"{n} words, within {lo}–{hi}.")


@_check("sentences", 4)
def check_sentences(ctx: Context) -> Check:
    if not ctx.sentences:
        return Check(
            "sentences",
            "fail",
            "No message between the greeting and the sign-off.",
            "Write the message: why you are writing, in two to four short sentences.",
        )
    longest = max(range(len(ctx.sentences)), key=lambda i: (ctx.sentence_words[i], -i))
    n, most = len(ctx.sentences), ctx.sentence_words[longest]
    if most > LONG_SENTENCE_WORDS:
        where = _quote(ctx.sentences[longest])
        return Check(
            "sentences",
            "warn",
            f"A {most}-word sentence: {where} (over {LONG_SENTENCE_WORDS}).",
            "Split it into two shorter sentences.",
        )
    return Check("sentences", "pass", f"{n} sentences; the longest has {most} words.")


@_check("subject", 8)
def check_subject(ctx: Context) -> Check:
    s, label, example = " ".join(ctx.subject.split()), ctx.stage.label, _example_subject(ctx)
    shorten = f"Shorten it, e.g. “{example}”."
    if not s:
        return Check("subject", "fail", "No subject line.", f"Use a subject like “{example}”.")
    found: list[Finding] = []
    n_words, n_chars = len(tm.words(s)), len(s)
    size = f"Subject is {n_words} words, {n_chars} characters"
    if n_words > SUBJECT_FAIL_WORDS or n_chars > SUBJECT_FAIL_CHARS:
        found.append(("fail", f"{size}: far too long.", shorten))
    elif n_words > SUBJECT_WARN_WORDS or n_chars > SUBJECT_WARN_CHARS:
        aim = f"aim for ≤ {SUBJECT_WARN_WORDS} words, ≤ {SUBJECT_WARN_CHARS} characters"
        found.append(("warn", f"{size} ({aim}).", shorten))
    low, cues = normalise(s), ctx.stage.subject_cues
    if cues and not any(has_phrase(low, c) for c in cues):
        expected = f"Subject “{s}” does not read as a {label} (one of: {', '.join(cues)})."
        # a warning: published good thank-yous use "Follow-up: …" or "Re: …" subjects too
        found.append(("warn", expected, f"Try “{example}”."))
    if not (
        has_phrase(low, "interview")
        or has_phrase(low, "application")
        or any(x and mentions(x, s) for x in (ctx.notes.role, ctx.notes.company))
    ):
        found.append(
            (
                "warn",
                "Subject names neither the role, the company nor the interview.",
                f"Name the role, e.g. “{example}”.",
            )
        )
    return _worst("subject", found, f"Subject “{s}” is short and fits a {label}.")


@_check("readability", 6)
def check_readability(ctx: Context) -> Check:
    grade, ease = ctx.grade
    if not ctx.sentences:
        return Check("readability", "warn", "No message to grade.", "Write the message first.")
    msg = f"Reading grade {grade} (Flesch–Kincaid; reading ease {ease})"
    if grade <= GRADE_WARN:
        return Check("readability", "pass", f"{msg}: easy to read.")
    longest = _quote(max(ctx.sentences, key=lambda x: len(tm.words(x))))
    status: Status = "fail" if grade > GRADE_FAIL else "warn"
    return Check(
        "readability",
        status,
        f"{msg}: aim for {GRADE_WARN:g}, {GRADE_FAIL:g} at most.",
        f"Use shorter sentences and plainer words, starting with {longest}.",
    )


@_check("sentiment", 10)
def check_sentiment(ctx: Context) -> Check:
    found: list[Finding] = []
    tone, each = ctx.tones
    if tone < POSITIVE_MIN:
        warm = "Add a warm line: thank them, or say what you look forward to."
        found.append(("fail", f"Tone {tone:+.2f} is not positive (≥ {POSITIVE_MIN:+.2f}).", warm))
    for s, score in zip(ctx.sentences, each):
        if score <= NEGATIVE_MAX:
            found.append(
                (
                    "fail",
                    f"Negative sentence ({score:+.2f}): {_quote(s, 12)}.",
                    "Rephrase it positively or drop it: say what you look forward to.",
                )
            )
    bangs, runs = ctx.body.count("!"), tm.gushing(" ".join(ctx.sentences))
    if bangs > MAX_EXCLAMATIONS or runs:
        what = [f"{bangs} exclamation marks"] if bangs > MAX_EXCLAMATIONS else []
        found.append(
            (
                "warn",
                "Gushing: " + ", ".join(what + [f"“{r}”" for r in runs]) + ".",
                "One exclamation mark at most, and one plain word of enthusiasm.",
            )
        )
    return _worst("sentiment", found, f"Positive, professional tone ({tone:+.2f}).")


@_check("details", 12)
def check_details(ctx: Context) -> Check:
    need, label = ctx.stage.min_details, ctx.stage.label
    hits, missing = ctx.found_details
    if not ctx.details:
        if need:
            return Check(
                "details",
                "warn",
                f"No interview details chosen; a {label} should mention one.",
                "Add a detail from the interview (a topic or project "
                "you discussed) and mention it.",
            )
        return Check("details", "pass", f"No details chosen; none needed for a {label}.")
    said = f"Mentions: {'; '.join(hits) or 'none'}. Missing: {'; '.join(missing) or 'none'}."
    if len(hits) < need:
        return Check(
            "details",
            "fail",
            f"Too generic: a {label} mentions {need}+ of the chosen details. {said}",
            f"Mention a point from the interview: “{missing[0]}”.",
        )
    return Check("details", "pass", said + ("" if need or hits else f" (optional for a {label})"))


def _fields_text(notes: Notes) -> str:
    """The parsed and person-given fields, with dates as an email would write them."""
    parts = [
        notes.company or "",
        notes.role or "",
        notes.candidate or "",
        notes.decision_timeline or "",
        *notes.details,
        *(f"{i.name} {i.title or ''}" for i in notes.interviewers),
    ]
    for day in (notes.interview_date, notes.decision_date):
        if day is not None:
            parts.append(f"{day:%A %B %b} {day.day} {day.year} {day.isoformat()}")
    return " ".join(parts)


@_check("grounding", 4)
def check_grounding(ctx: Context) -> Check:
    known = grounded_stems([ctx.notes_text, _fields_text(ctx.notes), _rules_vocabulary(ctx.rules)])
    names = " ".join([tm.after_greeting(ctx.parts.greeting or ""), *ctx.parts.name_lines])
    shouted = {w for loud in ctx.shouting for w in loud.split()}
    found = name_candidates(ctx.sentences, names, ctx.subject)
    invented = ungrounded([w for w in found if w not in shouted], known)
    if invented:
        return Check(
            "grounding",
            "warn",
            f"Possibly invented (not in your notes): {', '.join(invented)}.",
            "Check each against your notes; remove anything the interview did not cover.",
        )
    return Check("grounding", "pass", "Every name, number and tool appears in your notes.")


def _salutation(ctx: Context) -> str:
    people = ctx.notes.interviewers
    return f"“Dear {people[0].greet or people[0].name},”" if people else "“Dear Hiring Team,”"


@_check("greeting", 5)
def check_greeting(ctx: Context) -> Check:
    greeting, people = ctx.parts.greeting, ctx.notes.interviewers
    if greeting is None:
        return Check("greeting", "warn", "No greeting line.", f"Start with {_salutation(ctx)}.")
    greeted = greeted_names(tm.after_greeting(greeting))
    if not people:
        return Check("greeting", "pass", f"Greeting: “{greeting}”.")
    known = frozenset(part for p in people for part in name_parts(f"{p.name} {p.greet or ''}"))
    met = " or ".join(p.greet or p.name for p in people)
    wrong = [t for t in greeted if not is_name_of(t, known)]
    if wrong:
        return Check(
            "greeting",
            "fail",
            f"Greets {' '.join(wrong)}, but you met {met}.",
            f"Greet the person you met: {_salutation(ctx)}.",
        )
    if not greeted:
        return Check(
            "greeting",
            "warn",
            f"“{greeting}” names no one; you met {met}.",
            f"Greet them by name: {_salutation(ctx)}.",
        )
    return Check("greeting", "pass", f"Greets {' '.join(greeted)} by name.")


@_check("signoff", 5)
def check_signoff(ctx: Context) -> Check:
    candidate = ctx.notes.candidate or ""
    if ctx.parts.signoff is None:
        last = ctx.body.strip().splitlines()[-1].strip() if ctx.body.strip() else ""
        signed = bool(re.fullmatch(r"[-–— ]*(?:[A-ZÀ-Ý][\w'’.-]*\s?){1,4}", last))
        return Check(
            "signoff",
            "warn" if signed else "fail",
            "No closing line before your name." if signed else "No sign-off at the end.",
            f"End with “Best regards,” and {candidate or 'your name'}.",
        )
    names = [n for n in ctx.parts.name_lines if not placeholders(n)]
    if not names:
        return Check(
            "signoff",
            "warn",
            f"“{ctx.parts.signoff}” has no name under it.",
            f"Add your name: {candidate or 'your full name'}.",
        )
    mine = name_parts(candidate)
    if mine and not mine & {w.lower() for n in names for w in re.findall(r"[^\W\d_]+", n)}:
        return Check(
            "signoff",
            "fail",
            f"Signed as “{names[0]}”, but you are {candidate}.",
            f"Sign with your own name: {candidate}.",
        )
    return Check("signoff", "pass", f"Signs off with “{ctx.parts.signoff}” and a name.")


@_check("placeholders", 10)
def check_placeholders(ctx: Context) -> Check:
    found = placeholders(f"{ctx.subject}\n{ctx.body}")
    # Only the sign-off name may be left for the sender to fill (shared/READER.md, W).
    name_only = [f for f in found if SIGNOFF_NAME.fullmatch(f)]
    signed_last = any(SIGNOFF_NAME.fullmatch(line.strip()) for line in ctx.parts.name_lines)
    others = [f for f in found if f not in name_only or not signed_last]
    if others:
        return Check(
            "placeholders",
            "fail",
            f"Unfilled placeholder(s): {', '.join(found[:10])}.",
            "Replace each with the real name, role or company, or delete it.",
        )
    if name_only:
        return Check(
            "placeholders",
            "warn",
            "Your name is not filled in under the sign-off.",
            "Add your name in the sidebar's Profile (or --name), or type it in.",
        )
    return Check("placeholders", "pass", "No unfilled placeholders.")


@_check("moves", 14)
def check_moves(ctx: Context) -> Check:
    missing = [m for m in ctx.stage.moves if not any(has_phrase(ctx.said, c) for c in m.cues)]
    if missing:
        return Check(
            "moves",
            "fail",
            "Missing: " + "; ".join(m.label for m in missing) + ".",
            " ".join(m.instruction for m in missing),
        )
    done = ", ".join(m.label.lower() for m in ctx.stage.moves)
    return Check("moves", "pass", f"Does what a {ctx.stage.label} must: {done}.")


@_check("avoid", 10)
def check_avoid(ctx: Context) -> Check:
    text = normalise(f"{ctx.subject} {ctx.body}"[: tm.MAX_ANALYSED_CHARS * 2])
    found: list[Finding] = [
        ("fail", f"Avoid “{p}” ({g.id.replace('_', ' ')}).", g.fix)
        for g in ctx.rules.avoid_for(ctx.stage.id)
        for p in g.phrases
        if has_phrase(text, p)
    ]
    if ctx.shouting:
        found.append(
            (
                "fail",
                f"Shouting in capitals: {', '.join(ctx.shouting[:5])}.",
                "Write in sentence case; capitals read as anger in email.",
            )
        )
    sorry = len(_APOLOGY.findall(text))
    if sorry >= APOLOGIES_WARN:
        found.append(("warn", f"{sorry} apologies.", "One apology at most: thank them instead."))
    return _worst("avoid", found, "Nothing the guide says to avoid.")


@_check("questions", 4)
def check_questions(ctx: Context) -> Check:
    lo, hi, n = ctx.stage.questions_min, ctx.stage.questions_max, len(ctx.asks)
    status_move = next((m for m in ctx.stage.moves if m.id == "status_question"), None)
    if n > hi:
        asked = ", ".join(_quote(a) for a in ctx.asks[:4])
        return Check(
            "questions",
            "fail",
            f"{n} questions or requests ({asked}); a {ctx.stage.label} asks at most {hi}.",
            f"Keep {hi} at most and cut the "
            "rest" + (", e.g. “Is there any update on the next steps?”" if status_move else "."),
        )
    if n < lo:
        how = status_move.instruction if status_move else "Ask whether there is any update."
        return Check("questions", "fail", f"No question about the status ({lo} needed).", how)
    return Check("questions", "pass", f"{n} question(s) or request(s), within {lo}–{hi}.")


METRIC_KEYS = (
    "words",
    "sentences",
    "subject_words",
    "fk_grade",
    "reading_ease",
    "sentiment",
    "details_mentioned",
    "details_missing",
    "questions",
    "explicit_questions",
    "longest_sentence_words",
    "subject_chars",
)


def _measure(ctx: Context) -> dict[str, object]:
    hits, missing = ctx.found_details
    grade, ease = ctx.grade
    return {
        "words": ctx.word_count,
        "sentences": len(ctx.sentences),
        "subject_words": len(tm.words(ctx.subject)),
        "fk_grade": grade,
        "reading_ease": ease,
        "sentiment": ctx.tones[0],
        "details_mentioned": hits,
        "details_missing": missing,
        "questions": len(ctx.asks),
        "explicit_questions": sum("?" in s for s in ctx.sentences),
        "longest_sentence_words": max(ctx.sentence_words, default=0),
        "subject_chars": len(ctx.subject.strip()),
    }


def _run(check_id: str, fn: CheckFn, ctx: Context) -> Check:
    """Run one check; a bug in a check costs that check (a warning), never the whole report."""
    try:
        return fn(ctx)
    except Exception as exc:  # noqa: BLE001 - the checker must never raise on any text
        return Check(
            check_id,
            "warn",
            f"This check could not run ({type(exc).__name__}).",
            "Please report this draft.",
        )


def score(checks: Sequence[Check]) -> int:
    """0–100: the weighted share of passes (a warning counts half)."""
    weights = {cid: w for cid, w, _ in CHECKS} | OPTIONAL_WEIGHTS
    total = sum(weights.get(c.id, 0) for c in checks)
    if not total:
        return 0
    got = sum(weights.get(c.id, 0) * FACTOR[c.status] for c in checks)
    return max(0, min(100, int(100 * got / total + 0.5)))


def check(
    draft: Draft,
    notes: Notes,
    stage: str | Stage,
    rules: Rules | None = None,
    details: Sequence[str] | None = None,
    *,
    previous: Sequence[str] = (),
) -> Report:
    """Score a draft for a stage (and against `previous` emails sent); never raises for any text."""
    rules = rules or load_rules()
    stage = rules.stage(stage) if isinstance(stage, str) else stage
    ctx = Context(
        subject=str(draft.subject or ""),
        body=str(draft.body or ""),
        notes=notes,
        stage=stage,
        rules=rules,
        details=tuple(notes.details if details is None else details),
    )
    if not stage.sendable:
        only = Check(
            "stage", "fail", "No follow-up is due after the final one: move on.", stage.when
        )
        return Report(score=0, passed=False, checks=(only,), metrics=_metrics(ctx))
    checks = tuple(_run(cid, fn, ctx) for cid, _, fn in CHECKS)
    previous = (previous,) if isinstance(previous, str) else tuple(previous)
    if any(str(p or "").strip() for p in previous):
        from assistant.checker.repetition import repetition_check

        checks += (_run("repetition", lambda c: repetition_check(c.body, previous), ctx),)
    return Report(
        score=score(checks),
        passed=all(c.status != "fail" for c in checks),
        checks=checks,
        metrics=_metrics(ctx),
    )


def _metrics(ctx: Context) -> dict[str, object]:
    """The report's numbers; should one fail to compute, zeros rather than an exception."""
    try:
        return _measure(ctx)
    except Exception:  # noqa: BLE001 - same promise as _run
        return dict.fromkeys(METRIC_KEYS, 0) | {"details_mentioned": [], "details_missing": []}


from assistant.checker import reader as _reader_checks  # noqa: F401 - registers its checks
