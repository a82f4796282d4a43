"""Glue between Streamlit's session and the server-side Workspace: which workspace, the tracker
database it is autosaved to, and widget values."""

from __future__ import annotations

import time
from typing import Any

import streamlit as st

from assistant.app import autosave
from assistant.app.restore import open_work
from assistant.app.tabs import WorkspaceStore
from assistant.app.workspace import Workspace
from assistant.core.errors import FollowUpError
from assistant.models.api_keys import KeyLookup, find_api_key
from assistant.models.llm import DEFAULT_MODEL, ModelSettings
from assistant.tracker.profile import Profile, clean, load_profile, save_profile
from assistant.tracker.store import Store, default_path

PARAM = "ws"
INTERVIEW = "interview"
# Session keys this page owns (widget values seeded from the workspace); other pages' keys stay.
OWN_KEYS = (
    "notes",
    "field_",
    "details_",
    "stage_choice",
    "draft",
    "sent_",
    "model_",
    "_shown",
    "regenerate",
    "tighten",
    "fix",
    "restore_",
    "download_",
    "mailto",
    "mark_sent",
    "reset_fields",
    "new_workspace",
    "panel_",
    "to_address",
    "redraft",
    "history_",
)


def forget_widgets() -> None:
    """Drop this page's widget values, so the next run seeds them from the (new) workspace."""
    for key in [k for k in st.session_state if str(k).startswith(OWN_KEYS)]:
        del st.session_state[key]


@st.cache_resource(show_spinner=False)
def workspaces() -> WorkspaceStore:
    """One bounded store per server process, shared by every browser tab."""
    return WorkspaceStore()


@st.cache_resource(show_spinner=False)
def _tracker(path: str) -> Store:
    return Store(path, create=True)  # the sidebar says where, and whether the folder was made


def tracker() -> Store | None:
    """The tracker database (FOLLOWUP_DB, else the user data dir); None if it cannot be opened."""
    try:
        return _tracker(str(default_path()))
    except FollowUpError as err:
        st.session_state["_tracker_error"] = str(err)
        return None


def open_workspace() -> tuple[Workspace, str | None]:
    """This tab's workspace: from the URL (survives a refresh), else the session, else a new one;
    rebuilt from the database when this server no longer has it in memory. The note says when
    the address named work that is gone."""
    db = tracker()
    session_id = st.session_state.get("_ws_id")
    opened = open_work(
        workspaces(), db, st.query_params.get(PARAM), st.query_params.get(INTERVIEW), session_id
    )
    ws = opened.workspace
    if session_id != ws.id:
        left = workspaces().get(session_id)
        if left is not None and db is not None:
            autosave.save(left, db, time.monotonic(), force=True)  # nothing pending is left behind
        forget_widgets()  # they belonged to another workspace
        st.session_state["_ws_id"] = ws.id
    elif db is not None and not opened.restored:
        autosave.refresh(ws, db)  # sent follow-ups or an outcome set on the Dashboard
    show_address(ws)
    return ws, opened.note


def show_address(ws: Workspace) -> None:
    """Put the workspace (and, once saved, the interview) in the URL, so a refresh finds it."""
    if st.query_params.get(PARAM) != ws.id:
        st.query_params[PARAM] = ws.id
    linked = str(ws.saved.interview_id) if ws.saved.interview_id is not None else None
    if linked and st.query_params.get(INTERVIEW) != linked:
        st.query_params[INTERVIEW] = linked
    elif not linked and INTERVIEW in st.query_params:
        del st.query_params[INTERVIEW]


def save_work(ws: Workspace, force: bool = False) -> autosave.SaveOutcome:
    """Autosave (debounced); never raises."""
    db = tracker()
    if db is None:
        return autosave.SaveOutcome("failed", st.session_state.get("_tracker_error", ""))
    return autosave.save(ws, db, time.monotonic(), force=force)


def mark_sent(ws: Workspace, stage: str, day: Any) -> None:
    autosave.mark_sent(ws, tracker(), stage, day, time.monotonic())


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


def use_offline(ws: Workspace) -> None:
    """Switch the model setting to the offline drafter (the sidebar box follows)."""
    ws.model = DEFAULT_MODEL
    st.session_state["model_model"] = DEFAULT_MODEL


def profile() -> Profile:
    db = tracker()
    try:
        return load_profile(db) if db is not None else Profile()
    except FollowUpError:
        return Profile()


def _on_profile() -> None:
    db = tracker()
    if db is None:
        st.session_state["_profile_note"] = "Not saved: the tracker database cannot be opened."
        return
    kept, note = clean(st.session_state["profile_name"], st.session_state["profile_signature"])
    try:
        save_profile(db, kept)
    except FollowUpError as err:
        note = f"Not saved: {err}"
    st.session_state["_profile_note"] = note or "Saved: every email is signed with it."


def profile_section(ws: Workspace) -> None:
    """Your name and signature, saved in the tracker database and used in every sign-off."""
    mine = profile()
    ws.use_profile(mine)
    st.subheader("Profile")
    seed("profile_name", mine.name)
    seed("profile_signature", mine.signature)
    st.text_input(
        "Your name",
        key="profile_name",
        on_change=_on_profile,
        max_chars=120,
        help="Signs every email when the notes do not say who you are.",
    )
    st.text_area(
        "Signature lines (optional)",
        key="profile_signature",
        on_change=_on_profile,
        height=80,
        placeholder="+1 555 0100\nlinkedin.com/in/you",
        help="Added under your name in every email drafted from now on.",
    )
    if note := st.session_state.pop("_profile_note", None):
        st.caption(note)
