"""report.md: the summary, gates, regressions and the case matrix, fit for a PR comment."""

from __future__ import annotations

from typing import Any

from .summary import Outcome, baseline_cell, groups_of

MARK = {"pass": "✅", "fail": "❌", "error": "💥", "missing": "⭕", "stale": "⏳"}
VERDICT = {
    0: "all gates pass",
    1: "a quality gate failed or a cell regressed",
    3: "missing or stale recordings, or provider errors",
}
VERDICT_MARK = {0: "✅", 1: "❌", 3: "⏳"}


def cell(text: object) -> str:
    """Text safe inside a Markdown table cell."""
    return str(text).replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"


def num(value: float | None) -> str:
    return "–" if value is None else f"{value:g}"


def delta(now: float | None, before: float | None, percent: bool = False) -> str:
    """'+3', '−2.5', '±0' or '' (no baseline)."""
    if now is None or before is None:
        return ""
    d = round((now - before) * (100 if percent else 1), 1)
    return "±0" if d == 0 else f"{'+' if d > 0 else '−'}{abs(d):g}{' pp' if percent else ''}"


def summary_table(outcome: Outcome) -> list[str]:
    """The per model × variant table, with deltas against the baseline."""
    lines = [
        (
            "| model | variant | pass rate | Δ | checker pass | mean score | Δ | mean words | "
            "detail coverage | must-mention | error / missing / stale |"
        ),
        "|---" * 11 + "|",
    ]
    for g in outcome.groups:
        b = g["baseline"] or {}
        lines.append(
            f"| {cell(g['model'])} | {cell(g['variant'])} | {pct(g['pass_rate'])} "
            f"({g['passed']}/{g['scored']}) | {delta(g['pass_rate'], b.get('pass_rate'), True)} | "
            f"{pct(g['checker_pass_rate'])} | {num(g['mean_score'])} | {delta(g['mean_score'], b.get('mean_score'))} | "
            f"{num(g['mean_words'])} | {pct(g['detail_coverage'])} | {pct(g['must_mention_rate'])} "
            f"| {g['errors']} / {g['missing']} / {g['stale']} |"
        )
    return lines


def matrix(rows: list[dict[str, Any]], outcome: Outcome) -> list[str]:
    """One line per case, one column per model × variant: mark, score and failing checks."""
    groups = list(groups_of(rows))
    head = "| case | stage | " + " | ".join(cell(f"{m} · {v}") for m, v in groups) + " |"
    lines = [head, "|---|---|" + "---|" * len(groups)]
    by_key = {(r["model"], r["variant"], r["case"]): r for r in rows}
    for case in dict.fromkeys(r["case"] for r in rows):
        first = next(r for r in rows if r["case"] == case)
        cells = []
        for m, v in groups:
            r = by_key.get((m, v, case))
            if r is None:
                cells.append("")
                continue
            text = f"{MARK.get(r['status'], '?')} {r['score'] if r['score'] is not None else r['status']}"
            b = baseline_cell(outcome.baseline, r)
            if b is not None and r["score"] is not None and r["score"] != b["score"]:
                text += f" ({delta(r['score'], b['score'])})"
            if r["failing"]:
                text += " " + ", ".join(r["failing"])
            cells.append(cell(text))
        lines.append(f"| {cell(case)} | {cell(first['stage'])} | " + " | ".join(cells) + " |")
    return lines


def render(rows: list[dict[str, Any]], outcome: Outcome) -> str:
    """The whole report as Markdown."""
    out = [
        "# Follow-up prompt evaluation",
        "",
        f"**{VERDICT_MARK.get(outcome.exit_code, '')} {VERDICT.get(outcome.exit_code, '')}** (exit code {outcome.exit_code}; "
        f"{len(rows)} cells" + ("" if outcome.baseline is not None else "; no baseline yet") + ")",
        "",
        *summary_table(outcome),
        "",
        "## Gates",
        "",
    ]
    out += [
        f"- {'✅' if g['ok'] else '❌'} {cell(g['gate'])}: {cell(g['message'])}"
        for g in outcome.gates
    ]
    problems = [r for r in rows if r["status"] in ("error", "missing", "stale")]
    if problems:
        out += [
            "",
            f"## Not scored ({len(problems)})",
            "",
            "| case | model · variant | status | why |",
            "|---|---|---|---|",
        ]
        out += [
            f"| {cell(r['case'])} | {cell(r['model'])} · {cell(r['variant'])} | {r['status']} "
            f"| {cell(r['error'] or '')} |"
            for r in problems
        ]
    for title, items in (
        ("Regressions", outcome.regressions),
        ("Improvements", outcome.improvements),
    ):
        if items:
            out += [
                "",
                f"## {title} ({len(items)})",
                "",
                ("| case | model · variant | check | before → after |"),
                "|---|---|---|---|",
            ]
            out += [
                f"| {cell(x.case)} | {cell(x.model)} · {cell(x.variant)} | {cell(x.check)} | "
                f"{cell(x.before)} → {cell(x.after)} |"
                for x in items
            ]
    out += ["", "## Matrix", "", *matrix(rows, outcome), ""]
    return "\n".join(out)
