"""The store recognises its own files and refuses any other untouched; folders are made only when
asked; a read-only store still lists and exports; devices and folders get a clear message."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from assistant.cli.main import main
from assistant.core.errors import TrackError
from assistant.tracker.records import Interview
from assistant.tracker.store import APPLICATION_ID, Store

LUMEN = Interview(company="Lumen", role="Data Engineer")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_new_store_is_stamped_with_our_application_id(tmp_path):
    path = tmp_path / "mine.db"
    Store(path).add_interview(LUMEN)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def test_another_applications_database_is_refused_and_left_byte_for_byte(tmp_path):
    path = tmp_path / "photos.db"
    with sqlite3.connect(path) as conn:  # user_version 0, no application_id: like the attack
        conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO photos (name) VALUES ('beach.jpg')")
    before = digest(path)
    with pytest.raises(TrackError, match="another application's SQLite database.*photos"):
        Store(path)
    assert digest(path) == before
    assert not path.with_name("photos.db-wal").exists()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 0


def test_a_database_with_a_foreign_application_id_is_refused(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA application_id = 1234")
        conn.execute("CREATE TABLE interviews (x)")
    before = digest(path)
    with pytest.raises(TrackError, match="belongs to another application"):
        Store(path)
    assert digest(path) == before


def test_a_store_written_before_application_ids_is_recognised_and_stamped(tmp_path):
    path = tmp_path / "old.db"
    Store(path).add_interview(LUMEN)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA application_id = 0")
    assert Store(path).list_interviews()[0].company == "Lumen"
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def test_a_missing_folder_is_not_created_unless_asked(tmp_path, monkeypatch, capsys):
    typo = tmp_path / "Docments" / "followup.db"
    monkeypatch.setenv("FOLLOWUP_DB", str(typo))
    code, _, err = run(capsys, "track", "list")
    assert code == 2 and "does not exist" in err and "--create" in err and "FOLLOWUP_DB" in err
    assert not typo.parent.exists()
    code, _, _ = run(capsys, "track", "add", "--company", "Lumen", "--create")
    assert code == 0 and typo.exists()
    assert "Lumen" in run(capsys, "track", "list")[1]


def test_a_read_only_store_lists_and_exports_but_refuses_writes_unchanged(
    tmp_path, monkeypatch, capsys
):
    path = tmp_path / "ro.db"
    Store(path).add_interview(LUMEN)
    monkeypatch.setenv("FOLLOWUP_DB", str(path))
    os.chmod(path, 0o444)
    try:
        before = digest(path)
        code, out, _ = run(capsys, "track", "list")
        assert code == 0 and "Data Engineer at Lumen" in out
        code, out, _ = run(capsys, "track", "export")
        assert code == 0 and '"company": "Lumen"' in out
        code, _, err = run(capsys, "track", "outcome", "1", "offer")
        assert code == 2 and "read-only" in err and "nothing was changed" in err
        code, _, err = run(capsys, "track", "delete", "1", "--yes")
        assert code == 2 and "read-only" in err
        assert digest(path) == before
    finally:
        os.chmod(path, 0o644)


@pytest.mark.parametrize(
    "where, message",
    [
        ("/dev/null", "device or pipe"),
        ("DIR", "is a folder"),
        ("FILE/inside.db", "is not a folder"),
    ],
)
def test_devices_and_folders_get_a_clear_message(tmp_path, monkeypatch, capsys, where, message):
    (tmp_path / "FILE").write_text("x")
    target = where.replace("DIR", str(tmp_path)).replace("FILE", str(tmp_path / "FILE"))
    monkeypatch.setenv("FOLLOWUP_DB", target)
    code, _, err = run(capsys, "track", "add", "--company", "Lumen")
    assert code == 2 and message in err and "Traceback" not in err
    assert err.count("\n") == 1


def test_an_empty_file_becomes_a_new_store(tmp_path):
    path = tmp_path / "empty.db"
    path.touch()
    assert Store(path).add_interview(LUMEN).id == 1
