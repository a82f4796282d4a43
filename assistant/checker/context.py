"""What every check reads: one draft with its notes, stage and rules (`Context`, each part
computed at most once), and how a check's findings become one verdict (`worst`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property

from assistant.core.domain import Check, Notes, Stage, Status
from assistant.core.stages import Rules
from assistant.text import email_parts, metrics, sentences, tone
from assistant.text.matching import asks, mentions
from assistant.text.words import normalise, word_set, words

ACRONYMS = word_set("""
ASAP NASA HTML JSON HTTP HTTPS REST AWS GCP SQL NOSQL API APIS ETL ELT KPI KPIS OKR OKRS MBA PHD
CEO CTO CFO COO CPO VP SVP EVP SAAS FAANG LLM LLMS NLP GPU CUDA SRE QA GDPR HIPAA PMP SWE HR USA
NYC EMEA APAC LATAM CRM ERP IPO B2B UX UI
""")
_GENERIC_WORDS = word_set("""team teams role roles job position company work interview people
place office opportunity culture organisation organization time chat conversation""")

Finding = tuple[Status, str, str]  # status, message, fix


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
    def parts(self) -> email_parts.EmailParts:
        return email_parts.split_email(self.body)

    @cached_property
    def sentences(self) -> list[str]:
        return sentences.sentences(self.parts.prose)

    @cached_property
    def sentence_words(self) -> list[int]:
        return [len(words(s)) for s in self.sentences]

    @cached_property
    def word_count(self) -> int:
        return len(words(self.body))

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
        # names are no reading difficulty: "the Grants & Development Coordinator role at Riverbend
        # Community Land Trust" is graded as "the Ann role at Ann"
        n = self.notes
        names = [v for v in (n.company, n.role, *(i.name for i in n.interviewers)) if v]
        for name in sorted(names, key=len, reverse=True):
            units = [u.replace(name, "Ann") for u in units]
        return metrics.readability(units) if self.sentences else (0.0, 0.0)

    @cached_property
    def name_words(self) -> frozenset[str]:
        """The words of the employer's, the job's and the people's names, lower-cased: a name
        is neither a note fragment nor anything specific the email says."""
        n = self.notes
        said = (
            n.company,
            n.role,
            *(i.name for i in n.interviewers),
            *(i.greet for i in n.interviewers),
        )
        return frozenset(w.lower() for v in said for w in re.findall(r"[^\W\d_]+", v or ""))

    @cached_property
    def neutral(self) -> frozenset[str]:
        # a job's or an employer's name is no opinion: "Litigation Paralegal", "Crisis Line"
        named = [n for n in (self.notes.role, self.notes.company) if n]
        return tone.negative_words((*self.details, *named))

    @cached_property
    def tones(self) -> tuple[float, list[float]]:
        """VADER compound of the prose, and of each sentence."""
        return tone.sentiments(self.sentences, self.neutral)

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
        return asks(self.sentences, topics)

    @cached_property
    def shouting(self) -> list[str]:
        allowed = ACRONYMS | {w for w in words(self.notes_text) if w.isupper()}
        return tone.shouting(self.body, allowed)

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


def _generic_detail(detail: str) -> bool:
    letters = [w for w in re.findall(r"[A-Za-z]+", detail.lower()) if len(w) > 2]
    content = [
        w for w in letters if w not in {"the", "and", "your", "our", "their", "about", "more"}
    ]
    return bool(content) and all(w in _GENERIC_WORDS for w in content)


CheckFn = Callable[[Context], Check]


def worst(check_id: str, found: Sequence[Finding], ok: str) -> Check:
    """One Check from (status, message, fix) findings: the worst status, all messages and fixes."""
    if not found:
        return Check(check_id, "pass", ok)
    status: Status = "fail" if any(f[0] == "fail" for f in found) else "warn"
    fixes = list(dict.fromkeys(f[2] for f in found if f[2]))
    return Check(check_id, status, " ".join(f[1] for f in found), " ".join(fixes))
