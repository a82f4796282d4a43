"""The page listens on 127.0.0.1 by default; serving it to other machines is an explicit opt-in
that warns plainly (in the terminal and on the page)."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import tomllib
import urllib.request
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from assistant.app.serving import is_loopback, network_warning

ROOT = Path(__file__).resolve().parent.parent


def make_run(tmp_path: Path, *variables: str) -> subprocess.CompletedProcess[str]:
    """`make run` with a stand-in streamlit that prints how it was started."""
    fake = tmp_path / "venv" / "bin" / "streamlit"
    fake.parent.mkdir(parents=True)
    fake.write_text('#!/bin/sh\necho "streamlit $*"\n')
    fake.chmod(0o755)
    return subprocess.run(
        [
            "make",
            "--no-print-directory",
            "-o",
            "venv",
            "run",
            f"VENV={tmp_path / 'venv'}",
            *variables,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )


def test_the_default_config_and_make_run_listen_on_loopback_only(tmp_path):
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    assert config["server"]["address"] == "127.0.0.1"
    ran = make_run(tmp_path)
    assert "--server.address 127.0.0.1" in ran.stdout
    assert "WARNING" not in ran.stderr


def test_serving_the_network_is_an_opt_in_that_warns_plainly(tmp_path):
    ran = make_run(tmp_path, "HOST=0.0.0.0")
    assert "--server.address 0.0.0.0" in ran.stdout
    assert "ANYONE who can reach this machine" in ran.stderr and "no login" in ran.stderr


@pytest.mark.parametrize(
    "address, loopback",
    [
        ("127.0.0.1", True),
        ("::1", True),
        ("localhost", True),
        ("[::1]", True),
        ("0.0.0.0", False),
        ("", False),
        (None, False),
        ("192.168.1.20", False),
        ("::", False),
    ],
)
def test_which_addresses_count_as_this_machine_only(address, loopback):
    assert is_loopback(address) is loopback
    assert (network_warning(address) is None) is loopback


def test_the_page_warns_when_it_is_served_beyond_this_machine():
    from streamlit import config

    at = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=60)
    previous = config.get_option("server.address")
    try:
        config.set_option("server.address", "0.0.0.0")
        at.run()
        assert any("anyone who can reach this computer" in w.value for w in at.warning)
        config.set_option("server.address", "127.0.0.1")
        at.run()
        assert not any("anyone who can reach" in w.value for w in at.warning)
    finally:
        config.set_option("server.address", previous)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _listening(port: int) -> set[str]:
    """Local addresses with a listening TCP socket on `port` (from /proc/net/tcp and tcp6)."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        path = Path(table)
        if not path.exists():
            continue
        for line in path.read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            host, hexport = local.split(":")
            if state == "0A" and int(hexport, 16) == port:
                found.add(host)
    return found


@pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="needs /proc/net/tcp (Linux)")
def test_the_real_server_binds_only_the_loopback_address(tmp_path):
    port = _free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            "streamlit_app.py",
            "--server.port",
            str(port),
            "--server.headless",
            "true",
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={
            "PATH": "/usr/bin:/bin",
            "HOME": str(tmp_path),
            "FOLLOWUP_DB": str(tmp_path / "f.db"),
            "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false",
        },
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not _listening(port):
            time.sleep(0.3)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=30) as r:
            assert r.status == 200
        assert _listening(port) == {"0100007F"}  # 127.0.0.1, and nothing else
    finally:
        proc.terminate()
        out = proc.communicate(timeout=30)[0]
    assert "Network URL" not in out
