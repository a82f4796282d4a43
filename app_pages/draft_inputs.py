"""The Draft page's inputs: notes, the fields parsed from them, details, stage and sent follow-ups."""

from __future__ import annotations

from datetime import date

import streamlit as st

from app_pages.draft_state import mark_sent, push, seed
from assistant.app.workspace import AUTO, ENDED, FIELDS, Workspace, stage_label
from assistant.core.dates import in_window, window, window_text
from assistant.core.limits import DETAIL_MAX_CHARS, FIELD_MAX_CHARS
from assistant.core.stages import SENDABLE

PLACEHOLDER = """e.g.
Interview with Priya Raman (Engineering Manager) at Northwind Labs on Nov 19
Role: Senior Backend Engineer
Me: Sam Carter
- talked about migrating their billing service from Rails to Go
- the team ships weekly behind feature flags
- we both like rock climbing
They expect to decide by the end of next week."""

LABELS = {
    "interviewers": "Interviewer(s)",
    "company": "Company",
    "role": "Role",
    "candidate": "Your name",
    "interview_date": "Interview date",
}
UNREAD = (
    "The notes reader could not read these notes (a fault on our side; it is logged without "
    "your text). Your notes are kept exactly as you typed them: fill in the fields below and "
    "Draft will use them."
)
HELP = {
    "interviewers": "Separate several people with commas.",
    "candidate": "How you sign the email.",
}


def push_fields(ws: Workspace) -> None:
    for name in FIELDS:
        push(f"field_{name}", ws.field_value(name))


def _on_notes(ws: Workspace) -> None:
    ws.set_notes(st.session_state["notes"] or "")
    push_fields(ws)


def _on_field(ws: Workspace, name: str) -> None:
    ws.set_field(name, st.session_state[f"field_{name}"])


def _on_date_order(ws: Workspace, order: str) -> None:
    ws.read_dates_as(order)
    push_fields(ws)


def _date_notes(ws: Workspace) -> None:
    """How ambiguous dates were read ("read as 3 April — change?") and which were ignored."""
    for i, reading in enumerate(ws.date_readings()):
        text, button = st.columns([3, 2], vertical_alignment="center")
        text.caption(f"“{reading.written}” read as **{reading.read_as}** — change?")
        button.button(
            f"Read as {reading.other}",
            key=f"date_order_{i}",
            type="tertiary",
            on_click=_on_date_order,
            args=(ws, reading.other_order),
        )
    ignored = ws.ignored_dates()
    if ignored:
        st.warning(
            f"Ignored {', '.join(f'“{d}”' for d in ignored)}: a date must be "
            f"{window_text(ws.today)}. Set the interview date below if it is wrong."
        )


def _on_reset(ws: Workspace) -> None:
    ws.reset_fields()
    push_fields(ws)


def notes_box(ws: Workspace) -> None:
    st.subheader("1 · Your interview notes")
    seed("notes", ws.notes_text)
    st.text_area(
        "Paste what you remember — who you met, the role, what you talked about.",
        key="notes",
        height=300,
        placeholder=PLACEHOLDER,
        on_change=_on_notes,
        args=(ws,),
        max_chars=None,
    )
    st.caption("Read as you type (and kept): what we found appears below.")
    _date_notes(ws)


def found_section(ws: Workspace) -> None:
    st.subheader("3 · What we found")
    if ws.parsed.unread:
        st.warning(UNREAD, icon=":material/error:")
    _fields(ws)
    _details(ws)


def _fields(ws: Workspace) -> None:
    a, b = st.columns(2)
    for i, name in enumerate(FIELDS):
        key = f"field_{name}"
        value = ws.field_value(name)
        if name == "interview_date" and not in_window(value, ws.today):
            value = None  # saved before dates were bounded: the widget cannot show it
            if isinstance(st.session_state.get(key), date):
                del st.session_state[key]
        seed(key, value)
        with a if i % 2 == 0 else b:
            if name == "interview_date":
                earliest, latest = window(ws.today)
                st.date_input(
                    LABELS[name],
                    key=key,
                    on_change=_on_field,
                    args=(ws, name),
                    format="YYYY-MM-DD",
                    min_value=earliest,
                    max_value=latest,
                )
            else:
                st.text_input(
                    LABELS[name],
                    key=key,
                    on_change=_on_field,
                    args=(ws, name),
                    help=HELP.get(name),
                    max_chars=FIELD_MAX_CHARS,
                    placeholder=ws.field_placeholder(name),
                )
    edited = ws.edited_fields()
    if edited:
        names = ", ".join(LABELS[f].lower() for f in edited)
        st.caption(f"You edited: {names}. Your edits win over the notes.")
        st.button(
            "Use the values from my notes",
            key="reset_fields",
            on_click=_on_reset,
            args=(ws,),
            type="tertiary",
        )
    _facts_to_check(ws)


_FACT_NAMES = {"company": "the employer", "role": "the job", "interviewers": "who you met"}


def _on_confirm(ws: Workspace) -> None:
    ws.confirm_facts()


def _facts_to_check(ws: Workspace) -> None:
    """The facts the notes reader guessed or could not find: the checker will not call a draft
    ready until the person edits them above or says they are right."""
    unsure = ws.unsure_facts()
    if not unsure:
        return
    said = [
        f"{_FACT_NAMES[name]} (“{value}”)" if value else f"{_FACT_NAMES[name]} (none found)"
        for name, value in unsure
        if name in _FACT_NAMES
    ]
    with st.container(key="facts_to_check"):
        st.info(
            "Check before sending — the notes do not say these clearly: "
            + "; ".join(said)
            + ". Edit them above, or:"
        )
        st.button("They're right", key="confirm_facts", on_click=_on_confirm, args=(ws,))


def _on_detail(ws: Workspace, index: int) -> None:
    version = ws.details_version
    ws.edit_detail(
        index,
        st.session_state[f"details_{version}_text_{index}"],
        bool(st.session_state[f"details_{version}_use_{index}"]),
    )


def _on_move(ws: Workspace, index: int, step: int) -> None:
    ws.move_detail(index, step)


def _on_add(ws: Workspace) -> None:
    ws.add_detail(st.session_state[f"details_{ws.details_version}_new"])


def _details(ws: Workspace) -> None:
    """One row per detail: a tick, the whole text in a wrapping box, and ↑ ↓ to reorder. (Room is
    left in each row for what kind of point it is and whether it stays on this machine.)"""
    st.markdown(
        "**Details to mention** — untick what should stay out, edit any text (empty it "
        "to remove it), ↑ ↓ to reorder."
    )
    version = ws.details_version
    for i, detail in enumerate(ws.details):
        with st.container(key=f"detail_row_{i}"):
            use, text, move = st.columns([1, 12, 2], vertical_alignment="center")
            use.checkbox(
                "Use",
                value=detail.use,
                key=f"details_{version}_use_{i}",
                on_change=_on_detail,
                args=(ws, i),
                label_visibility="collapsed",
                help="Mention this detail in the email.",
            )
            text.text_area(
                f"Detail {i + 1}",
                value=detail.text,
                key=f"details_{version}_text_{i}",
                on_change=_on_detail,
                args=(ws, i),
                height=68,
                max_chars=DETAIL_MAX_CHARS,
                label_visibility="collapsed",
            )
            if kind := ws.detail_kind(detail.text):
                text.caption(kind)
            up, down = move.columns(2)
            up.button(
                "↑",
                key=f"details_{version}_up_{i}",
                on_click=_on_move,
                args=(ws, i, -1),
                disabled=i == 0,
                help="Move up",
            )
            down.button(
                "↓",
                key=f"details_{version}_down_{i}",
                on_click=_on_move,
                args=(ws, i, 1),
                disabled=i == len(ws.details) - 1,
                help="Move down",
            )
    st.text_input(
        "Add a detail",
        key=f"details_{version}_new",
        on_change=_on_add,
        args=(ws,),
        max_chars=DETAIL_MAX_CHARS,
        placeholder="e.g. we both like rock climbing",
    )
    if not ws.details and ws.notes_text.strip():
        st.caption(
            "No details found in the notes: add one — a specific topic makes the email personal."
        )
    _private(ws)


def _private(ws: Workspace) -> None:
    """Lines that stay on this machine: never in a draft, never sent to a model. Any can be
    flipped; any other line can be marked private."""
    choices = ws.private_choices()
    kept = sum(private for _, private in choices)
    with st.expander(f"Stays on this machine ({kept})", icon=":material/lock:", expanded=False):
        st.caption(
            "Pay, opinions, rumours, “don't mention” and notes to self are kept out of "
            "every draft and every prompt. Untick a line to let the drafter use it."
        )
        for i, (line, private) in enumerate(choices):
            st.checkbox(
                line,
                value=private,
                key=f"private_{ws.details_version}_{i}",
                on_change=_on_private,
                args=(ws, line, f"private_{ws.details_version}_{i}"),
            )
        st.text_input(
            "Keep another line private",
            key=f"private_new_{ws.details_version}",
            on_change=_on_private_new,
            args=(ws,),
            placeholder="paste a line from your notes",
        )


def _on_private(ws: Workspace, line: str, key: str) -> None:
    ws.keep_private(line, bool(st.session_state[key]))


def _on_private_new(ws: Workspace) -> None:
    key = f"private_new_{ws.details_version}"
    line = " ".join(str(st.session_state.get(key) or "").split())
    if line:
        ws.keep_private(line, True)
        st.session_state[key] = ""


def _on_stage(ws: Workspace) -> None:
    ws.stage_choice = st.session_state["stage_choice"]


def _on_early(ws: Workspace) -> None:
    ws.draft_early = bool(st.session_state["draft_early"])


def _on_sent(ws: Workspace, stage: str) -> None:
    ticked = st.session_state[f"sent_{stage}"]
    day = st.session_state.get(f"sent_on_{stage}") or ws.today
    mark_sent(ws, stage, day if ticked else None)


def stage_section(ws: Workspace) -> None:
    st.subheader("2 · Which follow-up")
    due = ws.suggestion()
    if due.action == "send":
        st.success(f"**Suggested:** {due.message}", icon=":material/event_available:")
    elif due.action == "wait":
        st.info(f"**{due.message}**", icon=":material/hourglass_top:")
    else:
        st.warning(f"**{due.message}**", icon=":material/do_not_disturb_on:")
    st.caption(due.reason)
    if due.action not in ENDED:
        # Labels stay the same whatever is suggested, so the widget keeps its identity.
        names = {AUTO: "As suggested", **{s: stage_label(s) for s in SENDABLE}}
        seed("stage_choice", ws.stage_choice)
        st.radio(
            "Stage",
            list(names),
            key="stage_choice",
            format_func=names.__getitem__,
            horizontal=True,
            on_change=_on_stage,
            args=(ws,),
            label_visibility="collapsed",
        )
        if due.action == "wait" and ws.stage_choice == AUTO:
            seed("draft_early", ws.draft_early)
            st.checkbox(
                f"Draft the {stage_label(due.stage or 'thank_you').lower()} anyway",
                key="draft_early",
                on_change=_on_early,
                args=(ws,),
            )
        elif ws.stage_choice != AUTO and ws.stage_choice != due.stage:
            st.caption(
                f"You chose the {stage_label(ws.stage_choice).lower()}; the schedule "
                "suggests otherwise — that is fine if you know better."
            )
    _sent(ws)


def _sent(ws: Workspace) -> None:
    with st.expander(
        "Follow-ups you have already sent", icon=":material/outgoing_mail:", key="sent_expander"
    ):
        for stage in SENDABLE:
            tick, day = st.columns([3, 2], vertical_alignment="bottom")
            # Pushed, not seeded: the Dashboard (another tab) may have marked one as sent.
            push(f"sent_{stage}", stage in ws.sent)
            earliest, latest = window(ws.today)
            push(f"sent_on_{stage}", min(max(ws.sent.get(stage, ws.today), earliest), latest))
            with tick:
                st.checkbox(
                    f"Sent the {stage_label(stage).lower()}",
                    key=f"sent_{stage}",
                    on_change=_on_sent,
                    args=(ws, stage),
                )
            with day:
                st.date_input(
                    "on",
                    key=f"sent_on_{stage}",
                    on_change=_on_sent,
                    args=(ws, stage),
                    format="YYYY-MM-DD",
                    min_value=earliest,
                    max_value=latest,
                    disabled=stage not in ws.sent,
                    label_visibility="collapsed",
                )
