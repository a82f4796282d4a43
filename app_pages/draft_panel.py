"""Panel mode on the Draft page: one thank-you per interviewer, each scored, near-copies flagged."""

from __future__ import annotations

import streamlit as st

from app_pages.draft_results import problem
from app_pages.draft_state import seed, settings
from assistant.app.html import checks_html, details_html, markdown_text
from assistant.app.panel_cards import panel_cards
from assistant.app.workspace import Workspace


def _on_toggle(ws: Workspace) -> None:
    ws.panel_mode = bool(st.session_state["panel_mode"])


def panel_toggle(ws: Workspace) -> bool:
    """The toggle (only with several interviewers); True when panel mode is on."""
    if not ws.panel_possible():
        return False
    seed("panel_mode", ws.panel_mode)
    st.toggle(
        "One thank-you per interviewer",
        key="panel_mode",
        on_change=_on_toggle,
        args=(ws,),
        help="A panel expects a note to each person, each mentioning what you "
        "discussed with them; copies of one note are spotted.",
    )
    return ws.panel_mode


def panel_section(ws: Workspace) -> None:
    names = ", ".join(p.name for p in ws.notes().interviewers)
    why = ws.panel_blocked()
    clicked = st.button(
        "Draft one per interviewer",
        key="panel_draft",
        type="primary",
        disabled=bool(why),
        icon=":material/groups:",
        help=f"A thank-you each to {names}.",
    )
    if why:
        st.caption(markdown_text(why))
    if clicked:
        with st.spinner("Drafting one per interviewer…"):
            ws.draft_panel(settings(ws))
    problem(ws)
    if ws.panel is None:
        return
    cards = panel_cards(ws.panel, ws.notes().company)
    st.subheader("4 · One thank-you per interviewer")
    for line in ws.panel.warnings():
        st.warning(markdown_text(line), icon=":material/content_copy:")
    if not ws.panel.near_copies:
        st.success("Each note is different enough from the others.", icon=":material/check:")
    columns = st.columns(min(len(cards), 3))
    for i, card in enumerate(cards):
        with columns[i % len(columns)], st.container(border=True, key=f"panel_card_{i}"):
            st.markdown(f"**To {markdown_text(card.name)}**")
            st.caption(card.caption)
            if card.copies:
                st.badge(
                    "Near-copy of " + markdown_text(", ".join(card.copies)),
                    icon=":material/content_copy:",
                    color="orange",
                )
            st.code(card.text, language=None, wrap_lines=True)
            metrics = card.report.metrics
            st.html(
                details_html(
                    metrics.get("details_mentioned", []), metrics.get("details_missing", [])
                )
            )
            with st.expander("Checks", key=f"panel_checks_{i}"):
                st.html(checks_html(card.report))
            st.download_button(
                "Download .txt",
                card.text.encode("utf-8"),
                file_name=card.file_name,
                mime="text/plain",
                key=f"panel_download_{i}",
                icon=":material/description:",
                on_click="ignore",
            )
