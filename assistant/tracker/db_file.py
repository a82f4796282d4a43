"""The store's file: where it is (FOLLOWUP_DB, else the platform's user data folder), whether an
existing file is ours (SQLite `application_id`, or our tables), and whether it can be written."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path
from urllib.parse import quote

import platformdirs

from assistant.core.errors import TrackError

DB_ENV = "FOLLOWUP_DB"
BUSY_TIMEOUT_SECONDS = 10.0
APPLICATION_ID = 0x466F6C55  # "FolU" in the SQLite header: this file is a Follow-up store
OUR_TABLES = frozenset({"interviews", "drafts", "sent"})
SQLITE_HEADER = b"SQLite format 3\x00"


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


def existing_kind(path: Path) -> str:
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


def writable(path: Path) -> bool:
    """False when the file (or its folder, where SQLite keeps its journal) cannot be written,
    or when its owner took every write permission away (even root then reads only)."""
    if not path.exists():
        return True
    mode = path.stat().st_mode
    return bool(mode & 0o222) and os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
