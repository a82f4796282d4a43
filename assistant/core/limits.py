"""How much of each field Follow-up keeps: one owner for the page, the CLI and import."""

from __future__ import annotations

FIELD_MAX_CHARS = 200  # company, role, your name, an interviewer's name or title
DETAIL_MAX_CHARS = 200  # one detail to mention
NOTES_MAX_CHARS = 100_000  # pasted notes
SUBJECT_MAX_CHARS = 300  # an email's subject line
BODY_MAX_CHARS = 20_000  # an email's body
TIMELINE_MAX_CHARS = 1_000  # "they will decide by the end of next week"
MAX_PEOPLE = 50  # interviewers on one interview
MAX_DETAILS = 100  # details chosen for one interview
MAX_VERSIONS = 10_000  # drafted versions or sent follow-ups kept per interview in a file
SMALL_JSON_CHARS = 100_000  # a saved report or the page's own settings, as JSON
IMPORT_MAX_CHARS = 200_000_000  # an import file
SQLITE_INT = 2**63 - 1  # the largest integer SQLite stores
