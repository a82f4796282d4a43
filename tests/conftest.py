"""Every test runs offline: no API keys, no network beyond loopback, user data in a tmp dir."""

from __future__ import annotations

import io
import ipaddress
import logging
import os
import socket
from collections.abc import Iterator
from datetime import date

import pytest
from fake_model import FAKE, FakeModel

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
os.environ.setdefault("LITELLM_TELEMETRY", "False")
os.environ.setdefault("STREAMLIT_BROWSER_GATHER_USAGE_STATS", "false")

TODAY = date(2026, 11, 27)  # a Friday

_real_connect = socket.socket.connect


def _loopback_only(self: socket.socket, address: object) -> object:
    host = address[0] if isinstance(address, tuple) else address
    if isinstance(host, str) and self.family in (socket.AF_INET, socket.AF_INET6):
        try:
            loop = host == "localhost" or ipaddress.ip_address(host).is_loopback
        except ValueError:
            loop = False
        if not loop:
            raise OSError(f"Network access blocked in tests: {address!r}")
    return _real_connect(self, address)


@pytest.fixture(autouse=True)
def offline_environment(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory):
    """Remove keys, keep user data in a temp dir, and refuse any connection off this machine."""
    for key in list(os.environ):
        if key.endswith(("_API_KEY", "_API_TOKEN")) or key in (
            "OPENAI_BASE_URL",
            "OPENAI_API_BASE",
        ):
            monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("FOLLOWUP_DB", str(tmp_path_factory.mktemp("data") / "followup.db"))
    monkeypatch.setattr(socket.socket, "connect", _loopback_only)
    yield


@pytest.fixture
def fake_model() -> Iterator[FakeModel]:
    """The test model (tests/fake_model.py), registered as "fake" for this test."""
    fake = FakeModel().stand_in_for(FAKE)
    yield fake
    fake.close()


@pytest.fixture
def today() -> date:
    return TODAY


@pytest.fixture
def litellm_console(monkeypatch: pytest.MonkeyPatch) -> io.StringIO:
    """What LiteLLM's own console handler would print, kept off the terminal (its background
    logging threads may outlive a test's output capture)."""
    console = io.StringIO()
    for name in ("LiteLLM", "LiteLLM Router", "LiteLLM Proxy"):
        logger = logging.getLogger(name)
        own = logging.StreamHandler(console)
        if logger.handlers:
            own.setFormatter(logger.handlers[0].formatter)
            for flt in logger.handlers[0].filters:
                own.addFilter(flt)
        monkeypatch.setattr(logger, "handlers", [own])
    return console
