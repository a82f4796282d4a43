"""The tracking database's schema, one numbered migration at a time (`PRAGMA user_version`).

Migrations only ever add: a database written by any earlier version opens with nothing lost.
Each runs in its own transaction together with the version bump, so a crash mid-upgrade leaves
the previous, complete schema behind.
"""

from __future__ import annotations

import sqlite3

from assistant.core.errors import TrackError

FIRST_SCHEMA = (
    """CREATE TABLE interviews (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        uid TEXT NOT NULL UNIQUE,
        company TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL DEFAULT '',
        interviewers TEXT NOT NULL DEFAULT '[]',
        interview_date TEXT,
        notes TEXT NOT NULL DEFAULT '',
        decision_timeline TEXT,
        decision_date TEXT,
        candidate TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    """CREATE TABLE drafts (
        id INTEGER PRIMARY KEY,
        interview_id INTEGER NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
        stage TEXT NOT NULL,
        subject TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL,
        model TEXT NOT NULL DEFAULT 'offline',
        seed INTEGER NOT NULL DEFAULT 0,
        action TEXT NOT NULL DEFAULT 'draft',
        report TEXT NOT NULL DEFAULT '{}',
        created_at TEXT NOT NULL
    )""",
    """CREATE TABLE sent (
        id INTEGER PRIMARY KEY,
        interview_id INTEGER NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
        stage TEXT NOT NULL,
        sent_on TEXT NOT NULL,
        subject TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    )""",
)

OUTCOMES_AND_REVISIONS = (
    "ALTER TABLE interviews ADD COLUMN outcome TEXT",
    "ALTER TABLE interviews ADD COLUMN outcome_on TEXT",
    "ALTER TABLE interviews ADD COLUMN revision INTEGER NOT NULL DEFAULT 1",
    "CREATE INDEX drafts_by_interview ON drafts(interview_id, id)",
    "CREATE INDEX sent_by_interview ON sent(interview_id, sent_on)",
)

PANELS_AND_AUTOSAVE = (
    "ALTER TABLE drafts ADD COLUMN recipient TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE sent ADD COLUMN recipient TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE interviews ADD COLUMN details TEXT",
    "ALTER TABLE interviews ADD COLUMN draft TEXT",
    "ALTER TABLE interviews ADD COLUMN state TEXT NOT NULL DEFAULT '{}'",
)

PROFILE = (
    """CREATE TABLE profile (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL DEFAULT '',
        signature TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL
    )""",
)

# MIGRATIONS[n - 1] takes a database from user_version n - 1 to n. Append; never edit.
MIGRATIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("first schema: interviews, drafted versions, sent follow-ups", FIRST_SCHEMA),
    ("outcomes and a revision counter for concurrent saves", OUTCOMES_AND_REVISIONS),
    ("panel recipients and autosaved work in progress", PANELS_AND_AUTOSAVE),
    ("the person's profile: name and signature for every sign-off", PROFILE),
)
LATEST = len(MIGRATIONS)


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, target: int = LATEST) -> int:
    """Bring the database up to `target`, one transaction per step; returns the version reached."""
    version = schema_version(conn)
    if version > LATEST:
        raise TrackError(
            f"This database has schema version {version}, newer than this Follow-up "
            f"understands ({LATEST}): upgrade Follow-up, or point FOLLOWUP_DB at "
            "another file."
        )
    while version < target:
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = schema_version(conn)  # another process may have migrated meanwhile
            if version < target:
                for statement in MIGRATIONS[version][1]:
                    conn.execute(statement)
                version += 1
                conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return version
