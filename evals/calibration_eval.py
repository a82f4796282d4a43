"""Calibration: does the checker agree with careful readers, on data nobody here wrote?

evals/calibration/*.jsonl hold real follow-up emails collected from public career pages (each with
its URL; placeholders filled with one fictional identity; labelled good or bad by the guide, and for
bad ones which checks must fail) and drafts (ours and a model's style) labelled sendable or not by
a helper reading them blind against shared/READER.md. `followup eval calibrate` prints agreement,
per-check precision and recall, and every disagreement; tests/test_calibration.py gates on it.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from assistant.checker.scoring import check
from assistant.core.domain import Draft, Report
from assistant.notes import evidence
from assistant.notes.parse import parse_notes

CALIBRATION_DIR = Path(__file__).resolve().parent / "calibration"
READER_NOTES = Path(__file__).resolve().parent / "reader" / "notes"
TODAY = date(2026, 12, 1)


@dataclass(frozen=True)
class Item:
    id: str
    source: str  # "email" (real, published), "draft" (read blind) or "own" (today's offline
    # drafts of the holdout notes, read blind: where the checker shares the notes reader's errors)
    stage: str
    subject: str
    body: str
    notes: str
    good: bool
    must_fail: tuple[str, ...] = ()
    url: str = ""


def load_items(folder: Path = CALIBRATION_DIR) -> list[Item]:
    items: list[Item] = []
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            notes = row.get("notes")
            if notes is None and row.get("notes_file"):
                notes = (READER_NOTES / row["notes_file"]).read_text(encoding="utf-8")
            if "label" in row:
                good = row["label"] == "good"
            elif "sendable" in row:
                good = bool(row["sendable"])
            else:
                continue
            kind = (
                "email"
                if "sendable" not in row
                else ("own" if str(row["id"]).startswith("hb-") else "draft")
            )
            items.append(
                Item(
                    id=str(row["id"]),
                    source=kind,
                    stage=str(row["stage"]),
                    subject=str(row.get("subject") or ""),
                    body=str(row["body"]),
                    notes=str(notes or ""),
                    good=good,
                    must_fail=tuple(row.get("must_fail") or ()),
                    url=str(row.get("url") or ""),
                )
            )
    return items


def verdict(item: Item) -> Report:
    notes = parse_notes(item.notes, TODAY)
    if item.source == "email":
        # a published email was written by someone who knew the employer, the job and who they
        # met: nothing the notes reader guessed is in it, so nothing is left to confirm
        notes = notes.with_overrides(confirmed=evidence.FIELDS)
    return check(Draft(item.subject, item.body, item.stage), notes, item.stage)


def report(folder: Path = CALIBRATION_DIR) -> dict[str, Any]:
    items = load_items(folder)
    rows = []
    per_check: dict[str, Counter[str]] = {}
    for item in items:
        rep = verdict(item)
        failed = {c.id for c in rep.checks if c.status == "fail"}
        if not item.subject:  # the page published no subject: nothing to judge it on
            failed.discard("subject")
        rows.append(
            {
                "id": item.id,
                "source": item.source,
                "stage": item.stage,
                "good": item.good,
                "passed": not failed,
                "score": rep.score,
                "failed": sorted(failed),
                "messages": [c.message for c in rep.checks if c.id in failed],
            }
        )
        for cid in failed | set(item.must_fail):
            tally = per_check.setdefault(cid, Counter())
            if cid in failed and (cid in item.must_fail):
                tally["tp"] += 1
            elif cid in failed and item.good:
                tally["fp"] += 1
            elif cid in failed:
                tally["extra"] += 1  # failed on a bad email for a reason the label did not name
            else:
                tally["fn"] += 1

    def share(src: str) -> float:
        mine = [r for r in rows if r["source"] == src]
        return round(sum(r["good"] == r["passed"] for r in mine) / len(mine), 3) if mine else 1.0

    checks = {}
    for cid, t in sorted(per_check.items()):
        p = t["tp"] / (t["tp"] + t["fp"]) if t["tp"] + t["fp"] else 1.0
        r = t["tp"] / (t["tp"] + t["fn"]) if t["tp"] + t["fn"] else 1.0
        right = t["tp"] + t["extra"]  # failed something a careful reader would not send
        said = right / (right + t["fp"]) if right + t["fp"] else 1.0
        checks[cid] = {
            "precision": round(p, 3),
            "recall": round(r, 3),
            "right_to_fail": round(said, 3),
            **dict(t),
        }
    return {
        "items": len(rows),
        "agreement": {
            "emails": share("email"),
            "drafts": share("draft"),
            "own_drafts": share("own"),
            "all": round(sum(r["good"] == r["passed"] for r in rows) / len(rows), 3)
            if rows
            else 1.0,
        },
        "checks": checks,
        "disagreements": [r for r in rows if r["good"] != r["passed"]],
    }


def format_report(data: dict[str, Any]) -> str:
    a = data["agreement"]
    lines = [
        f"Calibration: {data['items']} labelled emails and drafts",
        (
            f"agreement: real emails {a['emails']:.0%}, drafts {a['drafts']:.0%}, our offline drafts "
            f"read blind {a['own_drafts']:.0%}, all {a['all']:.0%}"
        ),
        "",
        "precision and recall against the checks a bad real email is labelled to fail; right to",
        "fail: of the emails and drafts the check fails, the share a careful reader would not send",
        "",
        "| check | precision | recall | right to fail | fails |",
        "|---|---|---|---|---|",
    ]
    for cid, v in data["checks"].items():
        fails = v.get("tp", 0) + v.get("fp", 0) + v.get("extra", 0)
        lines.append(
            f"| {cid} | {v['precision']:.2f} | {v['recall']:.2f} | {v['right_to_fail']:.2f} "
            f"| {fails} |"
        )
    lines.append("")
    for r in data["disagreements"]:
        want = "good" if r["good"] else "bad"
        lines.append(
            f"- {r['id']} ({r['stage']}, labelled {want}, checker {'passed' if r['passed'] else 'failed'} {r['score']}): "
            + "; ".join(r["messages"])[:300]
        )
    return "\n".join(lines)


if __name__ == "__main__":
    print(format_report(report()))
