"""The store's interviews: add, compare-and-set save (autosave), find, list, set the outcome,
delete (with their drafts and sent follow-ups), and count what is kept for one."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import date

from assistant.core.errors import TrackError
from assistant.core.schedule import normalise_outcome
from assistant.tracker.connection import StoreConnection
from assistant.tracker.records import Interview, SaveResult
from assistant.tracker.rows import EDITABLE, editable_columns, interview_from_row, iso_day


class Interviews(StoreConnection):
    """The interviews table."""

    def add_interview(self, interview: Interview) -> Interview:
        """Save a new interview; returns it with its id, uid, revision 1 and timestamps."""
        with self.transaction() as conn:
            new_id = self._insert(conn, interview)
        return self.get_interview(new_id)

    def _insert(self, conn: sqlite3.Connection, interview: Interview) -> int:
        now = self.stamp()
        values = editable_columns(interview) | {
            "uid": interview.uid or uuid.uuid4().hex,
            "created_at": now,
            "updated_at": now,
            "revision": 1,
            "outcome": None,
            "outcome_on": None,
        }
        cols = ", ".join(values)
        cur = conn.execute(
            f"INSERT INTO interviews ({cols}) VALUES ({', '.join(':' + c for c in values)})", values
        )
        return int(cur.lastrowid or 0)

    def save_interview(
        self, interview: Interview, expected_revision: int | None = None
    ) -> SaveResult:
        """Autosave: compare-and-set on the revision the caller loaded; the later save always wins.

        status "saved": nobody else saved since; "overwrote": someone did (their revision is in
        `overwrote_revision`) and this save replaced it; "created": new, or deleted meanwhile.
        Outcome and sent follow-ups are not touched (they have their own calls).
        """
        if interview.id is None:
            created = self.add_interview(interview)
            return SaveResult("created", int(created.id or 0), created.revision)
        expected = interview.revision if expected_revision is None else expected_revision
        values = editable_columns(interview) | {
            "id": interview.id,
            "expected": expected,
            "uid": interview.uid,
            "updated_at": self.stamp(),
        }
        sets = ", ".join(f"{c} = :{c}" for c in EDITABLE)
        update = f"UPDATE interviews SET {sets}, updated_at = :updated_at, revision = revision + 1"
        same = "id = :id AND (:uid = '' OR uid = :uid)"  # ids are never reused; uid double-checks
        with self.transaction() as conn:
            if conn.execute(f"{update} WHERE {same} AND revision = :expected", values).rowcount:
                status, theirs = "saved", None
            else:
                row = conn.execute(
                    f"SELECT revision FROM interviews WHERE {same}", values
                ).fetchone()
                if row is None:
                    new_id = self._insert(conn, interview)
                    return SaveResult("created", new_id, 1)
                status, theirs = "overwrote", int(row["revision"])
                conn.execute(f"{update} WHERE {same}", values)
            revision = conn.execute(
                "SELECT revision FROM interviews WHERE id = ?", (interview.id,)
            ).fetchone()[0]
        return SaveResult(status, interview.id, int(revision), theirs)  # type: ignore[arg-type]

    def find_interview(self, interview_id: int) -> Interview | None:
        rows = self._read("SELECT * FROM interviews WHERE id = ?", (interview_id,))
        return interview_from_row(rows[0]) if rows else None

    def get_interview(self, interview_id: int, *, damaged_ok: bool = False) -> Interview:
        """The interview, or a TrackError that says how to find the right id (or, for a damaged
        row, how to save and remove it)."""
        found = self.find_interview(interview_id)
        if found is None:
            raise TrackError(f"No interview #{interview_id}: `followup track list` shows the ids.")
        if found.damaged and not damaged_ok:
            raise TrackError(
                f"Interview #{interview_id} is damaged ({found.damaged}): "
                f"`followup track export --raw {interview_id}` saves what is there, "
                f"and `followup track delete {interview_id} --yes` removes it."
            )
        return found

    def list_interviews(self) -> list[Interview]:
        return [interview_from_row(r) for r in self._read("SELECT * FROM interviews ORDER BY id")]

    def set_outcome(
        self, interview_id: int, outcome: str | None, on: date | None = None
    ) -> Interview:
        """Record what happened (replied, rejected, offer, withdrawn), or None to clear it."""
        value = normalise_outcome(outcome)
        with self.transaction() as conn:
            cur = conn.execute(
                "UPDATE interviews SET outcome = ?, outcome_on = ?, updated_at = ? WHERE id = ?",
                (value, iso_day(on) if value else None, self.stamp(), interview_id),
            )
            if not cur.rowcount:
                raise TrackError(
                    f"No interview #{interview_id}: `followup track list` shows the ids."
                )
        return self.get_interview(interview_id)

    def delete_interview(self, interview_id: int) -> bool:
        """Delete an interview with all its drafts and sent follow-ups; False if it was not there."""
        with self.transaction() as conn:
            return bool(
                conn.execute("DELETE FROM interviews WHERE id = ?", (interview_id,)).rowcount
            )

    def counts(self, interview_id: int) -> tuple[int, int]:
        """(drafted versions, sent follow-ups) kept for an interview."""
        rows = self._read(
            "SELECT (SELECT COUNT(*) FROM drafts WHERE interview_id = :i), "
            "(SELECT COUNT(*) FROM sent WHERE interview_id = :i)",
            {"i": interview_id},
        )
        return int(rows[0][0]), int(rows[0][1])
