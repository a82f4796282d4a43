"""The Draft page's outputs: draft button, the editable email, score card, revisions, exports."""

from __future__ import annotations

import streamlit as st

from app_pages.draft_state import api_key, mark_sent, push, seed, settings, use_offline
from assistant.app import email_box
from assistant.app.html import (
    checks_html,
    details_html,
    diff_html,
    facts_html,
    markdown_text,
    text_html,
)
from assistant.app.workspace import Workspace, stage_label
from assistant.core.stages import load_rules

JUST_DRAFTED = "_just_drafted"  # set when a new draft is made: the page scrolls to it once


def draft_button(ws: Workspace) -> None:
    """The Draft button (none at all when nothing more is to be sent); streams with a real model."""
    if ws.ended():
        undo = (
            "Clear the outcome on the Dashboard" if ws.outcome else "Untick a sent follow-up above"
        )
        st.caption(f"Nothing more to send, so no Draft button. {undo} if that is not right.")
        return
    why = ws.blocked()
    at_once = not ws.streams  # the offline drafter: drafted before the page runs, in one run
    clicked = st.button(
        "Draft email",
        key="draft",
        type="primary",
        disabled=bool(why),
        icon=":material/edit_note:",
        on_click=_draft_at_once if at_once else None,
        args=(ws,) if at_once else None,
    )
    if why:
        st.caption(why)
    key = api_key(ws)
    if key.name and not key.where and not clicked:
        st.caption(
            f"{markdown_text(ws.model)} needs {key.name}, which is not set: add it, or "
            "switch the model to “offline” in the sidebar."
        )
    if clicked and not at_once:
        _draft(ws)


def _draft_at_once(ws: Workspace) -> None:
    """A model that answers at once (offline): draft in the click's callback, so the page is
    laid out for the email in the same run (no second run to show it)."""
    if ws.check_key(api_key(ws)) and ws.draft(settings(ws)):
        st.session_state[JUST_DRAFTED] = True


def _draft(ws: Workspace) -> None:
    """Draft for the chosen stage (a missing key is caught here, before any model call)."""
    if not ws.check_key(api_key(ws)):
        return
    st.session_state[JUST_DRAFTED] = True
    if ws.streams:
        with st.container(border=True):
            st.caption(f"{markdown_text(ws.model)} is writing…")
            ws.stream_draft(settings(ws), lambda chunks: st.write_stream(chunks))
        st.rerun()
    with st.spinner("Drafting…"):
        drafted = ws.draft(settings(ws))
    if drafted:
        st.rerun()  # the page is laid out for the email now


def _retry_offline(ws: Workspace) -> None:
    use_offline(ws)
    if ws.retry_offline():
        st.session_state[JUST_DRAFTED] = True


def notice(ws: Workspace) -> None:
    """What the last Fix could not do by itself (it never pretends)."""
    if ws.notice:
        st.info(markdown_text(ws.notice), icon=":material/build:")


def problem(ws: Workspace) -> None:
    """A model error (scrubbed) with the way out; notes and drafts are untouched."""
    if ws.problem is None:
        return
    if not ws.problem.model_failed:
        st.warning(markdown_text(ws.problem.message))
        return
    st.error(
        f"**{ws.problem.title}.** {markdown_text(ws.problem.message)}", icon=":material/error:"
    )
    st.button(
        "Draft offline instead",
        key="draft_offline",
        on_click=_retry_offline,
        args=(ws,),
        icon=":material/cloud_off:",
    )
    if ws.problem.partial.strip():
        with st.expander("What the model wrote before it stopped"):
            st.text(ws.problem.partial)


def _on_edit(ws: Workspace) -> None:
    ws.change_draft("edit", None, st.session_state["draft_subject"], st.session_state["draft_body"])
    st.session_state["_shown"] = _marker(ws)


def _marker(ws: Workspace) -> tuple[int, int]:
    history = ws.history
    return (len(history.versions), history.index) if history else (0, -1)


def _change_draft(ws: Workspace, action: str) -> None:
    if ws.check_key(api_key(ws)):
        ws.change_draft(action, settings(ws))


def redraft_offer(ws: Workspace) -> None:
    """The email on screen no longer matches the stage or the fields: say so, offer a redraft."""
    if ws.history is None or ws.ended():
        return
    shown = stage_label(ws.history.current.draft.stage).lower()
    stage = ws.redraft_stage()
    changed = ws.outdated()
    if stage is None and not changed:
        return
    if stage is not None:
        label = stage_label(stage).lower()
        text = (
            f"The email below is a {shown}; you chose the {label}. Its score is still "
            f"for a {shown}."
        )
        button = f"Redraft as a {label}"
    else:
        text = (
            f"The email below was written before you changed the "
            f"{' and '.join(changed)}: it may still use the old "
            f"{'value' if len(changed) == 1 else 'values'}."
        )
        button = "Redraft with the new details"
    with st.container(border=True, key="redraft_box"):
        st.warning(text, icon=":material/update:")
        if st.button(button, key="redraft", type="primary", icon=":material/autorenew:"):
            _draft(ws)
            st.rerun()  # show the new email, or what is missing


def scroll_to_email() -> None:
    """Once after a new draft: bring the email and its score into view."""
    if st.session_state.pop(JUST_DRAFTED, False):
        st.html(email_box.SCROLL_SCRIPT, unsafe_allow_javascript=True)


def _restore(ws: Workspace, index: int) -> None:
    ws.change_draft("restore", None, index)


def email_section(ws: Workspace) -> None:
    if ws.history is None:
        return
    current = ws.history.current
    if st.session_state.get("_shown") != _marker(ws):  # a new version: show its text
        push("draft_subject", current.draft.subject)
        push("draft_body", current.draft.body)
        st.session_state["_shown"] = _marker(ws)
    with st.container(key="email_anchor"):
        st.subheader("4 · Your email")
    left, right = st.columns([3, 2], gap="large")
    with left:
        st.text_input("Subject", key="draft_subject", on_change=_on_edit, args=(ws,), max_chars=300)
        st.text_area("Body", key="draft_body", on_change=_on_edit, args=(ws,), height=360)
        if current.draft.incomplete:
            st.warning("The model stopped before finishing: check the end of the email.")
        by = markdown_text(current.draft.model)
        st.caption(
            f"Version {ws.history.index + 1} of {len(ws.history.versions)} · "
            f"{current.action} · written by {by}. Edit freely: the score follows as you "
            "type."
        )
        if ws.ended():
            take_away(ws)
            return
        a, b, c = st.columns(3)
        a.button(
            "Regenerate",
            key="regenerate",
            on_click=_change_draft,
            args=(ws, "regenerate"),
            icon=":material/autorenew:",
            width="stretch",
            help="Another point from your notes, or another structure.",
        )
        b.button(
            "Tighten",
            key="tighten",
            on_click=_change_draft,
            args=(ws, "tighten"),
            icon=":material/content_cut:",
            width="stretch",
            help="Shorter, keeping the details and required parts.",
        )
        c.button(
            "Fix issues",
            key="fix",
            on_click=_change_draft,
            args=(ws, "fix"),
            icon=":material/healing:",
            width="stretch",
            help="Redraft until every check passes.",
        )
        notice(ws)
        take_away(ws)
    with right:
        score_card(ws)


def score_card(ws: Workspace) -> None:
    report = ws.report()
    history = ws.history
    if report is None or history is None:
        return
    rule = load_rules().stage(history.stage)
    m = report.metrics
    with st.container(border=True, key="score_card"):
        st.markdown(f"**Score · {rule.label}**")
        top, verdict = st.columns([1, 1], vertical_alignment="center")
        previous = history.previous_score()  # the last version of the same stage
        top.metric(
            "Score",
            f"{report.score}/100",
            delta=None if previous is None else report.score - previous,
        )
        if report.passed:
            verdict.badge("Ready to send", icon=":material/check_circle:", color="green")
        else:
            verdict.badge(f"{len(report.failing())} to fix", icon=":material/cancel:", color="red")
        st.markdown(f"**Next:** {markdown_text(ws.next_step(report))}")
        st.html(facts_html(m, rule.words_min, rule.words_max))
        st.html(details_html(m.get("details_mentioned", []), m.get("details_missing", [])))
        st.html(checks_html(report))


def _mark_sent(ws: Workspace) -> None:
    if ws.history is not None:
        mark_sent(ws, ws.history.current.draft.stage, ws.today)


def _on_to(ws: Workspace) -> None:
    ws.to_address = st.session_state["to_address"]


def take_away(ws: Workspace) -> None:
    """Copy, downloads and the mail link, all read from the boxes above at the moment of the click."""
    draft = ws.history.current.draft if ws.history else None
    if draft is None:
        return
    seed("to_address", ws.to_address)
    st.text_input(
        "To (optional)",
        key="to_address",
        on_change=_on_to,
        args=(ws,),
        placeholder="priya.raman@example.com",
        max_chars=320,
        help="Goes into the .eml file and the mail link.",
    )
    if why := ws.to_problem():
        st.caption(markdown_text(why))
    st.html(email_box.box_html(draft.stage, ws.notes().company), unsafe_allow_javascript=True)
    st.button(
        "Mark as sent today",
        key="mark_sent",
        on_click=_mark_sent,
        args=(ws,),
        icon=":material/mark_email_read:",
        help="Records it, so the next follow-up is suggested on time.",
    )


def history_section(ws: Workspace) -> None:
    """Every version, folded away (long on a phone); each one compared with the one before it
    of the same stage."""
    history = ws.history
    if history is None:
        return
    count = len(history.versions)
    with st.expander(
        f"History · {count} version{'' if count == 1 else 's'} · showing v{history.index + 1}",
        key="history",
        icon=":material/history:",
    ):
        names = {i: ws.version_label(i) for i in range(count - 1, -1, -1)}
        seed("history_pick", history.index)
        if st.session_state["history_pick"] not in names:
            st.session_state["history_pick"] = history.index
        pick = st.selectbox(
            "Version", list(names), key="history_pick", format_func=names.__getitem__
        )
        v = history.versions[pick]
        st.html(diff_html(v.diff) if v.diff else text_html(v.draft.text))
        st.button(
            "Restore this version",
            key=f"restore_{pick}",
            on_click=_restore,
            args=(ws, pick),
            disabled=pick == history.index,
            icon=":material/undo:",
        )
