"""The tree shows the design: a folder per part (docs/rooms.md), every module listed in the
module map, none over 300 lines, and nothing left in assistant/ outside a room."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("module_map", ROOT / "docs" / "module_map.py")
assert spec and spec.loader
module_map = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module_map)


def test_the_module_map_in_docs_is_current() -> None:
    text = (ROOT / "docs" / "rooms.md").read_text(encoding="utf-8")
    assert module_map.rewritten(text) == text, "run: python docs/module_map.py"


def test_every_module_lives_in_a_room_and_stays_small() -> None:
    package = ROOT / "assistant"
    loose = [p.name for p in package.glob("*.py") if p.name != "__init__.py"]
    assert loose == []
    rooms = {p.name for p in package.iterdir() if p.is_dir() and p.name != "__pycache__"}
    assert rooms == set(module_map.ORDER)
    big = {
        str(p.relative_to(ROOT)): n
        for p in package.rglob("*.py")
        if (n := p.read_text(encoding="utf-8").count("\n")) > 300
    }
    assert big == {}
