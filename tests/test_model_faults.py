"""Failing models over real HTTP: litellm talks to a fake OpenAI server on 127.0.0.1.

For every fault the call ends within its time budget with exactly one ModelError of the right
kind, only retryable faults are retried (counted at the server), and the API key — set in the
environment and passed in ModelSettings, and echoed back by the server's error bodies — never
shows up in an error message, stdout/stderr or a log record.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import pytest
from fake_openai import REPLY, FakeOpenAI, Fault

from assistant.cli.main import main
from assistant.core.errors import ModelError
from assistant.models import litellm_calls, llm
from assistant.models.provider_errors import retry_after

KEY = "sk-test-FAKEKEY-123456"
ENV_KEY = "sk-test-FAKEKEY-ENV-987654"
MESSAGES = [
    {"role": "system", "content": "Write a follow-up email."},
    {"role": "user", "content": "Thank Priya for the interview."},
]
TIMEOUT = 1.0
SLACK_S = 1.5  # thread scheduling and HTTP overhead on a busy 2-core machine
LOGGERS = (
    "LiteLLM",
    "LiteLLM Router",
    "LiteLLM Proxy",
    "openai",
    "openai._base_client",
    "httpx",
    "httpcore",
    "httpcore.http11",
    "httpcore.connection",
)


@pytest.fixture(scope="module")
def server():
    """One fake server for the module; litellm imported and warmed up before anything is timed."""
    with FakeOpenAI() as fake:
        litellm_calls.load_litellm()
        llm.complete(MESSAGES, _settings(fake, retries=0, timeout=30))  # first call pays set-up
        yield fake


@pytest.fixture
def fake(server, monkeypatch, caplog):
    """The server with nothing queued; a recognisable key in the environment; every log captured."""
    server.reset()
    monkeypatch.setenv("OPENAI_API_KEY", ENV_KEY)
    caplog.set_level(logging.DEBUG)
    for name in LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name)
    return server


def _settings(fake: FakeOpenAI, retries: int = 2, timeout: float = TIMEOUT) -> llm.ModelSettings:
    return llm.ModelSettings(
        model="openai/fake-model",
        api_base=fake.api_base,
        api_key=KEY,
        timeout=timeout,
        max_retries=retries,
    )


def _budget(retries: int, timeout: float = TIMEOUT) -> float:
    """What a call may take at most: every attempt times out, every wait is at its cap."""
    cap = min(litellm_calls.MAX_RETRY_WAIT_S, timeout)
    return timeout * (retries + 1) + cap * retries + SLACK_S


def _assert_no_key(*texts: str) -> None:
    for text in texts:
        assert KEY not in text and ENV_KEY not in text and "FAKEKEY" not in text, text[:500]


def _assert_logs_clean(caplog: pytest.LogCaptureFixture) -> None:
    _assert_no_key(caplog.text, *(r.getMessage() for r in caplog.records))


@dataclass(frozen=True)
class Case:
    """One injected fault and what the door must make of it."""

    id: str
    fault: Fault
    kind: str | None  # None: a normal reply
    requests: int  # how many requests reach the server with max_retries = `retries`
    retries: int = 2
    partial: bool = False  # stream only: text before the failure is kept on .text
    min_s: float = 0.0  # lower bound on wall time (a Retry-After that must be honoured)
    timeout: float = TIMEOUT
    extra: dict[str, Any] = field(default_factory=dict)


COMPLETE_CASES = [
    Case("ok", Fault(), None, 1),
    Case("401", Fault("status", status=401), "auth", 1),
    Case(
        "429-retry-after",
        Fault("status", status=429, headers={"Retry-After": "0.4"}),
        "rate_limit",
        3,
        min_s=0.8,
    ),
    Case(
        "429-retry-after-capped",
        Fault("status", status=429, headers={"Retry-After": "3600"}),
        "rate_limit",
        2,
        retries=1,
        min_s=0.9,
    ),
    Case(
        "429-retry-after-ms",
        Fault("status", status=429, headers={"retry-after-ms": "300"}),
        "rate_limit",
        2,
        retries=1,
        min_s=0.3,
    ),
    Case("500", Fault("status", status=500), "server", 3),
    Case("503", Fault("status", status=503), "server", 2, retries=1),
    Case("timeout", Fault("hang", delay=4), "timeout", 2, retries=1, min_s=1.0, timeout=0.5),
    Case("malformed-json", Fault("malformed"), "malformed", 1),
    Case("empty-content", Fault("empty"), "empty", 1),
    Case("content-filter", Fault("content_filter"), "refused", 1),
]

STREAM_CASES = [
    Case("ok", Fault(), None, 1),
    Case("ok-slow-but-in-time", Fault("slow", delay=0.02), None, 1),
    Case("401", Fault("status", status=401), "auth", 1),
    Case(
        "429-retry-after",
        Fault("status", status=429, headers={"Retry-After": "0.4"}),
        "rate_limit",
        3,
        min_s=0.8,
    ),
    Case("500", Fault("status", status=500), "server", 3),
    Case(
        "timeout-before-first-chunk",
        Fault("hang", delay=4),
        "timeout",
        2,
        retries=1,
        min_s=1.0,
        timeout=0.5,
    ),
    Case("malformed-chunk", Fault("malformed"), "malformed", 1, partial=True),
    Case("empty-content", Fault("empty"), "empty", 1),
    Case("content-filter", Fault("content_filter"), "refused", 1, partial=True),
    Case("cut-mid-way", Fault("cut", cut_after=4), "incomplete", 1, partial=True),
    Case(
        "cut-mid-way-plain-eof",
        Fault("cut", cut_after=4, chunked=False),
        "incomplete",
        1,
        partial=True,
    ),
    Case("cut-before-any-text", Fault("cut", cut_after=0), "connection", 2, retries=1),
    Case("very-slow", Fault("slow", delay=0.25), "timeout", 1, partial=True, min_s=TIMEOUT),
    Case(
        "stalls-mid-way",
        Fault("stall", delay=4, cut_after=4),
        "timeout",
        1,
        partial=True,
        min_s=TIMEOUT,
    ),
]


def _run(call, case: Case):
    start = time.perf_counter()
    try:
        result, error = call(), None
    except ModelError as exc:
        result, error = None, exc
    return result, error, time.perf_counter() - start


def _check_outcome(fake: FakeOpenAI, case: Case, error: ModelError | None, elapsed: float) -> None:
    assert elapsed < _budget(case.retries, case.timeout), f"{case.id} took {elapsed:.2f} s"
    assert elapsed >= case.min_s, f"{case.id} did not wait: {elapsed:.2f} s"
    if case.kind is None:
        assert error is None, error
    else:
        assert error is not None, f"{case.id}: no ModelError"
        assert error.kind == case.kind, (error.kind, str(error))
        assert error.retryable == (case.kind in llm.RETRYABLE)
        assert error.__context__ is None or error.__suppress_context__, (
            "the provider's exception must not chain into tracebacks"
        )
        assert "offline" in str(error) or case.kind == "auth"
        assert len(str(error).splitlines()) == 1
        _assert_no_key(str(error), repr(error))
    assert len(fake.completions) == case.requests, [r.path for r in fake.completions]
    for received in fake.completions:  # the key went to the server, and only through the header
        assert received.headers.get("Authorization") == f"Bearer {KEY}"
        assert received.body["model"] == "fake-model" and received.body["messages"] == MESSAGES
        assert received.headers.get("x-stainless-retry-count") == "0"  # retries are ours alone


@pytest.mark.parametrize("case", COMPLETE_CASES, ids=[c.id for c in COMPLETE_CASES])
def test_complete_fault_ends_in_time_with_one_clear_error(
    fake, litellm_console, caplog, capfd, case
):
    fake.queue(*[case.fault] * (case.retries + 1))
    settings = _settings(fake, case.retries, case.timeout)
    reply, error, elapsed = _run(lambda: llm.complete(MESSAGES, settings), case)
    _check_outcome(fake, case, error, elapsed)
    if case.kind is None:
        assert reply.text == REPLY and reply.finish_reason == "stop"
        assert reply.usage == {"prompt_tokens": 11, "completion_tokens": 22, "total_tokens": 33}
    out, err = capfd.readouterr()
    _assert_no_key(out, err, litellm_console.getvalue())
    _assert_logs_clean(caplog)


@pytest.mark.parametrize("case", STREAM_CASES, ids=[c.id for c in STREAM_CASES])
def test_stream_fault_ends_in_time_and_keeps_partial_text(
    fake, litellm_console, caplog, capfd, case
):
    fake.queue(*[case.fault] * (case.retries + 1))
    stream = llm.stream(MESSAGES, _settings(fake, case.retries, case.timeout))
    chunks: list[str] = []

    def consume():
        chunks.extend(stream)  # one at a time, as the page shows them

    _, error, elapsed = _run(consume, case)
    _check_outcome(fake, case, error, elapsed)
    assert stream.text == "".join(chunks)  # what was shown is exactly what is kept
    if case.kind is None:
        assert stream.text == REPLY and stream.complete and stream.finish_reason == "stop"
        assert len(chunks) > 5
    else:
        assert not stream.complete and stream.finish_reason is None
        if case.partial:  # what arrived before the fault is kept, and never passed off as whole
            assert stream.text and REPLY.startswith(stream.text)
        if case.kind in ("incomplete", "timeout", "malformed"):
            assert len(stream.text) < len(REPLY)
    out, err = capfd.readouterr()
    _assert_no_key(out, err, stream.text, litellm_console.getvalue())
    _assert_logs_clean(caplog)


def test_abandoned_stream_releases_its_connection(fake):
    fake.queue(Fault("slow", delay=0.1))
    stream = iter(llm.stream(MESSAGES, _settings(fake)))
    assert next(stream) and next(stream)
    stream.close()  # the page navigates away mid-draft
    llm.complete(MESSAGES, _settings(fake))  # the door still works
    assert len(fake.completions) == 2


@pytest.mark.parametrize(
    "headers, seconds",
    [
        ({"retry-after": "2"}, 2.0),
        ({"retry-after": "1.5"}, 1.5),
        ({"retry-after-ms": "250", "retry-after": "9"}, 0.25),
        ({"retry-after": "-3"}, 0.0),
        ({"retry-after": "soon"}, None),
        ({"retry-after": "nan"}, None),
        ({}, None),
    ],
)
def test_retry_after_is_read_in_every_form(headers, seconds):
    exc = Exception("429")
    exc.litellm_response_headers = headers  # type: ignore[attr-defined]
    assert retry_after(exc) == seconds


def test_retry_after_as_an_http_date():
    exc = Exception("429")
    when = datetime.now(UTC) + timedelta(seconds=30)
    date_header = format_datetime(when, usegmt=True)
    exc.litellm_response_headers = {"retry-after": date_header}  # type: ignore[attr-defined]
    assert 25 <= retry_after(exc) <= 31


def test_a_huge_retry_after_is_capped_at_the_timeout_and_the_limit():
    err = ModelError("slow down", kind="rate_limit", retryable=True)
    err.retry_after = 3600.0  # type: ignore[attr-defined]
    assert litellm_calls.retry_wait(err, 1, llm.ModelSettings(timeout=2)) == 2
    assert (
        litellm_calls.retry_wait(err, 1, llm.ModelSettings(timeout=600))
        == litellm_calls.MAX_RETRY_WAIT_S
    )


# ---------------------------------------------------------------- secrets


def test_scrub_removes_keys_but_leaves_ordinary_hyphenated_words():
    text = (
        "We discussed risk-averse, task-oriented and desk-based teams. "
        f"key={KEY} Authorization: Bearer abc.def-123456 api_key=abcdef123"
    )
    scrubbed = llm.scrub(text)
    assert "risk-averse, task-oriented and desk-based" in scrubbed
    assert "FAKEKEY" not in scrubbed and "abc.def-123456" not in scrubbed
    assert "abcdef123" not in scrubbed
    assert "Authorization: Bearer [redacted]" in scrubbed and "api_key=[redacted]" in scrubbed


def test_a_key_echoed_by_the_server_is_scrubbed_from_every_log_record(
    fake, litellm_console, caplog, capfd
):
    fake.queue(Fault("status", status=500), Fault("status", status=400))
    for _ in range(2):
        with pytest.raises(ModelError) as info:
            llm.complete(MESSAGES, _settings(fake, retries=0))
        _assert_no_key(str(info.value))
    assert any("key provided: [redacted]" in r.getMessage() for r in caplog.records), (
        "the server's echo should have been logged, scrubbed, at DEBUG"
    )
    _assert_logs_clean(caplog)
    _assert_no_key(*capfd.readouterr(), litellm_console.getvalue())
    assert "key provided: [redacted]" in litellm_console.getvalue()  # it would have printed it


def test_a_key_of_no_known_shape_is_scrubbed_from_logs_too(fake, litellm_console, caplog):
    """litellm redacts only key-shaped text; a self-hosted server's token has no shape."""
    token = "local-FAKEKEY-token-42"
    fake.queue(Fault("status", status=500))
    settings = llm.ModelSettings(
        model="openai/fake-model",
        api_base=fake.api_base,
        api_key=token,
        timeout=TIMEOUT,
        max_retries=0,
    )
    with pytest.raises(ModelError) as info:
        llm.complete(MESSAGES, settings)
    assert fake.completions[0].headers["Authorization"] == f"Bearer {token}"
    assert any("key provided: [redacted]" in r.getMessage() for r in caplog.records)
    _assert_no_key(str(info.value), litellm_console.getvalue())
    _assert_logs_clean(caplog)


def test_a_log_handler_added_by_the_app_sees_no_key(fake):
    """Records reach every handler already scrubbed, not only litellm's own."""
    seen: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            seen.append(self.format(record))

    handler = Keep(level=logging.DEBUG)
    logger = logging.getLogger("LiteLLM")
    logger.addHandler(handler)
    try:
        fake.queue(Fault("status", status=500))
        with pytest.raises(ModelError):
            llm.complete(MESSAGES, _settings(fake, retries=0))
    finally:
        logger.removeHandler(handler)
    assert seen
    _assert_no_key(*seen)


NOTES = (
    "Interviewer: Priya Nair (Head of Payments)\nCompany: Stripe\nRole: Backend Engineer\n"
    "Date: 2026-11-26\nMe: Sam Okoye\n- talked about rate limiting and idempotency keys\n"
)

CLI_TIMEOUT = 0.5
CLI_FAULTS = [
    ("401", Fault("status", status=401), 1, "refused the API key"),
    ("429", Fault("status", status=429, headers={"Retry-After": "0.1"}), 3, "rate-limiting"),
    ("500", Fault("status", status=500), 3, "server error"),
    ("timeout", Fault("hang", delay=4), 3, "did not answer within 0.5 s"),
    ("malformed-json", Fault("malformed"), 1, "not valid JSON"),
    ("empty-content", Fault("empty"), 1, "empty reply"),
    ("content-filter", Fault("content_filter"), 1, "content filter"),
]


def _cli(fake: FakeOpenAI, tmp_path, timeout: float, *extra: str) -> int:
    notes = tmp_path / "notes.txt"
    notes.write_text(NOTES, encoding="utf-8")
    return main(
        [
            "draft",
            "--notes",
            str(notes),
            "--stage",
            "thank_you",
            "--today",
            "2026-11-27",
            "--model",
            "openai/fake-model",
            "--api-base",
            fake.api_base,
            "--timeout",
            f"{timeout:g}",
            *extra,
        ]
    )


def test_cli_drafts_through_the_fake_server_with_the_environment_key(
    fake, litellm_console, tmp_path, capfd, caplog
):
    assert _cli(fake, tmp_path, 30, "--json") == 0
    out, err = capfd.readouterr()
    assert '"model": "fake-model"' in out and "Dear Priya" in out
    assert fake.completions[0].headers["Authorization"] == f"Bearer {ENV_KEY}"
    _assert_no_key(out, err)
    _assert_logs_clean(caplog)


@pytest.mark.parametrize(
    "fault, requests, message", [c[1:] for c in CLI_FAULTS], ids=[c[0] for c in CLI_FAULTS]
)
def test_cli_model_fault_is_one_line_exit_3_and_no_key(
    fake, litellm_console, tmp_path, capfd, caplog, fault, requests, message
):
    fake.queue(*[fault] * 3)
    start = time.perf_counter()
    code = _cli(fake, tmp_path, CLI_TIMEOUT)  # the CLI retries twice (ModelSettings default)
    elapsed = time.perf_counter() - start
    out, err = capfd.readouterr()
    assert code == 3, err
    assert message in err and "Traceback" not in err, err
    assert [line for line in err.splitlines() if line.strip()] == [err.strip()]
    assert out == ""
    assert len(fake.completions) == requests
    assert elapsed < _budget(2, CLI_TIMEOUT)
    _assert_no_key(out, err)
    _assert_logs_clean(caplog)
