"""The durable store: interviews, drafted versions and sent follow-ups in one SQLite file.

WAL mode, foreign keys on, one short-lived connection per operation (safe from any thread), and
every write in one `BEGIN IMMEDIATE` transaction: all of it lands, or none of it does.
Concurrent saves are compare-and-set on `interviews.revision`; the later save wins and says so.
The file is `FOLLOWUP_DB` when set, else `followup.db` in the platform's user data directory.
"""

from __future__ import annotations

import json
import os
import sqlite3
import uuid
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import platformdirs

from .domain import Draft, Interviewer, Report
from .errors import TrackError
from .migrations import migrate
from .schedule import normalise_outcome
from .stages import SENDABLE, normalise_stage
from .tracking import (
    DraftVersion,
    Interview,
    SaveResult,
    SentEmail,
    draft_from_dict,
    draft_to_dict,
)

DB_ENV = "FOLLOWUP_DB"
BUSY_TIMEOUT_SECONDS = 10.0
EDITABLE = ("company", "role", "interviewers", "interview_date", "notes", "decision_timeline",
            "decision_date", "candidate", "details", "draft", "state")


def default_path() -> Path:
    """FOLLOWUP_DB if set, else <user data dir>/followup.db."""
    given = os.environ.get(DB_ENV, "").strip()
    if given:
        return Path(given).expanduser()
    return Path(platformdirs.user_data_dir("followup", appauthor=False)) / "followup.db"


def utc_now() -> datetime:
    return datetime.now(UTC)


def iso_day(day: date | None) -> str | None:
    return day.isoformat() if day else None


def parse_day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def editable_columns(interview: Interview) -> dict[str, Any]:
    """The columns a save writes: what the person types, never the outcome or bookkeeping."""
    people = [{"name": p.name, "title": p.title} for p in interview.interviewers]
    return {
        "company": interview.company, "role": interview.role,
        "interviewers": json.dumps(people, ensure_ascii=False),
        "interview_date": iso_day(interview.interview_date), "notes": interview.notes,
        "decision_timeline": interview.decision_timeline,
        "decision_date": iso_day(interview.decision_date), "candidate": interview.candidate,
        "details": None if interview.details is None else json.dumps(list(interview.details),
                                                                     ensure_ascii=False),
        "draft": None if interview.draft is None else json.dumps(draft_to_dict(interview.draft),
                                                                 ensure_ascii=False),
        "state": json.dumps(interview.state, ensure_ascii=False, sort_keys=True),
    }


def interview_from_row(row: sqlite3.Row) -> Interview:
    people = tuple(Interviewer(str(p["name"]), p.get("title")) for p in json.loads(row["interviewers"]))
    details = json.loads(row["details"]) if row["details"] is not None else None
    return Interview(
        company=row["company"], role=row["role"], interviewers=people,
        interview_date=parse_day(row["interview_date"]), notes=row["notes"],
        decision_timeline=row["decision_timeline"], decision_date=parse_day(row["decision_date"]),
        candidate=row["candidate"], details=tuple(details) if details is not None else None,
        draft=draft_from_dict(json.loads(row["draft"])) if row["draft"] else None,
        state=json.loads(row["state"] or "{}"), outcome=row["outcome"],
        outcome_on=parse_day(row["outcome_on"]), id=row["id"], uid=row["uid"],
        revision=row["revision"], created_at=row["created_at"], updated_at=row["updated_at"])


def version_from_row(row: sqlite3.Row) -> DraftVersion:
    draft = Draft(subject=row["subject"], body=row["body"], stage=row["stage"],
                  model=row["model"], seed=row["seed"])
    return DraftVersion(id=row["id"], interview_id=row["interview_id"], draft=draft,
                        report=json.loads(row["report"] or "{}"), action=row["action"],
                        recipient=row["recipient"], created_at=row["created_at"])


def sent_from_row(row: sqlite3.Row) -> SentEmail:
    return SentEmail(id=row["id"], interview_id=row["interview_id"], stage=row["stage"],
                     sent_on=date.fromisoformat(row["sent_on"]), subject=row["subject"],
                     body=row["body"], recipient=row["recipient"], created_at=row["created_at"])


class Store:
    """Interviews and everything drafted or sent for them, in one SQLite database."""

    def __init__(self, path: str | Path | None = None,
                 clock: Callable[[], datetime] = utc_now) -> None:
        self.path = Path(path) if path else default_path()
        self.clock = clock
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise TrackError(f"Cannot create {self.path.parent} for the tracking database "
                             f"({exc.strerror}): set {DB_ENV} to a writable file.") from None
        with self._connection() as conn:
            conn.execute("PRAGMA journal_mode = WAL")
            migrate(conn)

    @contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        try:
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
        except sqlite3.Error as exc:
            raise TrackError(f"Cannot open the tracking database {self.path} ({exc}): set "
                             f"{DB_ENV} to a writable file.") from None
        try:
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA foreign_keys = ON")
            yield conn
        except sqlite3.DatabaseError as exc:
            raise TrackError(f"The tracking database {self.path} could not be used ({exc}). "
                             f"Nothing was changed; set {DB_ENV} to use another file.") from None
        finally:
            conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: committed when the block ends, rolled back on any exception."""
        with self._connection() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def _read(self, sql: str, params: Any = ()) -> list[sqlite3.Row]:
        with self._connection() as conn:
            return conn.execute(sql, params).fetchall()

    def stamp(self) -> str:
        return self.clock().astimezone(UTC).isoformat(timespec="seconds")

    # ------------------------------------------------------------------ interviews

    def add_interview(self, interview: Interview) -> Interview:
        """Save a new interview; returns it with its id, uid, revision 1 and timestamps."""
        with self.transaction() as conn:
            new_id = self._insert(conn, interview)
        return self.get_interview(new_id)

    def _insert(self, conn: sqlite3.Connection, interview: Interview) -> int:
        now = self.stamp()
        values = editable_columns(interview) | {
            "uid": interview.uid or uuid.uuid4().hex, "created_at": now, "updated_at": now,
            "revision": 1, "outcome": None, "outcome_on": None}
        cols = ", ".join(values)
        cur = conn.execute(f"INSERT INTO interviews ({cols}) VALUES "
                           f"({', '.join(':' + c for c in values)})", values)
        return int(cur.lastrowid or 0)

    def save_interview(self, interview: Interview,
                       expected_revision: int | None = None) -> SaveResult:
        """Autosave: compare-and-set on the revision the caller loaded; the later save always wins.

        status "saved": nobody else saved since; "overwrote": someone did (their revision is in
        `overwrote_revision`) and this save replaced it; "created": new, or deleted meanwhile.
        Outcome and sent follow-ups are not touched (they have their own calls).
        """
        if interview.id is None:
            created = self.add_interview(interview)
            return SaveResult("created", int(created.id or 0), created.revision)
        expected = interview.revision if expected_revision is None else expected_revision
        values = editable_columns(interview) | {"id": interview.id, "expected": expected,
                                                "uid": interview.uid, "updated_at": self.stamp()}
        sets = ", ".join(f"{c} = :{c}" for c in EDITABLE)
        update = f"UPDATE interviews SET {sets}, updated_at = :updated_at, revision = revision + 1"
        same = "id = :id AND (:uid = '' OR uid = :uid)"  # ids are never reused; uid double-checks
        with self.transaction() as conn:
            if conn.execute(f"{update} WHERE {same} AND revision = :expected", values).rowcount:
                status, theirs = "saved", None
            else:
                row = conn.execute(f"SELECT revision FROM interviews WHERE {same}",
                                   values).fetchone()
                if row is None:
                    new_id = self._insert(conn, interview)
                    return SaveResult("created", new_id, 1)
                status, theirs = "overwrote", int(row["revision"])
                conn.execute(f"{update} WHERE {same}", values)
            revision = conn.execute("SELECT revision FROM interviews WHERE id = ?",
                                    (interview.id,)).fetchone()[0]
        return SaveResult(status, interview.id, int(revision), theirs)  # type: ignore[arg-type]

    def find_interview(self, interview_id: int) -> Interview | None:
        rows = self._read("SELECT * FROM interviews WHERE id = ?", (interview_id,))
        return interview_from_row(rows[0]) if rows else None

    def get_interview(self, interview_id: int) -> Interview:
        """The interview, or a TrackError that says how to find the right id."""
        found = self.find_interview(interview_id)
        if found is None:
            raise TrackError(f"No interview #{interview_id}: `followup track list` shows the ids.")
        return found

    def list_interviews(self) -> list[Interview]:
        return [interview_from_row(r) for r in self._read("SELECT * FROM interviews ORDER BY id")]

    def set_outcome(self, interview_id: int, outcome: str | None,
                    on: date | None = None) -> Interview:
        """Record what happened (replied, rejected, offer, withdrawn), or None to clear it."""
        value = normalise_outcome(outcome)
        with self.transaction() as conn:
            cur = conn.execute("UPDATE interviews SET outcome = ?, outcome_on = ?, updated_at = ? "
                               "WHERE id = ?", (value, iso_day(on) if value else None,
                                                self.stamp(), interview_id))
            if not cur.rowcount:
                raise TrackError(f"No interview #{interview_id}: `followup track list` shows "
                                 "the ids.")
        return self.get_interview(interview_id)

    def delete_interview(self, interview_id: int) -> bool:
        """Delete an interview with all its drafts and sent follow-ups; False if it was not there."""
        with self.transaction() as conn:
            return bool(conn.execute("DELETE FROM interviews WHERE id = ?",
                                     (interview_id,)).rowcount)

    def counts(self, interview_id: int) -> tuple[int, int]:
        """(drafted versions, sent follow-ups) kept for an interview."""
        rows = self._read("SELECT (SELECT COUNT(*) FROM drafts WHERE interview_id = :i), "
                          "(SELECT COUNT(*) FROM sent WHERE interview_id = :i)",
                          {"i": interview_id})
        return int(rows[0][0]), int(rows[0][1])

    # ------------------------------------------------------------------ drafts and sent

    def add_draft(self, interview_id: int, draft: Draft,
                  report: Report | Mapping[str, Any] | None = None, *, action: str = "draft",
                  recipient: str = "") -> DraftVersion:
        """Keep one drafted version (and its report) in the interview's history."""
        data = report.to_dict() if isinstance(report, Report) else dict(report or {})
        with self.transaction() as conn:
            self._require(conn, interview_id)
            cur = conn.execute(
                "INSERT INTO drafts (interview_id, stage, subject, body, model, seed, action, "
                "report, recipient, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (interview_id, draft.stage, draft.subject, draft.body, draft.model, draft.seed,
                 action, json.dumps(data, ensure_ascii=False, sort_keys=True), recipient,
                 self.stamp()))
            row = conn.execute("SELECT * FROM drafts WHERE id = ?", (cur.lastrowid,)).fetchone()
        return version_from_row(row)

    def drafts(self, interview_id: int) -> list[DraftVersion]:
        rows = self._read("SELECT * FROM drafts WHERE interview_id = ? ORDER BY id", (interview_id,))
        return [version_from_row(r) for r in rows]

    def latest_draft(self, interview_id: int, stage: str) -> DraftVersion | None:
        rows = self._read("SELECT * FROM drafts WHERE interview_id = ? AND stage = ? "
                          "ORDER BY id DESC LIMIT 1", (interview_id, normalise_stage(stage)))
        return version_from_row(rows[0]) if rows else None

    def mark_sent(self, interview_id: int, stage: str, sent_on: date, *, subject: str = "",
                  body: str = "", recipient: str = "") -> SentEmail:
        """Record a follow-up as sent on a day, with the final text that went out."""
        stage_id = normalise_stage(stage)
        if stage_id not in SENDABLE:
            raise TrackError(f"Unknown stage {stage!r}: choose one of {', '.join(SENDABLE)}.")
        with self.transaction() as conn:
            self._require(conn, interview_id)
            cur = conn.execute(
                "INSERT INTO sent (interview_id, stage, sent_on, subject, body, recipient, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (interview_id, stage_id, sent_on.isoformat(), subject, body, recipient,
                 self.stamp()))
            row = conn.execute("SELECT * FROM sent WHERE id = ?", (cur.lastrowid,)).fetchone()
        return sent_from_row(row)

    def forget_sent(self, interview_id: int, stage: str) -> int:
        """Un-mark a stage as sent (every record of it); returns how many were removed."""
        with self.transaction() as conn:
            return int(conn.execute("DELETE FROM sent WHERE interview_id = ? AND stage = ?",
                                    (interview_id, normalise_stage(stage))).rowcount)

    def sent(self, interview_id: int) -> list[SentEmail]:
        rows = self._read("SELECT * FROM sent WHERE interview_id = ? ORDER BY sent_on, id",
                          (interview_id,))
        return [sent_from_row(r) for r in rows]

    def sent_texts(self, interview_id: int) -> list[str]:
        """The bodies already sent for an interview: what a new follow-up should not repeat."""
        return [s.body for s in self.sent(interview_id) if s.body.strip()]

    @staticmethod
    def _require(conn: sqlite3.Connection, interview_id: int) -> None:
        if conn.execute("SELECT 1 FROM interviews WHERE id = ?", (interview_id,)).fetchone() is None:
            raise TrackError(f"No interview #{interview_id}: `followup track list` shows the ids.")
