"""End to end in a real browser: the real server, Debian's headless chromium, driven by Playwright.

Pastes notes, clicks Draft, reads the subject and the score from the page; edits the body and at
once copies and downloads it (the clipboard and the files hold the edit); a model without its key
is caught before any call; a stage change offers a redraft. Saves the README's screenshots
(1366×768 and 390×844; `make screenshot` refreshes docs/). Skips, saying why, where chromium is
not installed.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from email import message_from_bytes
from email.policy import default
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
# `make screenshot` sets FOLLOWUP_SCREENSHOT=docs/screenshot.png to refresh README's picture;
# a plain test run writes it to a temp file so the working tree stays clean.
SCREENSHOT = Path(
    os.environ.get("FOLLOWUP_SCREENSHOT") or Path(tempfile.gettempdir()) / "followup-screenshot.png"
)
PHONE_SCREENSHOT = Path(
    os.environ.get("FOLLOWUP_PHONE_SCREENSHOT")
    or Path(tempfile.gettempdir()) / "followup-screenshot-phone.png"
)
WIDE, PHONE = {"width": 1366, "height": 768}, {"width": 390, "height": 844}
NOTES = """Interview with Priya Raman (Engineering Manager) at Northwind Labs on Nov 26
Role: Senior Backend Engineer
Me: Sam Carter
- talked about migrating their billing service from Rails to Go
- she mentioned the team ships weekly and uses feature flags
- both of us like rock climbing"""

pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists(),
    reason=f"{CHROMIUM} not found: install Debian's chromium (`make browser`, or "
    "`apt-get install -y chromium`) to run the real-browser test",
)


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
    env = {
        **os.environ,
        "FOLLOWUP_TODAY": "2026-11-27",
        "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false",
        # the page autosaves: keep its database out of the real user data dir
        "FOLLOWUP_DB": str(tmp_path_factory.mktemp("browser") / "followup.db"),
    }
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            "streamlit_app.py",
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
            "--server.headless",
            "true",
            "--server.fileWatcherType",
            "none",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
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
            executable_path=CHROMIUM,
            headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        )
        try:
            yield chromium
        finally:
            chromium.close()


def _draft(page, url: str, notes_text: str = NOTES) -> None:
    page.goto(url)
    draft = page.get_by_role("button", name="Draft email")
    draft.wait_for(timeout=60_000)
    _paste(page, notes_text)
    draft.click()
    page.get_by_label("Subject").wait_for(timeout=60_000)
    page.get_by_test_id("stMetricValue").first.wait_for(timeout=30_000)


def _paste(page, notes_text: str = NOTES) -> None:
    notes = page.get_by_label("Paste what you remember")
    notes.fill(notes_text)
    notes.press("Control+Enter")  # a Streamlit text area commits on Ctrl+Enter (or blur)
    page.wait_for_function(
        "() => [...document.querySelectorAll('input')].some(i => i.value === 'Northwind Labs')",
        timeout=30_000,
    )


def _set_model(page, model: str, api_base: str = "") -> None:
    for label, value in (("Model", model), ("API base", api_base)):
        box = page.get_by_label(label, exact=True)
        box.fill(value)
        box.press("Enter")
        page.wait_for_function(
            "([l, v]) => [...document.querySelectorAll('input')].some(i => i.value === v"
            " && i.getAttribute('aria-label') === l)",
            arg=[label, value],
            timeout=30_000,
        )
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]')


def _in_view(page, locator) -> bool:
    box = locator.bounding_box()
    size = page.viewport_size
    return box is not None and 0 <= box["y"] and box["y"] + min(box["height"], 60) <= size["height"]


def test_paste_notes_draft_and_read_subject_and_score(server, browser):
    page = browser.new_page(viewport=WIDE)
    try:
        _draft(page, server)
        page.wait_for_timeout(800)  # the page scrolls to the new email by itself
        assert _in_view(page, page.get_by_label("Body")), "the email is not in view after Draft"
        assert _in_view(page, page.get_by_test_id("stMetricValue").first), "nor is the score"
        subject = page.get_by_label("Subject").input_value()
        assert subject.startswith("Thank you") and "Senior Backend Engineer" in subject
        body = page.get_by_label("Body").input_value()
        assert body.startswith("Dear Priya") and body.rstrip().endswith("Sam Carter")
        score = page.get_by_test_id("stMetricValue").first.inner_text()
        assert score.endswith("/100") and int(score.split("/")[0]) >= 80
        assert page.get_by_text("Ready to send").count() == 1
        assert "ws=" in page.url  # a refresh finds this workspace again
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
    page = browser.new_page(viewport=PHONE)
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
            ' && !e.closest(\'[data-testid="stDataFrame"], [data-testid="stCode"]\'))'
            ".map(e => e.getAttribute('data-testid') || e.tagName).slice(0, 5)"
        )
        assert overflow == []
        page.wait_for_timeout(800)
        assert _in_view(page, page.get_by_label("Body")), "the email is not in view after Draft"
        PHONE_SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(PHONE_SCREENSHOT))
    finally:
        page.close()


def test_an_edit_made_a_moment_ago_is_what_is_copied_downloaded_scored_and_kept(server, browser):
    context = browser.new_context(
        viewport=WIDE, accept_downloads=True, permissions=["clipboard-read", "clipboard-write"]
    )
    page = context.new_page()
    try:
        _draft(page, server)
        body = page.get_by_label("Body")
        body.click()
        body.press("Control+End")
        page.keyboard.type("\nP.S. I enjoyed the demo.")
        # the score follows as you type: the edit becomes a version without leaving the box
        page.get_by_text("· edit · written by you").wait_for(timeout=15_000)
        assert page.evaluate("() => document.activeElement.getAttribute('aria-label')") == "Body"
        page.keyboard.type(" Typed just now.")  # and at once, before any pause:
        page.get_by_role("button", name="Copy body").click()
        page.get_by_role("button", name="Copied").wait_for(timeout=5_000)
        clipboard = page.evaluate("() => navigator.clipboard.readText()")
        assert clipboard.rstrip().endswith("P.S. I enjoyed the demo. Typed just now.")
        with page.expect_download() as txt:
            page.get_by_role("button", name="Download .txt").click()
        text = Path(txt.value.path()).read_text(encoding="utf-8")
        assert text.startswith("Subject: Thank you") and "Typed just now." in text
        with page.expect_download() as eml:
            page.get_by_role("button", name="Download .eml").click()
        message = message_from_bytes(Path(eml.value.path()).read_bytes(), policy=default)
        assert message["Subject"].startswith("Thank you") and message["X-Unsent"] == "1"
        assert message.get_content().rstrip().endswith("Typed just now.")
        to = page.get_by_label("To (optional)", exact=True)
        to.fill("priya@example.com")
        link = page.get_by_role("link", name="Open in mail app")
        link.hover()
        href = link.get_attribute("href")
        assert href.startswith("mailto:priya@example.com?subject=Thank%20you")
        assert "Typed%20just%20now." in href
        page.wait_for_timeout(1_500)  # the pause commits it; autosave keeps it
        page.reload()
        page.get_by_label("Body").wait_for(timeout=60_000)
        assert page.get_by_label("Body").input_value().rstrip().endswith("Typed just now.")
    finally:
        context.close()


def test_a_missing_key_is_named_before_any_model_call_and_a_stage_change_offers_a_redraft(
    server, browser
):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(5)
    listener.setblocking(False)
    page = browser.new_page(viewport=WIDE)
    try:
        page.goto(server)
        page.get_by_role("button", name="Draft email").wait_for(timeout=60_000)
        _set_model(page, "gpt-4o-mini", f"http://127.0.0.1:{listener.getsockname()[1]}")
        _paste(page)
        page.get_by_role("button", name="Draft email").click()
        page.get_by_text("No OPENAI_API_KEY is set").wait_for(timeout=10_000)
        with pytest.raises(BlockingIOError):
            listener.accept()  # nothing ever connected to the model's server
        page.get_by_role("button", name="Draft offline instead").click()
        page.get_by_label("Subject").wait_for(timeout=60_000)
        assert page.get_by_label("Model", exact=True).input_value() == "offline"
        page.get_by_text("Status check", exact=True).click()
        page.get_by_role("button", name="Redraft as a status check").wait_for(timeout=15_000)
        page.get_by_role("button", name="Redraft as a status check").click()
        page.get_by_text("Score · Status check").wait_for(timeout=30_000)
        page.get_by_role("button", name="Redraft as a status check").wait_for(
            state="detached", timeout=30_000
        )  # the offer goes once the email is a status check
    finally:
        page.close()
        listener.close()
