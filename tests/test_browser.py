"""End to end in a real browser: the real server, Debian's headless chromium, driven by Playwright.

Pastes notes, clicks Draft, reads the subject and the score from the page, and saves the README's
screenshot (1280×800; `make screenshot` refreshes docs/screenshot.png). Skips, saying why, where chromium is not installed.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
# `make screenshot` sets FOLLOWUP_SCREENSHOT=docs/screenshot.png to refresh README's picture;
# a plain test run writes it to a temp file so the working tree stays clean.
SCREENSHOT = Path(os.environ.get("FOLLOWUP_SCREENSHOT")
                  or Path(tempfile.gettempdir()) / "followup-screenshot.png")
NOTES = """Interview with Priya Raman (Engineering Manager) at Northwind Labs on Nov 26
Role: Senior Backend Engineer
Me: Sam Carter
- talked about migrating their billing service from Rails to Go
- she mentioned the team ships weekly and uses feature flags
- both of us like rock climbing"""

pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists(),
    reason=f"{CHROMIUM} not found: install Debian's chromium (`make browser`, or "
           "`apt-get install -y chromium`) to run the real-browser test")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_until_healthy(url: str, proc: subprocess.Popen, attempts: int = 240) -> None:
    for _ in range(attempts):  # bounded: at most ~60 s
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as reply:
                if reply.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.25)
    raise RuntimeError("streamlit did not become healthy")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    port = _free_port()
    env = {**os.environ, "FOLLOWUP_TODAY": "2026-11-27",
           "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false",
           # the page autosaves: keep its database out of the real user data dir
           "FOLLOWUP_DB": str(tmp_path_factory.mktemp("browser") / "followup.db")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "streamlit_app.py", "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true",
         "--server.fileWatcherType", "none"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_healthy(url, proc)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=15)


@pytest.fixture(scope="module")
def browser():
    sync_playwright = pytest.importorskip("playwright.sync_api").sync_playwright
    with sync_playwright() as p:
        chromium = p.chromium.launch(
            executable_path=CHROMIUM, headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"])
        try:
            yield chromium
        finally:
            chromium.close()


def _draft(page, url: str, notes_text: str = NOTES) -> None:
    page.goto(url)
    draft = page.get_by_role("button", name="Draft email")
    draft.wait_for(timeout=60_000)
    notes = page.get_by_label("Paste what you remember")
    notes.fill(notes_text)
    notes.press("Control+Enter")  # a Streamlit text area commits on Ctrl+Enter (or blur)
    page.wait_for_function(
        "() => [...document.querySelectorAll('input')].some(i => i.value === 'Northwind Labs')",
        timeout=30_000)
    draft.click()
    page.get_by_label("Subject").wait_for(timeout=60_000)
    page.get_by_test_id("stMetricValue").first.wait_for(timeout=30_000)


def test_paste_notes_draft_and_read_subject_and_score(server, browser):
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    try:
        _draft(page, server)
        subject = page.get_by_label("Subject").input_value()
        assert subject.startswith("Thank you") and "Senior Backend Engineer" in subject
        body = page.get_by_label("Body").input_value()
        assert body.startswith("Dear Priya") and body.rstrip().endswith("Sam Carter")
        score = page.get_by_test_id("stMetricValue").first.inner_text()
        assert score.endswith("/100") and int(score.split("/")[0]) >= 80
        assert page.get_by_text("Ready to send").count() == 1
        assert "ws=" in page.url  # a refresh finds this workspace again
        page.get_by_role("heading", name="4 · Your email").evaluate("h => h.scrollIntoView()")
        page.wait_for_timeout(500)  # let the scroll settle before the picture
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOT))
        assert SCREENSHOT.stat().st_size > 10_000
        page.reload()
        page.get_by_label("Subject").wait_for(timeout=60_000)
        assert page.get_by_label("Subject").input_value() == subject
        assert page.get_by_label("Paste what you remember").input_value() == NOTES
    finally:
        page.close()


def test_phone_width_has_no_sideways_scrolling_and_notes_html_never_runs(server, browser):
    page = browser.new_page(viewport={"width": 390, "height": 844})
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    hostile = NOTES + '\n- <img src=x onerror="alert(1)"> <script>alert(2)</script> <b>bold</b>'
    try:
        _draft(page, server, hostile)
        assert dialogs == []
        assert page.locator("main .fu-facts b").count() == 3  # the selector sees our markup
        assert page.locator("main img[src='x'], main b:text('bold')").count() == 0
        overflow = page.evaluate(
            "() => [...document.querySelectorAll('[data-testid=\"stMain\"] *')]"
            ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1"
            " && !e.closest('[data-testid=\"stDataFrame\"], [data-testid=\"stCode\"]'))"
            ".map(e => e.getAttribute('data-testid') || e.tagName).slice(0, 5)")
        assert overflow == []
        if os.environ.get("FOLLOWUP_PHONE_SCREENSHOT"):
            page.get_by_role("heading", name="4 · Your email").evaluate("h => h.scrollIntoView()")
            page.screenshot(path=os.environ["FOLLOWUP_PHONE_SCREENSHOT"])
    finally:
        page.close()

