"""Small HTML fragments for the page: every piece of text is escaped, so notes are never markup."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from html import escape
from typing import Any

from assistant.core.domain import Check, Report

MARKS = {
    "pass": ("✓", "pass", "Pass"),
    "warn": ("!", "warn", "Warning"),
    "fail": ("✗", "fail", "Fail"),
}

STYLE = """<style>
.fu-diff{white-space:pre-wrap;font-family:ui-monospace,monospace;font-size:.85rem;line-height:1.5;
  border:1px solid rgba(128,128,128,.3);border-radius:.5rem;padding:.6rem .8rem;overflow-wrap:anywhere}
.fu-diff ins{background:#d3f5dc;color:#0b4d1f;text-decoration:none}
.fu-diff del{background:#fbd9d9;color:#7a1010}
.fu-checks{width:100%;border-collapse:collapse;font-size:.88rem}
.fu-checks td{vertical-align:top;padding:.35rem .3rem;border-top:1px solid rgba(128,128,128,.25);
  overflow-wrap:anywhere}
.fu-mark{font-weight:700;text-align:center;width:1.6rem;border-radius:.3rem}
.fu-pass .fu-mark{color:#137333}.fu-warn .fu-mark{color:#a15c00}.fu-fail .fu-mark{color:#b3261e}
.fu-fail{background:rgba(179,38,30,.06)}.fu-warn{background:rgba(161,92,0,.05)}
.fu-id{font-weight:600;white-space:nowrap}.fu-fix{color:#555;font-size:.82rem;margin-top:.15rem}
.fu-facts{display:grid;grid-template-columns:repeat(3,minmax(0,1fr));gap:.4rem;margin:.3rem 0}
.fu-fact{border:1px solid rgba(128,128,128,.25);border-radius:.5rem;padding:.35rem .5rem}
.fu-fact b{display:block;font-size:1.2rem;font-weight:600;line-height:1.4}
.fu-fact span{display:block;font-size:.75rem;color:#666;line-height:1.3;white-space:nowrap}
.fu-fact.fu-off{border-color:#e8a3a3;background:#fde7e7}
.fu-chips{display:flex;flex-wrap:wrap;gap:.3rem;margin:.2rem 0 .4rem}
.fu-chip{padding:.1rem .5rem;border-radius:1rem;font-size:.82rem;border:1px solid transparent}
.fu-hit{background:#e6f4ea;color:#0b4d1f}.fu-miss{background:#fde7e7;color:#8c1d18;
  border-color:#e8a3a3;font-weight:600}.fu-label{font-size:.8rem;color:#666;margin-top:.3rem}
</style>"""


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


def markdown_text(text: str) -> str:
    """Text for a Streamlit markdown slot (captions, alerts) shown literally: no links, no
    emphasis, no :color[...] directives, no LaTeX."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def diff_html(ops: Iterable[tuple[str, str]]) -> str:
    """A word diff as <ins>/<del> spans inside one pre-wrapped block."""
    out = []
    for op, text in ops:
        safe = escape(text)
        out.append(
            f"<ins>{safe}</ins>"
            if op == "insert"
            else f"<del>{safe}</del>"
            if op == "delete"
            else safe
        )
    return f'<div class="fu-diff">{"".join(out)}</div>'


def text_html(text: str) -> str:
    """A text shown as-is (for the first version, which has nothing to diff against)."""
    return f'<div class="fu-diff">{escape(text)}</div>'


def facts_html(metrics: dict[str, Any], words_min: int, words_max: int) -> str:
    """Words against the stage's range, reading grade and sentiment, as three small tiles."""
    words = int(metrics.get("words", 0))
    grade, ease = float(metrics.get("fk_grade", 0)), float(metrics.get("reading_ease", 0))
    tone = float(metrics.get("sentiment", 0))
    # Grade: Flesch–Kincaid school grade, 8 or less reads easily. Sentiment: VADER compound, −1…+1.
    tiles = [
        ("Words", f"{words}", f"of {words_min}–{words_max}", not words_min <= words <= words_max),
        ("Grade", f"{grade:.1f}", f"ease {ease:.0f}", grade > 8),
        ("Sentiment", f"{tone:+.2f}", "positive" if tone >= 0.05 else "not positive", tone < 0.05),
    ]
    return (
        '<div class="fu-facts">'
        + "".join(
            f'<div class="fu-fact{" fu-off" if off else ""}"><span>{escape(label)}</span>'
            f"<b>{escape(value)}</b><span>{escape(note)}</span></div>"
            for label, value, note, off in tiles
        )
        + "</div>"
    )


def details_html(mentioned: Sequence[str], missing: Sequence[str]) -> str:
    """The chosen details as chips: mentioned ones green, missing ones highlighted red."""

    def chips(items: Sequence[str], css: str, mark: str) -> str:
        return "".join(f'<span class="fu-chip {css}">{mark} {escape(d)}</span>' for d in items)

    parts = []
    if mentioned:
        parts.append(
            '<div class="fu-label">Mentioned</div>'
            f'<div class="fu-chips">{chips(mentioned, "fu-hit", "✓")}</div>'
        )
    if missing:
        parts.append(
            '<div class="fu-label">Missing</div>'
            f'<div class="fu-chips">{chips(missing, "fu-miss", "✗")}</div>'
        )
    if not parts:
        parts.append('<div class="fu-label">No details chosen.</div>')
    return "".join(parts)


def check_row(check: Check) -> str:
    mark, css, word = MARKS.get(check.status, ("?", "warn", check.status))
    fix = f'<div class="fu-fix">Fix: {escape(check.fix)}</div>' if check.fix else ""
    return (
        f'<tr class="fu-{css}"><td class="fu-mark" title="{word}" aria-label="{word}">{mark}'
        f'</td><td><span class="fu-id">{escape(check.id)}</span> · {escape(check.message)}'
        f"{fix}</td></tr>"
    )


def checks_html(report: Report) -> str:
    """Every check as a row: mark, id, message and (when not passing) the suggested fix; fails first."""
    order = {"fail": 0, "warn": 1, "pass": 2}
    rows = sorted(report.checks, key=lambda c: order.get(c.status, 1))
    return f'<table class="fu-checks">{"".join(check_row(c) for c in rows)}</table>'
