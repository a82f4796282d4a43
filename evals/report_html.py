"""report.html: one self-contained page; every piece of text from a run is HTML-escaped."""

from __future__ import annotations

from html import escape
from typing import Any

from .report_md import VERDICT, delta, num, pct
from .summary import Outcome, baseline_cell, groups_of

MARK = {"pass": "✓", "fail": "✗", "error": "⚠", "missing": "∅", "stale": "⟳"}  # font-safe marks
CSS = """
body{font:14px/1.45 system-ui,sans-serif;margin:24px;color:#1f2328;max-width:1400px}
h1{font-size:22px}h2{font-size:18px;margin-top:28px}
table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #d0d7de;padding:4px 8px;
text-align:left;vertical-align:top}th{background:#f6f8fa}
.ok{color:#1a7f37}.bad{color:#cf222e}.warnc{color:#9a6700}
.verdict{padding:8px 12px;border-radius:6px;display:inline-block;font-weight:600}
.v0{background:#dafbe1}.v1{background:#ffebe9}.v3{background:#fff8c5}
details{border:1px solid #d0d7de;border-radius:6px;margin:8px 0;padding:6px 10px}
summary{cursor:pointer;font-weight:600}.side{display:grid;gap:10px;
grid-template-columns:repeat(auto-fit,minmax(300px,1fr))}.col{border:1px solid #eaeef2;
border-radius:6px;padding:8px}pre{white-space:pre-wrap;word-wrap:break-word;background:#f6f8fa;
padding:8px;border-radius:4px;margin:6px 0}ul{margin:4px 0;padding-left:18px}
.fail{background:#ffebe9}.warn{background:#fff8c5}.missing{background:#fff8c5;border-radius:3px;
padding:0 3px}mark.hit{background:#dafbe1}.badge{font-weight:600}.notes{color:#57606a}
"""


def chart(outcome: Outcome) -> str:
    """Inline SVG bars: pass rate and mean score per model × variant, baseline as a tick."""
    groups = [g for g in outcome.groups if g["scored"]]
    if not groups:
        return "<p>No scored cells to chart.</p>"
    label_w, bar_w, row_h = 220, 420, 44
    height = row_h * len(groups) + 30
    parts = [
        (
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{label_w + bar_w + 90}" '
            f'height="{height}" role="img" aria-label="pass rate and mean score per variant">'
        )
    ]
    for i, g in enumerate(groups):
        y = 10 + i * row_h
        parts.append(
            f'<text x="0" y="{y + 18}" font-size="13">'
            f"{escape(g['model'])} · {escape(g['variant'])}</text>"
        )
        base = g["baseline"] or {}
        for j, (key, value, colour, scale) in enumerate(
            (
                ("pass rate", g["pass_rate"], "#0969da", 100),
                ("mean score", g["mean_score"], "#1a7f37", 1),
            )
        ):
            v = (value or 0) * scale
            by = y + j * 18
            parts.append(
                f'<rect x="{label_w}" y="{by}" width="{bar_w * v / 100:.1f}" height="14" '
                f'fill="{colour}"><title>{key}: {v:.1f}</title></rect>'
            )
            parts.append(
                f'<text x="{label_w + bar_w * v / 100 + 6:.1f}" y="{by + 12}" '
                f'font-size="11">{key} {v:.0f}</text>'
            )
            was = base.get(key.replace(" ", "_"))
            if was is not None:
                bx = label_w + bar_w * was * scale / 100
                parts.append(
                    f'<line x1="{bx:.1f}" x2="{bx:.1f}" y1="{by - 2}" y2="{by + 16}" '
                    f'stroke="#1f2328" stroke-width="2"><title>baseline {key}: '
                    f"{was * scale:.1f}</title></line>"
                )
    parts.append(
        f'<text x="{label_w}" y="{height - 4}" font-size="11" fill="#57606a">'
        "0 – 100; black tick = baseline</text></svg>"
    )
    return "".join(parts)


def summary_table(outcome: Outcome) -> str:
    """The per model × variant table with deltas against the baseline."""
    head = (
        "<tr><th>model</th><th>variant</th><th>pass rate</th><th>Δ</th>"
        "<th>checker pass</th><th>mean score</th>"
        "<th>Δ</th><th>mean words</th><th>detail coverage</th><th>must-mention</th>"
        "<th>error / missing / stale</th><th>failing checks</th></tr>"
    )
    body = []
    for g in outcome.groups:
        b = g["baseline"] or {}
        fails = ", ".join(f"{k} ×{n}" for k, n in g["failing_checks"].items())
        body.append(
            f"<tr><td>{escape(g['model'])}</td><td>{escape(g['variant'])}</td>"
            f"<td>{pct(g['pass_rate'])} ({g['passed']}/{g['scored']})</td>"
            f"<td>{escape(delta(g['pass_rate'], b.get('pass_rate'), True))}</td>"
            f"<td>{pct(g['checker_pass_rate'])}</td><td>{num(g['mean_score'])}</td><td>{escape(delta(g['mean_score'], b.get('mean_score')))}"
            f"</td><td>{num(g['mean_words'])}</td><td>{pct(g['detail_coverage'])}</td>"
            f"<td>{pct(g['must_mention_rate'])}</td><td>{g['errors']} / {g['missing']} / "
            f"{g['stale']}</td><td>{escape(fails)}</td></tr>"
        )
    return f"<table>{head}{''.join(body)}</table>"


def _checks(row: dict[str, Any]) -> str:
    items = [c for c in [*row["checks"], *row["case_checks"]] if c["status"] != "pass"]
    if not items:
        return '<p class="ok">Every check passes.</p>'
    lis = [
        f'<li class="{escape(c["status"])}"><b>{escape(c["id"])}</b> ({escape(c["status"])}): '
        f"{escape(c['message'])}" + (f" <i>→ {escape(c['fix'])}</i>" if c["fix"] else "") + "</li>"
        for c in items
    ]
    return f"<ul>{''.join(lis)}</ul>"


def _details(row: dict[str, Any]) -> str:
    metrics = row["metrics"]
    hit = "; ".join(
        f'<mark class="hit">{escape(d)}</mark>' for d in metrics.get("details_mentioned", [])
    )
    miss = "; ".join(
        f'<span class="missing">{escape(d)}</span>' for d in metrics.get("details_missing", [])
    )
    return (
        f"<p>Details mentioned: {hit or '–'}<br>Details missing: {miss or '–'}</p>"
        if hit or miss
        else "<p>No details chosen.</p>"
    )


def _column(row: dict[str, Any] | None, outcome: Outcome) -> str:
    if row is None:
        return '<div class="col">(not run)</div>'
    head = f'<div class="badge">{escape(row["model"])} · {escape(row["variant"])}</div>'
    if row["status"] not in ("pass", "fail"):
        return (
            f'<div class="col">{head}<p class="bad">{MARK.get(row["status"], "")} '
            f"{escape(row['status'])}: {escape(row['error'] or '')}</p></div>"
        )
    b = baseline_cell(outcome.baseline, row)
    d = f" ({escape(delta(row['score'], b['score']))} vs baseline)" if b else ""
    cls = "ok" if row["passed"] else "bad"
    email = f"Subject: {row['subject']}\n\n{row['body']}"
    return (
        f'<div class="col">{head}<p class="{cls}">{MARK[row["status"]]} score {row["score"]}'
        f"{d} · {row['metrics'].get('words', 0)} words</p><pre>{escape(email)}</pre>"
        f"{_checks(row)}{_details(row)}</div>"
    )


def cases_section(rows: list[dict[str, Any]], outcome: Outcome) -> str:
    """Per case: the outputs of every model × variant side by side; failing cases open."""
    groups = list(groups_of(rows))
    by_key = {(r["model"], r["variant"], r["case"]): r for r in rows}
    worse = {x.case for x in outcome.regressions}
    out = []
    for case in dict.fromkeys(r["case"] for r in rows):
        mine = [by_key.get((m, v, case)) for m, v in groups]
        bad = case in worse or any(r is None or not r["passed"] for r in mine)
        first = next(r for r in mine if r is not None)
        marks = " ".join(MARK.get(r["status"], "") if r else "" for r in mine)
        tags = ", ".join(first.get("tags") or [])
        out.append(
            f"<details{' open' if bad else ''}><summary>{marks} {escape(case)} "
            f"<span class='notes'>({escape(first['stage'])}, {escape(first['timing'] or '')}"
            f"{'; ' + escape(tags) if tags else ''})</span>"
            f"{' <span class=bad>regressed</span>' if case in worse else ''}</summary>"
            f"<div class='side'>{''.join(_column(r, outcome) for r in mine)}</div></details>"
        )
    return "".join(out)


def render(rows: list[dict[str, Any]], outcome: Outcome) -> str:
    """The whole report as one HTML page with inline CSS and SVG, no external resources."""
    code = outcome.exit_code
    gates = "".join(
        f'<li class="{"ok" if g["ok"] else "bad"}">{escape(g["gate"])}: {escape(g["message"])}</li>'
        for g in outcome.gates
    )
    regs = "".join(
        f"<tr><td>{escape(x.case)}</td><td>{escape(x.model)} · {escape(x.variant)}</td>"
        f"<td>{escape(x.check)}</td><td>{escape(x.before)} → {escape(x.after)}</td></tr>"
        for x in outcome.regressions
    )
    regressions = (
        (
            f"<h2>Regressions ({len(outcome.regressions)})</h2><table><tr><th>case</th>"
            f"<th>model · variant</th><th>check</th><th>before → after</th></tr>{regs}"
            "</table>"
        )
        if regs
        else ""
    )
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        "<title>Follow-up prompt evaluation</title>"
        f"<style>{CSS}</style></head><body><h1>Follow-up prompt evaluation</h1>"
        f"<p class='verdict v{code}'>{escape(VERDICT.get(code, ''))} (exit code {code}, "
        f"{len(rows)} cells)</p><h2>Summary</h2>{summary_table(outcome)}"
        f"<h2>Pass rate and mean score</h2>{chart(outcome)}<h2>Gates</h2><ul>{gates}</ul>"
        f"{regressions}<h2>Cases, side by side</h2>{cases_section(rows, outcome)}"
        "</body></html>\n"
    )
