"""The facts the notes reader was not sure of: a draft that states a guessed employer, a guessed
or missing job, or greets people the reader could not find is not ready until the person confirms
them (shared/READER.md, F and S). On the page, "They're right" or an edited field settles them; on
the command line, --company / --role / --interviewer or --confirmed."""

from __future__ import annotations

from assistant.checker.context import Context
from assistant.core.domain import Check

_WHAT = {
    "company": ("the employer", "the employer “{v}” is named only in passing"),
    "role": ("the job", "the job “{v}” is named only in passing"),
    "interviewers": ("who to greet", "{n} people were read as interviewers"),
}


def confirm(ctx: Context) -> Check:
    notes = ctx.notes
    said = []
    for field in notes.unsure:
        if field not in _WHAT:
            continue
        name, guessed = _WHAT[field]
        if value := notes.fact(field):
            said.append(guessed.format(v=value, n=len(notes.interviewers)))
        else:
            said.append(f"the notes may give {name}, but none was found")
    if not said:
        return Check("confirm", "pass", "The employer, the job and who to greet are clear.")
    return Check(
        "confirm",
        "fail",
        "Check before sending: " + "; ".join(said) + ".",
        "Check the employer, the job and who you met: edit what is wrong, or confirm them "
        "(“They're right” on the page, --confirmed on the command line).",
    )
