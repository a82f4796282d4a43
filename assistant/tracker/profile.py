"""The person's profile: the name and signature lines every email is signed with, kept in the
tracker database (one row) so every interview and every tab uses the same."""

from __future__ import annotations

from dataclasses import dataclass

from assistant.tracker.store import Store

MAX_NAME_CHARS = 120
MAX_SIGNATURE_LINES = 4
MAX_LINE_CHARS = 120


@dataclass(frozen=True)
class Profile:
    """Your name (used when the notes do not say it) and optional lines under it."""

    name: str = ""
    signature: str = ""


def clean(name: str, signature: str) -> tuple[Profile, str | None]:
    """What is saved, and a note when something had to be shortened (nothing else is dropped)."""
    tidy_name = " ".join((name or "").split())
    lines = [" ".join(line.split()) for line in (signature or "").splitlines() if line.strip()]
    note = None
    if len(tidy_name) > MAX_NAME_CHARS:
        tidy_name, note = (
            tidy_name[:MAX_NAME_CHARS],
            f"Your name is cut at {MAX_NAME_CHARS} characters.",
        )
    if len(lines) > MAX_SIGNATURE_LINES or any(len(x) > MAX_LINE_CHARS for x in lines):
        lines = [x[:MAX_LINE_CHARS] for x in lines[:MAX_SIGNATURE_LINES]]
        note = (
            f"A signature keeps at most {MAX_SIGNATURE_LINES} lines of {MAX_LINE_CHARS} "
            "characters: the rest was left out."
        )
    return Profile(tidy_name, "\n".join(lines)), note


def load_profile(store: Store) -> Profile:
    with store.transaction() as conn:
        row = conn.execute("SELECT name, signature FROM profile WHERE id = 1").fetchone()
    return Profile(row[0], row[1]) if row else Profile()


def save_profile(store: Store, profile: Profile) -> None:
    with store.transaction() as conn:
        conn.execute(
            "INSERT INTO profile (id, name, signature, updated_at) VALUES (1, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET name = excluded.name, "
            "signature = excluded.signature, updated_at = excluded.updated_at",
            (profile.name, profile.signature, store.stamp()),
        )
