"""Workspaces kept in server memory by id, so a browser refresh finds its work again.

Bounded: the least recently used workspace is dropped past `limit`. Only while the server runs;
durable storage comes later.
"""

from __future__ import annotations

import re
import secrets
import threading
from collections import OrderedDict

from .workspace import Workspace

MAX_WORKSPACES = 200
_ID = re.compile(r"^[A-Za-z0-9_-]{16,64}$")


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
        with self._lock:
            workspace_id = secrets.token_urlsafe(16)
            ws = Workspace(id=workspace_id)
            self._items[workspace_id] = ws
            while len(self._items) > self.limit:
                self._items.popitem(last=False)
            return ws

    def open(self, workspace_id: object) -> tuple[Workspace, bool]:
        """The workspace with this id, or a new one; the flag says whether the id was found."""
        found = self.get(workspace_id)
        return (found, True) if found is not None else (self.create(), False)
