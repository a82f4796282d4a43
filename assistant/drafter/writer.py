"""The built-in drafter's writing: an email from the prompt's data block (assistant/drafter/model.py
reads it), following the stage rules in prompts/stages.toml, its phrasing varied by seed so
'regenerate' gives a different but equally valid email. One function per stage lays out its
paragraphs from the Composer's sentences.
"""

from __future__ import annotations

from typing import Any

from assistant.core.stages import Rules, load_rules
from assistant.drafter.composer import Composer
from assistant.drafter.timeline import decision
from assistant.prompting import phrasing


def thank_you(c: Composer) -> list[str]:
    role = phrasing.role_phrase(c.role)
    everyone = " all" if len(c.people) > 1 else ""
    opening = c.pick(
        [
            f"Thank you{everyone} for taking the time to speak with me about {role}{c.at_company}.",
            f"Thank you{everyone} for meeting with me to discuss {role}{c.at_company}.",
            f"Thank you{everyone} for your time and for the chance to interview for {role}{c.at_company}.",
        ]
    )
    detail = (
        c.detail_sentence(most=2) or "I enjoyed learning more about the team and the work ahead."
    )
    enthusiasm = c.pick(
        [
            f"The interview left me even more enthusiastic about joining {c.team}.",
            f"I am even more excited about the opportunity to contribute to {c.team}.",
            f"I came away enthusiastic about the role and about the chance to join {c.team}.",
        ]
    )
    close = c.pick(
        [
            "Please let me know if I can provide any additional information.",
            "If anything else would be helpful, I would be glad to share it.",
            "I look forward to hearing about the next steps.",
        ]
    )
    return [f"{opening} {detail}", f"{enthusiasm} {close}"]


def status_check(c: Composer) -> list[str]:
    role = phrasing.role_phrase(c.role)
    hope = c.pick(["I hope you are well.", "I hope your week is going well.", ""])
    follow = f"I wanted to follow up on my interview for {role}{c.at_company}."
    follow += decision(c.p)
    remembered = c.detail_sentence()
    interest = f"I remain very interested in the role and in contributing to {c.team}."
    question = c.pick(
        [
            "Is there any update on the next steps in the hiring process?",
            "Could you share any update on the timeline for next steps?",
            "Is there any news on the next steps that you could share?",
        ]
    )
    thanks = c.pick(["Thank you again for your time.", "Thank you for considering my application."])
    return [
        " ".join(x for x in (hope, follow) if x),
        " ".join(x for x in (remembered, interest, question, thanks) if x),
    ]


def final(c: Composer) -> list[str]:
    role = phrasing.role_phrase(c.role)
    opening = c.pick(
        [
            f"I am reaching out once more about my application for {role}{c.at_company}.",
            f"I wanted to follow up one last time on my application for {role}{c.at_company}.",
        ]
    )
    understanding = c.pick(
        [
            "I understand that you may be considering other candidates and that these decisions take time.",
            "I understand the decision-making process can take time, and that you may have many strong candidates.",
        ]
    )
    interest = f"I remain very interested in the role and in the chance to contribute to {c.team}."
    if c.points:
        interest = f"{c.detail_sentence()} {interest}"
    ask = c.pick(
        [
            "I would be grateful for any update you can share.",
            "I would appreciate any update on my application when you have a moment.",
        ]
    )
    thanks = "Thank you again for your time and consideration."
    return [opening, f"{understanding} {interest}", f"{ask} {thanks}"]


def rejection_reply(c: Composer) -> list[str]:
    role = phrasing.role_phrase(c.role)
    thanks = c.pick(
        [
            f"Thank you for letting me know, and for the chance to interview for {role}{c.at_company}.",
            f"Thank you for letting me know, and for your time on {role}{c.at_company}.",
            "Thank you for the update, and for the time you gave me during the process.",
        ]
    )
    enjoyed = (
        c.detail_sentence() or "I appreciated the chance to meet you and learn about the role."
    )
    acceptance = c.pick(
        [
            "I respect your decision and wish you and the team every success.",
            "I understand, and I wish you and the team all the best.",
            "I respect your decision, and I wish you all the best.",
        ]
    )
    future = c.pick(
        [
            f"I would welcome the chance to be considered for future roles {c.with_team}.",
            f"Please keep me in mind for future roles {c.with_team}.",
        ]
    )
    return [f"{thanks} {enjoyed}", f"{acceptance} {future}"]


_STAGES = {
    "thank_you": thank_you,
    "status_check": status_check,
    "final": final,
    "rejection_reply": rejection_reply,
}


def compose(payload: dict[str, Any], seed: int = 0, rules: Rules | None = None) -> tuple[str, str]:
    """(subject, body) for the payload's stage."""
    rules = rules or load_rules()
    c = Composer(payload, seed, rules)
    paragraphs = _STAGES.get(c.stage.id, thank_you)(c)
    body = "\n\n".join(
        [c.greeting(), *[p for p in paragraphs if p], f"{c.closing()}\n{c.signature()}"]
    )
    return c.subject(), body
