"""The dependency locks agree, and pin what the README says they pin."""

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _lock_versions() -> dict[str, str]:
    lock = tomllib.loads((ROOT / "uv.lock").read_text())
    return {p["name"]: p["version"] for p in lock["package"] if "version" in p}


def test_requirements_export_matches_uv_lock_and_is_hash_locked():
    """requirements.txt (for pip-only installs) is `uv export` of uv.lock: same pins, hashes."""
    text = (ROOT / "requirements.txt").read_text()
    pins = dict(re.findall(r"^([A-Za-z0-9_.-]+)==([^\s;\\]+)", text, re.MULTILINE))
    assert pins, "requirements.txt has no pins"
    locked = _lock_versions()
    norm = {k.lower().replace("_", "-"): v for k, v in locked.items()}
    assert {k.lower().replace("_", "-"): v for k, v in pins.items()}.items() <= norm.items()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    wanted = {re.split(r"[=<>!~\[ ;]", d, maxsplit=1)[0].lower() for d in project}
    assert wanted <= {k.lower() for k in pins}, "requirements.txt is stale: run make lock"
    entries = re.split(r"\n(?=[A-Za-z0-9_.-]+==)", text.split("\n", 1)[1].strip())
    assert all("--hash=sha256:" in e for e in entries if "==" in e)


def test_litellm_is_pinned_to_the_reviewed_release():
    assert _lock_versions()["litellm"] == "1.106.2"
    assert not re.search(r"litellm==1\.(82\.[78]|107\.)", (ROOT / "requirements.txt").read_text())
