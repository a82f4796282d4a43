"""The store's history of each interview: drafted versions (with their reports) and the follow-ups
marked as sent; and every row exactly as stored, for `track export --raw`."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date
from typing import Any

from assistant.core.domain import Draft, Report
from assistant.core.errors import TrackError
from assistant.core.stages import SENDABLE, normalise_stage
from assistant.tracker.connection import StoreConnection
from assistant.tracker.records import DraftVersion, SentEmail
from assistant.tracker.rows import DamagedRow, plain_value, sent_from_row, version_from_row


class DraftsAndSent(StoreConnection):
    """The drafts and sent tables."""

    def add_draft(
        self,
        interview_id: int,
        draft: Draft,
        report: Report | Mapping[str, Any] | None = None,
        *,
        action: str = "draft",
        recipient: str = "",
    ) -> DraftVersion:
        """Keep one drafted version (and its report) in the interview's history."""
        data = report.to_dict() if isinstance(report, Report) else dict(report or {})
        with self.transaction() as conn:
            self._require(conn, interview_id)
            cur = conn.execute(
                "INSERT INTO drafts (interview_id, stage, subject, body, model, seed, action, "
                "report, recipient, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    interview_id,
                    draft.stage,
                    draft.subject,
                    draft.body,
                    draft.model,
                    draft.seed,
                    action,
                    json.dumps(data, ensure_ascii=False, sort_keys=True),
                    recipient,
                    self.stamp(),
                ),
            )
            row = conn.execute("SELECT * FROM drafts WHERE id = ?", (cur.lastrowid,)).fetchone()
        return version_from_row(row)

    def drafts(self, interview_id: int) -> list[DraftVersion]:
        rows = self._read(
            "SELECT * FROM drafts WHERE interview_id = ? ORDER BY id", (interview_id,)
        )
        return [version_from_row(r) for r in rows]

    def latest_draft(self, interview_id: int, stage: str) -> DraftVersion | None:
        rows = self._read(
            "SELECT * FROM drafts WHERE interview_id = ? AND stage = ? ORDER BY id DESC LIMIT 1",
            (interview_id, normalise_stage(stage)),
        )
        return version_from_row(rows[0]) if rows else None

    def mark_sent(
        self,
        interview_id: int,
        stage: str,
        sent_on: date,
        *,
        subject: str = "",
        body: str = "",
        recipient: str = "",
    ) -> SentEmail:
        """Record a follow-up as sent on a day, with the final text that went out."""
        stage_id = normalise_stage(stage)
        if stage_id not in SENDABLE:
            raise TrackError(f"Unknown stage {stage!r}: choose one of {', '.join(SENDABLE)}.")
        with self.transaction() as conn:
            self._require(conn, interview_id)
            cur = conn.execute(
                "INSERT INTO sent (interview_id, stage, sent_on, subject, body, recipient, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    interview_id,
                    stage_id,
                    sent_on.isoformat(),
                    subject,
                    body,
                    recipient,
                    self.stamp(),
                ),
            )
            row = conn.execute("SELECT * FROM sent WHERE id = ?", (cur.lastrowid,)).fetchone()
        return sent_from_row(row)

    def forget_sent(self, interview_id: int, stage: str) -> int:
        """Un-mark a stage as sent (every record of it); returns how many were removed."""
        with self.transaction() as conn:
            return int(
                conn.execute(
                    "DELETE FROM sent WHERE interview_id = ? AND stage = ?",
                    (interview_id, normalise_stage(stage)),
                ).rowcount
            )

    def sent(self, interview_id: int) -> list[SentEmail]:
        """The follow-ups sent; a DamagedRow if one of them cannot be read."""
        rows = self._read(
            "SELECT * FROM sent WHERE interview_id = ? ORDER BY sent_on, id", (interview_id,)
        )
        try:
            return [sent_from_row(r) for r in rows]
        except (ValueError, TypeError, KeyError, OverflowError) as exc:
            raise DamagedRow(
                f"Interview #{interview_id} is damaged (a sent follow-up cannot be "
                f"read: {exc}): `followup track export --raw {interview_id}` saves "
                f"what is there, and `followup track delete {interview_id} --yes` "
                "removes it."
            ) from None

    def raw_rows(self, interview_ids: list[int] | None = None) -> list[dict[str, Any]]:
        """Every column of the chosen interviews, their drafts and sent rows, exactly as stored:
        what `track export --raw` writes, readable even when a row is damaged."""
        out = []
        for row in self._read("SELECT * FROM interviews ORDER BY id"):
            if interview_ids is not None and row["id"] not in interview_ids:
                continue
            item = dict(zip(row.keys(), map(plain_value, row), strict=True))
            for table in ("drafts", "sent"):
                item[table] = [
                    dict(zip(r.keys(), map(plain_value, r), strict=True))
                    for r in self._read(
                        f"SELECT * FROM {table} WHERE interview_id = ? ORDER BY id", (row["id"],)
                    )
                ]
            out.append(item)
        return out

    def sent_texts(self, interview_id: int) -> list[str]:
        """The bodies already sent for an interview: what a new follow-up should not repeat."""
        return [s.body for s in self.sent(interview_id) if s.body.strip()]
