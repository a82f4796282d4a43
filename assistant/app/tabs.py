"""Workspaces kept in server memory by id: each browser tab's working copy, found again on a refresh.

Bounded: the least recently used workspace is dropped past `limit`. Memory is only the fast path:
the work itself is autosaved to the tracker database (assistant/app/autosave.py), and a workspace that
is no longer here (a server restart, or dropped) is rebuilt from it (assistant/app/restore.py).
"""

from __future__ import annotations

import re
import secrets
import threading
from collections import OrderedDict

from assistant.app.workspace import Workspace

MAX_WORKSPACES = 200
_ID = re.compile(r"^[A-Za-z0-9_-]{16,64}$")


def new_id() -> str:
    return secrets.token_urlsafe(16)


def valid_id(value: object) -> bool:
    """An id this store could have made (query parameters are untrusted input)."""
    return isinstance(value, str) and bool(_ID.match(value))


class WorkspaceStore:
    """Thread-safe, least-recently-used map of workspace id -> Workspace."""

    def __init__(self, limit: int = MAX_WORKSPACES):
        self.limit = max(1, limit)
        self._items: OrderedDict[str, Workspace] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, workspace_id: object) -> bool:
        return workspace_id in self._items

    def get(self, workspace_id: object) -> Workspace | None:
        if not valid_id(workspace_id):
            return None
        with self._lock:
            ws = self._items.get(str(workspace_id))
            if ws is not None:
                self._items.move_to_end(str(workspace_id))
            return ws

    def create(self) -> Workspace:
        return self.adopt(Workspace(id=new_id()))

    def adopt(self, ws: Workspace) -> Workspace:
        """Keep a workspace built elsewhere (e.g. restored from the database) under its id."""
        if not valid_id(ws.id):
            raise ValueError(f"Not a workspace id: {ws.id!r}")
        with self._lock:
            self._items[ws.id] = ws
            self._items.move_to_end(ws.id)
            while len(self._items) > self.limit:
                self._items.popitem(last=False)
            return ws

    def linked(self, interview_id: int) -> list[Workspace]:
        """The workspaces saved as this tracked interview."""
        with self._lock:
            return [ws for ws in self._items.values() if ws.saved.interview_id == interview_id]

    def workspaces(self) -> list[Workspace]:
        with self._lock:
            return list(self._items.values())

    def forget(self, workspace_ids: list[str]) -> None:
        """Drop workspaces (e.g. those of a deleted interview), so nothing saves them again."""
        with self._lock:
            for workspace_id in workspace_ids:
                self._items.pop(workspace_id, None)

    def open(self, workspace_id: object) -> tuple[Workspace, bool]:
        """The workspace with this id, or a new one; the flag says whether the id was found."""
        found = self.get(workspace_id)
        return (found, True) if found is not None else (self.create(), False)
