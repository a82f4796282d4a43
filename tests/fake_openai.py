"""A fake OpenAI-compatible server on 127.0.0.1 that litellm reaches through its real HTTP client.

Queue one behaviour per request (`server.queue(Fault("status", status=429, ...))`); with nothing
queued it answers normally. It answers JSON or SSE as the request's "stream" flag asks, and keeps
every request it received (path, headers, body) so tests can count retries and inspect headers.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self

REPLY = (
    "Subject: Thank you – Backend Engineer interview\n\nDear Priya,\n\nThank you for taking "
    "the time to talk with me about the Backend Engineer role and your idempotency keys work. "
    "I am excited about the team.\n\nBest regards,\nSam Okoye"
)

KINDS = ("ok", "status", "hang", "malformed", "empty", "content_filter", "cut", "slow", "stall")


@dataclass(frozen=True)
class Fault:
    """How to answer one request.

    ok: a normal reply; status: an error status (with `headers`, e.g. Retry-After); hang: sleep
    `delay` s before answering (longer than the client's timeout); malformed: 200 with broken JSON
    (or a broken SSE chunk); empty: content ""; content_filter: finish_reason "content_filter";
    cut: stream `cut_after` chunks then close without finish_reason or [DONE]; slow: stream with
    `delay` s between chunks; stall: stream `cut_after` chunks, then go silent for `delay` s.
    Streams use chunked transfer encoding, as real servers do (a cut is then an incomplete
    chunked body); `chunked=False` sends a plain body ended by closing the connection instead.
    Error bodies echo the request's bare API key (`echo_key`), as careless proxies do, so tests
    prove the key is scrubbed even when a server hands it back.
    """

    kind: str = "ok"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    text: str = REPLY
    cut_after: int = 3
    chunk_chars: int = 12
    chunked: bool = True
    echo_key: bool = True

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown fault {self.kind!r}: one of {KINDS}")


@dataclass(frozen=True)
class Received:
    """One request as the server saw it."""

    method: str
    path: str
    headers: dict[str, str]
    body: dict[str, Any]
    raw: str


def _completion(text: str, finish: str, model: str) -> dict[str, Any]:
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": text},
                "finish_reason": finish,
                "logprobs": None,
            }
        ],
        "usage": {"prompt_tokens": 11, "completion_tokens": 22, "total_tokens": 33},
    }


def _chunk(model: str, delta: dict[str, str], finish: str | None = None) -> bytes:
    payload = {
        "id": "chatcmpl-fake",
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }
    return f"data: {json.dumps(payload)}\n\n".encode()


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # quiet: tests read the records
        pass

    def do_GET(self) -> None:
        self._json(404, {"error": {"message": "not found"}})

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length).decode("utf-8", "replace")
        try:
            body = json.loads(raw) if raw else {}
        except ValueError:
            body = {}
        fake = self.server.fake
        fault = fake._record_and_next(
            Received("POST", self.path, dict(self.headers.items()), body, raw)
        )
        if not self.path.rstrip("/").endswith("/chat/completions"):
            self._json(404, {"error": {"message": f"no route {self.path}"}})
            return
        model = str(body.get("model", "fake-model"))
        streaming = bool(body.get("stream"))
        try:
            self._answer(fault, model, streaming)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (timeout): that is the point of some faults

    # ------------------------------------------------------------ answers

    def _answer(self, fault: Fault, model: str, streaming: bool) -> None:
        kind = fault.kind
        if kind == "hang":
            self.server.fake._sleep(fault.delay)
            kind = "ok"
        if kind == "status":
            token = str(self.headers.get("Authorization", "")).removeprefix("Bearer ")
            echo = f": incorrect API key provided: {token}" if fault.echo_key else ""
            self._json(
                fault.status,
                {
                    "error": {
                        "message": f"fake error {fault.status}{echo}",
                        "type": "fake_error",
                        "code": str(fault.status),
                    }
                },
                fault.headers,
            )
            return
        if not streaming:
            if kind == "malformed":
                self._send(
                    200,
                    b'{"id": "chatcmpl-fake", "choices": [{"message": {"content": "Sub',
                    "application/json",
                )
                return
            text = "" if kind == "empty" else fault.text
            finish = "content_filter" if kind == "content_filter" else "stop"
            self._json(200, _completion(text, finish, model))
            return
        self._stream(fault, kind, model)

    def _stream(self, fault: Fault, kind: str, model: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        if fault.chunked:
            self.send_header("Transfer-Encoding", "chunked")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        self._chunked = fault.chunked
        text = "" if kind == "empty" else fault.text
        size = max(1, fault.chunk_chars)
        pieces = [text[i : i + size] for i in range(0, len(text), size)]
        self._write(_chunk(model, {"role": "assistant", "content": ""}))
        for n, piece in enumerate(pieces):
            if kind == "cut" and n >= fault.cut_after:
                return  # close mid-reply: no finish_reason, no [DONE], no final chunk
            if kind == "malformed" and n == 1:
                self._write(
                    b'data: {"id": "chatcmpl-fake", "choices": [{"delta": {"content": "x\n\n'
                )
                self._end()
                return
            if kind == "slow" or (kind == "stall" and n == fault.cut_after):
                self.server.fake._sleep(fault.delay)
            self._write(_chunk(model, {"content": piece}))
        finish = "content_filter" if kind == "content_filter" else "stop"
        self._write(_chunk(model, {}, finish))
        self._write(b"data: [DONE]\n\n")
        self._end()

    def _write(self, data: bytes) -> None:
        if getattr(self, "_chunked", False):
            data = b"%x\r\n%s\r\n" % (len(data), data)
        self.wfile.write(data)
        self.wfile.flush()

    def _end(self) -> None:
        if getattr(self, "_chunked", False):
            self.wfile.write(b"0\r\n\r\n")
            self.wfile.flush()

    def _json(
        self, status: int, payload: dict[str, Any], headers: dict[str, str] | None = None
    ) -> None:
        self._send(status, json.dumps(payload).encode(), "application/json", headers)

    def _send(
        self, status: int, data: bytes, content_type: str, headers: dict[str, str] | None = None
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)
        self.wfile.flush()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    fake: FakeOpenAI


class FakeOpenAI:
    """The server, its queue of faults and what it received; use as a context manager."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []
        self._stopping = threading.Event()
        self.requests: list[Received] = []
        self._httpd = _Server(("127.0.0.1", 0), _Handler)
        self._httpd.fake = self
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    @property
    def api_base(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> Self:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()  # wakes any handler still sleeping in a hang or slow fault
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def queue(self, *faults: Fault) -> None:
        """Answer the next requests with these faults, in order; then normally."""
        with self._lock:
            self._faults.extend(faults)

    def reset(self) -> None:
        """Forget queued faults and received requests (between tests sharing one server)."""
        with self._lock:
            self._faults.clear()
            self.requests.clear()

    def _record_and_next(self, received: Received) -> Fault:
        with self._lock:
            self.requests.append(received)
            return self._faults.pop(0) if self._faults else Fault()

    def _sleep(self, seconds: float) -> None:
        self._stopping.wait(seconds)

    @property
    def completions(self) -> list[Received]:
        with self._lock:
            return [r for r in self.requests if r.path.rstrip("/").endswith("/chat/completions")]
