"""The Draft page: notes in, stage chosen, a scored email out. It arranges what assistant/ computes."""

from __future__ import annotations

import streamlit as st

from app_pages.draft_inputs import found_section, notes_box, stage_section
from app_pages.draft_panel import panel_section, panel_toggle
from app_pages.draft_results import (
    draft_button,
    email_section,
    history_section,
    problem,
    redraft_offer,
    scroll_to_email,
)
from app_pages.draft_state import (
    INTERVIEW,
    api_key,
    forget_widgets,
    open_workspace,
    profile_section,
    push,
    save_work,
    seed,
    show_address,
    tracker,
    workspaces,
)
from assistant.app import autosave, email_box
from assistant.app.html import STYLE, markdown_text
from assistant.app.workspace import Workspace
from assistant.models.llm import DEFAULT_MODEL

SAVED_WHERE = (
    "Your work is saved as you go (within a couple of seconds of each change) in the "
    "tracker database on the machine running Follow-up — `FOLLOWUP_DB`, or "
    "`followup.db` in your user data folder. A refresh, a closed tab or a server "
    "restart loses nothing: this page's address, or the Dashboard, brings it back."
)


def _on_setting(ws: Workspace, name: str) -> None:
    setattr(ws, name, st.session_state[f"model_{name}"])


def _new_workspace() -> None:
    left = workspaces().get(st.session_state.get("_ws_id"))
    if left is not None:
        save_work(left, force=True)
    fresh = workspaces().create()
    forget_widgets()
    st.session_state["_ws_id"] = fresh.id
    st.query_params["ws"] = fresh.id
    if INTERVIEW in st.query_params:
        del st.query_params[INTERVIEW]


def sidebar(ws: Workspace) -> None:
    with st.sidebar:
        st.subheader("Model")
        seed("model_model", ws.model)
        seed("model_api_base", ws.api_base)
        st.text_input(
            "Model",
            key="model_model",
            on_change=_on_setting,
            args=(ws, "model"),
            help=f"“{DEFAULT_MODEL}” is the built-in drafter (no key, no network). Any "
            "litellm name works: gpt-4o-mini, anthropic/claude-3-5-haiku-latest, "
            "ollama/llama3 …",
        )
        st.text_input(
            "API base",
            key="model_api_base",
            on_change=_on_setting,
            args=(ws, "api_base"),
            placeholder="http://localhost:11434",
            help="Only for local or self-hosted servers.",
        )
        if ws.tunable:
            push("model_temperature", ws.temperature)  # kept in the workspace while hidden
            push("model_timeout", ws.timeout)
            st.slider(
                "Temperature",
                0.0,
                1.5,
                step=0.1,
                key="model_temperature",
                on_change=_on_setting,
                args=(ws, "temperature"),
            )
            st.number_input(
                "Timeout (seconds)",
                1.0,
                600.0,
                step=5.0,
                key="model_timeout",
                on_change=_on_setting,
                args=(ws, "timeout"),
            )
        else:  # the built-in drafter: no sampling, no network (and two fewer widgets to load)
            st.caption("Temperature and timeout apply to a real model.")
        st.caption(markdown_text(api_key(ws).describe()))
        st.divider()
        profile_section(ws)
        st.divider()
        st.caption(SAVED_WHERE)
        st.button(
            "Start a new email",
            key="new_workspace",
            on_click=_new_workspace,
            icon=":material/note_add:",
        )


def _save_status(ws: Workspace) -> None:
    """Flushes a save the debounce held back (this fragment reruns on a timer while one is)."""
    db = tracker()
    if db is None:
        st.warning("Not saving: " + markdown_text(st.session_state.get("_tracker_error", "")))
        return
    save_work(ws)
    st.caption(autosave.describe(ws))
    if ws.saved.interview_id is not None:
        made = f" (the folder {db.made_folder} was created for it)" if db.made_folder else ""
        st.caption(markdown_text(f"Saved in {db.path}{made}."))


def save_status(ws: Workspace) -> None:
    every = autosave.interval() if autosave.pending(ws) and autosave.interval() > 0 else None
    with st.sidebar:
        st.fragment(_save_status, run_every=every)(ws)


ws, lost = open_workspace()
st.html(STYLE + email_box.STYLE)
st.html(email_box.script_html(), unsafe_allow_javascript=True)
sidebar(ws)
st.title("Follow-up")
st.caption(
    "Turn your interview notes into a short, personal follow-up email, scored against a "
    "hiring guide before you send it."
)
if lost:
    st.warning(lost)
notice = st.empty()


def actions(ws: Workspace) -> None:
    if not ws.ended() and panel_toggle(ws):
        panel_section(ws)
        return
    draft_button(ws)
    problem(ws)


try:
    if ws.history is None and ws.panel is None:
        # Before a draft: notes and the Draft button side by side, what we found below.
        left, right = st.columns([1, 1], gap="large")
        with left:
            notes_box(ws)
        with right:
            stage_section(ws)
            actions(ws)
        found_section(ws)
    else:
        # Once drafted, the email leads: the notes and details fold away (still editable).
        with st.expander(
            "Your notes, and what we found in them", key="inputs_expander", icon=":material/notes:"
        ):
            notes_box(ws)
            found_section(ws)
        stage_section(ws)
        actions(ws)
        if not ws.panel_mode or not ws.panel_possible():
            redraft_offer(ws)
            email_section(ws)
            scroll_to_email()
            history_section(ws)
finally:
    save_work(ws)  # also when a section reruns or fails midway: nothing typed is lost
show_address(ws)
if ws.saved.note:
    notice.warning(markdown_text(ws.saved.note), icon=":material/sync_problem:")
save_status(ws)
