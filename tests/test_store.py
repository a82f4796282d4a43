"""The store keeps everything: migrations from the first schema, round trips, races and crashes."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import threading
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from assistant.core.domain import Draft, Interviewer
from assistant.core.errors import TrackError
from assistant.tracker import data_io, migrations
from assistant.tracker.data_io import dumps, export_data, import_data
from assistant.tracker.migrations import LATEST, migrate
from assistant.tracker.records import Interview
from assistant.tracker.store import Store, default_path

ROOT = Path(__file__).resolve().parent.parent

# The first schema exactly as it shipped (user_version 1). Frozen here on purpose: if someone
# edits migration 1 instead of adding a new one, this test still builds the old database.
V1_SCHEMA = """
CREATE TABLE interviews (id INTEGER PRIMARY KEY AUTOINCREMENT, uid TEXT NOT NULL UNIQUE,
  company TEXT NOT NULL DEFAULT '', role TEXT NOT NULL DEFAULT '',
  interviewers TEXT NOT NULL DEFAULT '[]', interview_date TEXT, notes TEXT NOT NULL DEFAULT '',
  decision_timeline TEXT, decision_date TEXT, candidate TEXT, created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL);
CREATE TABLE drafts (id INTEGER PRIMARY KEY,
  interview_id INTEGER NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
  stage TEXT NOT NULL, subject TEXT NOT NULL DEFAULT '', body TEXT NOT NULL,
  model TEXT NOT NULL DEFAULT 'offline', seed INTEGER NOT NULL DEFAULT 0,
  action TEXT NOT NULL DEFAULT 'draft', report TEXT NOT NULL DEFAULT '{}',
  created_at TEXT NOT NULL);
CREATE TABLE sent (id INTEGER PRIMARY KEY,
  interview_id INTEGER NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
  stage TEXT NOT NULL, sent_on TEXT NOT NULL, subject TEXT NOT NULL DEFAULT '',
  body TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL);
PRAGMA user_version = 1;
"""

LUMEN = Interview(
    company="Lumen Analytics",
    role="Senior Data Engineer",
    interviewers=(Interviewer("Priya Raman", "Head of Data"), Interviewer("Tom Okafor")),
    interview_date=date(2026, 11, 20),
    notes="Panel: Priya Raman; Tom Okafor\n- Snowflake move",
    decision_timeline="Decision by Dec 5",
    decision_date=date(2026, 12, 5),
    candidate="Jordan Lee",
)


def write_v1_database(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.executescript(V1_SCHEMA)
    conn.execute(
        "INSERT INTO interviews (uid, company, role, interviewers, interview_date, notes, "
        "decision_timeline, decision_date, candidate, created_at, updated_at) VALUES "
        "('old-1', 'Zürich Bank', 'Analyst', ?, '2026-11-02', 'Met Anna. Talked risk.', "
        "'two weeks', NULL, 'Jordan Lee', '2026-11-02T10:00:00+00:00', "
        "'2026-11-03T09:00:00+00:00')",
        (json.dumps([{"name": "Anna Weber", "title": "Risk Lead"}]),),
    )
    conn.execute(
        "INSERT INTO drafts (interview_id, stage, subject, body, report, created_at) "
        "VALUES (1, 'thank_you', 'Thank you – Analyst interview', 'Dear Anna, …', "
        "'{\"score\": 91}', '2026-11-02T11:00:00+00:00')"
    )
    conn.execute(
        "INSERT INTO sent (interview_id, stage, sent_on, subject, body, created_at) "
        "VALUES (1, 'thank_you', '2026-11-02', 'Thank you', 'Dear Anna, thanks.', "
        "'2026-11-02T12:00:00+00:00')"
    )
    conn.commit()
    conn.close()


def columns(path: Path, table: str) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}


def snapshot(path: Path) -> list[tuple[object, ...]]:
    """Every row of every table, for 'nothing changed' comparisons."""
    conn = sqlite3.connect(path)
    try:
        return [
            (t, *row)
            for t in ("interviews", "drafts", "sent")
            for row in conn.execute(f"SELECT * FROM {t} ORDER BY id")
        ]
    finally:
        conn.close()


@pytest.fixture
def store() -> Store:
    return Store()


def test_the_database_is_at_followup_db_in_wal_mode_with_foreign_keys(store):
    assert store.path == Path(os.environ["FOLLOWUP_DB"])
    with sqlite3.connect(store.path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
    with store.transaction() as conn:
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    with pytest.raises(TrackError, match="FOREIGN KEY"), store.transaction() as conn:
        conn.execute(
            "INSERT INTO sent (interview_id, stage, sent_on, created_at) "
            "VALUES (42, 'final', '2026-11-27', 'now')"
        )


def test_without_followup_db_the_file_is_in_the_user_data_dir(monkeypatch):
    import platformdirs

    monkeypatch.delenv("FOLLOWUP_DB")
    assert (
        default_path()
        == Path(platformdirs.user_data_dir("followup", appauthor=False)) / "followup.db"
    )


def test_a_first_schema_database_opens_after_an_upgrade_with_nothing_lost(tmp_path):
    path = tmp_path / "old.db"
    write_v1_database(path)
    store = Store(path)
    [old] = store.list_interviews()
    assert (old.uid, old.company, old.role, old.notes, old.candidate) == (
        "old-1",
        "Zürich Bank",
        "Analyst",
        "Met Anna. Talked risk.",
        "Jordan Lee",
    )
    assert old.interviewers == (Interviewer("Anna Weber", "Risk Lead"),)
    assert old.interview_date == date(2026, 11, 2) and old.decision_timeline == "two weeks"
    assert (old.created_at, old.updated_at) == (
        "2026-11-02T10:00:00+00:00",
        "2026-11-03T09:00:00+00:00",
    )
    assert (old.revision, old.outcome, old.details, old.draft, old.state) == (
        1,
        None,
        None,
        None,
        {},
    )
    [version] = store.drafts(1)
    assert (
        version.draft.subject == "Thank you – Analyst interview"
        and version.report == {"score": 91}
        and version.recipient == ""
    )
    [sent] = store.sent(1)
    assert (sent.stage, sent.sent_on, sent.body) == (
        "thank_you",
        date(2026, 11, 2),
        "Dear Anna, thanks.",
    )
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
    assert {"outcome", "outcome_on", "revision", "details", "draft", "state"} <= columns(
        path, "interviews"
    )
    assert "recipient" in columns(path, "drafts") and "recipient" in columns(path, "sent")
    # and the upgraded database works like a new one
    assert store.save_interview(replace(old, notes="More notes")).status == "saved"
    assert store.set_outcome(1, "offer", date(2026, 11, 20)).outcome == "offer"


def test_each_migration_step_keeps_the_rows_of_the_one_before(tmp_path):
    path = tmp_path / "v2.db"
    write_v1_database(path)
    conn = sqlite3.connect(path, isolation_level=None)
    assert migrate(conn, target=2) == 2
    conn.execute("UPDATE interviews SET outcome = 'rejected', outcome_on = '2026-11-20'")
    conn.close()
    interview = Store(path).get_interview(1)
    assert (interview.outcome, interview.outcome_on) == ("rejected", date(2026, 11, 20))
    assert interview.company == "Zürich Bank"


def test_a_failed_migration_leaves_the_previous_schema_whole(tmp_path, monkeypatch):
    path = tmp_path / "f.db"
    Store(path)
    broken = ("half-done", ("CREATE TABLE extra (x)", "THIS IS NOT SQL"))
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS + (broken,))
    conn = sqlite3.connect(path, isolation_level=None)
    with pytest.raises(sqlite3.OperationalError):
        migrate(conn, target=LATEST + 1)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
    assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'extra'").fetchone() is None
    conn.close()


def test_a_database_from_a_newer_follow_up_is_refused_with_a_fix(tmp_path):
    path = tmp_path / "new.db"
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    with pytest.raises(TrackError, match="newer .* upgrade Follow-up"):
        Store(path)


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database " * 50)
    with pytest.raises(TrackError, match="could not be used .*FOLLOWUP_DB"):
        Store(path)


def populate(store: Store) -> None:
    """Two interviews with everything a person could have saved, unicode included."""
    lumen = store.add_interview(
        replace(
            LUMEN,
            details=("Snowflake move", "dbt tests"),
            draft=Draft("Thank you – interview", "Dear Priya, merci — 感谢", "thank_you", seed=2),
            state={"stage_choice": "auto", "model": "offline"},
        )
    )
    store.add_draft(
        lumen.id,
        Draft("Thank you", "Dear Priya, …", "thank_you"),
        {"score": 97, "passed": True, "checks": []},
        recipient="Priya Raman",
    )
    store.add_draft(
        lumen.id,
        Draft("Thank you", "Dear Tom, …", "thank_you"),
        None,
        action="regenerate",
        recipient="Tom Okafor",
    )
    store.mark_sent(
        lumen.id,
        "thank_you",
        date(2026, 11, 20),
        subject="Thank you",
        body="Dear Priya, thank you.",
        recipient="Priya Raman",
    )
    acme = store.add_interview(
        Interview(company="Acme", role="Analyst", interview_date=date(2026, 11, 1))
    )
    store.mark_sent(acme.id, "status_check", date(2026, 11, 9))
    store.set_outcome(acme.id, "rejected", date(2026, 11, 12))


def test_export_then_import_into_an_empty_database_then_export_is_identical(store, tmp_path):
    populate(store)
    first = export_data(store)
    other = Store(tmp_path / "empty.db")
    result = import_data(other, json.loads(dumps(first)))
    assert (result.added, result.replaced, result.skipped) == (2, 0, 0)
    assert dumps(export_data(other)) == dumps(first)
    assert first["interviews"][0]["draft"]["body"] == "Dear Priya, merci — 感谢"
    assert [len(i["drafts"]) for i in first["interviews"]] == [2, 0]


def test_importing_the_same_file_again_skips_or_replaces_by_uid(store, tmp_path):
    populate(store)
    data = export_data(store)
    assert import_data(store, data).skipped == 2 and len(store.list_interviews()) == 2
    replaced = import_data(store, data, replace=True)
    assert replaced.replaced == 2 and len(store.list_interviews()) == 2
    assert dumps(export_data(store)) == dumps(data)


def test_an_invalid_import_file_changes_nothing_and_says_where(store):
    populate(store)
    before = snapshot(store.path)
    data = export_data(store)
    data["interviews"][1]["sent"][0]["stage"] = "fourth_email"
    with pytest.raises(
        TrackError, match=r"interview 2, sent 1, field “stage” is not valid.*Nothing was imported"
    ):
        import_data(store, data, replace=True)
    assert snapshot(store.path) == before


def test_an_import_interrupted_mid_transaction_leaves_the_database_unchanged(
    store, tmp_path, monkeypatch
):
    populate(store)
    data = export_data(store)
    other = Store(tmp_path / "other.db")
    other.add_interview(Interview(company="Already here"))
    before = snapshot(other.path)
    real_insert, calls = data_io._insert, []

    def insert_then_fail(conn, item):  # the first interview and its rows are written, then boom
        calls.append(item.uid)
        if len(calls) == 2:
            raise RuntimeError("disk unplugged")
        real_insert(conn, item)

    monkeypatch.setattr(data_io, "_insert", insert_then_fail)
    with pytest.raises(RuntimeError, match="disk unplugged"):
        import_data(other, data)
    assert len(calls) == 2 and snapshot(other.path) == before


def test_an_exception_inside_a_transaction_rolls_every_statement_back(store):
    populate(store)
    before = snapshot(store.path)
    for error in (RuntimeError("crash"), KeyboardInterrupt()):
        with pytest.raises(type(error)), store.transaction() as conn:
            conn.execute("UPDATE interviews SET notes = 'half-written'")
            conn.execute("DELETE FROM drafts")
            raise error
    assert snapshot(store.path) == before


def test_a_process_killed_mid_write_leaves_the_database_unchanged(store):
    populate(store)
    before = snapshot(store.path)
    script = (
        "import os\nfrom assistant.tracker.store import Store\n"
        "with Store().transaction() as conn:\n"
        "    conn.execute(\"UPDATE interviews SET notes = 'half-written'\")\n"
        "    conn.execute('DELETE FROM sent')\n"
        "    os._exit(9)  # the power goes out before COMMIT\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=os.environ.copy(), check=False
    )
    assert done.returncode == 9
    assert snapshot(store.path) == before
    assert Store().get_interview(1).notes == LUMEN.notes


def test_two_tabs_saving_the_same_interview_the_later_save_wins_and_says_so(store):
    created = store.add_interview(LUMEN)
    tab_a, tab_b = Store(), Store()  # two connections to one file, as two browser tabs
    seen_by_a, seen_by_b = tab_a.get_interview(created.id), tab_b.get_interview(created.id)
    first = tab_a.save_interview(replace(seen_by_a, notes="typed in tab A"))
    assert (first.status, first.revision, first.overwrote) == ("saved", 2, False)
    second = tab_b.save_interview(replace(seen_by_b, notes="typed in tab B"))
    assert (second.status, second.revision, second.overwrote_revision) == ("overwrote", 3, 2)
    assert "another tab" in second.message
    assert store.get_interview(created.id).notes == "typed in tab B"
    again = tab_b.save_interview(replace(seen_by_b, notes="B again"), expected_revision=3)
    assert again.status == "saved" and again.revision == 4


def test_concurrent_saves_from_two_threads_all_land_and_none_corrupts(store):
    created = store.add_interview(LUMEN)
    results: list[str] = []
    errors: list[BaseException] = []

    def typist(name: str) -> None:
        tab = Store()
        seen = tab.get_interview(created.id)
        try:
            for i in range(25):
                results.append(tab.save_interview(replace(seen, notes=f"{name} {i}")).status)
        except BaseException as exc:  # noqa: BLE001 - surfaced by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=typist, args=(n,)) for n in ("A", "B")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len(results) == 50 and set(results) <= {"saved", "overwrote"}
    final = store.get_interview(created.id)
    assert final.revision == 51 and final.notes in {"A 24", "B 24"}
    with sqlite3.connect(store.path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_outcome_and_sent_are_not_clobbered_by_a_stale_autosave(store):
    created = store.add_interview(LUMEN)
    store.set_outcome(created.id, "offer", date(2026, 11, 30))
    store.mark_sent(created.id, "thank_you", date(2026, 11, 20))
    result = store.save_interview(replace(created, notes="still typing"))
    assert result.status == "saved"  # outcome and sent do not bump the revision
    after = store.get_interview(created.id)
    assert (after.outcome, after.notes, len(store.sent(created.id))) == ("offer", "still typing", 1)


def test_saving_an_interview_deleted_elsewhere_keeps_the_typing_as_a_new_one(store):
    created = store.add_interview(LUMEN)
    Store().delete_interview(created.id)
    result = store.save_interview(replace(created, notes="I was still typing"))
    assert result.status == "created" and result.interview_id != created.id
    assert store.get_interview(result.interview_id).notes == "I was still typing"


def test_deleting_an_interview_deletes_its_drafts_and_sent_follow_ups(store):
    populate(store)
    assert store.counts(1) == (2, 1)
    assert store.delete_interview(1) is True
    with sqlite3.connect(store.path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM drafts WHERE interview_id = 1").fetchone()[0] == 0
        assert conn.execute("SELECT COUNT(*) FROM sent WHERE interview_id = 1").fetchone()[0] == 0
    assert [i.company for i in store.list_interviews()] == ["Acme"] and store.counts(2) == (0, 1)
    assert store.delete_interview(1) is False
    with pytest.raises(TrackError, match="No interview #1"):
        store.get_interview(1)


def test_marking_an_unknown_stage_or_interview_as_sent_is_refused(store):
    created = store.add_interview(LUMEN)
    with pytest.raises(TrackError, match="Unknown stage 'fourth'"):
        store.mark_sent(created.id, "fourth", date(2026, 11, 27))
    with pytest.raises(TrackError, match="No interview #99"):
        store.mark_sent(99, "final", date(2026, 11, 27))
    assert store.mark_sent(created.id, "Status check", date(2026, 11, 27)).stage == "status_check"
    assert store.forget_sent(created.id, "status_check") == 1 and store.sent(created.id) == []
