"""The store's connection: the file checked and opened (or created, migrated and stamped as ours),
one short-lived connection per operation, and one `BEGIN IMMEDIATE` transaction per write."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from assistant.core.errors import TrackError
from assistant.tracker.db_file import (
    APPLICATION_ID,
    BUSY_TIMEOUT_SECONDS,
    DB_ENV,
    default_path,
    existing_kind,
    platform_path,
    writable,
)
from assistant.tracker.migrations import LATEST, migrate, schema_version


def utc_now() -> datetime:
    return datetime.now(UTC)


class StoreConnection:
    """One SQLite database file, opened safely; the tables are read and written by subclasses."""

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
        kind = existing_kind(self.path)
        self.created = kind == "new"
        self.read_only = not writable(self.path)
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

    @staticmethod
    def _require(conn: sqlite3.Connection, interview_id: int) -> None:
        if (
            conn.execute("SELECT 1 FROM interviews WHERE id = ?", (interview_id,)).fetchone()
            is None
        ):
            raise TrackError(f"No interview #{interview_id}: `followup track list` shows the ids.")
