"""The durable store: interviews, drafted versions and sent follow-ups in one SQLite file.

WAL mode, foreign keys on, one short-lived connection per operation (safe from any thread), and
every write in one `BEGIN IMMEDIATE` transaction: all of it lands, or none of it does.
Concurrent saves are compare-and-set on `interviews.revision`; the later save wins and says so.
The file is `FOLLOWUP_DB` when set, else `followup.db` in the platform's user data directory.

The store recognises its own files (SQLite `application_id`) and refuses any other file untouched;
a missing folder is created only when asked (`create=True`), except the default location's; a
file without write permission is opened read-only (listing and export work, writes say why not).

`Store` is put together from its parts: the file (db_file), the connection and transactions
(connection), the interviews (interviews), drafted versions and sent follow-ups (drafts_sent);
rows are read and written by rows.
"""

from __future__ import annotations

from assistant.tracker.db_file import APPLICATION_ID, DB_ENV, default_path
from assistant.tracker.drafts_sent import DraftsAndSent
from assistant.tracker.interviews import Interviews
from assistant.tracker.rows import DamagedRow

__all__ = ["APPLICATION_ID", "DB_ENV", "DamagedRow", "Store", "default_path"]


class Store(Interviews, DraftsAndSent):
    """Interviews and everything drafted or sent for them, in one SQLite database."""
