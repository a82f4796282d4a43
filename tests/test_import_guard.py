"""Import is checked whole before anything is written: duplicate uids, the page's field limits,
dates in the window, integers SQLite can hold, nesting and Unicode; any malformed file is one
line and the database is unchanged. `--replace` keeps ids."""

from __future__ import annotations

import copy
import json
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.cli.main import main
from assistant.core.errors import TrackError
from assistant.tracker.data_io import export_data, import_data
from assistant.tracker.records import Interview
from assistant.tracker.store import Store


def snapshot(path: Path) -> list[tuple[object, ...]]:
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
def store(tmp_path, monkeypatch) -> Store:
    path = tmp_path / "t.db"
    monkeypatch.setenv("FOLLOWUP_DB", str(path))
    s = Store(path)
    for company in ("Lumen", "Acme"):
        iv = s.add_interview(
            Interview(company=company, role="Engineer", interview_date=date(2026, 11, 20))
        )
        s.mark_sent(int(iv.id or 0), "thank_you", date(2026, 11, 21), body="Thank you.")
    return s


def valid_file(store: Store) -> dict[str, Any]:
    return json.loads(json.dumps(export_data(store)))


def test_two_records_with_the_same_uid_are_refused_before_any_write(store, tmp_path):
    data = valid_file(store)
    twin = copy.deepcopy(data["interviews"][0]) | {"company": "Lumen (second copy)"}
    data["interviews"].append(twin)
    other = Store(tmp_path / "other.db")
    before = snapshot(other.path)
    with pytest.raises(TrackError, match=r"interviews\.0 and interviews\.2 have the same uid"):
        import_data(other, data)
    assert snapshot(other.path) == before


def test_replace_keeps_each_interviews_id(store):
    ids = {iv.uid: iv.id for iv in store.list_interviews()}
    data = valid_file(store)
    data["interviews"][1]["company"] = "Acme Corp"
    result = import_data(store, data, replace=True)
    assert result.replaced == 2
    after = {iv.uid: iv.id for iv in store.list_interviews()}
    assert after == ids
    assert store.get_interview(ids[data["interviews"][1]["uid"]]).company == "Acme Corp"
    assert len(store.sent(2)) == 1
    assert store.add_interview(Interview(company="New")).id == 3


@pytest.mark.parametrize(
    "path, value, where",
    [
        (("notes",), "n" * 10_000_000, "interviews.0.notes"),
        (("company",), "c" * 5_000_000, "interviews.0.company"),
        (("role",), "r" * 201, "interviews.0.role"),
        (("details",), ["d" * 201], "interviews.0.details.0"),
        (("interviewers",), [{"name": "x" * 201}], "interviewers.0.name"),
        (("revision",), 10**30, "interviews.0.revision"),
        (
            ("drafts",),
            [{"stage": "thank_you", "body": "b", "seed": 10**30, "created_at": "x"}],
            "drafts.0.seed",
        ),
        (("decision_date",), "9999-12-31", "interviews.0.decision_date"),
        (("interview_date",), "0001-01-01", "interviews.0.interview_date"),
        (("sent", 0, "sent_on"), "9999-12-30", "interviews.0.sent.0.sent_on"),
        (("state",), {"x": "s" * 200_000}, "interviews.0.state"),
    ],
)
def test_import_applies_the_pages_limits_and_the_date_window(store, path, value, where):
    data = valid_file(store)
    target = data["interviews"][0]
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    before = snapshot(store.path)
    with pytest.raises(TrackError) as caught:
        import_data(store, data, replace=True)
    message = str(caught.value)
    assert where in message and "Nothing was imported" in message and "\n" not in message
    assert len(message) < 400
    assert snapshot(store.path) == before


@pytest.mark.parametrize(
    "name, text",
    [
        ("deep-nesting", "[" * 100_000 + "]" * 100_000),
        ("deep-object", '{"a":' * 100_000 + "1" + "}" * 100_000),
        (
            "huge-integer",
            '{"format": "followup", "schema_version": 3, "interviews": [{"uid": "u", '
            '"created_at": "x", "updated_at": "x", "revision": 1' + "0" * 30 + "}]}",
        ),
        (
            "lone-surrogate",
            '{"format": "followup", "schema_version": 3, "interviews": [{"uid": "u", '
            '"company": "\\ud800", "created_at": "x", "updated_at": "x"}]}',
        ),
        ("not-json", "this is not json"),
        ("nan", '{"format": "followup", "schema_version": NaN, "interviews": []}'),
        ("4300-digit-int", '{"format": "followup", "schema_version": ' + "9" * 5000 + "}"),
        ("empty", ""),
    ],
)
def test_a_malformed_file_is_one_line_on_stderr_and_changes_nothing(
    store, tmp_path, capsys, name, text
):
    bad = tmp_path / f"{name}.json"
    bad.write_text(text, encoding="utf-8", errors="surrogatepass")
    before = snapshot(store.path)
    code = main(["track", "import", str(bad), "--replace"])
    out, err = capsys.readouterr()
    assert code == 2, (out, err)
    assert err.count("\n") == 1 and err.startswith("followup: ") and "Traceback" not in err
    assert "Nothing was imported" in err
    assert snapshot(store.path) == before


JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True)
    | st.text(st.characters(codec=None), max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=30,
)
KEYS = (
    "uid",
    "company",
    "role",
    "interviewers",
    "interview_date",
    "notes",
    "decision_date",
    "candidate",
    "details",
    "draft",
    "state",
    "outcome",
    "outcome_on",
    "revision",
    "created_at",
    "updated_at",
    "drafts",
    "sent",
    "format",
    "schema_version",
    "interviews",
)


def _mutate(data: Any, where: int, value: Any, key: str) -> Any:
    """Replace (or add) one value somewhere in a valid export, chosen by `where`."""
    nodes: list[Any] = []

    def walk(node: Any) -> None:
        if isinstance(node, (dict, list)):
            nodes.append(node)
            for child in node.values() if isinstance(node, dict) else node:
                walk(child)

    walk(data)
    node = nodes[where % len(nodes)]
    if isinstance(node, dict):
        node[key] = value
    elif node:
        node[where % len(node)] = value
    else:
        node.append(value)
    return data


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.one_of(JSON, st.tuples(st.integers(0, 60), JSON, st.sampled_from(KEYS))))
def test_any_json_imports_whole_or_is_one_clear_error_with_nothing_changed(store, given_value):
    if isinstance(given_value, tuple):
        where, value, key = given_value
        data = _mutate(valid_file(store), where, value, key)
    else:
        data = given_value
    before = snapshot(store.path)
    try:
        text = json.dumps(data, ensure_ascii=False)
    except (ValueError, RecursionError):
        return
    try:
        result = import_data(store, text, replace=True)
    except TrackError as exc:
        assert "\n" not in str(exc) and "Nothing was imported" in str(exc)
        assert snapshot(store.path) == before
        return
    assert result.added + result.replaced + result.skipped == len(data["interviews"])
    assert len(store.list_interviews()) >= 2
    for iv in store.list_interviews():
        assert not iv.damaged
