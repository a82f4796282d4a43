"""Shared by the AppTest suites of the tracker pages: a pinned day, restarts, page helpers."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import streamlit as st
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1 import app_test as app_test_module

from assistant.core.domain import Interviewer
from assistant.tracker.records import Interview
from assistant.tracker.store import Store

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "streamlit_app.py")
DASHBOARD = "app_pages/dashboard.py"
T = date(2026, 11, 27)
PANEL = """Panel interview at Northwind Labs on Nov 26 for Senior Backend Engineer
Interviewers: Priya Raman, Tom Okafor
Me: Sam Carter
"""


def pin(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """For an autouse fixture: today pinned, every change written at once (the debounce is
    tested in test_autosave), and a fresh server before and after."""
    monkeypatch.setenv("FOLLOWUP_TODAY", T.isoformat())
    monkeypatch.setenv("FOLLOWUP_AUTOSAVE_SECONDS", "0")
    restart()
    yield
    restart()


def media_stores(monkeypatch: pytest.MonkeyPatch) -> list[MemoryMediaFileStorage]:
    """Keep every file store the page's download buttons serve from, to read them afterwards."""
    stores: list[MemoryMediaFileStorage] = []

    class Recording(MemoryMediaFileStorage):
        def __init__(self, endpoint: str) -> None:
            super().__init__(endpoint)
            stores.append(self)

    monkeypatch.setattr(app_test_module, "MemoryMediaFileStorage", Recording)
    return stores


def record_media(monkeypatch: pytest.MonkeyPatch, content: bool = True) -> Callable[[Any], Any]:
    """Read what a download button would download (its bytes, or with content=False the
    stored file record)."""
    stores = media_stores(monkeypatch)

    def read(button: Any) -> Any:
        stored = stores[-1].get_file(button.proto.url.rsplit("/", 1)[1])
        return stored.content if content else stored

    return read


def restart() -> None:
    """What a server restart does to the app: every in-memory workspace (and cache) is gone."""
    st.cache_resource.clear()


def open_app(**params: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for name, value in params.items():
        at.query_params[name] = value
    return at.run()


def dashboard() -> AppTest:
    at = open_app()
    at.switch_page(DASHBOARD).run()
    assert not at.exception, at.exception
    return at


def alerts(at: AppTest) -> str:
    """Every alert's text as read (Markdown escapes removed)."""
    text = "\n".join(
        a.value for kind in ("warning", "error", "success", "info") for a in at.get(kind)
    )
    return re.sub(r"\\(.)", r"\1", text)


def cards(at: AppTest) -> list[tuple[str, object]]:
    """(key, block) of every interview card on the Dashboard, in page order."""
    found = []

    def walk(node: object) -> None:
        for child in getattr(node, "children", {}).values():
            ident = getattr(getattr(child, "proto", None), "id", "") or ""
            if "-dash_card_" in ident or "-dash_overdue_" in ident:
                found.append((ident.rsplit("-", 1)[1], child))
            walk(child)

    walk(at.main)
    return found


def title(block: object) -> str:
    return block.markdown[0].value.strip("*")


def tracked() -> Store:
    store = Store()
    for company, days_ago in (("Waiting", 2), ("Overdue", 12), ("Today", 0), ("Offer", 5)):
        store.add_interview(
            Interview(
                company=company,
                role="Engineer",
                interview_date=T - timedelta(days_ago),
                interviewers=(Interviewer("Priya Raman"),),
            )
        )
    store.mark_sent(1, "thank_you", T - timedelta(2))
    store.set_outcome(4, "offer", T)
    return store
