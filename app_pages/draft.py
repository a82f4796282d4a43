"""The Draft page: notes in, stage chosen, a scored email out. It arranges what assistant/ computes."""

from __future__ import annotations

import streamlit as st

from app_pages.draft_inputs import notes_section, stage_section
from app_pages.draft_results import draft_button, email_section, history_section, problem
from app_pages.draft_state import api_key, forget_widgets, open_workspace, seed, store
from assistant.html_view import STYLE, markdown_text
from assistant.llm import OFFLINE
from assistant.workspace import Workspace


def _on_setting(ws: Workspace, name: str) -> None:
    setattr(ws, name, st.session_state[f"model_{name}"])


def _new_workspace() -> None:
    fresh = store().create()
    forget_widgets()
    st.session_state["_ws_id"] = fresh.id
    st.query_params["ws"] = fresh.id


def sidebar(ws: Workspace) -> None:
    with st.sidebar:
        st.subheader("Model")
        for name, value in (("model", ws.model), ("api_base", ws.api_base),
                            ("temperature", ws.temperature), ("timeout", ws.timeout)):
            seed(f"model_{name}", value)
        st.text_input("Model", key="model_model", on_change=_on_setting, args=(ws, "model"),
                      help=f"“{OFFLINE}” is the built-in drafter (no key, no network). Any "
                           "litellm name works: gpt-4o-mini, anthropic/claude-3-5-haiku-latest, "
                           "ollama/llama3 …")
        st.text_input("API base", key="model_api_base", on_change=_on_setting,
                      args=(ws, "api_base"), placeholder="http://localhost:11434",
                      help="Only for local or self-hosted servers.")
        st.slider("Temperature", 0.0, 1.5, step=0.1, key="model_temperature",
                  on_change=_on_setting, args=(ws, "temperature"))
        st.number_input("Timeout (seconds)", 1.0, 600.0, step=5.0, key="model_timeout",
                        on_change=_on_setting, args=(ws, "timeout"))
        st.caption(markdown_text(api_key(ws).describe()))
        st.divider()
        st.caption("Your work is kept on this server while it runs, under this page's address: "
                   "a refresh brings it back. It is not saved to disk — a server restart "
                   "clears it.")
        st.button("Start a new email", key="new_workspace", on_click=_new_workspace,
                  icon=":material/note_add:")


ws, lost = open_workspace()
st.html(STYLE)
sidebar(ws)
st.title("Follow-up")
st.caption("Turn your interview notes into a short, personal follow-up email, scored against a "
           "hiring guide before you send it.")
if lost:
    st.warning("The work at this address is gone (the server restarted, or it was cleared): "
               "starting afresh.")
notes_section(ws)
stage_section(ws)
draft_button(ws)
problem(ws)
email_section(ws)
history_section(ws)
