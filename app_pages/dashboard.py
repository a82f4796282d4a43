"""Dashboard page: every tracked interview with its next follow-up, a timeline, and actions.

It arranges what assistant/app/dashboard.py computes; every action is a callback, so the page
that follows already shows the schedule it changed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import streamlit as st

from app_pages.draft_state import tracker, workspaces
from assistant.app import dashboard as view
from assistant.app.html import markdown_text
from assistant.app.workspace import today
from assistant.core.errors import FollowUpError
from assistant.core.schedule import OUTCOMES
from assistant.core.stages import SENDABLE
from assistant.tracker.store import Store

HIGHLIGHT = """<style>
[class*="st-key-dash_overdue_"]{border:2px solid #cf222e !important;background:rgba(207,34,46,.05)}
</style>"""
FLASH = "dash_flash"
NO_OUTCOME = "none"


def _act(action: Callable[..., str], *args: Any) -> None:
    """Run an action in a callback; its message (or the error) shows on the next run."""
    try:
        st.session_state[FLASH] = ("success", action(*args))
    except FollowUpError as err:
        st.session_state[FLASH] = ("error", str(err))


def _forget_open_copies(db: Store) -> None:
    """Draft-page working copies of interviews no longer in the database must not save them back."""
    memory = workspaces()
    memory.forget(
        [
            ws.id
            for ws in memory.workspaces()
            if ws.saved.interview_id is not None
            and db.find_interview(ws.saved.interview_id) is None
        ]
    )


def _mark(db: Store, interview_id: int, day: date) -> None:
    stage = st.session_state[f"dash_stage_{interview_id}"]
    sent_on = st.session_state.get(f"dash_sent_on_{interview_id}") or day
    _act(view.mark_sent, db, interview_id, stage, sent_on, day)


def _outcome(db: Store, interview_id: int, day: date) -> None:
    chosen = st.session_state[f"dash_outcome_{interview_id}"]
    heard = st.session_state.get(f"dash_outcome_on_{interview_id}") or day
    _act(view.set_outcome, db, interview_id, None if chosen == NO_OUTCOME else chosen, heard, day)


def _ask_delete(interview_id: int | None) -> None:
    st.session_state["dash_confirm_delete"] = interview_id


def _delete(db: Store, interview_id: int) -> None:
    _act(view.delete, db, interview_id)
    st.session_state["dash_confirm_delete"] = None
    _forget_open_copies(db)


def _import(db: Store) -> None:
    upload = st.session_state.get("dash_import_file")
    if upload is None:
        st.session_state[FLASH] = ("error", "Choose an export file first.")
        return
    _act(
        view.import_upload, db, upload.getvalue(), bool(st.session_state.get("dash_import_replace"))
    )
    _forget_open_copies(db)


def toolbar(db: Store, day: date, tracked: bool) -> None:
    a, b = st.columns(2)
    a.download_button(
        "Download all reminders (.ics)",
        view.ics_all(db, day) if tracked else b"",
        file_name=view.ics_name(),
        mime="text/calendar",
        key="dash_ics_all",
        icon=":material/calendar_month:",
        disabled=not tracked,
        on_click="ignore",
        width="stretch",
        help="One calendar event per follow-up still to send.",
    )
    b.download_button(
        "Export all (JSON)",
        view.export_bytes(db),
        file_name=view.export_name(day),
        mime="application/json",
        key="dash_export",
        icon=":material/download:",
        on_click="ignore",
        width="stretch",
        help="Every interview, draft and sent follow-up in one file.",
    )
    with st.expander(
        "Import (JSON)", icon=":material/upload:", key="dash_import_box", expanded=not tracked
    ):
        st.file_uploader("An export file from Follow-up", type=["json"], key="dash_import_file")
        st.checkbox(
            "Replace interviews already here (the same interview in the file wins)",
            key="dash_import_replace",
        )
        st.button(
            "Import", key="dash_import", on_click=_import, args=(db,), icon=":material/upload:"
        )


def actions(db: Store, card: view.Card, day: date) -> None:
    with st.expander(
        "Mark sent · outcome · delete", key=f"dash_more_{card.id}", icon=":material/more_horiz:"
    ):
        sent, outcome = st.columns(2)
        with sent:
            st.selectbox(
                "Follow-up sent",
                SENDABLE,
                index=SENDABLE.index(card.stage),
                format_func=view.stage_label,
                key=f"dash_stage_{card.id}",
            )
            st.date_input("Sent on", value=day, format="YYYY-MM-DD", key=f"dash_sent_on_{card.id}")
            st.button(
                "Mark as sent",
                key=f"dash_mark_{card.id}",
                on_click=_mark,
                args=(db, card.id, day),
                icon=":material/mark_email_read:",
            )
        with outcome:
            options = [NO_OUTCOME, *OUTCOMES]
            st.selectbox(
                "Outcome",
                options,
                index=options.index(card.outcome or NO_OUTCOME),
                format_func=lambda o: view.OUTCOME_LABELS.get(o, "No answer yet"),
                key=f"dash_outcome_{card.id}",
            )
            st.date_input(
                "Heard on", value=day, format="YYYY-MM-DD", key=f"dash_outcome_on_{card.id}"
            )
            st.button(
                "Save outcome",
                key=f"dash_set_outcome_{card.id}",
                on_click=_outcome,
                args=(db, card.id, day),
                icon=":material/flag:",
            )
        if st.session_state.get("dash_confirm_delete") == card.id:
            st.warning(markdown_text(view.delete_question(db, card.id)))
            yes, no = st.columns(2)
            yes.button(
                "Yes, delete",
                key=f"dash_delete_yes_{card.id}",
                type="primary",
                on_click=_delete,
                args=(db, card.id),
                icon=":material/delete_forever:",
            )
            no.button("Cancel", key=f"dash_delete_no_{card.id}", on_click=_ask_delete, args=(None,))
        else:
            st.button(
                "Delete…",
                key=f"dash_delete_{card.id}",
                on_click=_ask_delete,
                args=(card.id,),
                icon=":material/delete:",
                type="tertiary",
            )


def show_card(db: Store, card: view.Card, day: date) -> None:
    key = f"dash_overdue_{card.id}" if card.overdue else f"dash_card_{card.id}"
    with st.container(border=True, key=key):
        head, when, links = st.columns([3, 3, 2], vertical_alignment="center")
        with head:
            st.markdown(f"**{markdown_text(card.title)}**")
            st.caption(markdown_text(" · ".join(p for p in (card.people, card.interviewed) if p)))
        with when:
            if card.overdue:
                st.badge("Overdue", icon=":material/warning:", color="red")
            elif card.outcome:
                st.badge(view.OUTCOME_LABELS[card.outcome], color="violet")
            st.markdown(markdown_text(card.next_step))
            st.caption(markdown_text(card.message))
        with links:
            st.page_link(
                "app_pages/draft.py",
                label="Open in Draft page",
                icon=":material/edit_note:",
                query_params={"interview": str(card.id)},
            )
            st.download_button(
                ".ics reminders",
                view.ics_one(db, day, card.id),
                file_name=view.ics_name(card),
                mime="text/calendar",
                key=f"dash_ics_{card.id}",
                icon=":material/event:",
                on_click="ignore",
            )
        if card.sent:
            st.caption("Sent: " + markdown_text("; ".join(card.sent)))
        actions(db, card, day)


st.html(HIGHLIGHT)
st.title("Dashboard")
st.caption(
    "Every interview you are following up: what is due next and when, overdue first. "
    "Mark a follow-up as sent or record their answer, and the schedule updates at once."
)
db = tracker()
if db is None:
    st.error(
        markdown_text(
            st.session_state.get("_tracker_error", "The tracker database cannot be opened.")
        )
    )
    st.stop()
day = today()
flash = st.session_state.pop(FLASH, None)
if flash:
    (st.success if flash[0] == "success" else st.error)(markdown_text(flash[1]))
active, archived = view.cards(db, day)
toolbar(db, day, bool(active or archived))
if not (active or archived):
    st.info(
        "Nothing tracked yet: paste your notes on the Draft page — they are saved as you "
        "work and appear here."
    )
    st.stop()
st.subheader(f"Next follow-ups · {len(active)}")
if not active:
    st.caption("Nothing to send: every interview is archived below.")
for card in active:
    show_card(db, card, day)
st.subheader("Timeline")
order = [c.chart_name for c in active + archived]
points = view.timeline_rows(db, day, {c.id for c in active if c.overdue})
st.altair_chart(view.timeline_chart(points, day, order), key="dash_timeline", width="stretch")
with st.expander(
    f"Archived · {len(archived)}",
    key="dash_archived",
    expanded=False,
    icon=":material/inventory_2:",
):
    st.caption("Nothing more to send: the final follow-up went out, or they answered.")
    for card in archived:
        show_card(db, card, day)
