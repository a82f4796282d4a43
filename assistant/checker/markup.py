"""Links and markup: plain text only, no links, HTML, markdown, code or model / instruction text,
unless the notes contain them."""

from __future__ import annotations

import re

from assistant.checker.context import Context, Finding, worst
from assistant.core.domain import Check

_URL = re.compile(
    r"https?://|www\.|\b[\w-]+\.(?:com|net|org|io|ly|co|info|biz|xyz|ru|app)(?:/\S*)?\b",
    re.IGNORECASE,
)
_HTML = re.compile(r"</?[a-zA-Z][\w-]*(?:\s[^<>]*)?/?>|&(?:nbsp|amp|lt|gt|quot);")
_MARKDOWN = re.compile(
    r"!\[[^\]]*\]\([^)]*\)|\[[^\]]+\]\([^)]+\)|\*\*[^*]+\*\*|__[^_]+__|^\s*#{1,6}\s|^\s*```|`[^`]+`",
    re.MULTILINE,
)
_INSTRUCTION = re.compile(
    r"\b(?:system\s+prompt|as\s+an\s+ai|language\s+model|i\s+cannot\s+(?:help|assist)|"
    r"interview_data|ignore\s+(?:all\s+|the\s+)?(?:previous|above)\s+instructions|"
    r"here\s+is\s+(?:the|your|a)\s+(?:draft|email)|subject\s+line\s*:|word\s+count|"
    r"\((?:insert|add|write|four\s+blank|sign)[^)]*\)|<\s*/?\s*(?:system|user|assistant)\b)",
    re.IGNORECASE,
)


def markup(ctx: Context) -> Check:
    notes = ctx.notes.text or ""
    body = f"{ctx.subject}\n{ctx.body}"
    found: list[Finding] = []
    for pattern, what in (
        (_URL, "a link"),
        (_HTML, "HTML"),
        (_MARKDOWN, "markdown formatting"),
        (_INSTRUCTION, "instructions or model text"),
    ):
        m = pattern.search(body)
        if m and m.group(0).lower() not in notes.lower():
            found.append(
                (
                    "fail",
                    f"The email contains {what}: “{m.group(0)[:40]}”.",
                    "Send plain text only: remove it.",
                )
            )
    return worst("markup", found, "Plain text, no links or markup.")
