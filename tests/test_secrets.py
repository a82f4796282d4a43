"""An API key never leaves the process: not in eval recordings or reports, the CLI's output, log
records, the page, its exports or the SQLite store.

A recognisable fake key is set in the environment or in Streamlit secrets; the fake OpenAI server
on 127.0.0.1 (tests/fake_openai.py) echoes it back in its error bodies, as careless proxies do, and
some replies echo it in their content too. Every output is then searched for it.
"""

from __future__ import annotations

import contextlib
import io
import json
import logging
import pickle
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fake_openai import REPLY, FakeOpenAI, Fault
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.testing.v1 import AppTest
from tracker_pages import media_stores

from assistant.cli.main import main
from assistant.core.errors import ModelError
from assistant.models import llm
from assistant.models.redact import KeyFilter, scrub_fragments, scrub_known
from assistant.tracker.store import DB_ENV

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "streamlit_app.py")
KEY = "sk-test-FAKEKEY-0123456789abcdef"
SHAPELESS = "local-FAKEKEY-token-4242"  # a self-hosted server's token: no "sk-" shape to spot
MARK = "FAKEKEY"  # in both keys; any part of a key that carries it is a leak
AUTH = re.compile(r"authorization|bearer|x-api-key|\"api-key\"", re.IGNORECASE)
MODEL = "openai/fake-model"
MESSAGES = [
    {"role": "system", "content": "Write a follow-up email."},
    {"role": "user", "content": "Thank Priya for the interview."},
]
NOTES = (
    "Interviewer: Priya Nair (Head of Payments)\nCompany: Stripe\nRole: Backend Engineer\n"
    "Date: 2026-11-26\nMe: Sam Okoye\n- talked about rate limiting and idempotency keys\n"
)
LOGGERS = (
    "",
    "LiteLLM",
    "LiteLLM Router",
    "LiteLLM Proxy",
    "litellm",
    "openai",
    "openai._base_client",
    "httpx",
    "httpcore",
    "httpcore.http11",
    "httpcore.connection",
)


def echoing(key: str = KEY) -> Fault:
    """A normal reply that also carries the key, as a proxy that pastes it in might send."""
    return Fault(text=f"{REPLY}\n\nP.S. {key}")


def assert_clean(*texts: str | bytes, where: str = "") -> None:
    for text in texts:
        raw = text.decode("utf-8", "replace") if isinstance(text, bytes) else text
        assert MARK not in raw, (
            f"key leaked {where}: ...{raw[max(0, raw.find(MARK) - 200) :][:400]}"
        )


@pytest.fixture(scope="module")
def server() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as fake:
        yield fake


@pytest.fixture
def fake(
    server: FakeOpenAI, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> FakeOpenAI:
    """The server with nothing queued, and every log record of litellm and its HTTP stack kept."""
    server.reset()
    monkeypatch.setenv("FOLLOWUP_TODAY", "2026-11-27")
    for name in LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name)
    return server


FRAGMENT = 8  # litellm logs a streamed reply chunk by chunk: no piece of a key this long may show


def assert_logs_clean(caplog: pytest.LogCaptureFixture, console: io.StringIO) -> None:
    texts = [
        caplog.text,
        console.getvalue(),
        *(r.getMessage() for r in caplog.records),
        *(str(r.exc_text or "") for r in caplog.records),
    ]
    for key in (KEY, SHAPELESS):
        pieces = {key[i : i + FRAGMENT] for i in range(len(key) - FRAGMENT + 1)}
        for text in texts:
            found = [p for p in pieces if p in text]
            assert not found, f"part of the key in a log record: {found} in ...{text[-300:]}"


# ---------------------------------------------------------------- (a) eval recordings and reports

EVAL_CASES = "bullets-backend-stripe,doctor-title,chef-kitchen-trial,academic-postdoc"


def test_eval_record_mode_writes_no_key_and_no_auth_header(
    fake, litellm_console, monkeypatch, tmp_path, capfd, caplog
):
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    monkeypatch.setenv("OPENAI_BASE_URL", fake.api_base)  # litellm's openai/ route reads it
    for name in ("recordings", "runs", "baseline"):
        monkeypatch.setenv(
            f"FOLLOWUP_EVAL_{name.upper()}",
            str(tmp_path / (f"{name}.json" if name == "baseline" else name)),
        )
    # one call each, in order (--jobs 1): the key echoed in a 401 and a 400 error body and in a
    # reply's content; then normal replies
    fake.queue(Fault("status", status=401), Fault("status", status=400), echoing())
    out = tmp_path / "out"
    code = main(
        [
            "eval",
            "--models",
            MODEL,
            "--mode",
            "record",
            "--variants",
            "default",
            "--cases",
            EVAL_CASES,
            "--jobs",
            "1",
            "--timeout",
            "10",
            "--out",
            str(out),
        ]
    )
    stdout, stderr = capfd.readouterr()
    assert code == 3, stdout + stderr  # two error cells: a provider failed
    assert len(fake.completions) == 4
    assert all(r.headers.get("Authorization") == f"Bearer {KEY}" for r in fake.completions)
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    names = {p.relative_to(tmp_path).as_posix() for p in written}
    assert {"out/results.jsonl", "out/summary.json", "out/report.md", "out/report.html"} <= names
    recordings = [p for p in written if p.is_relative_to(tmp_path / "recordings")]
    assert len(recordings) == 2  # the two replies; errors are not recorded
    for path in written:
        data = path.read_bytes()
        assert_clean(data, where=f"in {path.name}")
        assert not AUTH.search(data.decode("utf-8", "replace")), f"auth header in {path}"
    replies = [json.loads(p.read_text())["reply"] for p in recordings]
    assert any(r.endswith("P.S. [redacted]") for r in replies), replies
    rows = [json.loads(line) for line in (out / "results.jsonl").read_text().splitlines()]
    assert sorted(r["status"] for r in rows)[:2] == ["error", "error"]
    assert any("refused the API key" in r.get("error", "") for r in rows), rows
    assert_clean(stdout, stderr, where="on the eval's stdout/stderr")
    assert_logs_clean(caplog, litellm_console)


# ---------------------------------------------------------------- (b) the CLI's stdout and stderr

CLI_FAULTS = [
    ("ok", Fault(), 0),
    ("reply-echoes-the-key", echoing(), 0),
    ("401", Fault("status", status=401), 3),
    ("429", Fault("status", status=429, headers={"Retry-After": "0"}), 3),
    ("500", Fault("status", status=500, headers={"Retry-After": "0"}), 3),
    ("timeout", Fault("hang", delay=3), 3),
    ("malformed-json", Fault("malformed"), 3),
    ("empty-content", Fault("empty"), 3),
    ("content-filter", Fault("content_filter"), 3),
]


CLI_RUNS = [pytest.param(f, c, "text", id=i) for i, f, c in CLI_FAULTS] + [
    pytest.param(f, c, "json", id=f"{i}-json") for i, f, c in CLI_FAULTS if c == 0
]


@pytest.mark.parametrize("fault, code, output", CLI_RUNS)  # errors go to stderr either way
def test_cli_draft_never_prints_the_key(
    fake, litellm_console, monkeypatch, tmp_path, capfd, caplog, fault, code, output
):
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    notes = tmp_path / "notes.txt"
    notes.write_text(NOTES, encoding="utf-8")
    fake.queue(*[fault] * 3)  # the CLI retries what is retryable twice
    got = main(
        [
            "draft",
            "--notes",
            str(notes),
            "--stage",
            "thank_you",
            "--today",
            "2026-11-27",
            "--model",
            MODEL,
            "--api-base",
            fake.api_base,
            "--timeout",
            "0.5",
            *(["--json"] if output == "json" else []),
        ]
    )
    stdout, stderr = capfd.readouterr()
    assert got == code, stderr
    assert fake.completions and fake.completions[0].headers["Authorization"] == f"Bearer {KEY}"
    assert (stdout if code == 0 else stderr).strip()
    assert_clean(stdout, stderr, where="on the CLI's stdout/stderr")
    assert_logs_clean(caplog, litellm_console)


# ---------------------------------------------------------------- (c) log records at DEBUG


@pytest.mark.parametrize(
    "key, env",
    [(KEY, True), (KEY, False), (SHAPELESS, False)],
    ids=["env-key", "given-key", "shapeless-given-key"],
)
def test_debug_logs_of_litellm_openai_and_httpx_never_hold_the_key(
    fake, litellm_console, monkeypatch, caplog, key, env
):
    if env:
        monkeypatch.setenv("OPENAI_API_KEY", key)
    settings = llm.ModelSettings(
        model=MODEL, api_base=fake.api_base, api_key=None if env else key, timeout=2, max_retries=0
    )
    fake.queue(
        Fault("status", status=401),
        Fault("status", status=500),
        Fault("status", status=400),
        Fault("malformed"),
        echoing(key),
    )
    for _ in range(4):
        with pytest.raises(ModelError) as info:
            llm.complete(MESSAGES, settings)
        assert_clean(str(info.value), repr(info.value), where="in a ModelError")
    reply = llm.complete(MESSAGES, settings)
    assert reply.text.endswith("P.S. [redacted]")
    fake.queue(
        Fault("status", status=401), echoing(key), Fault("cut", text=f"{key} " * 6, cut_after=3)
    )
    for expect_error in (True, False, True):
        stream = llm.stream(MESSAGES, settings)
        chunks: list[str] = []
        try:
            chunks.extend(stream)
            assert not expect_error
        except ModelError as exc:
            assert expect_error
            assert_clean(str(exc), where="in a stream's ModelError")
        assert stream.text == "".join(chunks)  # what was shown is what is kept
        assert_clean(stream.text, *chunks, where="in a streamed reply")
    assert any(
        r.name.startswith(("LiteLLM", "openai", "httpx", "httpcore")) for r in caplog.records
    ), "no DEBUG records were captured: the test proves nothing"
    assert any("[redacted]" in r.getMessage() for r in caplog.records)
    assert "[redacted]" in litellm_console.getvalue()  # LiteLLM's console would have printed it
    assert_logs_clean(caplog, litellm_console)


# ---------------------------------------------------------------- (d) the page, (e) the store


@pytest.fixture
def media(monkeypatch: pytest.MonkeyPatch) -> list[MemoryMediaFileStorage]:
    """Keep the files the page's download buttons serve."""
    return media_stores(monkeypatch)


def _nodes(node: Any) -> Iterator[Any]:
    yield node
    for child in getattr(node, "children", {}).values():
        yield from _nodes(child)


def _page_dump(at: AppTest) -> list[str]:
    """Every element's proto and value, every widget state and the session state, as text."""
    out = []
    for node in _nodes(at._tree):
        proto = getattr(node, "proto", None)
        out.append(str(proto) if proto is not None else "")
        for attr in ("value", "label", "body", "url", "help", "placeholder"):
            with contextlib.suppress(Exception):  # some elements compute values lazily
                out.append(repr(getattr(node, attr, "")))
    out.append(str(at._tree.get_widget_states()))
    out.append(repr(at.session_state.to_dict()))
    return out


def _workspace_dump(at: AppTest) -> bytes:
    """The server-side workspace behind the page, pickled (or, failing that, its repr)."""
    from app_pages.draft_state import workspaces

    ws = workspaces().get(at.session_state["_ws_id"])
    assert ws is not None
    try:
        return pickle.dumps(ws)
    except Exception:  # noqa: BLE001 - a lock or a generator inside: fall back to repr
        return repr(vars(ws)).encode()


def _downloads(stores: list[MemoryMediaFileStorage], at: AppTest) -> list[bytes]:
    """What each download button serves now, and every file the page has served so far."""
    assert stores, "no media storage was recorded"
    shown = [
        stores[-1].get_file(b.proto.url.rsplit("/", 1)[1]).content
        for b in at.get("download_button")
    ]
    return shown + [f.content for s in stores for f in s._files_by_id.values()]


def _db_bytes() -> list[bytes]:
    import os

    path = Path(os.environ[DB_ENV])
    found = [p.read_bytes() for p in path.parent.glob(path.name + "*")]
    assert found, f"no database at {path}"
    return found


def _check_page(at: AppTest, stores: list[MemoryMediaFileStorage], step: str) -> None:
    assert not at.exception, [e.value for e in at.exception]
    assert_clean(*_page_dump(at), where=f"on the page after {step}")
    assert_clean(_workspace_dump(at), where=f"in the workspace after {step}")
    assert_clean(*_downloads(stores, at), where=f"in an export after {step}")


KEY_SOURCES = [
    ("secrets", "OPENAI_API_KEY", KEY),
    ("secrets", "api_key", SHAPELESS),
    ("env", "OPENAI_API_KEY", KEY),
]


@pytest.mark.parametrize(
    "source, name, key",
    KEY_SOURCES,
    ids=["secrets-openai-key", "secrets-generic-shapeless", "environment"],
)
def test_the_page_its_exports_and_the_store_never_hold_the_key(
    fake, litellm_console, media, monkeypatch, caplog, source, name, key
):
    at = AppTest.from_file(APP, default_timeout=60)
    if source == "secrets":
        at.secrets[name] = key
    else:
        monkeypatch.setenv(name, key)
    at.run()
    at.text_area(key="notes").input(NOTES).run()
    at.text_input(key="model_model").input(MODEL).run()
    at.text_input(key="model_api_base").input(fake.api_base).run()
    at.number_input(key="model_timeout").set_value(5.0).run()
    expected = "Streamlit secrets" if source == "secrets" else "environment"
    assert any(f"found in the {expected}" in c.value for c in at.caption)
    steps = [
        ("a streamed draft that echoes the key", [echoing(key)], "draft", False),
        ("a tighten that echoes the key", [echoing(key)], "tighten", False),
        ("a 401 that echoes the key", [Fault("status", status=401)], "regenerate", True),
        ("a fix", [Fault()] * 3, "fix", False),
        (
            "a stream cut after the key",
            [Fault("cut", text=f"Dear Priya, {key} {key} thanks", cut_after=8, chunk_chars=7)],
            "draft",
            True,
        ),
    ]
    for step, faults, button, fails in steps:
        fake.queue(*faults)
        at.button(key=button).click().run()
        assert bool(at.error) == fails, (step, [e.value for e in at.error])
        _check_page(at, media, step)
    sent = [r.headers.get("Authorization") for r in fake.completions]
    assert sent and set(sent) == {f"Bearer {key}"}  # the key did reach the server, every time
    body = at.text_area(key="draft_body").value
    assert "[redacted]" in body or "[redacted]" in "".join(_page_dump(at))
    at.button(key="draft_offline").click().run()  # the way out after the cut stream
    _check_page(at, media, "drafting offline")
    at.button(key="mark_sent").click().run()
    _check_page(at, media, "marking it sent")
    assert_clean(*_db_bytes(), where="in the SQLite store")
    assert_logs_clean(caplog, litellm_console)


@pytest.mark.parametrize(
    "faults, code",
    [
        ([echoing()], 0),
        ([Fault("status", status=401)], 3),
        ([echoing(KEY.removeprefix("sk-"))], 0),  # no "sk-" shape left to spot
        ([echoing(KEY[5:17])], 0),  # any 8+ characters of a known key
        ([echoing(f"{KEY[:12]} and {KEY[12:]}")], 0),
    ],
    ids=[
        "reply-echoes-the-key",
        "401-echoes-the-key",
        "reply-echoes-it-without-sk",
        "reply-echoes-a-fragment",
        "reply-echoes-it-in-two-halves",
    ],
)
def test_the_tracker_store_never_holds_the_key_after_a_real_model_drafts(
    fake, litellm_console, monkeypatch, tmp_path, capfd, caplog, faults, code
):
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    notes = tmp_path / "notes.txt"
    notes.write_text(NOTES, encoding="utf-8")
    assert main(["track", "add", "--notes", str(notes), "--today", "2026-11-27"]) == 0
    fake.queue(*faults)
    got = main(
        [
            "track",
            "draft",
            "1",
            "--model",
            MODEL,
            "--stage",
            "thank_you",
            "--api-base",
            fake.api_base,
            "--today",
            "2026-11-27",
        ]
    )
    stdout, stderr = capfd.readouterr()
    assert got == code, stderr
    assert fake.completions[0].headers["Authorization"] == f"Bearer {KEY}"
    if code == 0:
        assert "P.S. [redacted]" in stdout
    assert_clean(stdout, stderr, where="on the tracker CLI's stdout/stderr")
    assert_clean(*_db_bytes(), where="in the SQLite store")
    assert main(["track", "export"]) == 0
    assert_clean(*capfd.readouterr(), where="in the export")
    assert_logs_clean(caplog, litellm_console)


# ---------------------------------------------------------------- the scrubbers themselves


def test_a_key_split_anywhere_across_stream_chunks_never_comes_through():
    settings = llm.ModelSettings(model=MODEL, api_key=KEY)
    text = f"Thanks, see sk-learn and Bearer tokens. {KEY}. s{KEY[:5]}x {KEY}"
    for cut in range(1, len(text)):
        for size in (1, 3, 7):
            keys = KeyFilter(settings)
            pieces = [text[:cut]] + [text[i : i + size] for i in range(cut, len(text), size)]
            out = "".join(keys.feed(p) for p in pieces) + keys.flush()
            assert out == scrub_known(text, settings)
    assert scrub_known(text, settings) == (
        f"Thanks, see sk-learn and Bearer tokens. [redacted]. s{KEY[:5]}x [redacted]"
    )


def test_a_stream_cut_mid_key_keeps_short_text_but_not_the_piece_of_the_key():
    settings = llm.ModelSettings(model=MODEL, api_key=KEY)
    cut = KeyFilter(settings)
    assert cut.feed("Dear Priya, " + KEY[:12]) == "Dear Priya, "
    assert cut.flush() == "[redacted]"
    short = KeyFilter(settings)
    assert short.feed("thanks") == "thank"  # "s" might start the key: held back, then released
    assert short.flush() == "s"


def test_log_scrubbing_removes_long_pieces_of_a_key_and_nothing_else():
    token = "qz-UNIQUE-token-7f3a9c2b"  # shares no 8 characters with the other tests' keys
    settings = llm.ModelSettings(model=MODEL, api_key=token)
    text = f"content='{token[:5]}' content='{token[5:17]}' content='{token[17:]}'"
    assert scrub_fragments(text, settings) == (
        f"content='{token[:5]}' content='[redacted]' content='{token[17:]}'"
    )
    plain = "qz-model cost map; token counter; 7f3a tokens"
    assert scrub_fragments(plain, settings) == plain
