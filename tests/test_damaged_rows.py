"""One bad row never makes the tracker unreadable: it is listed as damaged, `export --raw` saves
it and `delete` removes it; every other interview works as before. CLI output is terminal-safe."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import date

import pytest

from assistant.app.dashboard import cards
from assistant.cli.main import main
from assistant.tracker.due import dashboard_rows, timeline
from assistant.tracker.records import Interview
from assistant.tracker.reminders import ics_bytes
from assistant.tracker.store import Store

TODAY = date(2026, 11, 27)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


DAMAGE = {
    "interviewers-not-json": "UPDATE interviews SET interviewers = 'not json' WHERE id = 2",
    "date-0000-00-00": "UPDATE interviews SET interview_date = '0000-00-00' WHERE id = 2",
    "sent-on-garbage": "INSERT INTO sent (interview_id, stage, sent_on, created_at) "
    "VALUES (2, 'thank_you', '0000-00-00', 'x')",
    "outcome-unknown": "UPDATE interviews SET outcome = 'maybe' WHERE id = 2",
    "company-a-blob": "UPDATE interviews SET company = X'FF00' WHERE id = 2",
    "state-a-list": "UPDATE interviews SET state = '[1]' WHERE id = 2",
}


@pytest.fixture
def store(tmp_path, monkeypatch) -> Store:
    path = tmp_path / "t.db"
    monkeypatch.setenv("FOLLOWUP_DB", str(path))
    s = Store(path)
    for company in ("Lumen", "Acme", "Globex"):
        s.add_interview(
            Interview(company=company, role="Engineer", interview_date=date(2026, 11, 26))
        )
    return s


def damage(store: Store, sql: str) -> None:
    with sqlite3.connect(store.path) as conn:
        conn.execute(sql)


@pytest.mark.parametrize("kind", DAMAGE)
def test_a_damaged_row_is_listed_as_damaged_and_the_rest_still_work(store, capsys, kind):
    damage(store, DAMAGE[kind])
    code, out, err = run(capsys, "track", "list", "--today", TODAY.isoformat())
    assert code == 0 and "Traceback" not in err
    lines = out.splitlines()
    assert len(lines) == 3
    assert lines[0].startswith("#2") and "Damaged" in lines[0] and "export --raw 2" in lines[0]
    assert any("Lumen" in ln and "Thank-you" in ln for ln in lines)
    assert any("Globex" in ln for ln in lines)
    # every other view keeps working
    assert len(dashboard_rows(store, TODAY)) == 3
    assert {e.interview_id for e in timeline(store, TODAY)} >= {1, 3}
    assert b"Lumen" in ics_bytes(store, TODAY)
    active, _ = cards(store, TODAY)
    assert active[0].id == 2
    assert run(capsys, "track", "due", "--today", TODAY.isoformat())[0] == 0
    assert run(capsys, "track", "ics", "--today", TODAY.isoformat())[0] == 0


@pytest.mark.parametrize("kind", DAMAGE)
def test_export_leaves_a_damaged_row_out_and_says_so_raw_keeps_it_delete_removes_it(
    store, capsys, kind
):
    damage(store, DAMAGE[kind])
    code, out, err = run(capsys, "track", "export")
    assert code == 0
    data = json.loads(out)
    assert [i["company"] for i in data["interviews"]] == ["Lumen", "Globex"]
    assert data["damaged"] == [2] and "#2 is damaged" in err and "--raw 2" in err
    code, out, _ = run(capsys, "track", "export", "--raw", "2")
    raw = json.loads(out)
    assert code == 0 and [r["id"] for r in raw["interviews"]] == [2]
    code, _, err = run(capsys, "track", "draft", "2")
    assert code == 2 and "damaged" in err and "delete 2 --yes" in err
    code, out, _ = run(capsys, "track", "delete", "2", "--yes")
    assert code == 0 and "Deleted interview #2" in out
    assert [iv.company for iv in store.list_interviews()] == ["Lumen", "Globex"]


def test_an_export_with_damaged_ids_still_imports(store, capsys, tmp_path):
    damage(store, DAMAGE["interviewers-not-json"])
    _, out, _ = run(capsys, "track", "export")
    other = Store(tmp_path / "other.db")
    from assistant.tracker.data_io import import_data

    assert import_data(other, out).added == 2


def test_list_escapes_control_characters_stored_in_a_row(store, capsys):
    damage(
        store,
        "UPDATE interviews SET company = 'Evil\x1b[2J\x1b]0;pwned\x07\r\nCo', "
        "role = 'R\u202eole' WHERE id = 1",
    )
    code, out, _ = run(capsys, "track", "list", "--today", TODAY.isoformat())
    assert code == 0
    assert "\x1b" not in out and "\r" not in out and "\x07" not in out and "\u202e" not in out
    assert "Evil\\x1b[2J\\x1b]0;pwned\\x07\\r\\nCo" in out and "R\\u202eole" in out
    assert len(out.splitlines()) == 3
    _, out, _ = run(capsys, "track", "list", "--json", "--today", TODAY.isoformat())
    assert "\x1b" not in out and "\u202e" not in out
    assert json.loads(out)[0]["company"].startswith("Evil\x1b")  # the data itself is kept


def test_a_closed_pipe_ends_quietly(store, tmp_path):
    for n in range(300):
        store.add_interview(Interview(company=f"Company {n}", role="Engineer " * 20))
    code = (
        "import sys; sys.argv = ['followup', 'track', 'list', '--all']; "
        "from assistant.cli.main import main; raise SystemExit(main())"
    )
    proc = subprocess.run(
        f'{sys.executable} -c "{code}" | head -1',
        check=False,
        shell=True,
        capture_output=True,
        text=True,
        timeout=120,
        env={"FOLLOWUP_DB": str(store.path), "PATH": "/usr/bin:/bin"},
        cwd=str(tmp_path),
    )
    assert proc.stdout.count("\n") == 1
    assert proc.stderr == ""


def test_the_dashboard_page_lists_a_damaged_row_and_can_delete_it(monkeypatch):
    from tracker_pages import cards as page_cards
    from tracker_pages import dashboard, pin, tracked

    pinned = pin(monkeypatch)
    next(pinned)
    try:
        store = tracked()
        damage(store, DAMAGE["interviewers-not-json"])
        damage(store, "UPDATE interviews SET decision_date = '9999-12-31' WHERE id = 3")
        at = dashboard()
        shown = page_cards(at)
        assert len(shown) >= 3 and "Damaged" in " ".join(m.value for m in shown[0][1].markdown)
        at.button(key="dash_delete_2").click().run()
        at.button(key="dash_delete_yes_2").click().run()
        assert not at.exception
        assert [iv.id for iv in store.list_interviews()] == [1, 3, 4]
    finally:
        next(pinned, None)
