"""Glue between Streamlit's session and the server-side Workspace: which workspace, and widget values."""

from __future__ import annotations

from typing import Any

import streamlit as st

from assistant.api_keys import KeyLookup, find_api_key
from assistant.llm import ModelSettings
from assistant.workspace import Workspace
from assistant.workspace_store import WorkspaceStore

PARAM = "ws"
# Session keys this page owns (widget values seeded from the workspace); other pages' keys stay.
OWN_KEYS = ("notes", "field_", "details_", "stage_choice", "draft", "sent_", "model_", "_shown",
            "regenerate", "tighten", "fix", "restore_", "download_", "mailto", "mark_sent",
            "reset_fields", "new_workspace")


def forget_widgets() -> None:
    """Drop this page's widget values, so the next run seeds them from the (new) workspace."""
    for key in [k for k in st.session_state if str(k).startswith(OWN_KEYS)]:
        del st.session_state[key]


@st.cache_resource(show_spinner=False)
def store() -> WorkspaceStore:
    """One bounded store per server process, shared by every browser tab."""
    return WorkspaceStore()


def open_workspace() -> tuple[Workspace, bool]:
    """This tab's workspace: from the URL (survives a refresh), else the session, else a new one.
    The flag is True when the URL named a workspace this server no longer has."""
    wanted = st.query_params.get(PARAM) or st.session_state.get("_ws_id")
    ws, found = store().open(wanted)
    if st.session_state.get("_ws_id") != ws.id:
        forget_widgets()  # they belonged to another workspace
        st.session_state["_ws_id"] = ws.id
    if st.query_params.get(PARAM) != ws.id:
        st.query_params[PARAM] = ws.id
    return ws, bool(wanted) and not found


def seed(key: str, value: Any) -> None:
    """Give a widget its value from the workspace unless the session already has one."""
    if key not in st.session_state:
        st.session_state[key] = value


def push(key: str, value: Any) -> None:
    """Set a widget's value from the workspace (e.g. after a re-parse or a new version)."""
    if st.session_state.get(key, object()) != value:
        st.session_state[key] = value


def _secrets() -> Any:
    try:
        return st.secrets
    except Exception:  # noqa: BLE001 - no secrets file is fine
        return {}


def api_key(ws: Workspace) -> KeyLookup:
    """Looked up on every use, never put in session state."""
    return find_api_key(ws.model, _secrets())


def settings(ws: Workspace) -> ModelSettings:
    return ws.settings(api_key=api_key(ws).value)
