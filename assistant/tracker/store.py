"""The durable store: interviews, drafted versions and sent follow-ups in one SQLite file.

WAL mode, foreign keys on, one short-lived connection per operation (safe from any thread), and
every write in one `BEGIN IMMEDIATE` transaction: all of it lands, or none of it does.
Concurrent saves are compare-and-set on `interviews.revision`; the later save wins and says so.
The file is `FOLLOWUP_DB` when set, else `followup.db` in the platform's user data directory.

The store recognises its own files (SQLite `application_id`) and refuses any other file untouched;
a missing folder is created only when asked (`create=True`), except the default location's; a
file without write permission is opened read-only (listing and export work, writes say why not).
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import uuid
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

import platformdirs

from assistant.core.domain import Draft, Interviewer, Report
from assistant.core.errors import TrackError
from assistant.core.schedule import normalise_outcome
from assistant.core.stages import SENDABLE, normalise_stage
from assistant.tracker.migrations import LATEST, migrate, schema_version
from assistant.tracker.records import (
    DraftVersion,
    Interview,
    SaveResult,
    SentEmail,
    draft_from_dict,
    draft_to_dict,
)

DB_ENV = "FOLLOWUP_DB"
BUSY_TIMEOUT_SECONDS = 10.0
APPLICATION_ID = 0x466F6C55  # "FolU" in the SQLite header: this file is a Follow-up store
OUR_TABLES = frozenset({"interviews", "drafts", "sent"})
SQLITE_HEADER = b"SQLite format 3\x00"
EDITABLE = (
    "company",
    "role",
    "interviewers",
    "interview_date",
    "notes",
    "decision_timeline",
    "decision_date",
    "candidate",
    "details",
    "draft",
    "state",
)


def default_path() -> Path:
    """FOLLOWUP_DB if set, else <user data dir>/followup.db."""
    given = os.environ.get(DB_ENV, "").strip()
    if given:
        return Path(given).expanduser()
    return platform_path()


def platform_path() -> Path:
    """<user data dir>/followup.db: the default store, whose folder may always be created."""
    return Path(platformdirs.user_data_dir("followup", appauthor=False)) / "followup.db"


def _refuse(path: Path, why: str) -> TrackError:
    return TrackError(
        f"The tracking database {path} could not be used ({why}). Nothing was "
        f"changed; set {DB_ENV} to a Follow-up database file (a new name creates "
        "one)."
    )


def _existing_kind(path: Path) -> str:
    """'new' (nothing there yet, or an empty file) or 'ours'; anything else is a TrackError."""
    try:
        info = path.stat()
    except FileNotFoundError:
        return "new"
    except OSError as exc:
        raise _refuse(path, exc.strerror or str(exc)) from None
    if stat.S_ISDIR(info.st_mode):
        raise TrackError(
            f"{path} is a folder, not a database file: set {DB_ENV} to a file "
            f"inside it, e.g. {path / 'followup.db'}."
        )
    if not stat.S_ISREG(info.st_mode):
        raise TrackError(
            f"{path} is a device or pipe, not a database file: set {DB_ENV} to an "
            "ordinary file, e.g. ~/followup.db."
        )
    if info.st_size == 0:
        return "new"
    try:
        with path.open("rb") as handle:
            head = handle.read(100)
    except OSError as exc:
        raise _refuse(path, f"it cannot be read ({exc.strerror or exc})") from None
    if len(head) < 100 or not head.startswith(SQLITE_HEADER):
        raise _refuse(path, "it is not a SQLite database (file is not a database)")
    try:
        conn = sqlite3.connect(
            f"file:{quote(str(path.resolve()))}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_SECONDS
        )
        try:
            app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
            tables = {
                r[0]
                for r in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"
                )
            }
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise _refuse(path, f"it cannot be read as SQLite ({exc})") from None
    if app_id == APPLICATION_ID:
        return "ours"
    if app_id != 0:
        raise _refuse(path, f"it belongs to another application (application_id {app_id:#x})")
    if not tables:
        return "new"  # an empty SQLite file: nobody's data
    if OUR_TABLES <= tables:
        return "ours"  # written before Follow-up stamped its application_id
    raise _refuse(
        path,
        "it is another application's SQLite database (its tables are "
        f"{', '.join(sorted(tables)[:5])})",
    )


def _writable(path: Path) -> bool:
    """False when the file (or its folder, where SQLite keeps its journal) cannot be written,
    or when its owner took every write permission away (even root then reads only)."""
    if not path.exists():
        return True
    mode = path.stat().st_mode
    return bool(mode & 0o222) and os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def utc_now() -> datetime:
    return datetime.now(UTC)


def iso_day(day: date | None) -> str | None:
    return day.isoformat() if day else None


def parse_day(text: str | None) -> date | None:
    """A stored ISO day; a bad one raises ValueError (the row is then read as damaged)."""
    return date.fromisoformat(text) if text else None


def editable_columns(interview: Interview) -> dict[str, Any]:
    """The columns a save writes: what the person types, never the outcome or bookkeeping."""
    people = [{"name": p.name, "title": p.title} for p in interview.interviewers]
    return {
        "company": interview.company,
        "role": interview.role,
        "interviewers": json.dumps(people, ensure_ascii=False),
        "interview_date": iso_day(interview.interview_date),
        "notes": interview.notes,
        "decision_timeline": interview.decision_timeline,
        "decision_date": iso_day(interview.decision_date),
        "candidate": interview.candidate,
        "details": None
        if interview.details is None
        else json.dumps(list(interview.details), ensure_ascii=False),
        "draft": None
        if interview.draft is None
        else json.dumps(draft_to_dict(interview.draft), ensure_ascii=False),
        "state": json.dumps(interview.state, ensure_ascii=False, sort_keys=True),
    }


def interview_from_row(row: sqlite3.Row) -> Interview:
    """The stored interview; a row that cannot be read comes back marked `damaged`, never raises."""
    try:
        return _interview_from_row(row)
    except (ValueError, TypeError, KeyError, AttributeError, OverflowError, TrackError) as exc:
        return damaged_interview(row, exc)


def _interview_from_row(row: sqlite3.Row) -> Interview:
    people = tuple(
        Interviewer(_text(p["name"]), None if p.get("title") is None else _text(p["title"]))
        for p in json.loads(row["interviewers"])
    )
    details = json.loads(row["details"]) if row["details"] is not None else None
    if details is not None and not isinstance(details, list):
        raise TypeError("details is not a list")
    state = json.loads(row["state"] or "{}")
    if not isinstance(state, dict):
        raise TypeError("state is not an object")
    return Interview(
        company=_text(row["company"]),
        role=_text(row["role"]),
        interviewers=people,
        interview_date=parse_day(row["interview_date"]),
        notes=_text(row["notes"]),
        decision_timeline=row["decision_timeline"],
        decision_date=parse_day(row["decision_date"]),
        candidate=row["candidate"],
        details=tuple(_text(d) for d in details) if details is not None else None,
        draft=draft_from_dict(json.loads(row["draft"])) if row["draft"] else None,
        state=state,
        outcome=normalise_outcome(row["outcome"]),
        outcome_on=parse_day(row["outcome_on"]),
        id=row["id"],
        uid=row["uid"],
        revision=row["revision"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, found {type(value).__name__}")
    return value


def damaged_interview(row: sqlite3.Row, exc: BaseException) -> Interview:
    """What can be shown of a row that cannot be read: its id, uid, names, and what is wrong."""

    def text(key: str) -> str:
        value = row[key] if key in row.keys() else ""  # noqa: SIM118 - a Row iterates values
        return value if isinstance(value, str) else ""

    why = f"{type(exc).__name__}: {exc}".splitlines()[0][:160]
    return Interview(
        company=text("company"),
        role=text("role"),
        notes=text("notes"),
        id=row["id"],
        uid=text("uid"),
        created_at=text("created_at"),
        updated_at=text("updated_at"),
        damaged=why,
    )


def version_from_row(row: sqlite3.Row) -> DraftVersion:
    draft = Draft(
        subject=row["subject"],
        body=row["body"],
        stage=row["stage"],
        model=row["model"],
        seed=row["seed"],
    )
    return DraftVersion(
        id=row["id"],
        interview_id=row["interview_id"],
        draft=draft,
        report=json.loads(row["report"] or "{}"),
        action=row["action"],
        recipient=row["recipient"],
        created_at=row["created_at"],
    )


def sent_from_row(row: sqlite3.Row) -> SentEmail:
    return SentEmail(
        id=row["id"],
        interview_id=row["interview_id"],
        stage=row["stage"],
        sent_on=date.fromisoformat(row["sent_on"]),
        subject=row["subject"],
        body=row["body"],
        recipient=row["recipient"],
        created_at=row["created_at"],
    )


def _plain(value: Any) -> Any:
    """A stored value as JSON can hold it (bytes as text, surrogates kept visible)."""
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="backslashreplace")
    if isinstance(value, str):
        return value.encode("utf-8", errors="backslashreplace").decode("utf-8")
    return value


class DamagedRow(TrackError):
    """A stored row that cannot be read; export --raw and delete still work."""


class Store:
    """Interviews and everything drafted or sent for them, in one SQLite database."""

    def __init__(
        self,
        path: str | Path | None = None,
        clock: Callable[[], datetime] = utc_now,
        *,
        create: bool = False,
    ) -> None:
        self.path = Path(path) if path else default_path()
        self.clock = clock
        folder = self.path.parent
        self.made_folder: Path | None = None
        if not folder.is_dir():
            if folder.exists():
                raise TrackError(
                    f"{folder} is not a folder, so {self.path.name} cannot be kept "
                    f"in it: set {DB_ENV} to a file in an existing folder."
                )
            if not (create or self.path == platform_path()):
                raise TrackError(
                    f"The folder {folder} does not exist, so there is no tracking "
                    f"database at {self.path}. Check {DB_ENV} for a typo, or pass "
                    "--create to make the folder and a new database there."
                )
            try:
                folder.mkdir(parents=True, exist_ok=True)
                self.made_folder = folder
            except OSError as exc:
                raise TrackError(
                    f"Cannot create {folder} for the tracking database "
                    f"({exc.strerror}): set {DB_ENV} to a writable file."
                ) from None
        kind = _existing_kind(self.path)
        self.created = kind == "new"
        self.read_only = not _writable(self.path)
        if self.read_only:
            if kind == "new":
                raise TrackError(
                    f"{self.path} is read-only and holds no tracking data yet: set "
                    f"{DB_ENV} to a writable file."
                )
            with self._connection() as conn:
                if schema_version(conn) != LATEST:
                    raise TrackError(
                        f"{self.path} is read-only and needs an upgrade this "
                        "version cannot write: make it writable and run again."
                    )
            return
        with self._connection() as conn:
            conn.execute("PRAGMA journal_mode = WAL")
            migrate(conn)
            if int(conn.execute("PRAGMA application_id").fetchone()[0]) != APPLICATION_ID:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")

    @contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        try:
            if getattr(self, "read_only", False):
                conn = sqlite3.connect(
                    f"file:{quote(str(self.path.resolve()))}?mode=ro",
                    uri=True,
                    timeout=BUSY_TIMEOUT_SECONDS,
                    isolation_level=None,
                )
            else:
                conn = sqlite3.connect(
                    self.path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None
                )
        except sqlite3.Error as exc:
            raise TrackError(
                f"Cannot open the tracking database {self.path} ({exc}): set "
                f"{DB_ENV} to a writable file."
            ) from None
        try:
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA foreign_keys = ON")
            yield conn
        except sqlite3.DatabaseError as exc:
            raise TrackError(
                f"The tracking database {self.path} could not be used ({exc}). "
                f"Nothing was changed; set {DB_ENV} to use another file."
            ) from None
        finally:
            conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: committed when the block ends, rolled back on any exception."""
        if self.read_only:
            raise TrackError(
                f"The tracking database {self.path} is read-only, so nothing was "
                "changed: make the file writable (chmod u+w) to save, mark or "
                "delete."
            )
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

    # ------------------------------------------------------------------ drafts and sent

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
            item = dict(zip(row.keys(), map(_plain, row), strict=True))
            for table in ("drafts", "sent"):
                item[table] = [
                    dict(zip(r.keys(), map(_plain, r), strict=True))
                    for r in self._read(
                        f"SELECT * FROM {table} WHERE interview_id = ? ORDER BY id", (row["id"],)
                    )
                ]
            out.append(item)
        return out

    def sent_texts(self, interview_id: int) -> list[str]:
        """The bodies already sent for an interview: what a new follow-up should not repeat."""
        return [s.body for s in self.sent(interview_id) if s.body.strip()]

    @staticmethod
    def _require(conn: sqlite3.Connection, interview_id: int) -> None:
        if (
            conn.execute("SELECT 1 FROM interviews WHERE id = ?", (interview_id,)).fetchone()
            is None
        ):
            raise TrackError(f"No interview #{interview_id}: `followup track list` shows the ids.")
